import { contactLine, unanswerableReply } from "../canned-replies.ts";
import { composeCalculation } from "../compose/compose-calculation.ts";
import { composeEmbedded } from "../compose/compose-embedded.ts";
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
      const text = ctx.safeguarding ? ctx.safeguarding.reply : unanswerableReply(ctx.deps.council);
      ctx.finish(ctx.safeguarding ? "safeguarding" : "unanswerable", text);
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
    ctx.composed = ctx.route === "calculation" && ctx.calculation ? composeCalculation(ctx, hits) : composeEmbedded(ctx, hits);
    if (!ctx.composed.text) {
      ctx.finish(ctx.safeguarding ? "safeguarding" : "unanswerable", ctx.safeguarding?.reply ?? unanswerableReply(ctx.deps.council));
      return;
    }
    ctx.composed.text += `\n\n${contactLine(ctx.deps.council, ctx.audience, ctx.composed.citations)}`;
  },
};
