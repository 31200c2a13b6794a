import { curatedProblems, describeProblem } from "../../curated/check-curated.ts";
import { citationFor, suggestionsFor } from "../compose/cite-hits.ts";
import type { PipelineContext } from "../pipeline-context.ts";
import type { Stage } from "../run-pipeline.ts";
import { ROUTING } from "../routing-settings.ts";

const longDate = (d: Date) => d.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/London" });

/** The section a curated answer cites, from the index being served (so an edited section is seen at once). */
const sectionIn = (ctx: PipelineContext) => (id: string) => ctx.deps.search.sectionsOf(id.split("#")[0]).find((s) => s.id === id);

/**
 * After routing and the follow-up rewrite, before retrieval (docs/architecture.md, "The stages"). A question that closely matches a
 * curated answer an editor approved gets that answer, with its citations and when it was approved, ahead
 * of the composed one. It never overrides anything earlier: a safeguarding disclosure, a decline (decision,
 * out of scope, deception, injection) or small talk has already finished or set ctx.safeguarding, and only a
 * knowledge question the router would answer from the facts is considered. A follow-up that leans on earlier
 * turns is left to the pipeline, which reads it in context. A curated answer whose sections changed since
 * approval, whose review date has passed, or whose £ figures its sections no longer hold is not served.
 */
export const serveCurated: Stage = {
  name: "serve_curated",
  run(ctx) {
    const matcher = ctx.deps.curated;
    // A one-rule sum the routing worked out for a question the classifier read as a knowledge question ("what
    // is the minimum wage for a PA aged 21 or over?") gives way to an approved answer to that question, whose
    // figures are checked against the sum below.
    const sumForKnowledgeQuestion = ctx.route === "calculation" && ctx.frame?.intent === "knowledge" && ctx.calculation !== null && ctx.calculation.missing.length === 0;
    if (!matcher?.size || ctx.finished || ctx.safeguarding || (ctx.route !== "knowledge" && !sumForKnowledgeQuestion) || ctx.request.calculation) return;
    if (ctx.searchQuery !== ctx.question) return;
    // An unsure reading as a decline was left to the rules and retrieval: a curated answer must not settle it.
    if (ctx.frame && ROUTING.declineIntents.includes(ctx.frame.intent)) return;
    const hit = matcher.match(ctx.question, ctx.audience);
    if (!hit) return;
    const section = sectionIn(ctx);
    const problems = curatedProblems(hit.answer, section, ctx.deps.now(), ctx.calculation);
    if (problems.length) {
      ctx.trace.push({ stage: "serve_curated", ms: 0, note: `curated answer ${hit.answer.id} not served: ${problems.map(describeProblem).join("; ")}` });
      return;
    }
    const citations = hit.answer.sections.map((s, i) => citationFor(section(s.id)!, i + 1, ctx));
    const council = ctx.deps.council.council;
    const text =
      `${hit.answer.answer.trim()} [${citations.map((c) => c.n).join(", ")}]\n\n` +
      `This answer was checked and approved by ${council.name}'s ${council.directPaymentsTeam.name} on ${longDate(hit.answer.approvedAt)}.`;
    ctx.curated = { id: hit.answer.id, approvedAt: hit.answer.approvedAt.toISOString() };
    ctx.composer = "curated";
    ctx.trace.push({ stage: "serve_curated", ms: 0, note: `curated answer ${hit.answer.id} (match ${hit.score.toFixed(2)})` });
    ctx.finish("answered", "answered_curated", text, { citations, suggestions: suggestionsFor(ctx, [], citations) });
  },
};
