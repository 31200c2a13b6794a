import { STOPWORDS, stem, tokenise } from "./tokenise.ts";

/**
 * Matches a question to the sections whose own example questions it most resembles: each section carries the
 * questions it answers (front matter `section_questions`, the document's `questions` for its opening, and the
 * heading itself), and a new question is scored against every one of them by cosine similarity of TF-IDF
 * vectors over stemmed words and word pairs (a nearest-neighbour classifier over the labelled questions).
 * It catches paraphrases full-text search misses, because people ask alike more often than pages and people
 * use the same words. Its ranking is fused with BM25 by reciprocal rank (search-knowledge.ts).
 */
export interface QuestionMatcher {
  /** Best similarity (0..1) per section index, for sections with any shared feature. */
  match(question: string): Map<number, number>;
}

export function featuresOf(text: string): string[] {
  const words = tokenise(text)
    .filter((w) => !STOPWORDS.has(w) && (w.length > 1 || /\d/.test(w)))
    .map(stem);
  const out = new Set(words);
  for (let i = 1; i < words.length; i++) out.add(`${words[i - 1]} ${words[i]}`);
  return [...out];
}

export function createQuestionMatcher(questionsBySection: readonly (readonly string[])[]): QuestionMatcher {
  const examples: { section: number; features: string[] }[] = [];
  questionsBySection.forEach((questions, section) => {
    for (const q of questions) {
      const features = featuresOf(q);
      if (features.length) examples.push({ section, features });
    }
  });
  const df = new Map<string, number>();
  for (const e of examples) for (const f of e.features) df.set(f, (df.get(f) ?? 0) + 1);
  const n = examples.length;
  const idf = (f: string) => Math.log((n + 1) / ((df.get(f) ?? 0) + 1)) + 1;
  // Inverted lists of example index and weight, with each example's vector length for the cosine.
  const postings = new Map<string, { example: number; weight: number }[]>();
  const norms = new Float64Array(examples.length);
  examples.forEach((e, i) => {
    let sum = 0;
    for (const f of e.features) {
      const w = idf(f);
      sum += w * w;
      const list = postings.get(f);
      if (list) list.push({ example: i, weight: w });
      else postings.set(f, [{ example: i, weight: w }]);
    }
    norms[i] = Math.sqrt(sum);
  });

  return {
    match(question) {
      const features = featuresOf(question);
      let queryNorm = 0;
      // Dot products summed in a flat array, in the order examples were first matched.
      const dots = new Float64Array(examples.length);
      const touched: number[] = [];
      for (const f of features) {
        const w = idf(f);
        queryNorm += w * w;
        for (const p of postings.get(f) ?? []) {
          if (dots[p.example] === 0) touched.push(p.example);
          dots[p.example] += w * p.weight;
        }
      }
      queryNorm = Math.sqrt(queryNorm);
      const best = new Map<number, number>();
      for (const i of touched) {
        const dot = dots[i];
        const sim = dot / (queryNorm * norms[i] || 1);
        const s = examples[i].section;
        if (sim > (best.get(s) ?? 0)) best.set(s, sim);
      }
      return best;
    },
  };
}
