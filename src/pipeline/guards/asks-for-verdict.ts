/**
 * A verdict in the person's own case asked outright, whatever the learned intent reads: the odds of a
 * complaint, appeal or claim, or a yes or no on a PA's employment status. Only the council, the Ombudsman,
 * a tribunal or a court decides a case, and employment status turns on how the work is really done, which
 * HMRC decides; a guess would mislead. High-precision backstops for routing (stages/route-question.ts): a
 * question about how the process or the rule works ("how does the Ombudsman decide?", "what makes a PA
 * self-employed?") never matches.
 */

/** A complaint, appeal, claim or case before someone who decides it. */
export const ABOUT_CASE = /\b(?:complain\w*|ombudsman|lgsco|appeal\w*|tribunal|court|judge|judicial review|claim\w*|case|challenge|et1|solicitor|legal action|su(?:e|ing)|win against)\b/i;

/** The odds asked for: "do you think we'd win?", "is she likely to win?", "any chance of it being upheld?". */
const ODDS_ASKED = new RegExp(
  [
    String.raw`\b(?:what (?:are|'re|is) (?:my|our|the|her|his|their) (?:chances?|odds|prospects?)|(?:any|much|a|good|what|real) chance (?:of|that)|odds (?:of|on|that)|percentage chance|give me a percentage|ballpark)\b`,
    String.raw`\b(?:is|are|am) (?:she|he|they|it|we|i|my \w+) (?:likely|going|gonna) to (?:win|succeed|be upheld|get anywhere|work)\b`,
    String.raw`\b(?:do|would|did) (?:you|u) (?:think|reckon|expect|say|imagine)\b[^.?!]{0,80}\b(?:win|won|succeed|upheld|uphold|overturn\w*|get anywhere|make (?:them|the council)|side with|find (?:for|in))`,
    String.raw`\bwill (?:it|they|that|the decision) (?:get |be )?(?:overturned|upheld|reversed)\b`,
    String.raw`\b(?:will|would|could) (?:my|our|the|her|his|their|this) (?:complaint|appeal|claim|case|challenge)\b[^.?!]{0,20}\b(?:succeed|win|work|be upheld|get anywhere|stand up)\b`,
    String.raw`\bwasting (?:my|our) time\b`,
    // "What's the chance my complaint gets upheld?", "likely outcome?", "she says it's 50/50 — do you agree?"
    String.raw`\b(?:what'?s|whats|what is) the (?:chance|chances|odds|likelihood)\b|\b(?:likely|probable) (?:outcome|result)\b|\b50 ?[/-] ?50\b|\bfifty[- ]fifty\b|\bdo (?:you|u) agree with (?:her|him|them|my \w+)\b`,
  ].join("|"),
  "i",
);

/** A PA, carer or helper named as self-employed, or as an employee or a worker. */
// ("A 'worker' not an employee", "employee or not": the status words however they are set against each other.)
const STATUS = /\bself[- ]?employed\b|\b(?:an )?employee or (?:a )?worker\b|\b(?:a )?worker or (?:an )?employee\b|\bemployment status\b|\bemploy(?:ee|ed) or not\b|\bworker'?\b[^.?!]{0,20}\b(?:not|rather than|instead of) (?:an )?employee\b/i;

/**
 * Whether something done in their own case was lawful, asked as a ruling ("is the council breaking the law by
 * making me pay? yes or no", "was it legal for them to stop it? am I right?", "would a court agree with me?").
 * Only the council's complaints process, the Ombudsman or a court decides that; a question about what the law
 * requires ("is it legal to pay my daughter?") asks for no ruling and never matches.
 */
const LAWFULNESS = /\b(?:is|was|are|were|isn'?t|wasn'?t) (?:it|that|this|they|the council|my council|social services|the la)\b[^.?!]{0,12}\b(?:legal|lawful|unlawful|illegal|allowed|breaking the law|acting unlawfully)\b|\bbreaking the law\b/i;
const RULING_ASKED = /\byes ?(?:\/|or) ?no\b|\bam i (?:right|correct|wrong)\b|\b(?:would|will|could) (?:a|the) (?:court|judge|tribunal|ombudsman) (?:agree|side|find|rule)\b|\b(?:a|the) (?:straight|simple|clear|definite|definitive) (?:yes|no|answer)\b/i;

/** A yes or no, a confirmation or a ruling asked for: "so she's self-employed then?", "I need a straight answer". */
const VERDICT_ASKED = new RegExp(
  [
    String.raw`\byes ?(?:\/|or) ?no\b|\b(?:a|the) (?:straight|simple|clear|definite|definitive) (?:yes|no|answer)\b|\bjust (?:need|want) (?:a|to hear) (?:yes|no)\b|\bor not\s*[?.!]`,
    // Asked of the assistant ("can you confirm…", "I'd like you to decide…"), not "the things that decide it".
    String.raw`\b(?:(?:can|could|will|would) you|(?:i'?d|i would) like you to|i (?:want|need) you to|please|(?<!\b(?:they|them|we|she|he|i) )just) (?:please )?(?:confirm|decide|determine|rule on|verify|certify|say|state|tell me)\b|\b(?:written )?confirmation\b|\bi need to know (?:today |now |right now |asap )?(?:which|whether|if)\b`,
    // "Tell me what she legally is", "who's right?", "rule on it".
    String.raw`\btell me (?:what|whether|if) (?:she|he|they|my \w+|it) (?:legally |really |actually )?(?:is|are)\b|\bwho'?s right\b|\bwho is right\b|\brule on (?:it|this|that)\b`,
    // "So she's definitely self-employed when she works for me, right?"
    String.raw`\bso (?:she|he|they|my \w+)(?:'s| is|'re| are)\b[^.?!]{0,40}\bself[- ]?employed\b[^.?!]{0,40}\?`,
  ].join("|"),
  "i",
);

/**
 * Who is right in a disagreement in their own case, asked as a ruling: "settle an argument for me", "who's in
 * the right here?", "who wins, me or her?". It turns on the facts, the contract and what was agreed; Acas
 * advises and an employment tribunal decides. The disagreement must be their own (a row, "me or her"): "the
 * council says no family, my friend says yes, who's right?" asks what the rule is, and is answered.
 * "What are my rights if we disagree?" asks for no ruling.
 */
const DISPUTE_ASKED = /\bwho(?:'s| is| was) (?:in the )?right\b|\bwho (?:wins|would win|is going to win)\b|\bsettle (?:an|this|the|our) (?:argument|dispute|row|disagreement)\b|\bwhich (?:of us|one of us) is (?:right|in the right)\b/i;

const OWN_DISAGREEMENT = /\b(?:me or (?:her|him|them|my \w+)|(?:her|him|them) or me|fallen out|falling out|argu(?:e|ed|ing|ment)\w*|rows?|rowing|dispute\w*|disagree\w*|loggerheads)\b/i;

/** Which verdict a message asks for outright, if any. */
export function verdictAsked(question: string): "outcome" | "employment_status" | "lawfulness" | "dispute" | null {
  if (ODDS_ASKED.test(question) && ABOUT_CASE.test(question)) return "outcome";
  if (/\b(?:would|will|could) (?:a|the) (?:court|judge|tribunal|ombudsman) (?:agree|side|find|rule)\b/i.test(question) || (LAWFULNESS.test(question) && RULING_ASKED.test(question))) return "lawfulness";
  if (STATUS.test(question) && VERDICT_ASKED.test(question)) return "employment_status";
  if (DISPUTE_ASKED.test(question) && OWN_DISAGREEMENT.test(question)) return "dispute";
  return null;
}

/**
 * The council's decision asked of the assistant itself, outright: "can you just decide whether we end his
 * direct payment", "I need you to decide for us", "make the decision for me". The assistant never makes a
 * council's decisions (the brief; Care Act 2014 ss.31 and 33: the local authority decides), however the
 * message was read. "Can you decide your own PA's hours?" (you, anyone) asks for no decision and never matches.
 */
// Or the council's own decision letter written by it ("write the council's confirmation letter telling him his DP
// is approved", "the decision letter in the council's name"); not a letter to the council.
const DECISION_OF_THE_ASSISTANT = new RegExp(
  [
    String.raw`\b(?:can|could|will|would) (?:you|u) (?:please )?just (?:decide|make the (?:decision|call))\b|\b(?:can|could|will|would) (?:you|u) (?:please )?make the (?:decision|call)\b|\b(?:rather|prefer(?: it if)?) (?:you|u|someone else) decided?\b|\b(?:decide|make the (?:decision|call)) for (?:me|us)\b|\b(?:i'?d like|i would like|i want|i need|we need|we want) (?:you|u) to (?:decide|make the (?:decision|call))\b`,
    String.raw`\b(?:write|draft|send|issue) (?:the |a )?council'?s (?:decision|approval|refusal|termination|confirmation|award) (?:letter|notice)\b|\b(?:letter|notice)\b[^.?!]{0,30}\b(?:in the council'?s name|on the council'?s behalf|on behalf of the council|as if (?:it was|it were|from) the council)\b`,
  ].join("|"),
  "i",
);

export function decisionAskedOfAssistant(question: string): boolean {
  return DECISION_OF_THE_ASSISTANT.test(question);
}
