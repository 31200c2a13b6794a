import { jaccard, wordSet } from "../retrieval/word-overlap.ts";
import { GAP_STATUSES, type GapRow } from "../store/answer-records.ts";

export interface QuestionGroup {
  topic: string | null;
  /** The newest wording in the group (already redacted). */
  text: string;
  count: number;
  lastSeen: Date;
  /** Why these count as gaps: "unanswerable", "out_of_scope", "thumbs_down". */
  reasons: string[];
  /** Other wordings in the group, newest first (at most five). */
  variants: string[];
}

/** Two questions are one gap when their stemmed content words overlap this much (Jaccard index). */
export const SIMILARITY = 0.6;

const reasonsOf = (r: GapRow) => [
  ...((GAP_STATUSES as readonly string[]).includes(r.status) ? [r.status] : []),
  ...(r.rating === "down" ? ["thumbs_down"] : []),
];

/**
 * Groups gap questions by topic, then by similar wording: each question joins the first group in its topic
 * whose first (newest) wording shares at least SIMILARITY of its stemmed content words, else starts one.
 * Rows come newest first; groups are returned largest first, then most recent.
 */
export function groupQuestions(rows: GapRow[], threshold = SIMILARITY): QuestionGroup[] {
  const groups: (QuestionGroup & { words: Set<string>; normal: string })[] = [];
  for (const row of rows) {
    const words = wordSet(row.question);
    const normal = row.question.toLowerCase().replace(/\s+/g, " ").trim();
    const group = groups.find(
      (g) => g.topic === row.topic && (words.size || g.words.size ? jaccard(words, g.words) >= threshold : g.normal === normal),
    );
    if (!group) {
      groups.push({ topic: row.topic, text: row.question, count: 1, lastSeen: row.at, reasons: reasonsOf(row), variants: [], words, normal });
      continue;
    }
    group.count++;
    if (row.at > group.lastSeen) group.lastSeen = row.at;
    for (const r of reasonsOf(row)) if (!group.reasons.includes(r)) group.reasons.push(r);
    if (normal !== group.normal && group.variants.length < 5 && !group.variants.includes(row.question)) group.variants.push(row.question);
  }
  return groups
    .map(({ words: _w, normal: _n, ...g }) => g)
    .sort((a, b) => b.count - a.count || b.lastSeen.getTime() - a.lastSeen.getTime());
}
