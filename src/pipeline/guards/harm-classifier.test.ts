import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { harmTrainingQuestions, knowledgeQuestions as loadKnowledgeQuestions } from "../../testing/test-assistant.ts";
import { detectSafeguarding } from "./detect-safeguarding.ts";
import { SECOND_SET_DISCLOSURES, SECOND_SET_ORDINARY } from "./fixtures/independent-set-2.ts";
import { THIRD_SET_DISCLOSURES, THIRD_SET_ORDINARY } from "./fixtures/independent-set-3.ts";
import { OWN_DISCLOSURES, OWN_LONG_ORDINARY, PROFESSIONAL_DISCLOSURES, PROFESSIONAL_ORDINARY } from "./fixtures/held-out-harm-checks.ts";
import { readIntentExamples, readSafeguardingExamples } from "../../understanding/training-data.ts";
import { createHarmClassifier } from "./harm-classifier.ts";

const knowledgeQuestions = loadKnowledgeQuestions();

// Built as the assistant builds it (assistant.ts makeLive): the intent examples and the knowledge pages'
// questions are the ordinary messages.
const ordinary = [...readIntentExamples().map((e) => e.text), ...harmTrainingQuestions()];
const classifier = createHarmClassifier(readSafeguardingExamples(), ordinary);
const flagged = (text: string) => detectSafeguarding(text) !== null || classifier.score(text) > classifier.threshold;

describe("harm classifier with the rules, on a set neither was trained on", () => {
  it("catches at least 55 of 60 disclosures written independently (the rules alone caught 21)", () => {
    const rulesOnly = SECOND_SET_DISCLOSURES.filter((t) => detectSafeguarding(t)).length;
    const both = SECOND_SET_DISCLOSURES.filter(flagged).length;
    expect(rulesOnly).toBeLessThan(30);
    expect(both).toBeGreaterThanOrEqual(55);
  });

  it("raises at most the false alarms its threshold allows on the 60 near misses, and none on the knowledge pages' questions", () => {
    // The threshold is about the 97th percentile of ordinary messages scored out of fold (harm-classifier.ts): by
    // design about 3 ordinary messages in 100 like those trained on score above it, so 2 of 60 near misses
    // (written to sit as close to a disclosure as ordinary messages get) is the most it should raise.
    expect(SECOND_SET_ORDINARY.filter((t) => classifier.score(t) > classifier.threshold).length).toBeLessThanOrEqual(2);
    expect(knowledgeQuestions.filter((t) => classifier.score(t) > classifier.threshold)).toEqual([]);
  });

  it("catches every one of our own 40 disclosures and nearly all told in a professional voice", () => {
    expect(OWN_DISCLOSURES.filter((t) => !flagged(t))).toEqual([]);
    // 24 of 25 on 1 December 2026 (naive Bayes alone caught 21).
    expect(PROFESSIONAL_DISCLOSURES.filter(flagged).length).toBeGreaterThanOrEqual(23);
  });

  it("gives few false alarms on long, worried but ordinary questions", () => {
    // 1 of 47 and 0 of 25 on 1 December 2026; naive Bayes alone raised 6 and 1.
    expect(OWN_LONG_ORDINARY.filter(flagged).length).toBeLessThanOrEqual(2);
    expect(PROFESSIONAL_ORDINARY.filter(flagged).length).toBeLessThanOrEqual(1);
  });

  it("catches every disclosure buried in a long everyday account, and rarely mistakes such an account for one", () => {
    // fixtures/independent-set-3.ts, written by a helper who saw nothing of this repository; 21 of its 90
    // ordinary messages were false alarms before the sentence runs and training/safeguarding-8.jsonl, 12 before
    // training/safeguarding-13.jsonl, 7 with it (4 December 2026).
    expect(THIRD_SET_DISCLOSURES.filter((t) => !flagged(t))).toEqual([]);
    expect(THIRD_SET_ORDINARY.filter(flagged).length).toBeLessThanOrEqual(8);
  });

  it("keeps its trained model beside the index and gives the same scores from it", () => {
    const dir = mkdtempSync(join(tmpdir(), "harm-"));
    const trained = createHarmClassifier(readSafeguardingExamples(), ordinary, { cacheDir: dir });
    expect(readdirSync(dir).filter((f) => f.startsWith("harm-model-"))).toHaveLength(1);
    const loaded = createHarmClassifier(readSafeguardingExamples(), ordinary, { cacheDir: dir });
    expect(loaded.threshold).toBe(trained.threshold);
    const text = "my son takes my bank card and I never see my pension";
    // Saved weights are rounded (linear-classifier.ts toJSON), so scores agree to a few decimal places.
    expect(loaded.score(text)).toBeCloseTo(trained.score(text), 3);
    // A model for other examples (a reindex) replaces the file rather than adding one.
    createHarmClassifier(readSafeguardingExamples(), [...ordinary, "how do I pay my PA for a bank holiday"], { cacheDir: dir });
    expect(readdirSync(dir).filter((f) => f.startsWith("harm-model-"))).toHaveLength(1);
  });

  it("scores a plain question far below a disclosure", () => {
    expect(classifier.score("how much holiday does my PA get")).toBeLessThan(0);
    expect(classifier.score("since my son moved in i never see my pension and he gets nasty if i ask where it went")).toBeGreaterThan(classifier.threshold);
  });

  it("scores a long message no higher than its most worrying run of three sentences (tuning harm.sentencesPerWindow)", () => {
    // Written for this test: an ordinary story whose story words, added up across all five sentences, scored
    // higher than any three of them together.
    const sentences = [
      "Since the update last week my tablet won't open the council's timesheet page at all.",
      "I've tried restarting it twice and clearing the history.",
      "My PA needs her hours sent in by Friday or she won't get paid on time.",
      "It's an old Samsung one.",
      "What should I try next?",
    ];
    const runs = [0, 1, 2].map((i) => classifier.score(sentences.slice(i, i + 3).join(" ")));
    expect(classifier.score(sentences.join(" "))).toBeLessThanOrEqual(Math.max(...runs) + 1e-9);
  });
});
