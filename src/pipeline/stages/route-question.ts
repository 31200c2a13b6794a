import { planCalculation } from "../../calculators/plan-calculation.ts";
import { greetingReply, thanksReply } from "../canned-replies.ts";
import { cannedReply, classifyRequest } from "../guards/classify-request.ts";
import type { Stage } from "../run-pipeline.ts";

/**
 * Stage 3. Decides what kind of question this is: a knowledge question, a calculation, a decision only the
 * council can make, something out of scope, or a greeting. Expected outcomes are statuses, not errors.
 */
export const routeQuestion: Stage = {
  name: "route_question",
  run(ctx) {
    const calculation = planCalculation(ctx.question, ctx.earlierUserTurns, { council: ctx.deps.council, today: ctx.deps.now() });
    if (calculation) {
      ctx.route = "calculation";
      ctx.calculation = calculation;
      return;
    }
    // After a safeguarding disclosure, answer what was asked rather than turning the person away.
    if (ctx.safeguarding) return;
    const kind = classifyRequest(ctx.question);
    if (!kind) return;
    const council = ctx.deps.council;
    if (kind.kind === "greeting") ctx.finish("clarification", greetingReply(council));
    else if (kind.kind === "thanks") ctx.finish("answered", thanksReply());
    else ctx.finish(kind.kind, cannedReply(kind.kind, kind.topic, council));
  },
};
