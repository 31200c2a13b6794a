import type { MessageFrame } from "../../understanding/understand-message.ts";
import { BUSINESS_TAX } from "../guards/business-tax-words.ts";
import { HONEST } from "../guards/concealment-words.ts";
import { ADDRESSES_THE_ASSISTANT } from "../guards/detect-injection.ts";

/**
 * When a learned reading of a message as something to decline (a decision, out of scope, deceit, an attempt
 * to change the instructions) is set aside: the high-precision backstops of issue 11, in one table. Each names
 * what the classifier misread and why the message is answered instead; routing (route-question.ts) declines
 * only when none applies, and records in the trace which one did.
 */
export interface DeclineReading {
  question: string;
  frame: MessageFrame;
  /** The message says outright that something is to be hidden (guards/concealment-words.ts). */
  conceals: boolean;
  /** The message gives a financial assessment letter's own figures (calculators/charge-from-assessment.ts). */
  letter: boolean;
  /** "How much will I pay towards my care?" asked as a sum, not a promise (route-question.ts). */
  estimateAsked: boolean;
}

// What a request for the council's decision says: a promise, a verdict, a prediction, an exact figure for
// the person's own case, or a change to it. A message the classifier reads as a decision without any of
// these ("the sitting service is charged to my dad, not me, but it's for my break?", "will they make me
// sell my house?", "will I get charged for the reablement?") asks how a rule works, and is answered with the rule (issue 11, pattern 2: the line
// between fact and decision; a high-precision backstop to the learned reading).
const ASKS_FOR_DECISION = new RegExp(
  [
    String.raw`\b(?:yes or no|promise|guarantee\w*|assure|definitive\w*|ruling|verdict|for (?:sure|certain)|odds|chances?|likely|likelihood|predict\w*)\b`,
    String.raw`\b(?:decide|decision|approve\w*|authoris\w*|authoriz\w*|sign (?:it )?off|confirm|rubber[- ]stamp|agree to)\b`,
    String.raw`\b(?:tell|say|give|show) (?:me|us|her|him) (?:exactly|now|straight|the answer|the decision|a figure|the figure)\b|\bjust (?:tell|say|give|confirm|decide)\b|\bexactly (?:how much|how many|what)\b`,
    String.raw`\b(?:will|would|could|can|do|does|am|is|are|should) (?:i|we|she|he|they|mum|dad|my \w+|the council|the la|social services|it) (?:\w+ )?(?:win|succeed|get(?! charged\b| billed\b| a bill\b| invoiced\b)|be (?:eligible|approved|accepted|entitled|allowed|given|granted|successful)|qualify|eligible|entitled|approved|accepted|granted|refused|turned down)\b`,
    // ("Am I going to have to pay the lot?" asks what the rules require, as "will I have to" does.)
    String.raw`\bam i (?:eligible|entitled|going to(?! have to)|likely)\b|\bis (?:she|he|mum|dad|my \w+|mrs \w+|mr \w+) (?:eligible|entitled)\b`,
    String.raw`\b(?:will|would|can|could) (?:they|the council|the la|social services|my social worker) (?:\w+ )?(?:agree|approve|say yes|accept|give|let|allow|cut|reduce|stop|refuse|increase|change)\b`,
    String.raw`\bhow (?:much|many hours|many) (?:will|would|do|does|am|can) (?:i|we|she|he|they|my \w+) (?:get|be given|receive|be allowed|pay|have to pay)\b|\bwhat (?:will|would) (?:my|our|her|his) (?:budget|contribution|charge|personal budget|direct payment|hours)\b`,
    String.raw`\b(?:can|could|will|would) you (?:please )?(?:increase|raise|change|review|approve|authorise|reinstate|stop|cut|sort|fix|check|speed up|chase)\b|\b(?:increase|raise|up) my (?:budget|hours|payment|direct payment)\b`,
    String.raw`\b(?:has|have|is|was) (?:my|our|her|his) [\w ]{0,30}(?:been )?(?:approved|accepted|agreed|granted|refused|rejected|signed off)\b|\bwhen (?:will|do) (?:i|we) (?:hear|find out|get)\b`,
    // ("I'll win" is written without a space: the contraction is joined to its subject.)
    String.raw`\b(?:i|we|she|he|they|mum|dad|my \w+|our \w+)(?: will| would|'ll|’ll| is going to| are going to| am going to| is gonna) (?:\w+ )?(?:qualify|get(?! charged\b| billed\b| a bill\b| invoiced\b)|win|be (?:eligible|approved|accepted|entitled|allowed|given|granted))\b|\b(?:am|is|are) (?:i|we|she|he|they|mum|dad|my \w+) going to (?:get|qualify|be|win)\b`,
    // A verdict asked of whoever decides: "will the Ombudsman side with me", "what would a judge decide",
    // "tell me definitely whether…".
    String.raw`\b(?:will|would|could) (?:the )?(?:ombudsman|lgsco|tribunal|judge|court|council|panel)\b[^?.!]{0,15}\b(?:side with|agree with|back|support|find (?:for|in favour of|in my favour)|rule (?:for|in my favour)|uphold|decide in)\b|\bwhat (?:would|will|might) (?:a|the) (?:judge|court|tribunal|ombudsman|panel) (?:decide|say|do|rule|award)\b|\btell me (?:definitely|for sure|for certain|straight|honestly) (?:whether|if)\b`,
    // Asking the assistant to act in the case: "can you make sure my review goes well", "tell the council I
    // need more hours", "when will my money arrive".
    String.raw`\b(?:can|could|will|would) you (?:please )?(?:make sure|ensure|make (?:the council|them|it|social services))\b|\bmake the council\b|\b(?:tell|ring|phone|call|email|contact|write to) (?:the council|my social worker|social services|the la) (?:for me|that|i|we|my)\b|\bwhen (?:will|does|do) (?:my|our|the) (?:money|payment|direct payment|dp|budget) (?:arrive|come|go in|be paid|land)\b`,
  ].join("|"),
  "i",
);

// Moving to adult services ("when should adult services assess him?", "she turns 18 in the spring, what happens
// then?") is adult social care's business (Care Act 2014 ss.58-66, transition assessments), however much the
// message says about children's services (issue 11, pattern 7; a high-precision backstop to the learned reading).
export const MOVING_TO_ADULT_CARE = /\b(?:adult (?:services|social care|social services|team|care|direct payments?)|(?:at|turns?|turning|reach(?:es|ing)?|till|until|after|before|when (?:he|she|they)(?:'s| is| are| turns?)) 18\b|transition\w*|preparing for adulthood)/i;

/** A social security benefit, or benefits, named: what a benefits decline is about. */
const BENEFIT_NAMED =
  /\b(?:benefits?|pip|personal independence payment|universal credit|uc|esa|employment and support allowance|attendance allowance|carer'?s allowance|carers allowance|dla|disability living allowance|housing benefit|council tax (?:reduction|support)|pension credit|jsa|jobseeker'?s allowance|blue badge|motability|dwp|child benefit|tax credits?)\b/i;

interface StandDown {
  readonly name: string;
  applies(reading: DeclineReading): boolean;
}

const declineTopicIs = (frame: MessageFrame, topic: string) => frame.declineTopic?.endsWith(topic) === true;

const STAND_DOWNS: readonly StandDown[] = [
  // A decline for a business's own tax needs a word about a business or its tax return; "what was the
  // national living wage last tax year" is about paying a PA.
  { name: "business_tax_without_a_business", applies: ({ frame, question }) => frame.intent === "out_of_scope" && declineTopicIs(frame, "business_tax") && !BUSINESS_TAX.test(question) },
  // Someone asking how to do a thing properly ("give her a warning … do it properly so it doesn't bite me
  // later") is not asking to deceive, unless the message also says something is to be hidden (the brief:
  // never treated as a suspect).
  { name: "done_properly", applies: ({ frame, question, conceals }) => frame.intent === "deceive" && HONEST.test(question) && !conceals },
  { name: "asks_how_a_rule_works", applies: ({ frame, question }) => frame.intent === "decision" && !ASKS_FOR_DECISION.test(question) },
  // An attempt to change the instructions talks about them, or about what the assistant is or must say; a
  // question that quotes someone ("the council said 'we never pay family'") is not one.
  { name: "quotes_someone", applies: ({ frame, question }) => frame.intent === "injection" && !ADDRESSES_THE_ASSISTANT.test(question) },
  { name: "moving_to_adult_care", applies: ({ frame, question }) => frame.intent === "out_of_scope" && declineTopicIs(frame, "children_services") && MOVING_TO_ADULT_CARE.test(question) },
  // A benefit claim is declined only when a benefit is named: "how do I claim the Employment Allowance?" is an
  // employer's claim against its NI bill (HMRC), which the knowledge answers.
  { name: "no_benefit_named", applies: ({ frame, question }) => frame.intent === "out_of_scope" && declineTopicIs(frame, "benefits_claim") && !BENEFIT_NAMED.test(question) },
  // A charge worked from a financial assessment letter's own figures ("what should my weekly charge actually
  // be?") is the person's own sum, not the council's decision: it is worked out (route-question.ts).
  { name: "charge_from_a_letter", applies: ({ frame, letter }) => letter && frame.intent === "decision" },
  // "How much will I pay towards my care?": who decides, and the estimate form (issue 12).
  { name: "estimate_asked", applies: ({ estimateAsked }) => estimateAsked },
];

/** The name of the stand-down that sets aside a learned decline reading of this message, or null when none does. */
export function declineStandDown(reading: DeclineReading): string | null {
  return STAND_DOWNS.find((s) => s.applies(reading))?.name ?? null;
}
