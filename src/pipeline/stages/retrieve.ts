import type { Stage } from "../run-pipeline.ts";

/** Stage 5. Searches the knowledge index with the (rewritten) question, preferring the person's audience. */
export const retrieve: Stage = {
  name: "retrieve",
  async run(ctx) {
    ctx.search = await ctx.deps.search.search(ctx.searchQuery, { audience: ctx.audience, k: 8 });
  },
};
