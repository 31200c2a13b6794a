import { repliesFor } from "../../config/decline-replies.ts";
import type { CouncilConfig } from "../../config/council-config.ts";
import { CORE_DOMAIN } from "./mentions-domain.ts";
import { normaliseText } from "./normalise-text.ts";

/**
 * Sorts out messages the knowledge base should not try to answer: decisions only the council can make,
 * questions outside direct payments, and small talk. Everything else returns null and goes on to retrieval
 * (or to the calculators, which the pipeline tries first).
 *
 * Why decisions are separate: whether someone has eligible needs, what their personal budget is and what
 * they pay are decided by the council through the needs assessment (Care Act 2014 ss.9 and 13; Care and
 * Support (Eligibility Criteria) Regulations 2015), the care and support plan and personal budget (ss.24-26)
 * and the financial assessment (s.17; Care and Support (Charging and Assessment of Resources) Regulations
 * 2014). An assistant that "approves" or promises an amount would mislead people; it can explain who
 * decides and how to ask. Questions about how those decisions work ("how is the budget worked out?") are
 * knowledge questions and pass through.
 */
export type RequestKind = "decision_request" | "out_of_scope" | "greeting" | "thanks" | "about";
export type RequestTopic =
  | "eligibility"
  | "budget"
  | "charges"
  | "approval"
  | "medical"
  | "legal_representation"
  | "unrelated"
  | "benefits"
  | "children"
  | "personal_records"
  | "recommendation"
  | "business_tax";

export interface RequestClass {
  kind: RequestKind;
  topic?: RequestTopic;
  reason: string;
  /** The rule stands even when the learned reading is sure the message is an ordinary question. */
  firm?: boolean;
}

interface Rule {
  kind: RequestKind;
  topic?: RequestTopic;
  reason: string;
  pattern: RegExp;
  /** When true the rule stands down if the message gives figures: that is a job for the calculators. */
  notWithFigures?: boolean;
  /** When true the rule stands down if the message is about direct payments or care. */
  notInDomain?: boolean;
  /** When true the rule stands even when the learned reading is sure the message is an ordinary question:
   * what it reads can only be a request to decline, whatever else the message says. */
  firm?: boolean;
}

const rx = (source: string) => new RegExp(source, "i");

// Not after words for an employment right ("how many days holiday is she entitled to?", "what sick pay is he
// entitled to"): the PA's statutory pay and leave are a rule to explain, not the council's decision.
const EMPLOYMENT_RIGHT = String.raw`(?<!\b(?:holidays?|(?:annual|maternity|paternity|sick) leave|sick pay|ssp|smp|maternity pay|redundancy(?: pay)?)\b[^?.!,]{0,20})`;
// Nor before one ("is she entitled to SSP now?", "is he eligible for auto-enrolment?").
const EMPLOYMENT_RIGHT_AFTER = String.raw`(?!\s+(?:to|for)\s+(?:[\w']+\s+){0,3}?(?:ssp|sick pay|smp|maternity|paternity|holidays?|annual leave|leave|redundancy|notice|a pension|pension|auto[- ]?enrol\w*|the minimum wage|minimum wage|the national living wage|national living wage|pay)\b)`;
const DP = String.raw`(?:dp|dps|direct payments?|personal budget|budget|funding|care package|package of care|support|care|help|money|payments?|personal assistant|pa|hours)`;
const SUBJECT = String.raw`(?:i|we|my (?:mum|dad|mother|father|son|daughter|wife|husband|partner|client|nan|gran)|mum|dad|she|he|they|my family)`;

// Figures in the message ("£18,000 in savings", "20 hours a week") mean a calculation, not a decision.
const FIGURES = /£\s?\d|\b\d[\d,.]*\s?(?:k\b|pounds|quid|hours?|hrs|a week|per week|a month|per month|pw|pcm|weeks)|\b\d{3,}\b/i;

const RULES: readonly Rule[] = [
  // Benefits first: "am I entitled to Attendance Allowance?" is a benefits question, not a care decision.
  {
    kind: "out_of_scope",
    topic: "benefits",
    reason: "asks about claiming a social security benefit",
    pattern: rx(
      String.raw`\b(?:(?:apply|applying|claim|claiming|application|applications|claims|qualify|eligible|entitled|renew|renewing|appeal|appealing|reassessment|review) (?:for |to |about |of |on |my |a |the )*(?:pip|personal independence payment|universal credit|uc|esa|employment and support allowance|attendance allowance|carer'?s allowance|dla|disability living allowance|housing benefit|council tax (?:reduction|support)|pension credit|jsa|jobseeker'?s allowance|blue badge|motability)\b|\b(?:pip|universal credit|esa|attendance allowance|carer'?s allowance|dla|pension credit|blue badge)\b (?:renewal |review )?(?:form|forms|application|assessment|claim|appeal|mandatory reconsideration|tribunal|points|descriptors|rates?|backdat\w*|award|decision|review|reassessment)|\b(?:mandatory reconsideration|work capability assessment|wca)\b|\bhow much (?:pip|universal credit|uc|esa|attendance allowance|carer'?s allowance|pension credit|dla) (?:will|would|can|could|do|should) (?:i|we|she|he|my))`,
    ),
  },
  // ---- decisions only the council can make ----
  // Asking the assistant itself to authorise or approve ("could you authorise me to pay her £15?", "would you
  // mark it approved?"): only the council can, so it is declined however sure the reading of the rest. ("Can
  // you authorise…" is left out: it is often the general "you", "can one authorise someone to act for you?")
  {
    kind: "decision_request",
    topic: "approval",
    reason: "asks the assistant to authorise or approve",
    firm: true,
    pattern: rx(
      String.raw`\b(?:could|would|will) you (?:please |just |kindly |quickly |go ahead and )*(?:authori[sz]e|approve|sign off|okay|ok|rubber[- ]stamp|mark)\b[^.?!]{0,20}\b(?:me|it|this|that|the|my|our|her|his|as approved|approved)\b`,
    ),
  },
  {
    kind: "decision_request",
    topic: "approval",
    reason: "asks the assistant to approve or agree a direct payment",
    pattern: rx(
      String.raw`(?:^(?:please |can you |could you |will you |would you |i want you to |i need you to )?(?:approve|authori[sz]e|sign off|agree|grant|accept|confirm|process|set up|activate|start|sort out)\b.{0,30}\b(?:my|our|her|his|mum's|dad's|the|this) (?:dp|direct payment|application|request|budget|personal budget|support plan|care plan|funding|package|claim)|\b(?:can|could|will|would) you (?:please |just |kindly |quickly |go ahead and )*(?:approve|authori[sz]e|sign off|grant|accept|put through|process|agree to) |^(?:please |can you |could you |will you |would you |just )*confirm (?:that )?(?:my|our|her|his|mum's|dad's|the) (?:pa'?s? |carer'?s? |hourly |pay )*(?:rate|pay rate|hourly rate|hours|pay rise|increase|uplift|budget|payment)s? (?:is|are|will|has|have|goes|going)\b)`,
    ),
  },
  {
    kind: "decision_request",
    topic: "approval",
    reason: "asks about the outcome of their own application",
    pattern: rx(
      String.raw`\b(?:has|have|is|was) (?:my|our|her|his|mum's|dad's) (?:(?:support plan|care plan|dp|direct payments?|care|support|personal budget|budget) )?(?:dp|direct payment|application|request|assessment|budget|personal budget|support plan|appeal|review) (?:been )?(?:approved|accepted|agreed|successful|granted|turned down|refused|rejected|signed off)|\bwhen (?:will|do) i (?:hear|find out) (?:back|if|whether|about my)|\bwhy (?:was|has) my (?:dp|direct payment|application|request|budget) (?:been )?(?:refused|rejected|cut|reduced|turned down|stopped)`,
    ),
  },
  {
    kind: "decision_request",
    topic: "eligibility",
    reason: "asks whether they personally will get or qualify for support",
    pattern: rx(
      String.raw`(?<!how )(?<!where )(?<!when )(?<!why )${EMPLOYMENT_RIGHT}\b(?:am i|are we|is (?:my (?:mum|dad|mother|father|son|daughter|wife|husband|partner|client)|mum|dad|she|he)|would i|will i|do i|will we|would we|do we|does (?:my (?:mum|dad|mother|father|son|daughter|wife|husband|partner|client)|mum|dad|she|he)|would (?:she|he|my (?:mum|dad))|will (?:she|he|my (?:mum|dad|mother|father|son|daughter|wife|husband)))(?: be)? (?:eligible|entitled|qualify|qualified|meet the (?:criteria|eligibility|threshold)|get (?:a |any |the )?${DP}|be (?:given|offered|allowed|approved for|able to get) (?:a |any |the )?${DP}|receive (?:a |any |the )?${DP}|have eligible needs)\b(?! if\b| when\b| once\b)${EMPLOYMENT_RIGHT_AFTER}`,
    ),
  },
  {
    kind: "decision_request",
    topic: "eligibility",
    reason: "asks the assistant to decide their eligibility",
    pattern: rx(
      String.raw`\b(?:(?:can|could|will) you (?:tell me|decide|confirm|check|say|let me know|work out) (?:if|whether) (?:i|we|my|she|he|mum|dad)(?:'m| am| are| is| will| would| can| qualify| get| should)?\b.{0,30}\b(?:eligible|entitled|qualify|get (?:a |the )?(?:dp|direct payment|budget|funding|support)|have eligible needs)|\bdo i have eligible needs\b|${EMPLOYMENT_RIGHT}\b(?:am i|is (?:she|he|mum|dad)) (?:still )?(?:eligible|entitled)\b${EMPLOYMENT_RIGHT_AFTER})`,
    ),
  },
  {
    kind: "decision_request",
    topic: "eligibility",
    reason: "asks the assistant to decide someone's mental capacity or eligibility",
    pattern: rx(
      String.raw`\b(?:decide|determine|assess|confirm|tell me|judge|say) (?:whether|if) (?:my (?:client|mum|dad|mother|father|son|daughter|wife|husband|partner)|she|he|they|mum|dad|the (?:person|adult|client)) (?:has|have|lacks?|is|are)\b.{0,20}\b(?:capacity|able to (?:manage|consent|decide)|capable)\b|\b(?:does|do) (?:my (?:client|mum|dad|mother|father)|she|he|mum|dad) (?:have|lack) (?:the )?(?:mental )?capacity\b`,
    ),
  },
  {
    kind: "decision_request",
    topic: "budget",
    reason: "asks for the amount of their own budget",
    notWithFigures: true,
    pattern: rx(
      String.raw`\b(?:how much (?:exactly |money |funding |budget )?(?:will|would|do|am|shall|could|can|should) (?:i|we|my (?:mum|dad|mother|father|son|daughter|wife|husband|partner|client)|mum|dad|she|he) (?:get|be given|receive|be paid|be entitled to|be allowed|be awarded|get paid)|what (?:will|would) (?:my|our|her|his|mum's|dad's) (?:personal )?(?:budget|dp|direct payment|payment|allowance) be|how much (?:will|would|is) (?:my|our|her|his|mum's|dad's) (?:personal )?(?:budget|dp|direct payment|payment|package) (?:be|going to be|worth)|how many hours (?:will|would|can|do) (?:i|we|she|he|mum|dad) (?:get|be given|be allowed)|(?:how much|what) (?:my|our|her|his|mum's|dad's) (?:personal )?(?:budget|dp|direct payment|payment|package) (?:will|would|is going to) be)\b`,
    ),
  },
  // The exact figure of their own budget demanded, whatever figures come with it ("30 hours a week… tell me
  // exactly how much my personal budget will be"): only the council's assessment sets it (issue 11).
  {
    kind: "decision_request",
    topic: "budget",
    reason: "demands the exact amount of their own budget",
    pattern: rx(
      String.raw`\b(?:exactly|precisely|the exact (?:figure|amount|number)|for (?:certain|sure))\b[^.?!]{0,30}\b(?:my|our|her|his|mum's|dad's) (?:personal )?(?:budget|dp|direct payment|payment|package)\b[^.?!]{0,20}\b(?:will|would|is going to) be\b|\b(?:what|how much) (?:exactly |precisely )?(?:will|would) (?:my|our|her|his|mum's|dad's) (?:personal )?(?:budget|dp|direct payment|payment|package) (?:exactly |precisely )?be\b[^.?!]{0,30}(?:exactly|precisely|exact|the number)|\b(?:what|how much) exactly (?:will|would|is) (?:my|our|her|his|mum's|dad's) (?:personal )?(?:budget|dp|direct payment|payment|package)\b`,
    ),
  },
  {
    kind: "decision_request",
    topic: "budget",
    reason: "asks the assistant to change their budget or support",
    pattern: rx(
      String.raw`\b(?:(?:can|could|will|would) you (?:please )?|please |i (?:want|need) you to )(?:increase|raise|up|boost|top up|reduce|cut|change|adjust|extend|review|reassess|re-assess|double|add (?:more )?(?:hours|money) to)\b.{0,20}\b(?:my|our|her|his|mum's|dad's|the) (?:personal )?(?:budget|dp|direct payment|payments?|hours|package|care package|support|funding|rate)`,
    ),
  },
  {
    kind: "decision_request",
    topic: "charges",
    reason: "asks what they personally will have to pay without giving figures",
    notWithFigures: true,
    pattern: rx(
      String.raw`\b(?:how much (?:exactly )?(?:will|would|do|shall|must) (?:i|we|she|he|mum|dad|my (?:mum|dad|mother|father|wife|husband)) (?:have to )?(?:pay|contribute|be charged|owe)|what (?:will|would) (?:my|our|her|his|mum's|dad's) (?:contribution|charge|assessed charge) be|(?:will|would|do) (?:i|we|she|he|mum|dad) have to pay (?:anything|something|towards)(?:\s*\?|\s*$| for (?:my|her|his) (?:care|support|dp|direct payment)\s*\??$))`,
    ),
  },

  {
    kind: "decision_request",
    topic: "approval",
    reason: "asks the assistant to make a change to their own direct payment or account",
    pattern: rx(
      String.raw`^(?:please |pls |can you |could you |will you |would you |i want you to |i need you to )*(?:cancel|stop|end|close|suspend|pause|freeze|transfer|move|switch|put|increase|decrease|reduce|raise|change|update|backdate)\b.{0,25}\b(?:my|our|her|his|mum's|dad's) (?:personal )?(?:dp|direct payments?|payments?|budget|account|card|prepaid card|hours|package|care package)\b`,
    ),
  },
  {
    kind: "decision_request",
    topic: "approval",
    reason: "asks for a yes or no on a decision the council makes",
    pattern: rx(
      String.raw`\b(?:will|would) (?:the council|they|social services|my social worker|northbridge) (?:agree|allow|let me|let us|approve|accept|say yes)\b|\b(?:just )?(?:tell me|give me a|answer) (?:a )?(?:straight )?yes or no\b`,
    ),
  },
  {
    kind: "decision_request",
    topic: "approval",
    // Only the council (and after it the Ombudsman or a court) can promise an outcome or weigh its odds; the
    // assistant does not decide for the person or act for them with the council.
    reason: "asks for a promise, the odds of an outcome, a decision made for them, or the assistant to act for them",
    pattern: rx(
      String.raw`\b(?:can|could|will|would) you (?:please )?(?:promise|guarantee|assure)\b|\b(?:promise|guarantee) me\b|\bwhat (?:are|would be|re) (?:my|our|her|his|the) (?:chances|odds)\b|\b(?:decide|choose) for (?:me|us|her|him)\b|\byou decide\b|\b(?:ring|phone|call|email|contact|write to) (?:the council|my social worker|social services|the la|them) (?:for me|on my behalf|and (?:complain|ask|tell|say|sort))\b|\bcomplain (?:to the council )?for me\b`,
    ),
  },
  {
    kind: "out_of_scope",
    topic: "personal_records",
    reason: "asks about their own account, case or a named person's details",
    pattern: rx(
      String.raw`\bhow much (?:money )?(?:is|have i got|do i have) (?:left|remaining|still)\b|\b(?:my|our|mum's|dad's) (?:account |card )?balance\b|\b(?:look up|check|see|find|access|open|read) (?:my|our|mum's|dad's) (?:case|file|records|account|payments|statement|assessment)\b|\b(?:my|our|the|her|his) social worker'?s (?:name|home|address|phone|number|mobile|email|details)\b|\b(?:home address|phone number|mobile number|email address) (?:of|for) (?:my|our|the) (?:social worker|pa|carer|assessor)\b|\b(?:do|fill in|fill out|complete|update|write) (?:my|our|mum's|dad's) (?:universal credit |uc )?journal\b`,
    ),
  },
  // Someone else's details or case: a named person with their title or date of birth, everyone on a list,
  // a social worker's personal number or address (Data Protection Act 2018; UK GDPR art. 5).
  {
    kind: "out_of_scope",
    topic: "personal_records",
    reason: "asks for another person's details or case",
    pattern: rx(
      String.raw`\b(?:mr|mrs|ms|miss|dr)\.? [a-z]+ [a-z]+\b[^.?!]{0,60}\b(?:balance|case|account|records?|details|file|payments?|surplus|address|number)\b|\b(?:dob|date of birth)\b[^.?!]{0,80}\b(?:balance|case|account|records?|details|surplus)\b|\b(?:a list|list|names|addresses|details|contact details) of (?:everyone|everybody|all (?:the )?(?:people|recipients|clients|residents|service users|families))\b|\b(?:mobile|home address|phone number|personal number)\b[\s\S]{0,80}\bsocial worker\b|\b(?:balance|case|account|records?|details|file)\b[^.?!]{0,40}\b(?:mr|mrs|ms|miss|dr)\.? [a-z]+ [a-z]+\b|\bsocial worker\b[^.?!]{0,60}\b(?:mobile|home address|personal number)\b`,
    ),
  },
  // Asking the assistant to fetch a person's records or identifiers ("could you pull up any complaints the
  // council holds about her?", "I need the previous PA's NI number, can you provide it?"): it holds none,
  // and would not share them (Data Protection Act 2018; UK GDPR art. 5). Firm: a message asking this is
  // declined however much else in it is an ordinary question about employing a PA.
  {
    kind: "out_of_scope",
    topic: "personal_records",
    reason: "asks the assistant to fetch someone's records or identifiers",
    firm: true,
    pattern: rx(
      [
        String.raw`\b(?:can|could|would|will) you (?:please )?(?:look up|pull up|dig out|check|find|give me|provide|send me|get me|access|search|share)\b[^.?!]{0,80}\b(?:(?:ni|national insurance|dbs(?: certificate)?|passport|bank account|sort code) numbers?|bank details|home address(?:es)?|date of birth|any records|(?:the )?records (?:or complaints )?(?:the council|you|they) (?:holds?|has|have|keeps?)|complaints (?:the council |you |they )?(?:holds?|has|have|keeps?) (?:about|on)|(?:\w+'s|his|her|their) (?:dp |direct payment |bank |care )?(?:account|file|case notes|records|support plan|care plan|care and support plan|bank statements?))\b`,
        String.raw`\b(?:ni|national insurance|dbs(?: certificate)?|passport) numbers?\b[^?]{0,60}\b(?:can|could|would|will) you (?:please )?(?:provide|give|send|find|tell|share|look)\b`,
        String.raw`\b(?:a )?list(?: of)? (?:the )?(?:people|everyone|users|recipients|clients|families|residents)\b[^.?!]{0,30}\bwho (?:get|have|receive|use|are on|employ)\b`,
        // Someone's own contact details, not the team's ("the personal email for the DP manager, her own one").
        String.raw`\b(?:personal|private|home|own) (?:email|e-mail|mobile|phone number|number|address)(?: address)? (?:for|of) (?:the|my|our|her|his|their) [\w ]{0,30}?(?:social worker|manager|officer|assessor|team leader|director|worker)\b`,
      ].join("|"),
    ),
  },
  // Where their own case stands, or what was decided in it ("has it been decided yet?", "what did they
  // decide?"): the assistant sees no one's records, so it says who can tell them.
  {
    kind: "out_of_scope",
    topic: "personal_records",
    reason: "asks what was decided in their own case",
    firm: true,
    pattern: rx(
      String.raw`\bwhat (?:did|have|has) (?:they|the council|the panel|social services|my social worker|the la|the funding panel) decided?\b|\b(?:has|have) (?:it|they|the council|the panel|anyone) (?:been |even )?decided (?:yet|anything)\b|\bhas (?:it|anything) been decided yet\b`,
    ),
  },
  // Who reported or referred them, or another person's own assessment, hours or award: private to that person
  // (Data Protection Act 2018; UK GDPR art. 5), and the assistant holds no records.
  {
    kind: "out_of_scope",
    topic: "personal_records",
    reason: "asks who reported them, or for another person's assessment or award",
    firm: true,
    pattern: rx(
      [
        String.raw`\b(?:name|identity|who it was|details) of (?:whoever|the person (?:who|that)|who(?:ever)?|the one who) (?:reported|referred|raised|complained|rang|called|grassed)\b|\bwho (?:reported|referred|grassed on|complained about) (?:me|us|my \w+)\b[^.?!]{0,30}\b(?:tell me|right to know|i want to know|i need to know)\b|\b(?:tell me|i want to know|i need to know|i have a right to know) who (?:reported|referred|grassed on|complained about) (?:me|us)\b`,
        String.raw`\b(?:can|could|would|will) you (?:please )?(?:tell me|let me know|find out|give me|share)\b[^.?!]{0,40}\b(?:(?:my |our )?(?:cousin|sister|brother|neighbour|friend|aunt|uncle|nan|gran|grandad|client|mum|dad|son|daughter|husband|wife|partner)'?s|his|her|their|someone'?s|somebody'?s) (?:financial assessment (?:result|outcome|letter)|assessment (?:result|outcome)|award|hours|personal budget|budget amount)\b`,
        String.raw`\bhow many hours (?:he|she|they) gets?\b[^.?!]{0,60}\b(?:tell me|pass it on|let (?:her|him|them) know)\b`,
      ].join("|"),
    ),
  },
  // Asking which named agency, solicitor or care home is best: the assistant names none.
  {
    kind: "out_of_scope",
    topic: "recommendation",
    reason: "asks for a named provider to be recommended",
    pattern: rx(
      String.raw`\b(?:which|what|who) (?:is|are|'s) (?:the )?(?:best|a good|good|cheapest|top)\b[^.?!]{0,30}\b(?:care )?(?:agenc(?:y|ies)|care homes?|nursing homes?|solicitors?|payroll (?:companies|company|providers?)|providers?)\b|\b(?:recommend|name) (?:me )?(?:a |an |the |some )?(?:good |decent |reliable )?(?:care )?(?:agenc(?:y|ies)|care homes?|nursing homes?|solicitors?|payroll (?:companies|company|providers?))\b|\bgive me the names?\b`,
    ),
  },
  // A business's or a self-employed person's own tax worked out or filed for them ("work out the VAT on her
  // café's takings", "can you do my self assessment?"): an accountant's, a tax adviser's or HMRC's, not this
  // assistant's. Asked of the assistant, or a sum on the tax itself; "do I have to do a tax return because of
  // my DP?" asks a rule and never matches.
  {
    kind: "out_of_scope",
    topic: "business_tax",
    reason: "asks for a business's or a self-employed person's own tax to be worked out or filed",
    pattern: rx(
      String.raw`\b(?:work out|calculate|figure out|tot up) (?:the |her |his |their |my |our )?vat\b|\b(?:can|could|will|would) you (?:please )?(?:work out|calculate|do|fill in|file|complete|prepare|sort out|submit)\b[^.?!]{0,40}\b(?:vat|self[- ]assessment|tax return|corporation tax|(?:business|company|shop|caf[eé]) accounts)\b`,
    ),
  },
  // Writing someone's own work for them, even on a care subject ("write my reflection on a DP case").
  {
    kind: "out_of_scope",
    topic: "unrelated",
    reason: "asks the assistant to write someone's own work",
    pattern: rx(String.raw`\b(?:write|draft|do) (?:me |my |our |her |his )?(?:an? |my |the )?(?:\d[\d,]*[- ]word )?(?:critical )?(?:essay|reflection|reflective (?:account|piece)|assignment|dissertation|portfolio|homework|cv|poem)\b`),
  },
  // What the council will do at a review: "will my hours be cut?".
  {
    kind: "decision_request",
    topic: "approval",
    reason: "asks what the council will decide at a review",
    pattern: rx(String.raw`\b(?:will|are|is) (?:my|our|her|his|mum's|dad's) (?:hours|budget|dp|direct payment|payment|package|care package|personal budget) (?:going to )?(?:be )?(?:cut|reduced|stopped|taken away|increased|put up|changed)\b`),
  },
  // The odds of a complaint, an appeal, a claim or a review: a prediction only the one who decides can make.
  {
    kind: "decision_request",
    topic: "approval",
    reason: "asks for the odds of a complaint, appeal or claim",
    pattern: rx(
      String.raw`\b(?:what|how much) (?:percentage|%|per ?cent)? ?chances?\b|\b(?:percentage|%) chance\b|\bchances? (?:have i|do i have|of (?:winning|success|succeeding|getting))\b|\b(?:will|would|could) (?:a|the) (?:judge|court|tribunal|ombudsman|panel) (?:overturn|quash|uphold|agree|side|rule|find|award|back)\b|\bwould (?:that|it|this|the decision|the cut|the reduction) (?:survive|stand up|hold up)\b|\b(?:will|would) i win\b`,
    ),
  },
  // ---- out of scope, with a signpost ----
  // Medical advice is declined with its signpost (GP, pharmacist, NHS 111, 999) however sure the reading of
  // the rest (firm): a dose doubled or a symptom judged on a guess can harm, and none of these words is in
  // any answerable training example or knowledge question (0 of 6,938, 2 December 2026).
  {
    kind: "out_of_scope",
    topic: "medical",
    reason: "asks for medical advice",
    firm: true,
    pattern: rx(
      String.raw`\b(?:(?:what|which|how much|how many|right|correct|maximum|max|safe) (?:dose|dosage|doses|mg|milligrams|tablets|pills|capsules|ml)\b|(?:dose|dosage) of\b|\bis (?:it )?(?:paracetamol|ibuprofen|aspirin|codeine|co-codamol|tramadol|morphine|diazepam|sertraline|naproxen|warfarin|antibiotics?) (?:ok|okay|safe|alright|fine) (?:with|to take|to mix|for|if)\b|\bhow (?:many|much) (?:paracetamol|ibuprofen|aspirin|codeine|co-codamol|tramadol|morphine|insulin|diazepam|sertraline|naproxen|calpol|medicine|medication) (?:can|should|could|do) (?:i|she|he|you|we)\b|\bside[- ]effects?\b|\bsymptoms? of\b|\bis it safe to (?:take|mix|combine|drink)\b|(?:can|should|could) i (?:take|mix|have|give (?:her|him|mum|dad)) (?:\w+ )?(?:paracetamol|ibuprofen|aspirin|codeine|co-codamol|tramadol|morphine|antibiotics?|insulin|diazepam|sertraline|naproxen|medicine|medication|tablets|pills) (?:with|and|if|while|after|for|on)\b|\b(?:what|which) (?:medicine|medication|tablets|pills|cream|ointment|painkillers?|antibiotic) (?:should|can|do|could) (?:i|we|she|he|they|the pa|my pa|the carer) (?:take|use|give|get|buy|put on|apply)|\b(?:how (?:do|can|should) i|what can i do to) (?:treat|cure|get rid of|heal) (?:(?:my|her|his|a|an|the|mum's|dad's|[\w']+) ){0,2}(?:rash|cough|cold|infection|uti|pain|headache|wound|sore|burn|fever|flu|chest infection|back pain)|\b(?:diagnose|is (?:it|this|that) (?:cancer|serious|infected|broken|a stroke|dementia|(?:a |an )?(?:pressure sore|pressure ulcer|bed ?sore|ulcer|uti|sepsis|fracture|blood clot|dvt)))\b|\bhow (?:many|much) (?:units?|mg|ml|milligrams|puffs|drops|sachets) (?:of (?:\w+ ){1,2})?(?:should|can|could|do|shall) (?:i|we|she|he|they|the pa|my pa)\b|\bshould i (?:see|go to|call) (?:a|my|the) (?:doctor|gp)\b.*\b(?:pain|rash|lump|bleeding|temperature)\b|\bblood (?:pressure|sugar) (?:reading|level|is)\b.*\b(?:normal|high|low|ok|okay)\b|\bhow (?:much|many) (?!(?:[\w-]+ )?(?:money|cash|savings|notice|holidays?|leave|time|time off|pay|wages?|hours|days|weeks|extra hours)\b)[\w-]+(?: [\w-]+)? (?:can|should|could|may) (?:my pa|the pa|my carer|the carer|she|he|they|i|you|we) (?:safely )?(?:give|administer)\b|\bi weigh\b[^.?!]*\b(?:how much|how many|dose|dosage|mg)\b|\b(?:how much|how many|dose|dosage|mg)\b[^.?!]*\bi weigh\b|\bdouble (?:up|the dose|her dose|his dose|my dose|dose)\b|\b(?:cut|reduce|lower|halve|up|increase|skip|stop) (?:the |my |her |his |their )?(?:dose|dosage)\b|\b(?:should|can|could|shall) (?:i|we|the pa|my pa|she|he) (?:just )?give (?:her|him|them|mum|dad|my \w+) (?:an? )?(?:extra|another|second|double|half) (?:one|dose|tablet|pill|capsule|puff)s?\b|\bhalf (?:a |the )?(?:doses?|tablets?|pills?)\b|\b(?:what|which) (?:diet|foods?|exercises?|treatment|supplements?|vitamins?) (?:should|can|could|would|is best|will help)\b|\b(?:keeps? getting|keep having|gets? (?:recurrent|frequent|repeated)) (?:\w+ ){0,2}(?:infections?|utis?|headaches|migraines|seizures|rashes|sores|chest infections)\b[^?]{0,40}\b(?:what|how) (?:can|should|do) (?:we|i|she|he) (?:do )?(?:to )?(?:stop|prevent|treat|cure)\b|\b(?:missed|forgot(?:ten)? to (?:give|take)) (?:(?:a|her|his|my|the|their|him|me|them) )?(?:\w+ ){0,3}(?:dose|tablets?|pills?|medication|meds|insulin|inhaler)\b[^.?!]{0,60}\b(?:should|can|do|shall) (?:i|we|she|he)\b)`,
    ),
  },
  // Told outright to be their lawyer, or to draft a legal claim's grounds ("act as my solicitor and draft the
  // grounds for judicial review"): declined however sure the reading of the rest (firm), since the message asks
  // for nothing else. (Not "can you be my advocate", which asks what advocacy is as often as for one.)
  {
    kind: "out_of_scope",
    topic: "legal_representation",
    reason: "tells the assistant to act as their lawyer",
    firm: true,
    pattern: rx(
      String.raw`^\s*(?:please )?(?:act|be) as (?:my|our|her|his) (?:solicitor|lawyer|barrister|legal (?:representative|rep|adviser|advisor))\b|\b(?:write|draft) (?:the |my |our )?grounds (?:for|of) (?:a |an |the |my )?(?:judicial review|appeal|claim)\b`,
    ),
  },
  {
    kind: "out_of_scope",
    topic: "legal_representation",
    reason: "asks the assistant to represent them legally",
    pattern: rx(
      String.raw`\b(?:(?:can|could|will|would) you (?:please )?(?:represent|act for|defend|speak for) (?:me|us|my|her|him)|(?:can|could|will|would) you (?:please )?(?:be|act as) (?:my|our|her|his) (?:solicitor|lawyer|barrister|legal (?:representative|rep|adviser|advisor)|advocate)|represent (?:me|us|her|him) (?:at|in) (?:the )?(?:court|tribunal|hearing|ombudsman|appeal|court of protection)|(?:can|could|will|would) you (?:come|go|appear) (?:to|at|with me to) (?:the )?(?:court|tribunal|hearing)|(?:take|fight|handle|run) my (?:case|claim|appeal) (?:for me|to court)|(?:help me|i want to|i'm going to|how do i|can you help me) sue (?:the council|my|them|the agency)|(?:file|issue|start|bring) (?:a )?(?:legal (?:claim|case|proceedings)|judicial review|court case) (?:for me|on my behalf)|(?:write|draft) (?:a |my )?(?:letter before action|legal claim|witness statement|court (?:form|papers)|pre-action letter)(?: for me)?)`,
    ),
  },
  {
    kind: "out_of_scope",
    topic: "children",
    reason: "asks about children's services",
    pattern: rx(
      String.raw`\b(?:ehcp|ehc plan|education,? health and care plan|send (?:support|tribunal|team|code)|special educational needs|sen support|senco|children'?s (?:services|social care|social worker|disability team|direct payments?)|disabled children'?s (?:team|service)|child in need|section 17 (?:of the )?children act|children and families act|school transport|home to school transport|short breaks for (?:my|disabled) (?:child|children|son|daughter|kids)|(?:my|our) (?:son|daughter|child|grandson|granddaughter) (?:is|who is|who's|aged?)\s(?:\d|1[0-7])\b(?! years? ago)|(?:my|our) (?:\d|1[0-7])[- ]year[- ]old (?:son|daughter|child|boy|girl)|(?:my|our|a) (?:disabled )?(?:child|children|toddler|baby)(?:'s)? (?:dp|direct payment|needs|school|nursery))\b`,
    ),
  },
  // Asking the assistant to book, buy or cook for them ("can you book the train and find a hotel?", "give me a
  // recipe"), even on a trip with a PA: it does no errands, whatever else the message asks.
  {
    kind: "out_of_scope",
    topic: "unrelated",
    reason: "asks the assistant to book, buy or find something for them",
    firm: true,
    pattern: rx(
      String.raw`(?:\b(?:can|could|will|would) you (?:please )?|^\s*(?:please |pls |hi,? |hello,? )?)(?:book|reserve|order|buy|find me|find us|get me|get us)\b[^.?!]{0,40}\b(?:trains?|tickets?|hotels?|flights?|taxis?|tables?|holidays?|cottages?|caravans?|takeaways?|groceries|shopping|deliver(?:y|ies))\b|\b(?:give|send|write|find) (?:me|us) (?:a |an |some )?(?:\w+ ){0,3}recipes?\b`,
    ),
  },
  {
    kind: "out_of_scope",
    topic: "unrelated",
    reason: "asks about something unrelated to direct payments",
    notInDomain: true,
    pattern: rx(
      String.raw`\b(?:weather|forecast|rain tomorrow|recipes?|how (?:do i|to) (?:cook|bake|make) (?:a |an |the )?(?:cake|curry|lasagne|pasta|bread|roast|pizza|soup)|football|premier league|world cup|who won|match (?:result|score|tonight)|scores?|cricket|rugby|lottery|horoscope|star sign|stock (?:price|market)|share price|bitcoin|crypto|movie|film (?:recommendation|to watch)|tv tonight|netflix|song lyrics|lyrics|(?:write|compose|do) (?:me )?(?:a |an |my )?(?:essay|poem|story|song|limerick|haiku|joke|homework|assignment|dissertation|cover letter|cv|code|program|script|python|javascript)|homework|tell me a joke|capital of|meaning of life|celebrity|holiday destinations?|best (?:restaurant|pub|hotel|pizza|takeaway|curry|chinese|chippy)|(?:pizza|takeaway|restaurant|cafe|pub)s? (?:place )?near me|(?:renew|apply for|replace|lost) (?:my |a )?(?:passport|driving licen[cs]e|visa)|passport (?:office|renewal|application)|(?:staff|team|work|shift|annual leave|holiday) rota|rota for (?:my|our) team|(?:parking|speeding) (?:ticket|fine)|bin collection|council tax bill|planning permission|train times|bus times|(?:play|let's play) (?:a )?(?:game|chess|quiz)|quiz questions|translate (?:this|that) into \w+ for my (?:essay|homework)|maths? (?:question|problem)|solve (?:this|the) (?:equation|sum))\b`,
    ),
  },

  {
    // Other council services, even when a carer or PA is mentioned ("got a parking ticket while my carer
    // helped me in"): the council's own pages answer these.
    kind: "out_of_scope",
    topic: "unrelated",
    reason: "asks about another council service",
    pattern: rx(
      String.raw`\b(?:council tax (?:band|bill|banding|arrears|payments?)|bins? (?:weren't|were not|wasn't|was not|not|haven't been|hasn't been|never) (?:been )?(?:collected|emptied|picked up)|(?:missed|missing) bin|bin (?:collection|day)|potholes?|fly[- ]?tipping|planning (?:permission|application)|(?:parking|speeding) (?:ticket|fine|penalty|pcn)s?\b.{0,60}\b(?:appeal|challenge|contest|dispute|pay|cancel)|(?:appeal|challenge|contest|dispute|cancel) (?:a |my |the |this )?(?:parking|speeding) (?:ticket|fine|penalty|pcn))\b`,
    ),
  },

  // ---- small talk ----
  {
    kind: "greeting",
    reason: "a greeting with no question",
    pattern: rx(
      String.raw`^(?:(?:hi|hello|hey|hiya|hullo|howdy|yo|greetings|good (?:morning|afternoon|evening|day)|morning|afternoon|evening|hi there|hello there|hey there|ello)(?: there)?(?: (?:bot|assistant|chatbot|everyone|all|friend))?[\s!.,]*(?:how are you(?: doing| today)?|how's it going|you ok|are you there|is anyone there|anyone there)?[\s!.,?]*|(?:how are you(?: doing| today)?|are you there|is anyone there|anyone there)[\s!.,?]*)$`,
    ),
  },
  // Who or what is answering ("are you a real person?", "am I talking to a bot?", "what can you help with?"),
  // asked on its own: said plainly, with how to reach a person.
  {
    kind: "about",
    reason: "asks who or what is answering, or what it can do",
    pattern: rx(
      String.raw`^(?:(?:hi|hello|hey|sorry|quick question|just wondering|out of interest)[\s,!.]*)?(?:are you (?:a |an )?(?:real|actual|live)?\s*(?:person|human|bot|robot|computer|machine|ai|chat ?bot|automated|someone from the council)(?: or (?:a |an )?(?:real )?(?:person|human|bot|robot|computer|machine|ai|chat ?bot))?|(?:am i|i'?m) (?:talking|chatting|speaking) to (?:a |an )?(?:real )?(?:person|human|bot|robot|computer|machine|ai|chat ?bot)|who (?:am i|are you|is this)(?: actually| really)?(?: talking to| speaking to| chatting to)?|what (?:are you|can you (?:do|help (?:me )?with))|is (?:this|it) (?:a |an )?(?:real )?(?:person|human|bot|robot|computer|automated|ai))[\s?!.,]*(?:(?:who|what) am i (?:actually |really )?(?:talking|speaking|chatting) to[\s?!.,]*)?(?:i (?:want|need|would like|'d like) to know (?:who|what) i'?m (?:talking|speaking|chatting) to\b[^?]*)?$`,
    ),
  },
  {
    kind: "thanks",
    reason: "thanks with no further question",
    pattern: rx(
      String.raw`^(?:(?:ok|okay|great|brilliant|lovely|perfect|excellent|wonderful|fab|fantastic|cool|right|super|ace|smashing|that's (?:great|helpful|brilliant|lovely|perfect|really helpful|very helpful|useful|clear)|that (?:helps|helped)|very helpful|really helpful|much appreciated|appreciated|got it|understood|noted)[\s!.,]*)*(?:thanks|thank you|thankyou|thanx|thx|ta|cheers|many thanks|thanks a lot|thanks so much|thank you so much|thank you very much|thanks very much|much appreciated|that's (?:great|helpful|brilliant|lovely|perfect|really helpful|very helpful|useful|clear))(?:[\s,!.]+(?:very much|so much|a lot|again|for (?:that|this|your help|the help|the information|the info|explaining|helping|everything|all your help)|(?:that|it) (?:helps|helped|was (?:helpful|useful|great))|that helps|that's (?:great|helpful|brilliant|lovely|perfect|really helpful)))*[\s!.,]*(?:bye|goodbye|see you|have a (?:good|nice) day|x+)?[\s!.,]*$`,
    ),
  },
];

/** Classifies `text`; null means "an ordinary question: carry on". Never throws. */
export function classifyRequest(text: string): RequestClass | null {
  if (typeof text !== "string") return null;
  const normalised = normaliseText(text);
  if (normalised === "") return null;
  const hasFigures = FIGURES.test(normalised);
  const inDomain = CORE_DOMAIN.test(normalised);
  for (const rule of RULES) {
    if (rule.notWithFigures && hasFigures) continue;
    if (rule.notInDomain && inDomain) continue;
    if (rule.pattern.test(normalised)) {
      return { kind: rule.kind, ...(rule.topic ? { topic: rule.topic } : {}), reason: rule.reason, ...(rule.firm ? { firm: true } : {}) };
    }
  }
  return null;
}

/**
 * The reply for a request the knowledge base should not answer. Each one says why briefly and gives a
 * useful next step; contact details come from the council's settings.
 */
export function cannedReply(kind: RequestKind, topic: RequestTopic | undefined, council: CouncilConfig): string {
  // The words are data (config/replies.json, group "canned"), filled from the council's settings.
  const r = repliesFor(council).canned;
  if (kind === "greeting") return r.greeting;
  if (kind === "thanks") return r.thanks;
  if (kind === "about") return r.about_assistant;
  if (kind === "decision_request") {
    if (topic === "charges") return r.decision_charges;
    const who = topic === "budget" ? r.decision_budget : topic === "eligibility" ? r.decision_eligibility : r.decision_approval;
    return `${who}\n\n${r.decision_who_to_contact}`;
  }
  switch (topic) {
    case "medical":
      return r.out_of_scope_medical;
    case "legal_representation":
      return r.out_of_scope_legal_representation;
    case "benefits":
      return r.out_of_scope_benefits;
    case "personal_records":
      return r.out_of_scope_personal_records;
    case "children":
      return r.out_of_scope_children;
    case "recommendation":
      return r.out_of_scope_recommendation;
    case "business_tax":
      return repliesFor(council).out_of_scope.business_tax;
    case "unrelated":
    default:
      return r.out_of_scope_unrelated;
  }
}
