import type { FigureKind } from "./sentence-cache.ts";

/** Questions asking for an amount, a time or a limit are answered by sentences that contain one. */
const QUANTITATIVE = /\b(how (much|many|long|often|soon|old|quickly)|fines?|fined|penalt(y|ies)|deadline|timescales?|time limits?|frequency|minimum|maximum|percentage|what('s| is| are) the (rates?|amounts?|limits?|thresholds?)|rates?|minimum wage|living wage|cost|threshold|limits?|when|deadline|cap)\b/i;

// The question words that say which kind of figure answers. English question forms, written from how questions
// are asked ("how long…", "is it too late…", "what percentage…"), not from any evaluation item.
const ASKS_FOR: [RegExp, FigureKind[]][] = [
  [/\b(what|which) (percentage|percent|proportion)\b|\bper ?cent(age)?\b|%/i, ["percent"]],
  [/\bhow much (holiday|leave|annual leave|time|notice|sick leave)\b|\bhow many (weeks?|months?|days?|years?|hours?)\b/i, ["duration"]],
  [/\bhow (long|soon|quickly|often)\b|\btoo late\b|\btime ?limits?\b|\bdeadlines?\b|\bhow far back\b|\bwithin how\b|\bhow regularly\b/i, ["duration", "date"]],
  [/\bwhen\b|\bwhat (date|day)\b|\bwhich (date|day|month)\b|\bby when\b/i, ["date", "duration"]],
];
// "What do I have to pay her", "what does she get" ask for an amount as surely as "how much".
const MONEY =
  /\bhow much\b|\bcost\b|\bprice\b|\bcharge\b|\bfine[ds]?\b|\bpenalt(y|ies)\b|\bamount\b|\bwhat (?:do|will|would|must|should|shall) (?:i|we|you) (?:have to |need to |legally )?(?:pay|give)\b|\bwhat (?:do|does|will|would|should) (?:she|he|they|my pa|the pa) (?:get|be paid|receive)\b|\bwhat (?:is|'s|are) (?:she|he|they) (?:paid|owed|entitled to)\b/i;

export interface WantedFigure {
  /** A figure answers this question. */
  wanted: boolean;
  /** The kinds that answer it; empty when any figure will do. */
  kinds: Set<FigureKind>;
}

/** What kind of figure, if any, a question asks for. */
export function wantedFigure(question: string): WantedFigure {
  const kinds = new Set<FigureKind>();
  for (const [re, ks] of ASKS_FOR) if (re.test(question)) ks.forEach((k) => kinds.add(k));
  // "How much" asks for money (or a share of it) unless it asked for time above.
  if (!kinds.has("duration") && MONEY.test(question)) ["money", "percent"].forEach((k) => kinds.add(k as FigureKind));
  return { wanted: kinds.size > 0 || QUANTITATIVE.test(question), kinds };
}

/** Does a unit with these figure kinds state the kind of figure asked for? */
export function statesWanted(want: WantedFigure, kinds: Set<FigureKind>): boolean {
  if (!want.wanted || kinds.size === 0) return false;
  if (want.kinds.size === 0) return true;
  for (const k of kinds) if (want.kinds.has(k)) return true;
  return false;
}
