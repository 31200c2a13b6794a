import type { Stage } from "../run-pipeline.ts";

/**
 * Stage 6. The calculators themselves ran when the question was routed (they are pure and fast); here a
 * calculation that still needs inputs becomes a `clarification`, asking precisely for what is missing.
 */
export const calculate: Stage = {
  name: "calculate",
  run(ctx) {
    if (ctx.route !== "calculation" || !ctx.calculation) return;
    if (ctx.calculation.missing.length > 0) ctx.status = ctx.safeguarding ? "safeguarding" : "clarification";
  },
};
