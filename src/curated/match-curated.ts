import type { Audience } from "../ingest/knowledge-schema.ts";
import { jaccard, wordSet } from "../retrieval/word-overlap.ts";
import type { CuratedAnswer } from "./curated-answer.ts";
import { TUNING } from "../config/tuning.ts";

/**
 * How closely a resident's question must match one of a curated answer's wordings (Jaccard index of their
 * stemmed content words, the gap report's measure) for the curated answer to be served instead of the
 * composed one. Set by reasoning, not tuned on evaluation items: a curated answer skips the composer, so a
 * false match would give a confident answer to a different question, while a miss costs only the ordinary
 * answer. At 0.75 a four-word wording must be matched in full with at most one extra word, or three of its
 * four words with nothing added; anything looser falls through to the pipeline. An editor who wants more
 * wordings caught adds them as variants rather than the bar being lowered.
 */
export const CURATED_MATCH_MIN = TUNING.curated.matchMin; // config/tuning.json

// Words that turn a question round ("if she doesn't live with me"): stop words to retrieval, so they are
// compared on their own, and a question must agree with the wording on whether it has one.
const NEGATION = /\b(not|no|never|without|cannot|can[’']?t|won[’']?t|don[’']?t|doesn[’']?t|isn[’']?t|aren[’']?t|wasn[’']?t|didn[’']?t|shouldn[’']?t|wouldn[’']?t|haven[’']?t|hasn[’']?t)\b/i;
const NUMBER = /\d/;

export interface CuratedMatch {
  answer: CuratedAnswer;
  /** The wording it matched. */
  wording: string;
  score: number;
}

export interface CuratedMatcher {
  readonly size: number;
  /** The approved curated answer for this audience whose wording the question matches best, if strong enough. */
  match(question: string, audience: Audience): CuratedMatch | null;
}

export function createCuratedMatcher(answers: readonly CuratedAnswer[], threshold = CURATED_MATCH_MIN): CuratedMatcher {
  const wordings = answers
    .filter((a) => a.status === "approved")
    .flatMap((answer) => answer.questions.map((wording) => ({ answer, wording, words: wordSet(wording), negated: NEGATION.test(wording) })))
    .filter((w) => w.words.size > 0);
  return {
    size: wordings.length,
    match(question, audience) {
      const words = wordSet(question);
      if (!words.size) return null;
      const negated = NEGATION.test(question);
      const numbers = [...words].filter((w) => NUMBER.test(w)).sort().join(" ");
      let best: CuratedMatch | null = null;
      for (const w of wordings) {
        if (w.answer.audience !== audience || w.negated !== negated) continue;
        // A different amount or age is a different question, however many other words it shares.
        if ([...w.words].filter((x) => NUMBER.test(x)).sort().join(" ") !== numbers) continue;
        const score = jaccard(words, w.words);
        if (score < threshold) continue;
        if (!best || score > best.score || (score === best.score && w.answer.approvedAt > best.answer.approvedAt)) best = { answer: w.answer, wording: w.wording, score };
      }
      return best;
    },
  };
}
