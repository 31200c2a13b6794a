import { mentionsDomain } from "../guards/mentions-domain.ts";
import type { Stage } from "../run-pipeline.ts";

/**
 * Stage 5. Searches the knowledge index with the (rewritten) question, preferring the person's audience.
 * A conversation that never touches care, support or employing someone gets no passages, however many
 * words it shares with them ("when is the next bank holiday"), so it ends as unanswerable with who to contact.
 */
export const retrieve: Stage = {
  name: "retrieve",
  async run(ctx) {
    const outcome = await ctx.deps.search.search(ctx.searchQuery, { audience: ctx.audience, k: 8, nation: ctx.frame?.jurisdiction ?? null, topics: ctx.frame?.topics });
    const onTopic = mentionsDomain(ctx.searchQuery) || ctx.earlierUserTurns.some(mentionsDomain);
    ctx.search = onTopic ? outcome : { ...outcome, offTopic: true, results: [], rejected: [...outcome.results, ...outcome.rejected].slice(0, 10) };
  },
};
