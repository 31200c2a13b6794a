import type { SearchHit } from "../../retrieval/search-knowledge.ts";
import { contactLine, unanswerableReply } from "../canned-replies.ts";
import type { ComposedAnswer, PipelineContext } from "../pipeline-context.ts";
import { composeCalculation } from "./compose-calculation.ts";
import { composeEmbedded } from "./compose-embedded.ts";

/**
 * The answer without a model: a calculator's working for a calculation, otherwise the quoted sentences, then
 * who to contact. Used as the default and whenever a model answer fails or is rejected; empty text means
 * nothing good enough was found.
 */
export function composeWithoutModel(ctx: PipelineContext, hits: SearchHit[]): ComposedAnswer {
  const composed = ctx.route === "calculation" && ctx.calculation ? composeCalculation(ctx, hits) : composeEmbedded(ctx, hits);
  if (composed.text) composed.text += `\n\n${contactLine(ctx.deps.council, ctx.audience, composed.citations)}`;
  return composed;
}

/** Nothing good enough to say: the safeguarding signposting if there is one, else who to contact. */
export function finishWithoutAnswer(ctx: PipelineContext, reason: "unanswerable_off_topic" | "unanswerable_no_match" | "unanswerable_no_sentences"): void {
  if (ctx.safeguarding) ctx.finish("safeguarding", "safeguarding_no_answer", ctx.safeguarding.reply);
  else ctx.finish("unanswerable", reason, unanswerableReply(ctx.deps.council));
}
