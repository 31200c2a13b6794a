import { planCalculation } from "../../calculators/plan-calculation.ts";
import { quickSum } from "../../calculators/quick-sums.ts";
import { STILL_NEEDED_HEADING, WORKING_HEADING } from "../compose/compose-calculation.ts";
import { cannedReply, classifyRequest } from "../guards/classify-request.ts";
import type { Stage } from "../run-pipeline.ts";

/**
 * Stage 3. Decides what kind of question this is: a knowledge question, a calculation, a decision only the
 * council can make, something out of scope, or a greeting. Expected outcomes are statuses, not errors.
 */
// A calculation needs figures, an explicit request to work something out, or a conversation already in one.
// "How much savings can I have?" is a question about the rule, answered from the knowledge base.
const ASKS_TO_CALCULATE =
  /\b(calculate|work out|estimate|how much (would|will|do|should) i (have to |need to )?(pay|contribute|get)|what (would|will) i (have to )?pay|how much (would|will|does|do) (it|a pa|my pa|employing|a personal assistant)[\w\s]{0,20}cost|cost me)\b/i;

export const routeQuestion: Stage = {
  name: "route_question",
  run(ctx) {
    const council = ctx.deps.council;
    // After a safeguarding disclosure, answer what was asked rather than turning the person away.
    const kind = ctx.safeguarding ? null : classifyRequest(ctx.question);
    if (kind) {
      // A greeting asks what they want to know; thanks is simply acknowledged.
      const status = kind.kind === "greeting" ? "clarification" : kind.kind === "thanks" ? "answered" : kind.kind;
      ctx.finish(status, cannedReply(kind.kind, kind.topic, council));
      return;
    }
    const lastReply = ctx.history.filter((m) => m.role === "assistant").at(-1)?.content ?? "";
    // Money or hours, not just any number: "she's been with me 18 months" is a question about the rules.
    const givesAmounts = /£\s?\d|\b\d[\d,.]*\s*(?:k\b|pounds|quid|hours?|hrs)|\b\d{1,3}(?:,\d{3})+\b|\b\d{4,}\b(?!\/)/i.test(ctx.question);
    // A reply to a calculator's questions continues that calculation, whatever words it repeats.
    const continuing = lastReply.includes(STILL_NEEDED_HEADING) || lastReply.includes(WORKING_HEADING);
    const looksLikeCalculation = givesAmounts || ASKS_TO_CALCULATE.test(ctx.question) || continuing;
    const calcCtx = { council, today: ctx.deps.now() };
    // A one-rule sum ("employer NI on £300 a week", "minimum wage at 19") first; then the full calculators.
    const quick = /\d/.test(ctx.question) && !continuing ? quickSum(ctx.question, ctx.earlierUserTurns, calcCtx) : null;
    const calculation = quick ?? (looksLikeCalculation ? planCalculation(ctx.question, ctx.earlierUserTurns, calcCtx) : null);
    if (calculation) {
      ctx.route = "calculation";
      ctx.calculation = calculation;
    }
  },
};
