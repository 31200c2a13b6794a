import type { Stage } from "../run-pipeline.ts";

/**
 * Stage 3. Reads the message (with the person's earlier turns) into a frame: what it wants, which sum,
 * the topic of a request to decline, where the person is, and the separate things it asks. Later stages
 * route, search and compose from the frame rather than from patterns over the raw text.
 */
export const understand: Stage = {
  name: "understand",
  run(ctx) {
    ctx.frame = ctx.deps.understanding.understand(ctx.question, ctx.earlierUserTurns);
  },
};
