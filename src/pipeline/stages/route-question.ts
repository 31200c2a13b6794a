import { oneRuleSum } from "../../calculators/one-rule-sums.ts";
import { continueCalculation, detectCalculator, planCalculation } from "../../calculators/plan-calculation.ts";
import type { CalculatorName } from "../../calculators/run-calculator.ts";
import { noticeSum, quickSum } from "../../calculators/quick-sums.ts";
import { assessmentFigures, chargeFromAssessment, type AssessmentFigures } from "../../calculators/charge-from-assessment.ts";
import { ratesFor } from "../../calculators/rates/rates-for.ts";
import { contingencySum } from "../../calculators/contingency-sum.ts";
import { readSumFacts, withEarlierFacts } from "../../text/read-sum-facts.ts";
import { guardrailReply } from "../canned-replies.ts";
import { cannedReply, classifyRequest, type RequestClass, type RequestTopic } from "../guards/classify-request.ts";
import type { PipelineContext } from "../pipeline-context.ts";
import type { Stage } from "../run-pipeline.ts";
import { ROUTING } from "../routing-settings.ts";
import { sumsNamedIn, type SumName } from "../../calculators/sum-names.ts";
import { TUNING } from "../../config/tuning.ts";
import { chooseSum } from "./choose-sum.ts";
import { askingSentence } from "../../text/asking-sentence.ts";
import { CONCEALS, HONEST } from "../guards/concealment-words.ts";
import { declineStandDown, MOVING_TO_ADULT_CARE } from "./decline-stand-downs.ts";
import { ABOUT_CASE, decisionAskedOfAssistant, verdictAsked } from "../guards/asks-for-verdict.ts";
import { loadOffTopicSignposts, offTopicSignpost } from "../../config/off-topic-signposts.ts";

// Read once at start-up (a broken file stops it, naming the entry).
const SIGNPOSTS = loadOffTopicSignposts();

/**
 * Stage 4. Decides what kind of question this is from the understanding stage's frame: a knowledge question,
 * a calculation, a decision only the council can make, something out of scope, a request to deceive, or
 * small talk. The learned intent decides when it is confident; the hand-written rules are a high-precision
 * backstop for what it is unsure of. Expected outcomes are statuses, not errors.
 */
// Money or hours, not just any number: "she's been with me 18 months" is a question about the rules.
const GIVES_AMOUNTS = /£\s?\d|\b\d[\d,.]*\s*(?:k\b|pounds|quid|hours?|hrs)|\b\d{1,3}(?:,\d{3})+\b|\b\d{4,}\b(?!\/)/i;
// ("When they work out my contribution" says who works it out, and asks the person for nothing to work out.)
const ASKS_TO_CALCULATE =
  /(?<!\b(?:they|council|it|la|assessment|assessor|social worker|when) )\b(calculate|work out|estimate|how much (would|will|do|should) i (have to |need to )?(pay|contribute|get)|what (would|will) i (have to )?pay|how much (would|will|does|do) (it|a pa|my pa|employing|a personal assistant)[\w\s]{0,20}cost|cost me)\b/i;

/** A question for the lowest legal hourly rate ("what's the least I can pay her an hour", "minimum wage for…"). */
const MINIMUM_WAGE_FIGURE =
  /\b(?:what(?:'s| is| was)?|whats|how much)\b[^?.!]{0,40}\b(?:minimum|min|least|lowest|legal)\b[^?.!]{0,30}\b(?:wage|rate|pay|an hour|per hour|hourly|(?:weekly |monthly )?amount (?:i|we) (?:can|could|must|may) (?:legally )?(?:have )?pa(?:y|id))\b|^\s*(?:the\s+)?(?:national\s+)?(?:minimum|min|living)\s+wage\s+(?:for|at)\b/i;

/** The learned sums that are whole calculators, and the calculator each names. */
const FULL_CALCULATORS = new Map<string, CalculatorName>([
  ["pa_cost", "pa-cost"],
  ["personal_budget", "personal-budget"],
  ["contribution", "contribution"],
]);

const DECISION_TOPICS: Record<string, RequestTopic> = { eligibility: "eligibility", budget: "budget", charges: "charges", approval: "approval" };
const OUT_OF_SCOPE_TOPICS: Record<string, { topic: RequestTopic; reason: string }> = {
  medical: { topic: "medical", reason: "out_of_scope_medical" },
  legal_representation: { topic: "legal_representation", reason: "out_of_scope_legal_representation" },
  benefits_claim: { topic: "benefits", reason: "out_of_scope_benefits" },
  children_services: { topic: "children", reason: "out_of_scope_children" },
  unrelated: { topic: "unrelated", reason: "out_of_scope_unrelated" },
};

const ABOUT_ASSESSED_MONEY = /\b(?:savings?|capital|financial assessment|means test\w*|care fees|care charges?|inheritance|isas?|premium bonds|(?:my|the|mum's|dad's|our) (?:house|home|flat|property)|sign (?:it|the house|my house) over)\b/i;

/** A promise, or the odds of a complaint, appeal or claim: the decision reply that answers that ask. */
const ASKS_ODDS = /\b(?:chances?|odds|likely|likelihood|(?:will|would|could|can) (?:i|we|she|he|they) win|win(?:ning)?|succeed|success(?:ful)?|prospects?|survive|stand up|hold up|overturn\w*|side with)\b/i;
const ASKS_PROMISE = /\b(?:promise|guarantee\w*|definitely|for certain|for sure|100 ?%|certainly)\b/i;
// "Will my hours be cut?", "will they say yes?", "yes or no, will she get them?": a forecast of the
// council's decision is a promise it cannot give, said as such, not an offer to approve.
const ASKS_FORECAST = new RegExp(
  String.raw`\b(?:will|would|are|is) (?:the council|they|social services|(?:my|our|her|his|mum's|dad's) (?:social worker|hours|budget|dp|direct payment|payment|package|care package|personal budget|care))\b[^.?!]{0,30}?\b(?:cut|reduced|stopped|taken away|increased|put up|say (?:yes|no)|agree|approve|accept|refuse|turn (?:me|us|her|him|it) down)\b|\bwill (?:i|she|he|we|mum|dad|my (?:mum|dad|son|daughter|wife|husband)) (?:definitely |actually )?get (?:it|them|one|a dp|a direct payment|direct payments|help|more hours|the uplift)\b`,
  "i",
);
function askedOfDecision(question: string): "outcome" | "promise" | null {
  if (ASKS_ODDS.test(question) && ABOUT_CASE.test(question)) return "outcome";
  if (ASKS_PROMISE.test(question) || ASKS_FORECAST.test(question)) return "promise";
  return null;
}

/** Ends the answer with the reply for a declined request; false when the frame's topic has no reply. */
function decline(ctx: PipelineContext, intent: string, topic: string | null, rule: RequestClass | null): boolean {
  const council = ctx.deps.council;
  const replies = ctx.deps.replies;
  const [, sub = ""] = (topic ?? "").split(":");
  switch (intent) {
    case "injection":
      ctx.finish("guardrail", "guardrail_injection", guardrailReply(council));
      return true;
    case "deceive": {
      // The decline's own topic, else the area the message is about ("agree between us she's self-employed
      // so I don't have to bother with payroll" is about employing a PA), else the general reply.
      const area = ctx.frame?.topic as keyof typeof replies.deceive | undefined;
      // Hiding savings or property from the financial assessment gets the honest route for that (deprivation of
      // assets), whichever deceit topic was read (issue 11: declined with what the assessment counts).
      const charging = ABOUT_ASSESSED_MONEY.test(ctx.question) ? replies.deceive.charging : undefined;
      const reply = charging ?? replies.deceive[sub as keyof typeof replies.deceive] ?? (area && area !== "default" ? replies.deceive[area] : undefined) ?? replies.deceive.default;
      ctx.finish("guardrail", "guardrail_deception", reply);
      return true;
    }
    case "personal_data":
      ctx.finish("out_of_scope", "out_of_scope_personal_data", cannedReply("out_of_scope", "personal_records", council));
      return true;
    case "decision": {
      // Odds of a complaint, appeal or claim, and promises, get the reply that says so, whatever topic the
      // decision was read as ("what are my chances of winning at the Ombudsman" is not a request to approve).
      // (A PA's employment status is HMRC's to decide, not the council's: its own reply, however firmly asked.)
      const odds = askedOfDecision(ctx.question);
      const asked = odds === "promise" && sub === "employment_status" ? null : odds;
      if (asked) {
        ctx.finish("decision_request", `decision_${asked}`, replies.decision[asked]);
        return true;
      }
      if (sub === "employment_status" || sub === "outcome") {
        ctx.finish("decision_request", `decision_${sub}`, replies.decision[sub]);
        return true;
      }
      const t = DECISION_TOPICS[sub] ?? "approval";
      ctx.finish("decision_request", `decision_${t}`, cannedReply("decision_request", t, council));
      return true;
    }
    case "out_of_scope": {
      // A rule that names the kind of request more exactly (a named provider to recommend, someone else's
      // details, medical advice, a benefit claim) gives its own reply rather than the general one.
      if (rule?.kind === "out_of_scope" && rule.topic && rule.topic !== "unrelated" && (sub === "unrelated" || sub === "")) {
        ctx.finish("out_of_scope", RULE_REASONS[`out_of_scope:${rule.topic}`] ?? "out_of_scope_unrelated", cannedReply("out_of_scope", rule.topic, council));
        return true;
      }
      if (sub === "business_tax" || sub === "other_council_service") {
        ctx.finish("out_of_scope", `out_of_scope_${sub}`, replies.out_of_scope[sub]);
        return true;
      }
      const t = OUT_OF_SCOPE_TOPICS[sub] ?? OUT_OF_SCOPE_TOPICS.unrelated;
      ctx.finish("out_of_scope", t.reason, cannedReply("out_of_scope", t.topic, council));
      return true;
    }
    default:
      return false;
  }
}

// Whether a duty applies ("do I have to register?"), or, asked as a yes or no in any sentence, whether
// something is counted ("are savings below 14 grand ignored?", "does its value come into the calculation?").
const ASKS_WHETHER_DUTY =
  /\b(?:do|does|will|would|must|should) (?:i|we|she|he|they|you|my \w+|the pa|the employer) (?:\w+ )?(?:have to|need to|legally have to|got to|be required to)\b|\bmust (?:i|we)\b|\b(?:am|are|is) (?:i|we|she|he|they) (?:legally )?(?:required|obliged|supposed) to\b|\bis (?:it|that|there) (?:a )?(?:legal )?(?:requirement|obligation|must)\b|\bdo i legally\b|(?:^|[.?!:]\s+)(?:are|is|do|does|will|would)\b[^?.!]{0,60}\b(?:(?:ignored|disregarded|counted|included|taken into account|count|counts)\s*(?:[?.!]|$)|(?:comes? into|(?:is|are|be|get|gets) (?:counted|included|part of))\b[^?.!]{0,60}\?)/i;
const ENROLMENT = /\b(?:auto[- ]?enrol\w*|enrol\w*|(?:put|get|sign) (?:her|him|them|my pa|the pa) (?:in|into|on|up (?:to|for)) (?:a |the )?(?:workplace )?pension|workplace pension)\b/i;
const WEIGHS_OPTIONS = /\b(?:what(?:'?s| is)? (?:actually |really )?better|which is (?:better|best)|is it better|would it be better|pros and cons|advantages|disadvantages|the difference between)\b/i;
// ("When they decide how much I pay" and "when they work out my contribution" tell whose sum it is, and ask for
// no figure: "will my wages be counted when they work out my contribution?")
const ASKS_FOR_FIGURE =
  /(?<!\b(?:they|council|it|la|assessment|assessor|social worker) (?:decide|decides|work out|works out|assess|assesses|calculate|calculates|look at|looks at) |\bwhen (?:deciding|working out|assessing|calculating|looking at) )\bhow (?:much|many|long)\b|\bwhat(?:'s| is| are| was| would| will| do| does)? (?:\w+ ){0,3}(?:least|most|minimum|maximum|amount|total|figure|rate|cost|come to|be)\b|(?<!\b(?:they|council|it|la|assessment|assessor|social worker|when) )\bwork (?:it |this |that )?out\b|\b(?<!(?:capital|income|means|benefits?) )calculat\w*|\bthe sum\b|\bwhat (?:do|would|will|should) (?:i|we) (?:owe|pay)\b/i;

/**
 * The one sum the sentence that asks names outright, when that sentence asks for a figure ("how much employer's
 * NI is that a week?"), or names one without a verb or a question word, as staff write ("Weekly SSP rate under the April 2026
 * rules?", "Statutory redundancy?"). Null when it names none, or more than one.
 */
const FIGURE_NAMED = /^(?!\s*(?:do|does|did|is|are|was|were|am|can|could|will|would|should|shall|must|may|might|have|has|had|what|whats|what's|how|which|why|when|who|where)\b)[^.?!]*\b(?:rate|amount|figure|total|sum|how much|how many|pay|redundancy|entitlement|contribution|ni|nic|ssp|smp)\b[^.?!]*\?\s*$/i;
function sumAskedOutright(question: string): SumName | null {
  const ask = askingSentence(question);
  if (!ASKS_FOR_FIGURE.test(ask) && !FIGURE_NAMED.test(ask)) return null;
  // "…that means 33 days holiday. How many days is the statutory minimum?": an ask that names no sum asks
  // about the one the message names.
  const inAsk = sumsNamedIn(ask);
  const named = inAsk.length ? inAsk : sumsNamedIn(question);
  return named.length === 1 ? named[0] : null;
}

const RULE_REASONS: Record<string, string> = {
  "decision_request:eligibility": "decision_eligibility",
  "decision_request:budget": "decision_budget",
  "decision_request:charges": "decision_charges",
  "decision_request:approval": "decision_approval",
  "out_of_scope:medical": "out_of_scope_medical",
  "out_of_scope:legal_representation": "out_of_scope_legal_representation",
  "out_of_scope:benefits": "out_of_scope_benefits",
  "out_of_scope:children": "out_of_scope_children",
  "out_of_scope:recommendation": "out_of_scope_recommendation",
  "out_of_scope:business_tax": "out_of_scope_business_tax",
  "out_of_scope:personal_records": "out_of_scope_personal_data",
  "out_of_scope:unrelated": "out_of_scope_unrelated",
};

export const routeQuestion: Stage = {
  name: "route_question",
  run(ctx) {
    // A financial assessment letter's figures, read once: they stop a decision reading being declined and
    // give the charge (both below).
    const letter = assessmentFigures(ctx.question);
    declineOrSignpost(ctx, letter);
    if (ctx.finished) return;
    // What only the statistical harm check flagged, and is not a request to decline, is treated as a
    // disclosure: the signposting first, then the answer (stages/safeguarding.ts).
    if (ctx.possibleDisclosure) {
      ctx.safeguarding = ctx.possibleDisclosure;
      ctx.status = "safeguarding";
    }
    routeAnswerable(ctx, letter);
  },
};

/** The statuses of a decline: what the assistant will not do, and where to go instead. */
const DECLINE_STATUSES: ReadonlySet<string> = new Set(["out_of_scope", "decision_request", "guardrail"]);

/** The declines, and small talk. On a message only the statistical harm check flagged, a decline stands only
 * when it is surely not a disclosure: a request for a decision or a verdict ("will I win at the tribunal?
 * I'm in bits"). Any other reading does not stand: on the never-trained checks out-of-scope, personal-data
 * and instruction readings took 21 disclosures ("I can smell gas in mum's flat…", "dad's new girlfriend
 * moved in and his savings are gone") and deceit readings 2, and words of hiding are often the abuser's
 * ("she says I'm not to tell anyone"), so deceit is never read over a possible disclosure (2 December 2026).
 * A decline that stands keeps the safeguarding line after its reply, so someone who is also being harmed
 * still knows where to turn. */
function declineOrSignpost(ctx: PipelineContext, letter: AssessmentFigures | null): void {
  declineRequests(ctx, letter);
  const final = ctx.final;
  // Staff asking for a decision are told it cannot be made or recorded here, and where an urgent one is made.
  if (final?.status === "decision_request" && ctx.audience !== "citizen") final.text = `${final.text}\n\n${ctx.deps.replies.canned.decision_practitioner_tail}`;
  // A request wholly outside direct payments is told where its subject is dealt with, where that is known.
  const elsewhere = final?.reason === "out_of_scope_unrelated" ? offTopicSignpost(SIGNPOSTS, ctx.question) : null;
  if (final && elsewhere) final.text = `${final.text}\n\n${elsewhere}`;
  if (!ctx.possibleDisclosure || !final) return;
  if (final.status === "decision_request") final.text = `${final.text}\n\n${ctx.deps.replies.safeguarding.medical_concern}`;
  else if (DECLINE_STATUSES.has(final.status)) ctx.withdraw();
}

function declineRequests(ctx: PipelineContext, letter: AssessmentFigures | null): void {
  const council = ctx.deps.council;
  const frame = ctx.frame;
  // After a safeguarding disclosure, answer what was asked rather than turning the person away.
  if (!ctx.safeguarding) {
    const rule = classifyRequest(ctx.question);
    // Small talk is recognised exactly by its rules (a whole message of "hi" or "thanks").
    if (rule?.kind === "greeting") return ctx.finish("clarification", "clarification_greeting", cannedReply("greeting", undefined, council));
    if (rule?.kind === "thanks") return ctx.finish("answered", "answered_thanks", cannedReply("thanks", undefined, council));
    if (rule?.kind === "about") return ctx.finish("answered", "answered_about_assistant", cannedReply("about", undefined, council));
    // The concealment words are looked for once: three checks below read them.
    const conceals = CONCEALS.test(ctx.question);
    const letterSum = letter !== null;
    // "How much will I pay towards my care?" read as the council's decision on charges is answered with who
    // decides and the estimate form, not turned away (issue 12: the widget's own starter must lead to the form);
    // a promise asked for ("can you guarantee what I'll pay?") is still declined.
    const readAsCharges = (frame?.intent === "decision" && frame.declineTopic?.endsWith("charges") === true) || (rule?.kind === "decision_request" && rule.topic === "charges");
    const estimateAsked = readAsCharges && ASKS_TO_CALCULATE.test(ctx.question) && !ASKS_PROMISE.test(ctx.question);
    // The learned reading declines unless one of the high-precision stand-downs says it was misread
    // (decline-stand-downs.ts); which one is recorded in the trace.
    const standDown = frame ? declineStandDown({ question: ctx.question, frame, conceals, letter: letterSum, estimateAsked }) : null;
    if (standDown) ctx.trace.push({ stage: "route_question", ms: 0, note: `decline stood down: ${standDown}` });
    const declining = frame && ROUTING.declineIntents.includes(frame.intent) && !standDown;
    // Keeping savings or a home from the financial assessment, said outright ("it won't show, will it?", "so the
    // council can't touch it"), is declined with the honest route whatever the intent was read as
    // (a decision or an out-of-scope reading included: "will that get round the financial assessment?").
    if (conceals && ABOUT_ASSESSED_MONEY.test(ctx.question) && !HONEST.test(ctx.question) && decline(ctx, "deceive", "deceive:charging", rule)) return;
    if (frame && declining && frame.confidence >= ROUTING.declineConfidence(frame.intent) && decline(ctx, frame.intent, frame.declineTopic, rule)) return;
    // A request to deceive the learned intent is unsure of, or ranks below another reading, stands when the
    // message says outright that something is to be hidden or made to look other than it is ("word the PA
    // form so the relationship is left vague… without the council realising") and the classifier gives
    // deceit some weight: routing.deceiveWithConcealmentFloor, 0.05, is far above every honest training line
    // that uses such words (all ≤ 0.001). An honest question that merely sounds like one is answered (the
    // brief: never treated as a suspect).
    const deceit = frame?.intents?.deceive ?? (frame?.intent === "deceive" ? frame.confidence : 0);
    if (frame && deceit >= TUNING.routing.deceiveWithConcealmentFloor && conceals && !HONEST.test(ctx.question) && decline(ctx, "deceive", frame.declineTopic, rule)) return;
    // The odds of a case, or a yes or no on a PA's status, asked outright: declined with the reply that says
    // who decides, however the message was read ("do you think we'd win? give me a percentage").
    const verdict = verdictAsked(ctx.question);
    if (verdict) return ctx.finish("decision_request", `decision_${verdict}`, ctx.deps.replies.decision[verdict]);
    // The council's decision asked of the assistant outright ("can you just decide whether we end it"): said
    // who decides, however the message was read.
    if (decisionAskedOfAssistant(ctx.question)) return ctx.finish("decision_request", "decision_approval", cannedReply("decision_request", "approval", council));
    // The rules stand down when the classifier is sure the person wants the rule explained or a sum.
    // (Not for the odds of a complaint, appeal or claim asked outright, by the rule and the words both: "what
    // percentage chance have I got at the Ombudsman?" is about the Ombudsman, but asks for what no one can give.)
    const asked = rule?.kind === "decision_request" ? askedOfDecision(ctx.question) : null;
    const sure = frame && (frame.intent === "knowledge" || frame.intent === "calculation") && frame.confidence >= ROUTING.overrideRulesConfidence && asked !== "outcome";
    const childrenRuleButAdult = rule?.topic === "children" && MOVING_TO_ADULT_CARE.test(ctx.question);
    if (rule && (!sure || rule.firm) && !childrenRuleButAdult && !(letterSum && rule.kind === "decision_request" && !rule.firm) && !(estimateAsked && !rule.firm)) {
      if (asked) return ctx.finish("decision_request", `decision_${asked}`, ctx.deps.replies.decision[asked]);
      const reason = RULE_REASONS[`${rule.kind}:${rule.topic}`] ?? (rule.kind === "decision_request" ? "decision_approval" : "out_of_scope_unrelated");
      return ctx.finish(rule.kind as "decision_request" | "out_of_scope", reason, cannedReply(rule.kind, rule.topic, council));
    }
  }
}

/** Where an answerable question goes: a calculation (continued from its state, or begun) or the knowledge. */
function routeAnswerable(ctx: PipelineContext, letter: AssessmentFigures | null): void {
  const council = ctx.deps.council;
  const frame = ctx.frame;
  const calcCtx = { council, today: ctx.deps.now() };
  // A calculation in progress continues from the state the client sent back, not from the words.
  const state = ctx.request.calculation;
  if (state) {
    ctx.route = "calculation";
    ctx.calculation = continueCalculation(state.calculator, { ...state.input, ...(state.taxYear ? { taxYear: state.taxYear } : {}) }, calcCtx);
    return;
  }
  // "How much notice do I give my PA? She's been with me 9 years": the statutory minimum for the service
  // given (Employment Rights Act 1996 s.86), whatever the intent was read as (a high-precision backstop).
  const notice = noticeSum(ctx.question, ctx.earlierUserTurns.at(-1), calcCtx);
  if (notice) {
    ctx.route = "calculation";
    ctx.calculation = notice;
    return;
  }
  const legacySaysSum = GIVES_AMOUNTS.test(ctx.question) || ASKS_TO_CALCULATE.test(ctx.question);
  // The figures are read once, and only for a message that may be a sum (most questions are not).
  let read: ReturnType<typeof readSumFacts> | undefined;
  const factsOf = () => (read ??= readSumFacts(ctx.question, calcCtx.today));
  // "My letter says income £341.20, MIG £246.30, DRE £18.50 and a charge of £95, is that right?": the charge
  // from the letter's own figures (Charging Regulations 2014 reg. 7), whatever the intent was read as (a
  // high-precision backstop: an income and a minimum income guarantee, each with its £ figure).
  if (letter) {
    ctx.route = "calculation";
    ctx.calculation = chargeFromAssessment(letter, ratesFor(undefined, calcCtx.today), calcCtx);
    return;
  }
  // "Up to 8 weeks' DP as contingency, weekly DP £350, what's the most we can hold?": weeks × the weekly
  // payment, whatever the intent was read as (a high-precision backstop: a balance, a number of weeks of the
  // payment and a weekly amount, in a question).
  const balance = contingencySum(ctx.question, () => factsOf().money, ratesFor(undefined, calcCtx.today), calcCtx);
  if (balance) {
    ctx.route = "calculation";
    ctx.calculation = balance;
    return;
  }
  // "Minimum wage for an 18 year old apprentice?", "he's eighteen, what's the least I can pay him an hour?":
  // an age and a question for the minimum rate ask for one figure, however the intent was read.
  const asksMinimumWageForAge = frame?.sum === "minimum_wage" && MINIMUM_WAGE_FIGURE.test(ctx.question) && factsOf().ages.length > 0;
  // An unsure reading of "calculation" ("are savings below 14 grand ignored?") needs the figures to agree.
  const wantsSum = asksMinimumWageForAge || (frame ? frame.intent === "calculation" && (frame.confidence >= ROUTING.calculationConfidence || legacySaysSum) : legacySaysSum);
  // A fact question that merely carries a number or a year ("my PA was off sick in January 2026, does
  // she get sick pay?") is a knowledge question.
  const knowledgeForSure = frame?.intent === "knowledge" && frame.confidence >= ROUTING.overrideRulesConfidence;
  // "10 hours a week at £12.71, do I have to register with HMRC as an employer?" asks whether a duty applies,
  // not for a figure: the rule answers it, whatever the figures (issue 11, pattern 1). A question that also
  // asks how much, or for the least or the total, is still a sum.
  const asksWhetherDuty = ASKS_WHETHER_DUTY.test(ctx.question) && !ASKS_FOR_FIGURE.test(ctx.question);
  // Except whether a PA must be enrolled in a pension, asked with their pay ("she earns £250 a week, does she
  // have to be auto-enrolled?"): the pension sum answers it from the pay against the earnings trigger
  // (Pensions Act 2008 s.3), with the least to pay in, however the intent was read (a high-precision backstop).
  if (asksWhetherDuty && ENROLMENT.test(ctx.question) && GIVES_AMOUNTS.test(ctx.question)) {
    const enrolment = oneRuleSum("pension", factsOf(), calcCtx, ctx.question);
    if (enrolment) {
      ctx.route = "calculation";
      ctx.calculation = enrolment;
      return;
    }
  }
  // "What's better, an agency at £28 an hour or my own PA?" weighs two ways of doing it: the knowledge
  // compares them; a figure asked for as well ("how much would each cost?") is still a sum.
  const asksWhichIsBetter = WEIGHS_OPTIONS.test(ctx.question) && !ASKS_FOR_FIGURE.test(ctx.question);
  const looksLikeCalculation = !asksWhetherDuty && !asksWhichIsBetter && (wantsSum || (!knowledgeForSure && legacySaysSum));
  if (!looksLikeCalculation) {
    // Read as a knowledge question, but the sentence that asks names one sum outright and asks for its figure,
    // and the message gives the pay to work it on ("I pay her £300 a week… how much employer's NI is that a
    // week?", "weekly earnings £140. Weekly SSP rate under the April 2026 rules?"): that sum, when it can be
    // worked out from the figures given; otherwise the knowledge answers (a high-precision backstop, issue 12).
    const named = frame?.intent === "knowledge" && !asksWhetherDuty && !asksWhichIsBetter ? sumAskedOutright(ctx.question) : null;
    const givesFigures = named !== null && (/£\s?\d/.test(ctx.question) || factsOf().hoursPerWeek !== null || factsOf().daysPerWeek !== null);
    const worked = named && givesFigures ? oneRuleSum(named, factsOf(), calcCtx, ctx.question) : null;
    if (worked) {
      ctx.route = "calculation";
      ctx.calculation = worked;
    }
    return;
  }
  const facts = factsOf();
  // The sum the person named, from the figures they gave (a short follow-up borrows the turn before);
  // then the older pattern-based sums; then the full calculators.
  // Which sum (choose-sum.ts): the classifier's, unless it is from another area than the message or its
  // subject is never mentioned (a misreading, left to the calculators' own detection and to the knowledge,
  // or to the next most likely sum that fits); a sum named outright is tried first; the Welsh cap in Wales.
  const previous = ctx.earlierUserTurns.at(-1);
  const choice = wantsSum && frame ? chooseSum(frame, ctx.question, previous, facts) : { sum: null, first: null };
  const sum = choice.sum;
  // Answers to a full calculator's questions in words ("I am 67. My income is…"), with no question of
  // their own, go on with that calculation rather than starting a one-rule sum from their figures.
  const answeringCalculator = ctx.earlierUserTurns.some((t) => detectCalculator(t) !== null) && !/\?\s*$/.test(ctx.question.trim());
  // A short follow-up keeps the figures of the turn before that it does not change (withEarlierFacts).
  const shortFollowUp = previous !== undefined && ctx.question.split(/\s+/).length <= TUNING.routing.followUpSumWords;
  const followUpFacts = shortFollowUp ? withEarlierFacts(facts, readSumFacts(previous!, calcCtx.today)) : facts;
  const work = (s: SumName) =>
    !FULL_CALCULATORS.has(s) && !answeringCalculator
      ? (oneRuleSum(s, followUpFacts, calcCtx, ctx.question) ??
        (shortFollowUp ? oneRuleSum(s, readSumFacts(`${previous} ${ctx.question}`, calcCtx.today), calcCtx, `${previous} ${ctx.question}`) : null))
      : null;
  const named = (choice.first ? work(choice.first) : null) ?? (sum ? work(sum) : null);
  const quick = named ?? (/\d/.test(ctx.question) ? quickSum(ctx.question, ctx.earlierUserTurns, calcCtx) : null);
  // A one-rule sum with nothing to work from ("does my PA get sick pay?") is a question about the rule.
  // A whole calculator the person named with the figures for it starts from their message, even when its
  // words are not the ones the detector knows ("…plus a day centre at £45 a week, what's my weekly budget").
  const namedCalculator = sum && GIVES_AMOUNTS.test(ctx.question) ? (FULL_CALCULATORS.get(sum) ?? null) : null;
  const full = quick ?? (sum && !FULL_CALCULATORS.has(sum) && !GIVES_AMOUNTS.test(ctx.question) ? null : planCalculation(ctx.question, ctx.earlierUserTurns, calcCtx, namedCalculator));
  // A whole calculator's form is offered only to someone who asked for a sum: a message that merely gives a
  // figure while asking about a rule ("my contribution went up to £63 a week… can any of that be taken off?")
  // is answered from the knowledge, not with five questions (issue 12: a question that asks for no figure
  // is a knowledge question, not a form). A form already finished from the message's figures still stands.
  const unaskedForm = full !== null && !quick && full.missing.length > 0 && !wantsSum && !ASKS_TO_CALCULATE.test(ctx.question) && !answeringCalculator;
  if (full && !unaskedForm) {
    ctx.route = "calculation";
    ctx.calculation = full;
  }
}
