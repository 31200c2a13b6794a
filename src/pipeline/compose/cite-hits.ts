import type { SearchHit } from "../../retrieval/search-knowledge.ts";
import type { Citation } from "../answer-types.ts";
import type { PipelineContext } from "../pipeline-context.ts";

/** Citations and follow-up suggestions, shared by the embedded and the model composer. */
export function citationFor(hit: SearchHit, n: number, ctx: PipelineContext): Citation {
  const doc = ctx.deps.documents.get(hit.documentId);
  return {
    n,
    id: hit.id,
    documentId: hit.documentId,
    title: hit.title,
    heading: hit.heading,
    url: hit.url,
    sources: doc?.sources ?? [],
    last_reviewed: doc?.last_reviewed ?? "",
  };
}

/** Follow-up questions: the headline question of other relevant documents, then of related ones. */
export function suggestionsFor(ctx: PipelineContext, hits: SearchHit[], citations: Citation[]): string[] {
  const cited = new Set(citations.map((c) => c.documentId));
  const out: string[] = [];
  const seenDocs = new Set<string>();
  const consider = (docId: string) => {
    if (cited.has(docId) || seenDocs.has(docId)) return;
    seenDocs.add(docId);
    const q = ctx.deps.documents.get(docId)?.questions[0];
    if (q && out.length < 3) out.push(q);
  };
  for (const h of hits) consider(h.documentId);
  for (const c of citations) for (const r of ctx.deps.documents.get(c.documentId)?.related ?? []) consider(r);
  return out;
}
