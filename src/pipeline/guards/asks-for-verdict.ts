/**
 * A verdict in the person's own case asked outright, whatever the learned intent reads: the odds of a
 * complaint, appeal or claim, or a yes or no on a PA's employment status. Only the council, the Ombudsman,
 * a tribunal or a court decides a case, and employment status turns on how the work is really done, which
 * HMRC decides; a guess would mislead. High-precision backstops for routing (stages/route-question.ts): a
 * question about how the process or the rule works ("how does the Ombudsman decide?", "what makes a PA
 * self-employed?") never matches.
 */

/** A complaint, appeal, claim or case before someone who decides it. */
export const ABOUT_CASE = /\b(?:complain\w*|ombudsman|lgsco|appeal\w*|tribunal|court|judge|judicial review|claim|case|challenge)\b/i;

/** The odds asked for: "do you think we'd win?", "is she likely to win?", "any chance of it being upheld?". */
const ODDS_ASKED = new RegExp(
  [
    String.raw`\b(?:what (?:are|'re|is) (?:my|our|the|her|his|their) (?:chances?|odds|prospects?)|(?:any|much|a|good|what|real) chance (?:of|that)|odds (?:of|on|that)|percentage chance|give me a percentage|ballpark)\b`,
    String.raw`\b(?:is|are|am) (?:she|he|they|it|we|i|my \w+) (?:likely|going|gonna) to (?:win|succeed|be upheld|get anywhere|work)\b`,
    String.raw`\b(?:do|would|did) (?:you|u) (?:think|reckon|expect|say|imagine)\b[^.?!]{0,80}\b(?:win|won|succeed|upheld|uphold|overturn\w*|get anywhere|make (?:them|the council)|side with|find (?:for|in))`,
    String.raw`\bwill (?:it|they|that|the decision) (?:get |be )?(?:overturned|upheld|reversed)\b`,
    String.raw`\b(?:will|would|could) (?:my|our|the|her|his|their|this) (?:complaint|appeal|claim|case|challenge)\b[^.?!]{0,20}\b(?:succeed|win|work|be upheld|get anywhere|stand up)\b`,
    String.raw`\bwasting (?:my|our) time\b`,
  ].join("|"),
  "i",
);

/** A PA, carer or helper named as self-employed. */
const STATUS = /\bself[- ]?employed\b/i;

/** A yes or no, a confirmation or a ruling asked for: "so she's self-employed then?", "I need a straight answer". */
const VERDICT_ASKED = new RegExp(
  [
    String.raw`\byes ?(?:\/|or) ?no\b|\b(?:a|the) (?:straight|simple|clear|definite) (?:yes|no|answer)\b|\bjust (?:need|want) (?:a|to hear) (?:yes|no)\b|\bor not\s*[?.!]`,
    // Asked of the assistant ("can you confirm…", "I'd like you to decide…"), not "the things that decide it".
    String.raw`\b(?:(?:can|could|will|would) you|(?:i'?d|i would) like you to|i (?:want|need) you to|please|just) (?:please )?(?:confirm|decide|determine|rule on|verify|certify|say)\b|\b(?:written )?confirmation\b`,
    // "So she's definitely self-employed when she works for me, right?"
    String.raw`\bso (?:she|he|they|my \w+)(?:'s| is|'re| are)\b[^.?!]{0,40}\bself[- ]?employed\b[^.?!]{0,40}\?`,
  ].join("|"),
  "i",
);

/** Which verdict a message asks for outright, if any. */
export function verdictAsked(question: string): "outcome" | "employment_status" | null {
  if (ODDS_ASKED.test(question) && ABOUT_CASE.test(question)) return "outcome";
  if (STATUS.test(question) && VERDICT_ASKED.test(question)) return "employment_status";
  return null;
}
