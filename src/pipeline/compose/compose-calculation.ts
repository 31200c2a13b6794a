import type { SearchHit } from "../../retrieval/search-knowledge.ts";
import type { ComposedAnswer, PipelineContext } from "../pipeline-context.ts";
import { formatPounds } from "../../calculators/money.ts";
import { citationFor, suggestionsFor } from "./cite-hits.ts";
import { poundsIn } from "./trace-figures.ts";
import { plain } from "./compose-embedded.ts";
import { TUNING } from "../../config/tuning.ts";

// A headline and a few lines: the full working travels in `calculation.steps` for the widget's disclosure.
const MAX_STEPS_SHOWN = 3;
// Steps that count ages, hours, days or years rather than money ("PA's age: 19", not "£19.00").
const MONEY_WORDS = /\bpay\b|wages|earnings|rate|£|national insurance|\bNI\b|contribution|charge|budget|income|capital|savings|limit|threshold|allowance|cap\b|SSP|SMP|guarantee|costs?\b/i;
const COUNT_WORDS = /\b(age|hours?|days?|years?|weeks)\b/i;
function isCount(label: string): boolean {
  return COUNT_WORDS.test(label) && !MONEY_WORDS.test(label);
}


export const WORKING_HEADING = "How this was worked out:";
export const STILL_NEEDED_HEADING = "To work out the rest, I need to know:";

/**
 * A calculator's result in words: the headline, the main steps with their rules, and what is still needed.
 * Every figure comes from the calculator; the full steps travel in `calculation` for the widget to show.
 */
export function composeCalculation(ctx: PipelineContext, hits: SearchHit[]): ComposedAnswer {
  const calc = ctx.calculation!;
  const lines: string[] = [calc.summary];
  const shown = calc.steps.filter((s) => s.amount !== null).slice(0, MAX_STEPS_SHOWN);
  if (shown.length) {
    lines.push("", WORKING_HEADING);
    for (const s of shown) lines.push(`- ${s.label}: ${isCount(s.label) ? String(s.amount) : formatPounds(s.amount!)}`);
  }
  if (calc.missing.length) {
    if (calc.calculator === "contribution")
      lines.push("", `Only ${ctx.deps.council.council.name}'s financial assessment decides what you pay; answer a few questions and I can give you a rough estimate.`);
    lines.push("", STILL_NEEDED_HEADING);
    for (const m of calc.missing.slice(0, 4)) lines.push(`- ${m.question}`);
  }
  let text = lines.join("\n");
  if (text.length > 1_400) text = calc.summary;
  // One supporting section, so the person can read the rule behind the figures: the retrieved section that
  // states most of the rules' figures (the capital limits, the tariff step), else the best match.
  const ruleFigures = new Set(calc.steps.flatMap((s) => poundsIn(s.rule)));
  const stated = (h: SearchHit) => poundsIn(h.text).filter((p) => ruleFigures.has(p)).length;
  const support = hits.reduce<SearchHit | undefined>((best, h) => (!best || stated(h) > stated(best) ? h : best), undefined);
  const citations = support ? [citationFor(support, 1, ctx)] : [];
  if (citations.length) text += ` [1]`;
  // Then each further question the message asked, answered by the opening of the section found for it
  // (sections are written answer-first), under its own citation.
  for (const { results } of ctx.furtherAsks ?? []) {
    const hit = results[0];
    const opening = ctx.deps.sentences.unitsOf(hit.text).filter((u) => u.kind === "sentence").slice(0, 2);
    let said = "";
    for (const u of opening) if (said.length + u.text.length <= TUNING.composer.furtherAskChars) said = said ? `${said} ${u.text}` : u.text;
    if (!said) continue;
    let n = citations.find((c) => c.id === hit.id)?.n;
    if (n === undefined) citations.push(citationFor(hit, (n = citations.length + 1), ctx));
    text += `\n\n${plain(said)} [${n}]`;
  }
  return { text, citations, suggestions: suggestionsFor(ctx, hits, citations) };
}
