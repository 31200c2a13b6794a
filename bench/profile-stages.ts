import { createAssistant } from "../src/assistant.ts";
import type { Audience } from "../src/ingest/knowledge-schema.ts";
import { percentile } from "../evals/run-evaluation.ts";

/**
 * Time per pipeline stage, in process, with the answer cache off, over many distinct questions: where an
 * answer's time goes (each stage times itself in the answer's trace). Run twice over the questions; the
 * second pass is measured, so start-up and first-call costs are left out.
 */
export async function profileStages(dataDir: string, questions: { q: string; audience: Audience }[]) {
  const assistant = await createAssistant({ dataDir, env: { ...process.env, ANSWER_CACHE_SIZE: "0", LANCEDB_LOG: "error" } });
  const byStage = new Map<string, number[]>();
  const totals: number[] = [];
  try {
    for (let pass = 0; pass < 2; pass++)
      for (const { q, audience } of questions) {
        const started = performance.now();
        const answer = await assistant.answer({ messages: [{ role: "user", content: q }], audience });
        if (pass === 0) continue;
        totals.push(performance.now() - started);
        for (const t of answer.trace ?? []) {
          const list = byStage.get(t.stage) ?? [];
          list.push(t.ms);
          byStage.set(t.stage, list);
        }
      }
  } finally {
    await assistant.close();
  }
  const summary = (xs: number[]) => ({ mean: Math.round((xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length)) * 1000) / 1000, p95: Math.round(percentile(xs, 95) * 1000) / 1000 });
  return {
    questions: questions.length,
    stages: Object.fromEntries([...byStage].map(([stage, xs]) => [stage, summary(xs)])),
    total: summary(totals),
  };
}
