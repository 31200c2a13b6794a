import { MAX_ANSWER_CHARS } from "../compose/compose-embedded.ts";
import { composeWithoutModel, finishWithoutAnswer } from "../compose/compose-without-model.ts";
import { findUntraceable } from "../compose/trace-figures.ts";
import type { Stage } from "../run-pipeline.ts";

/**
 * Stage 8. Nothing leaves unchecked: a model answer whose £ figures or citations cannot be traced to a
 * retrieved section or a calculator result is replaced by the embedded answer. Then the safeguarding
 * signposting goes first, and the answer is held to the length limit.
 */
export const outputCheck: Stage = {
  name: "output_check",
  run(ctx) {
    let composed = ctx.composed;
    if (!composed) return;
    const hits = ctx.search?.results ?? [];
    if (ctx.composer === "model") {
      const problems = findUntraceable(composed, composed.evidence ?? hits, [ctx.calculation, ...(composed.calculations ?? [])]);
      if (problems.length) {
        ctx.trace.push({ stage: "output_check", ms: 0, note: `model answer replaced: ${problems.join("; ")}` });
        composed = composeWithoutModel(ctx, hits);
        ctx.composer = "embedded";
        if (!composed.text) return finishWithoutAnswer(ctx, "unanswerable_no_sentences");
      }
    }
    let text = composed.text;
    if (ctx.safeguarding) text = `${ctx.safeguarding.reply}\n\n${text}`;
    if (text.length > MAX_ANSWER_CHARS) {
      // Drop whole trailing paragraphs rather than cutting a sentence (and a figure) in half.
      const paragraphs = text.split("\n\n");
      while (paragraphs.length > 1 && paragraphs.join("\n\n").length > MAX_ANSWER_CHARS) paragraphs.splice(-2, 1);
      text = paragraphs.join("\n\n").slice(0, MAX_ANSWER_CHARS);
    }
    const cited = new Set([...text.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1])));
    const citations = composed.citations.filter((c) => cited.has(c.n));
    const extra = { citations, suggestions: composed.suggestions };
    if (ctx.safeguarding) ctx.finish("safeguarding", "safeguarding_then_answer", text, extra);
    else if (ctx.status === "clarification") ctx.finish("clarification", "clarification_calculation_inputs", text, extra);
    else ctx.finish("answered", ctx.route === "calculation" ? "answered_calculation" : "answered_from_knowledge", text, extra);
  },
};
