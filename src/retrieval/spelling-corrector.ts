import { TUNING } from "../config/tuning.ts";
/**
 * Corrects misspelt words against the knowledge base's own vocabulary ("relitive" -> "relative",
 * "mininum" -> "minimum"), using the symmetric-delete idea (Garbe, SymSpell): precompute every word with
 * one letter deleted, so a look-up is a few hash probes instead of a scan. Distance 1 for short words,
 * 2 for words of 7+ letters; ties go to the more frequent word.
 */
const SOUND_ALIKE = new Set(["cs", "sc", "ck", "kc", "sz", "zs", "ts", "st", "iy", "yi"]);
const VOWELS = new Set([..."aeiou"]);

/**
 * Is this correction the kind of slip people make? A missing, extra or swapped letter, or a vowel or
 * sound-alike letter for another ("relitive", "recieve", "pention"). "leaking" -> "leaving" is not: the
 * person probably meant a word this knowledge base does not have.
 */
export function isLikelySlip(typed: string, corrected: string): boolean {
  if (typed.length !== corrected.length) return Math.abs(typed.length - corrected.length) === 1 || editDistance(typed, corrected) <= 2;
  const diffs: number[] = [];
  for (let i = 0; i < typed.length; i++) if (typed[i] !== corrected[i]) diffs.push(i);
  if (diffs.length === 2 && diffs[1] === diffs[0] + 1 && typed[diffs[0]] === corrected[diffs[1]] && typed[diffs[1]] === corrected[diffs[0]]) return true;
  return diffs.every((i) => (VOWELS.has(typed[i]) && VOWELS.has(corrected[i])) || SOUND_ALIKE.has(typed[i] + corrected[i]));
}

export interface SpellingCorrector {
  correct(word: string): string;
  knows(word: string): boolean;
}

function deletes(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

function editDistance(a: string, b: string): number {
  // Optimal string alignment (Damerau-Levenshtein with adjacent transpositions).
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  return d[a.length][b.length];
}

/** Longer than the longest words people ask with ("disproportionately" is 18); beyond it nothing is corrected. */
const MAX_WORD_LENGTH = TUNING.spelling.maxWordLength; // config/tuning.json

export function createSpellingCorrector(frequencies: Map<string, number>): SpellingCorrector {
  const byDelete = new Map<string, string[]>();
  const add = (key: string, word: string) => {
    const list = byDelete.get(key);
    if (list) list.push(word);
    else byDelete.set(key, [word]);
  };
  for (const word of frequencies.keys()) {
    if (word.length < 4 || /\d/.test(word)) continue;
    add(word, word);
    for (const d1 of deletes(word)) {
      add(d1, word);
      if (word.length >= 7) for (const d2 of deletes(d1)) add(d2, word);
    }
  }
  const cache = new Map<string, string>();
  return {
    knows: (word) => frequencies.has(word),
    correct(word) {
      // Four-letter words are too often real words that are simply not in this knowledge base ("rain").
      // Words longer than any in the knowledge base are left alone: the look-up makes every two-letter
      // deletion, which for a 2,000-letter "word" held the server for seconds (a denial of service).
      if (word.length < 5 || word.length > MAX_WORD_LENGTH || frequencies.has(word) || /\d/.test(word)) return word;
      const hit = cache.get(word);
      if (hit) return hit;
      const maxDistance = word.length >= 7 ? 2 : 1;
      const keys = [word, ...deletes(word)];
      if (maxDistance === 2) for (const d1 of deletes(word)) keys.push(...deletes(d1));
      let best = word;
      let bestDistance = Infinity;
      let bestFreq = 0;
      for (const key of keys)
        for (const candidate of byDelete.get(key) ?? []) {
          const dist = editDistance(word, candidate);
          const freq = frequencies.get(candidate) ?? 0;
          if (dist <= maxDistance && (dist < bestDistance || (dist === bestDistance && freq > bestFreq))) {
            best = candidate;
            bestDistance = dist;
            bestFreq = freq;
          }
        }
      if (cache.size > 10_000) cache.clear();
      cache.set(word, best);
      return best;
    },
  };
}
