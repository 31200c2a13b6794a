import { describe, expect, it } from "vitest";
import { knowledgeQuestions as loadKnowledgeQuestions } from "../../testing/test-assistant.ts";
import { detectSafeguarding } from "./detect-safeguarding.ts";
import { SECOND_SET_DISCLOSURES, SECOND_SET_ORDINARY } from "./fixtures/independent-set-2.ts";
import { readSafeguardingExamples } from "../../understanding/training-data.ts";
import { createHarmClassifier } from "./harm-classifier.ts";

const knowledgeQuestions = loadKnowledgeQuestions();

const classifier = createHarmClassifier(readSafeguardingExamples(), knowledgeQuestions);
const flagged = (text: string) => detectSafeguarding(text) !== null || classifier.score(text) > classifier.threshold;

describe("harm classifier with the rules, on a set neither was trained on", () => {
  it("catches at least 55 of 60 disclosures written independently (the rules alone caught 21)", () => {
    const rulesOnly = SECOND_SET_DISCLOSURES.filter((t) => detectSafeguarding(t)).length;
    const both = SECOND_SET_DISCLOSURES.filter(flagged).length;
    expect(rulesOnly).toBeLessThan(30);
    expect(both).toBeGreaterThanOrEqual(55);
  });

  it("raises no false alarm from the classifier on the 60 near misses or on the knowledge pages' questions", () => {
    expect(SECOND_SET_ORDINARY.filter((t) => classifier.score(t) > classifier.threshold)).toEqual([]);
    expect(knowledgeQuestions.filter((t) => classifier.score(t) > classifier.threshold)).toEqual([]);
  });

  it("scores a plain question far below a disclosure", () => {
    expect(classifier.score("how much holiday does my PA get")).toBeLessThan(0);
    expect(classifier.score("since my son moved in i never see my pension and he gets nasty if i ask where it went")).toBeGreaterThan(classifier.threshold);
  });
});
