import { contentTerms, stem } from "./tokenise.ts";

/**
 * How much two short texts share, after the retrieval's own normalisation (tokenise, stop words, Porter
 * stem): the gap report groups similar questions with it, and a resident's question is matched to a
 * curated answer's wordings with it.
 */
export function wordSet(text: string): Set<string> {
  // Redaction placeholders ("[name]") say nothing about the question.
  return new Set(contentTerms(text.replace(/\[[^\]]*\]/g, " ")).map(stem));
}

/** Shared words over all words (the Jaccard index), 0..1. */
export function jaccard(a: Set<string>, b: Set<string>): number {
  if (!a.size && !b.size) return 1;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / (a.size + b.size - shared);
}
