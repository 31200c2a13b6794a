import type { SearchHit } from "../../retrieval/search-knowledge.ts";
import type { ComposedAnswer, PipelineContext } from "../pipeline-context.ts";
import { citationFor, suggestionsFor } from "./compose-embedded.ts";

export function formatPounds(amount: number): string {
  return `£${amount.toLocaleString("en-GB", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}

const MAX_STEPS_SHOWN = 8;

/**
 * A calculator's result in words: the headline, the main steps with their rules, and what is still needed.
 * Every figure comes from the calculator; the full steps travel in `calculation` for the widget to show.
 */
export function composeCalculation(ctx: PipelineContext, hits: SearchHit[]): ComposedAnswer {
  const calc = ctx.calculation!;
  const lines: string[] = [calc.summary];
  const shown = calc.steps.filter((s) => s.amount !== null).slice(0, MAX_STEPS_SHOWN);
  if (shown.length) {
    lines.push("", "How this was worked out:");
    for (const s of shown) lines.push(`- ${s.label}: ${formatPounds(s.amount!)}`);
  }
  if (calc.missing.length) {
    lines.push("", "To work out the rest, I need to know:");
    for (const m of calc.missing.slice(0, 4)) lines.push(`- ${m.question}`);
  }
  lines.push("", "This is an estimate, not a decision: the council's own assessment decides the actual amounts.");
  let text = lines.join("\n");
  if (text.length > 1_400) text = [calc.summary, "", "This is an estimate, not a decision: the council's own assessment decides the actual amounts."].join("\n");
  // One supporting section, so the person can read the rule behind the figures.
  const citations = hits.slice(0, 1).map((h, i) => citationFor(h, i + 1, ctx));
  if (citations.length) text += ` [1]`;
  return { text, citations, suggestions: suggestionsFor(ctx, hits, citations) };
}
