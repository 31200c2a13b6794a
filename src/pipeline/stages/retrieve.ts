import { TUNING } from "../../config/tuning.ts";
import { mentionsDomain } from "../guards/mentions-domain.ts";
import type { Stage } from "../run-pipeline.ts";

/**
 * Stage 5. Searches the knowledge index with the (rewritten) question, preferring the person's audience.
 * A conversation that never touches care, support or employing someone gets no passages, however many
 * words it shares with them ("when is the next bank holiday"), so it ends as unanswerable with who to contact.
 */
/** How many sections a question's search returns (the understanding stage's check asks for as many). */
export const RETRIEVE_K = 8;

export const retrieve: Stage = {
  name: "retrieve",
  async run(ctx) {
    // The understanding stage's check already made this search (same words, audience, nation and topics) when
    // the question was not rewritten since.
    const made = ctx.understandingSearch;
    const outcome =
      made && made.query === ctx.searchQuery
        ? made.outcome
        : await ctx.deps.search.search(ctx.searchQuery, { audience: ctx.audience, k: RETRIEVE_K, nation: ctx.frame?.jurisdiction ?? null, topics: ctx.frame?.topics });
    const onTopic = mentionsDomain(ctx.searchQuery) || ctx.earlierUserTurns.some(mentionsDomain);
    ctx.search = onTopic ? outcome : { ...outcome, offTopic: true, results: [], rejected: [...outcome.results, ...outcome.rejected].slice(0, 10) };
    // A sum asked beside other questions: each further question without figures of its own is looked up too,
    // so its rule follows the figure (issue 11: each ask of a multi-part message gets its own sentence).
    const asks = ctx.frame?.asks ?? [];
    if (ctx.route === "calculation" && onTopic && asks.length > 1) {
      ctx.furtherAsks = [];
      for (const ask of asks.slice(1, 1 + TUNING.composer.furtherAsks)) {
        if (/\d/.test(ask)) continue;
        const found = await ctx.deps.search.search(ask, { audience: ctx.audience, k: 1, nation: ctx.frame?.jurisdiction ?? null, topics: ctx.frame?.topics });
        if (found.results.length) ctx.furtherAsks.push({ ask, results: found.results });
      }
    }
  },
};
