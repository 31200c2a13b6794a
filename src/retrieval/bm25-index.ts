import { stem, tokenise } from "./tokenise.ts";

/**
 * Okapi BM25 over the sections, in memory (Robertson and Zaragoza 2009, "The Probabilistic Relevance
 * Framework: BM25 and Beyond"; k1 = 1.2, b = 0.75 as usual). Built once with the index: at ~500 sections a
 * query costs a few tenths of a millisecond, against ~5 ms for a full-text query through LanceDB, which stays
 * the store of record (and the vector search when embeddings are configured).
 */
export interface Bm25Field {
  /** The text of this field for each document, in document order. */
  texts: readonly string[];
  boost: number;
}

export interface Bm25Index {
  /** Scores for documents matching any of the terms, each term weighted (the person's own words count more). */
  score(terms: readonly { stem: string; weight: number }[]): Map<number, number>;
  /** Inverse document frequency of a stem in the first field (how telling a word is). */
  idf(stemmed: string): number;
}

/** k1 and b as usual (1.2 and 0.75 unless config/tuning.json says otherwise). */
export interface Bm25Parameters {
  k1: number;
  b: number;
}
const USUAL: Bm25Parameters = { k1: 1.2, b: 0.75 };

interface FieldIndex {
  boost: number;
  /** Per stem, the sections that have it and each one's length-normalised term frequency (fixed once built). */
  postings: Map<string, { docs: Int32Array; norms: Float64Array }>;
}

function indexField(field: Bm25Field, { k1: K1, b: B }: Bm25Parameters): FieldIndex {
  const lists = new Map<string, { doc: number; tf: number }[]>();
  const lengths = new Float64Array(field.texts.length);
  // The same text (a document's own words, shared by its sections) is read once.
  const seen = new Map<string, { counts: Map<string, number>; length: number }>();
  field.texts.forEach((text, doc) => {
    let read = seen.get(text);
    if (!read) {
      const counts = new Map<string, number>();
      const words = tokenise(text);
      for (const w of words) {
        const s = stem(w);
        counts.set(s, (counts.get(s) ?? 0) + 1);
      }
      seen.set(text, (read = { counts, length: words.length }));
    }
    const { counts } = read;
    lengths[doc] = read.length;
    for (const [s, tf] of counts) {
      const list = lists.get(s);
      if (list) list.push({ doc, tf });
      else lists.set(s, [{ doc, tf }]);
    }
  });
  const total = lengths.reduce((a, b) => a + b, 0);
  const averageLength = total / Math.max(1, lengths.length);
  // The saturation and length part of BM25 depends only on the section, so it is worked out here, once,
  // and a query only multiplies by its terms' weights (the per-query cost was mostly this arithmetic).
  const postings = new Map<string, { docs: Int32Array; norms: Float64Array }>();
  for (const [s, list] of lists) {
    const docs = new Int32Array(list.length);
    const norms = new Float64Array(list.length);
    list.forEach(({ doc, tf }, i) => {
      docs[i] = doc;
      norms[i] = (tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * lengths[doc]) / averageLength));
    });
    postings.set(s, { docs, norms });
  }
  return { boost: field.boost, postings };
}

export function createBm25Index(fields: readonly Bm25Field[], parameters: Bm25Parameters = USUAL): Bm25Index {
  const n = fields[0]?.texts.length ?? 0;
  const indexed = fields.map((f) => indexField(f, parameters));
  const idfOf = (f: FieldIndex, s: string) => {
    const df = f.postings.get(s)?.docs.length ?? 0;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  };
  return {
    score(terms) {
      // Summed in a flat array (a Map look-up per posting was most of the cost), then handed back as a Map
      // in the order sections were first matched.
      const sums = new Float64Array(n);
      const touched: number[] = [];
      for (const f of indexed) {
        for (const { stem: s, weight } of terms) {
          const list = f.postings.get(s);
          if (!list) continue;
          const idf = idfOf(f, s) * weight * f.boost;
          const { docs, norms } = list;
          for (let i = 0; i < docs.length; i++) {
            const doc = docs[i];
            if (sums[doc] === 0) touched.push(doc);
            sums[doc] += idf * norms[i];
          }
        }
      }
      const scores = new Map<number, number>();
      for (const doc of touched) scores.set(doc, sums[doc]);
      return scores;
    },
    idf: (s) => (indexed[0] ? idfOf(indexed[0], s) : 0),
  };
}
