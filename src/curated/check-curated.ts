import type { CalculationOutcome } from "../calculators/calculation-types.ts";
import { findUntraceable } from "../pipeline/compose/trace-figures.ts";
import type { SearchHit } from "../retrieval/search-knowledge.ts";
import type { CuratedAnswer } from "./curated-answer.ts";
import { sectionHash } from "./section-hash.ts";

export type CuratedProblem =
  | { kind: "section_missing"; section: string }
  | { kind: "section_changed"; section: string }
  | { kind: "review_due"; reviewDue: string }
  | { kind: "figure_untraceable"; detail: string };

/** A problem in words, for the gap report and the curated answer's page. */
export function describeProblem(p: CuratedProblem): string {
  switch (p.kind) {
    case "section_missing":
      return `Section ${p.section} is no longer in the knowledge`;
    case "section_changed":
      return `Section ${p.section} has changed since approval`;
    case "review_due":
      return `Review date ${p.reviewDue} has passed`;
    case "figure_untraceable":
      return p.detail.replace(/^£/, "The figure £").replace("is not in any retrieved section or calculation", "is not in any cited section");
  }
}

/**
 * Why a curated answer must not be served now: a cited section gone or edited since approval (its hash
 * differs), the review date passed, or a £ figure that none of its sections (nor a calculation, when one
 * ran) contains — the same figure check the output check stage applies to a model's answer. Empty: servable.
 */
export function curatedProblems(
  answer: CuratedAnswer,
  section: (id: string) => SearchHit | undefined,
  today: Date,
  calculation: CalculationOutcome | null = null,
): CuratedProblem[] {
  const problems: CuratedProblem[] = [];
  const hits: SearchHit[] = [];
  for (const s of answer.sections) {
    const hit = section(s.id);
    if (!hit) problems.push({ kind: "section_missing", section: s.id });
    else {
      hits.push(hit);
      if (sectionHash(hit.text) !== s.hash) problems.push({ kind: "section_changed", section: s.id });
    }
  }
  if (answer.reviewDue < today.toISOString().slice(0, 10)) problems.push({ kind: "review_due", reviewDue: answer.reviewDue });
  for (const detail of findUntraceable({ text: answer.answer, citations: [], suggestions: [] }, hits, [calculation]))
    if (detail.startsWith("£")) problems.push({ kind: "figure_untraceable", detail });
  return problems;
}
