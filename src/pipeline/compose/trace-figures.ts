import type { SearchHit } from "../../retrieval/search-knowledge.ts";
import type { CalculationOutcome } from "../answer-types.ts";
import type { ComposedAnswer } from "../pipeline-context.ts";

const POUNDS = /£\s?(\d[\d,]*(?:\.\d+)?)(\s?(?:million|m|k)\b)?/gi;

/** "£1,000", "£1000" and "£1,000.00" are the same figure; "£5 million" is 5000000. */
export function poundsIn(text: string): number[] {
  return [...text.matchAll(POUNDS)].map((m) => {
    const n = Number(m[1].replace(/,/g, ""));
    const unit = (m[2] ?? "").trim().toLowerCase();
    return Math.round((unit === "million" || unit === "m" ? n * 1e6 : unit === "k" ? n * 1e3 : n) * 100) / 100;
  });
}

function numbersIn(value: unknown, out: Set<number>): void {
  if (typeof value === "number") out.add(Math.round(value * 100) / 100);
  else if (Array.isArray(value)) value.forEach((v) => numbersIn(v, out));
  else if (value && typeof value === "object") Object.values(value).forEach((v) => numbersIn(v, out));
}

/**
 * Lists what a composed answer says that its evidence does not: £ figures found in no retrieved section and
 * no calculator result, and citations of sections that were never retrieved. Empty means traceable.
 */
export function findUntraceable(
  composed: ComposedAnswer,
  hits: SearchHit[],
  calculations: (CalculationOutcome | null | undefined)[],
): string[] {
  const known = new Set<number>();
  for (const h of hits) for (const p of poundsIn(h.text)) known.add(p);
  for (const c of calculations) if (c) numbersIn([c.result, c.steps.map((s) => s.amount), c.input], known);
  const problems: string[] = [];
  for (const figure of poundsIn(composed.text))
    if (!known.has(figure)) problems.push(`£${figure} is not in any retrieved section or calculation`);
  const retrieved = new Set(hits.map((h) => h.id));
  for (const c of composed.citations) if (!retrieved.has(c.id)) problems.push(`cites ${c.id}, which was not retrieved`);
  if (!composed.text.trim()) problems.push("empty answer");
  return problems;
}
