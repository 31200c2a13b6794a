import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseEvalSet } from "../../evals/eval-item.ts";
import { runEvaluation, summarise } from "../../evals/run-evaluation.ts";
import { useTestAssistant } from "../testing/test-assistant.ts";
import { curatedProblems, describeProblem } from "./check-curated.ts";
import { curatedEvalItems } from "./curated-eval-items.ts";
import { figuresIn } from "./figures-in.ts";
import { CURATED_SAMPLE_DIR, loadCuratedFolder } from "./load-curated-folder.ts";

/*
 * The repository's sample curated answers (knowledge/curated/) and their eval file
 * (evals/curated-sample.jsonl): they read, cite sections that exist and have not changed since they were
 * written (an edit to one of those sections fails here, as it would take the answer out of service), and a
 * resident asking any of their wordings gets them.
 */
describe("sample curated answers", () => {
  const assistant = useTestAssistant("curated-sample");
  const samples = loadCuratedFolder(CURATED_SAMPLE_DIR);

  it("are two or three, each citing unchanged sections and stating only figures those sections hold", () => {
    expect(samples.length).toBeGreaterThanOrEqual(2);
    expect(samples.length).toBeLessThanOrEqual(3);
    for (const s of samples) {
      const problems = curatedProblems(s, (id) => assistant.current.section(id), new Date(`${s.reviewDue}T00:00:00Z`)).map(describeProblem);
      expect(problems, s.id).toEqual([]);
      expect(s.figures, s.id).toEqual(figuresIn(s.answer));
      for (const group of s.mustInclude) expect(group.some((f) => s.answer.includes(f)), `${s.id}: ${group.join(" | ")}`).toBe(true);
    }
  });

  it("match their eval file, which the eval runner passes with them served", async () => {
    const file = readFileSync(join(import.meta.dirname, "..", "..", "evals", "curated-sample.jsonl"), "utf8");
    expect(file).toBe(curatedEvalItems(samples));
    const { items, errors } = parseEvalSet(file);
    expect(errors).toEqual([]);
    assistant.current.setCuratedAnswers(samples);
    try {
      const results = await runEvaluation(items, { answer: (r) => assistant.current.answer(r) });
      expect(results.filter((r) => !r.ours.score.pass).map((r) => r.id)).toEqual([]);
      expect(summarise(results, "ours").passRate).toBe(1);
      const reasons = await Promise.all(items.map(async (i) => (await assistant.current.answer({ messages: [{ role: "user", content: i.question }] })).reason));
      expect(new Set(reasons)).toEqual(new Set(["answered_curated"]));
    } finally {
      assistant.current.setCuratedAnswers([]);
    }
  });
});
