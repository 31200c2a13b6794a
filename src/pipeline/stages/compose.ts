import { composeWithoutModel, finishWithoutAnswer } from "../compose/compose-without-model.ts";
import type { Stage } from "../run-pipeline.ts";

/**
 * Stage 7. Writes the answer: with a model when one is configured (tool calls to the same search and
 * calculators), otherwise — and whenever the model fails — by quoting the best sentences of the sections found.
 */
export const compose: Stage = {
  name: "compose",
  async run(ctx) {
    const hits = ctx.search?.results ?? [];
    if (ctx.route === "knowledge" && hits.length === 0) {
      finishWithoutAnswer(ctx, ctx.search?.offTopic ? "unanswerable_off_topic" : "unanswerable_no_match");
      return;
    }
    if (ctx.deps.model) {
      try {
        ctx.composed = await ctx.deps.model.compose(ctx);
        ctx.composer = "model";
        return;
      } catch (err) {
        ctx.trace.push({ stage: "compose", ms: 0, note: `model failed, embedded answer used: ${(err as Error).message}` });
      }
    }
    ctx.composer = "embedded";
    ctx.composed = composeWithoutModel(ctx, hits);
    if (!ctx.composed.text) finishWithoutAnswer(ctx, "unanswerable_no_sentences");
  },
};
