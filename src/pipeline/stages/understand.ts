import { TUNING } from "../../config/tuning.ts";
import type { Stage } from "../run-pipeline.ts";
import { RETRIEVE_K } from "./retrieve.ts";

/**
 * Stage 3. Reads the message (with the person's earlier turns) into a frame: what it wants, which sum,
 * the topic of a request to decline, where the person is, and the separate things it asks. Later stages
 * route, search and compose from the frame rather than from patterns over the raw text.
 *
 * One check against the knowledge itself: a reading of "out of scope" the classifier is not sure of is
 * overruled when a section covers the question well. "How much can I pay my PA per mile without it being
 * taxed?" shares its words with off-topic requests about a PA's own money, but the mileage section answers
 * it; "which garage should my PA take her car to" has no such section. The settings are
 * routing.outOfScopeSure and routing.answerableCoverage in config/tuning.json.
 */
export const understand: Stage = {
  name: "understand",
  async run(ctx) {
    const frame = ctx.deps.understanding.understand(ctx.question, ctx.earlierUserTurns);
    ctx.frame = frame;
    const { outOfScopeSure, answerableCoverage } = TUNING.routing;
    if (frame.intent !== "out_of_scope" || frame.confidence >= outOfScopeSure || !ctx.deps.search) return;
    // As many sections as the retrieve stage asks for, so it can use this search rather than make it again.
    const found = await ctx.deps.search.search(ctx.question, { audience: ctx.audience, k: RETRIEVE_K, nation: frame.jurisdiction ?? null, topics: frame.topics });
    ctx.understandingSearch = { query: ctx.question, outcome: found };
    const best = found.results[0];
    if (best && best.coverage >= answerableCoverage) ctx.frame = { ...frame, intent: "knowledge", declineTopic: null, runnerUp: { intent: "out_of_scope", confidence: frame.confidence } };
  },
};
