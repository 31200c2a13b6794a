import type { SearchHit } from "../../retrieval/search-knowledge.ts";
import { SYNONYMS } from "../../retrieval/synonyms.ts";
import { stem, tokenise } from "../../retrieval/tokenise.ts";
import type { Citation } from "../answer-types.ts";
import type { ComposedAnswer, PipelineContext } from "../pipeline-context.ts";
import { splitUnits, type TextUnit } from "./split-units.ts";

/** DESIGN.md: answers over 1,800 characters (citations excluded) are too long to read in a chat widget. */
export const MAX_ANSWER_CHARS = 1_800;
// Quoted passages stay well inside the limit, leaving room for the contact line and a safeguarding preface.
const PASSAGE_BUDGET = 950;
const MAX_UNITS = 8;
const MAX_CHUNKS = 4;

interface Candidate {
  unit: TextUnit;
  hitIndex: number;
  score: number;
}

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

function plain(text: string): string {
  return text
    .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1")
    .replace(/`/g, "")
    .trim();
}

/**
 * The embedded (no model) composer: quotes the sentences that best answer the question from the top sections,
 * answer first, each group of sentences followed by its citation number. Nothing is paraphrased, so every
 * figure is exactly as written in a cited, sourced section.
 */
export function composeEmbedded(ctx: PipelineContext, hits: SearchHit[]): ComposedAnswer {
  const search = ctx.deps.search;
  const query = ctx.search?.query ?? search.prepare(ctx.searchQuery);
  const weights = new Map<string, number>();
  for (const term of query.terms) {
    const s = stem(term);
    weights.set(s, Math.max(weights.get(s) ?? 0, search.idf(s)));
    for (const syn of SYNONYMS[term]?.split(" ") ?? []) {
      const ss = stem(syn);
      weights.set(ss, Math.max(weights.get(ss) ?? 0, 0.6 * search.idf(ss)));
    }
  }
  for (const e of query.expansions) {
    const s = stem(e);
    if (!weights.has(s)) weights.set(s, 0.4 * search.idf(s));
  }

  const best = hits[0]?.score ?? 1;
  const chosenHits: SearchHit[] = [];
  const perDoc = new Map<string, number>();
  for (const h of hits) {
    if (chosenHits.length >= MAX_CHUNKS || h.score < best * 0.35) break;
    const n = perDoc.get(h.documentId) ?? 0;
    if (n >= 3) continue;
    perDoc.set(h.documentId, n + 1);
    chosenHits.push(h);
  }

  const candidates: Candidate[] = [];
  const unitsByHit = chosenHits.map((h) => splitUnits(h.text));
  unitsByHit.forEach((units, hitIndex) => {
    const hitWeight = 0.55 + 0.45 * (chosenHits[hitIndex].score / best);
    units.forEach((unit, i) => {
      const stems = new Set(tokenise(unit.text).map(stem));
      let matched = 0;
      for (const [s, w] of weights) if (stems.has(s)) matched += w;
      const words = unit.text.split(/\s+/).length;
      const lengthPenalty = 1 + 0.12 * Math.max(0, words / 28 - 1);
      // Sections are written answer-first, so their opening sentence usually states the rule.
      const opening = i === 0 ? 1.3 : 1;
      candidates.push({ unit, hitIndex, score: ((matched + 0.2) * hitWeight * opening) / lengthPenalty });
    });
  });
  if (candidates.length === 0) return { text: "", citations: [], suggestions: [] };

  const selected = new Set<Candidate>();
  let used = 0;
  const fits = (c: Candidate) => used + c.unit.text.length + 2 <= PASSAGE_BUDGET;
  const add = (c: Candidate | undefined) => {
    if (!c || selected.has(c) || !fits(c)) return false;
    selected.add(c);
    used += c.unit.text.length + 2;
    return true;
  };
  // The opening of the best section first: it carries the direct answer.
  add(candidates.find((c) => c.hitIndex === 0));
  const ranked = [...candidates].sort((a, b) => b.score - a.score);
  const topScore = ranked[0].score;
  for (const c of ranked) {
    if (selected.size >= MAX_UNITS) break;
    if (c.score < topScore * 0.4) break;
    if (!add(c)) continue;
    const siblings = candidates.filter((o) => o.hitIndex === c.hitIndex && o.unit.block === c.unit.block);
    if (c.unit.leadIn) {
      // A lead-in without its list says nothing: bring up to five items with it.
      siblings.filter((o) => o.unit.kind === "item").slice(0, 5).forEach(add);
    } else if (c.unit.kind === "item") {
      add(siblings.find((o) => o.unit.leadIn));
    }
  }

  // Read in the order the documents were written: documents by relevance, sections in their own order
  // (so "Yes, you can…" comes before the detail that qualifies it).
  const docRank = new Map<string, number>();
  chosenHits.forEach((h) => docRank.has(h.documentId) || docRank.set(h.documentId, docRank.size));
  const readingOrder = chosenHits
    .map((hit, hitIndex) => ({ hit, hitIndex }))
    .sort((a, b) => docRank.get(a.hit.documentId)! - docRank.get(b.hit.documentId)! || a.hit.position - b.hit.position);
  const citations: Citation[] = [];
  const paragraphs: string[] = [];
  readingOrder.forEach(({ hit, hitIndex }) => {
    const picked = [...selected].filter((c) => c.hitIndex === hitIndex).sort((a, b) => a.unit.order - b.unit.order);
    if (!picked.length) return;
    const n = citations.length + 1;
    citations.push(citationFor(hit, n, ctx));
    const lines: string[] = [];
    let prose: string[] = [];
    const flush = () => {
      if (prose.length) lines.push(prose.join(" "));
      prose = [];
    };
    for (const c of picked) {
      if (c.unit.kind === "sentence") prose.push(plain(c.unit.text));
      else {
        flush();
        lines.push(`- ${plain(c.unit.text)}`);
      }
    }
    flush();
    lines[lines.length - 1] += ` [${n}]`;
    paragraphs.push(lines.join("\n"));
  });

  return { text: paragraphs.join("\n\n"), citations, suggestions: suggestionsFor(ctx, hits, citations) };
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
