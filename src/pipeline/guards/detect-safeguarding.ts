import { repliesFor } from "../../config/decline-replies.ts";
import type { CouncilConfig } from "../../config/council-config.ts";
import { normaliseText } from "./normalise-text.ts";
import type { Audience } from "../../ingest/knowledge-schema.ts";

/**
 * Recognises a disclosure of harm in a message, so the person is signposted to help before anything else.
 *
 * Why: a council's duty to make enquiries starts when it has reasonable cause to suspect an adult with care
 * and support needs is experiencing, or at risk of, abuse or neglect (Care Act 2014 s.42). The statutory
 * guidance (Care and Support Statutory Guidance, ch. 14, para 14.17) lists the types this detector names:
 * physical, sexual, psychological and financial abuse, neglect, self-neglect and domestic abuse (with the
 * Domestic Abuse Act 2021 s.2 definition: abuse by a partner, ex-partner or relative). Risk to life (999)
 * and suicidal feelings come first because they cannot wait for office hours.
 *
 * How: hand-written patterns over normalised text (see normalise-text.ts), so every hit is explainable and
 * tested. A disclosure names a person, an act and someone harmed ("my PA hits me"), or states a condition
 * ("I've not eaten for days"). Bare topic words ("abuse", "safeguarding", "misuse", "neglect") never fire on
 * their own: asking about a topic is not a disclosure. The test sets beside this file measure both sides.
 */
export type SafeguardingKind =
  | "immediate_danger"
  | "self_harm"
  | "abuse"
  | "financial_abuse"
  | "neglect"
  | "self_neglect"
  | "domestic_abuse"
  /** Statutory guidance 14.17: forced work, documents taken, pay withheld (Modern Slavery Act 2015). */
  | "modern_slavery"
  /** Flagged by the statistical check (harm-classifier.ts), not a rule: gentle signposting, then the answer. */
  | "concern";

export interface SafeguardingHit {
  kind: SafeguardingKind;
  /** The words that matched, from the normalised message: for logs and tests, never shown to the user. */
  evidence: string;
}

// When several rules match, the most urgent wins: danger to life, then suicidal feelings, then abuse by
// someone, then money, then care not given.
const PRIORITY: readonly SafeguardingKind[] = [
  "immediate_danger",
  "self_harm",
  "domestic_abuse",
  "modern_slavery",
  "abuse",
  "financial_abuse",
  "neglect",
  "self_neglect",
  "concern",
];

// ---- building blocks (strings, joined into regular expressions below) ----

const PARTNER = String.raw`husband|wife|partner|boyfriend|girlfriend|fiance|fiancee|fiancé|fiancée|ex|ex-husband|ex-wife|ex-partner|ex husband|ex wife|ex partner|other half`;
const RELATIVE = String.raw`son|daughter|grandson|granddaughter|grandkids|grandchildren|brother|sister|nephew|niece|son-in-law|daughter-in-law|son in law|daughter in law|stepson|stepdaughter|step-son|step-daughter|stepdad|stepmum|step-dad|step-mum|family|dad|father|mum|mother|uncle|aunt|auntie|cousin|kids|children|in-laws`;
const CARER = String.raw`pa|pas|personal assistant|carer|carers|care worker|care workers|support worker|support workers|agency worker|agency workers|agency staff|home help|helper|nurse|cleaner|neighbour|neighbours|lodger|landlord|friend|friends|flatmate|staff|worker|workers|key worker|appointee|manager`;
const PERSON_NOUN = `(?:${PARTNER}|${RELATIVE}|${CARER})`;
const DETERMINER = String.raw`(?:my|the|our|her|his|their|mum's|dad's|mums|dads|nan's|nans|gran's|grans|a|an|one of the|one of my|one of her|one of his)`;
const PERSON_ADJ = String.raw`(?:(?:new|old|night|day|morning|evening|main|other|male|female|younger|older|eldest|youngest|own|current|live-in|regular|agency) )?`;
/** Someone who could harm: a pronoun, "someone", or a noun phrase such as "my PA" or "mum's new carer". */
const PERP = String.raw`(?:\b(?:he|she|they|someone|somebody|some(?:one|body) else|a man|a woman|some people|people)\b|\b${DETERMINER} ${PERSON_ADJ}${PERSON_NOUN}\b|\b(?:dad|mum|mother|father)\b)`;
/** Auxiliaries and adverbs allowed between the person and the act: "my PA has started to hit me". */
const GAP = String.raw`(?:\s+(?:has|have|had|keeps|keep|kept|always|often|sometimes|is|was|were|are|will|would|just|also|then|even|still|been|started|starts|now|again|really|constantly|regularly|repeatedly|and|being|gets|get|got|to|who|that|actually|does|did|has been|tried to|tries to|used to|going|rough|nasty|horrible|cruel|violent|angry|drunk))*\s+`;
/** Someone harmed: the writer, a third person, or a named relative. */
const VICTIM = String.raw`(?:me|her|him|them|us|mum|dad|nan|gran|grandma|grandad|(?:my|our|her|his) (?:mum|dad|mother|father|nan|nana|gran|granny|grandma|grandad|grandmother|grandfather|husband|wife|partner|son|daughter|brother|sister|aunt|uncle|client|friend|neighbour|child|kids))\b`;
const BODY_PART = String.raw`(?:own )?(?:back|arm|arms|leg|legs|knee|knees|wrist|shoulder|neck|foot|feet|hand|hands|head|hip|ankle|finger|fingers|feelings)\b`;
const DURATION = String.raw`(?:for|in|since|over) (?:(?:two|three|four|five|six|seven|eight|nine|ten|several|a few|few|\d+|a couple of|a couple|over a|more than a|over|more than|a|the last|the past|nearly a|almost a|nearly|almost|about|around|at least|well over) )*(?:days?|weeks?|months?|ages|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|last night|last week|the weekend|christmas)`;

/** Acts of physical, sexual or psychological abuse that name a victim straight after. */
const ABUSE_ACT = String.raw`(?:hit|hits|hitting|slap(?:s|ped|ping)?|punch(?:es|ed|ing)?|kick(?:s|ed|ing)?|beat(?:s|ing|en)?|batter(?:s|ed|ing)?|thump(?:s|ed|ing)?|smack(?:s|ed|ing)?|strangl(?:e|es|ed|ing)|chok(?:e|es|ed|ing)|throttl(?:e|es|ed|ing)|bull(?:y|ies|ied|ying)|intimidat(?:e|es|ed|ing)|threat(?:en|ens|ened|ening)|abus(?:e|es|ed|ing)|assault(?:s|ed|ing)?|rap(?:e|es|ed)|molest(?:s|ed|ing)?|grop(?:e|es|ed|ing)|humiliat(?:e|es|ed|ing)|terrori[sz](?:e|es|ed|ing)|attack(?:s|ed|ing)?|bit|bite|bites|bitten|burn(?:s|t|ed)?|scald(?:s|ed)?|starv(?:e|es|ed|ing)|pinch(?:es|ed|ing)?|hurt(?:s|ing)?|scar(?:e|es|ed)|frighten(?:s|ed|ing)?|terrif(?:y|ies|ied)|shov(?:e|es|ed|ing)|belittl(?:e|es|ed|ing)|mock(?:s|ed|ing)?|torment(?:s|ed|ing)?|(?:shout|scream|yell|swear)(?:s|ed|ing)? at|swore at|spit(?:s|ting)? (?:at|on)|spat (?:at|on)|call(?:s|ed)? (?:me|her|him) names)`;

/** Physical acts that are ordinary care unless the words say otherwise ("pushes me in my wheelchair"). */
const ROUGH_ACT = String.raw`(?:push(?:es|ed|ing)?|grab(?:s|bed|bing)?|drag(?:s|ged|ging)?|shak(?:e|es|ing)|shook|yank(?:s|ed)?|throw(?:s)?|threw)`;
const ROUGH_HOW = String.raw`(?:over|down|around|about|hard|into|against|off|out of|onto|to the floor|by the (?:arm|hair|wrist|neck)|roughly|violently)`;

const MONEY_THING = String.raw`(?:money|cash|pension|pensions|benefits|savings|wages|allowance|pip|universal credit|attendance allowance|inheritance)`;
const MONEY_ACCESS = String.raw`(?:card|cards|bank card|debit card|pin|pin number|account|bank account|accounts|direct payment|dp|budget|purse|wallet|statements|bank statements|cheque book|chequebook|post|letters|online banking|banking|credit card)`;
const OWNER = String.raw`(?:my|mum's|dad's|her|his|our|the|their|nan's|gran's)`;
const MONEY_OBJ = String.raw`(?:all |some |some of |most of |half )?(?:the )?(?:${OWNER} )?(?:[\w'-]+ ){0,2}(?:${MONEY_THING}|${MONEY_ACCESS})\b`;

/** Words that turn "uses my card" (ordinary: a PA doing the shopping) into a concern. */
const MONEY_CONCERN = String.raw`(?:without (?:asking|permission|consent|my (?:permission|consent|knowledge|say-so|say|agreement)|her (?:permission|consent|knowledge)|his (?:permission|consent|knowledge)|telling (?:me|her|him)|me knowing|her knowing|him knowing)|on (?:himself|herself|themselves|drink|drugs|gambling|booze|alcohol|cigarettes|his own|her own|their own|bets)|for (?:himself|herself|themselves|his own|her own)|won't (?:give|let|hand)|will not (?:give|let)|doesn't give|never gives|never give|behind (?:my|her|his) back|i don't know where|don't know where it goes|gone missing|goes missing|i can't (?:get|see|check|access)|not allowed|and won't|and doesn't)`;

/** Said of one's own plan ("if I sign…", "can we sign…"): a question about what one may do, not a disclosure. */
const OWN_PLAN = String.raw`(?<!\b(?:if i|if we|can i|can we|could i|could we|should i|should we|i want to|we want to|i'd like to|i'm going to|i am going to|we're going to|i'm thinking of|we're thinking of|thinking of|i plan to|we plan to|i might|we might|i could|we could|what if i|what if we|i'll|we'll|i will|we will|do i|do we) )`;

interface Rule {
  kind: SafeguardingKind | "abuse_by_person";
  pattern: RegExp;
}

const rx = (source: string) => new RegExp(source, "i");

const RULES: readonly Rule[] = [
  // ---- immediate danger: 999 first (a life at risk now, or a crime in progress) ----
  {
    kind: "immediate_danger",
    pattern: rx(
      String.raw`\b(?:going to|is going to|about to|will|threatening to|says (?:he|she|they)(?:'ll| will| is going to)|said (?:he|she|they)(?:'d| would| will))\s+(?:kill|stab|murder|shoot|strangle|burn)\s+${VICTIM}`,
    ),
  },
  {
    kind: "immediate_danger",
    pattern: rx(String.raw`\b(?:has|have|got|holding|with|waving|pulled|pulling) (?:a|his|her|their) (?:knife|gun|weapon|blade|machete|hammer)\b`),
  },
  {
    kind: "immediate_danger",
    pattern: rx(
      String.raw`\b(?:(?:i'm|i am|we're|we are|she's|she is|he's|he is|mum is|dad is|they're|they are) (?:in (?:immediate |real )?danger|not safe (?:right )?now|not safe here)|in danger (?:right )?now)\b`,
    ),
  },
  {
    kind: "immediate_danger",
    pattern: rx(
      String.raw`\b(?:trying to (?:break|get|force (?:his|her|their) way) in|breaking in|kicking the door|banging on the door and|outside (?:my|the) (?:door|house|flat) and (?:won't|will not) (?:go|leave))`,
    ),
  },
  {
    kind: "immediate_danger",
    pattern: rx(
      String.raw`\b(?:can't breathe|cannot breathe|not breathing|isn't breathing|stopped breathing|unconscious|unresponsive|won't wake up|collapsed|having a (?:heart attack|stroke|seizure|fit)|chest pains?|bleeding (?:badly|heavily|a lot|everywhere)|taken an overdose|took an overdose|overdosed|(?:taken|took|swallowed) (?:all|loads|lots|a lot|too many|a whole (?:packet|bottle)) (?:of )?(?:my |her |his |the )?(?:pills|tablets|meds|medication|paracetamol))`,
    ),
  },

  // ---- suicidal feelings and self-harm: Samaritans and 999 ----
  {
    kind: "self_harm",
    pattern: rx(
      String.raw`\b(?:don't|do not|dont|no longer) want to (?:be here|be alive|live|exist|carry on|go on|wake up|keep going|be around)(?=\s*(?:$|[.,!?;:]|any more|no more|like this|now|tomorrow|today|without|again|and\b|but\b|because\b|i\b|it's|it is|i'm))`,
    ),
  },
  {
    kind: "self_harm",
    pattern: rx(
      String.raw`\b(?:(?:want|wanted|going|planning|plan|thinking|thought|think|tempted|about|trying|tried|try) (?:about |of )?(?:to )?(?:kill(?:ing)?|hurt(?:ing)?|harm(?:ing)?|cut(?:ting)?|end(?:ing)?) (?:myself|my life|it all|my own life)|(?:kill|killing|hurt|hurting|harm|harming|cut|cutting|burn|burning|starve|starving) myself|end (?:it all|my life|my own life)|take my (?:own )?life|ending it all)`,
    ),
  },
  {
    kind: "self_harm",
    pattern: rx(
      String.raw`\b(?:i(?:'m|'ve|'d)?\b(?: [\w']+){0,4} suicidal\b|suicidal (?:thoughts|feelings)|(?:thinking|thoughts|thought) (?:about|of) (?:suicide|killing myself|ending (?:it|my life)|self[- ]?harm)|(?:commit|attempt|attempted|committing) suicide|i(?:'ve| have)? (?:been )?self[- ]?harm(?:ing|ed)?|i self[- ]?harm)`,
    ),
  },
  {
    kind: "self_harm",
    pattern: rx(
      String.raw`\b(?:want to die|want to be dead|(?:i'?d|i would|i'?d much|i would much) rather (?:be dead|die|not be here|not be alive|not wake up|not exist)|wish i (?:was|were) dead|wish i (?:could|would) die|wish i (?:hadn't|had not) woken up|better off (?:dead|without me)|no (?:point|reason) (?:in )?(?:living|going on|carrying on|being alive|to live|being here)|(?:life is|life's|it's) not worth (?:living|it any more)|can't (?:go on|carry on|take (?:it|this|any more)|do this any more)(?= any more| like this| living|\s*$|[.,!?])|nobody would (?:miss|notice) (?:me|if i)|what's the point (?:in |of )?(?:living|going on|carrying on|being alive|being here|anything any more|any of it)|want it (?:all )?to (?:end|stop) (?:for good|forever|now|$))(?!\s+(?:at|in|peacefully|with|surrounded|naturally)\b)`,
    ),
  },

  // ---- abuse by a person; "abuse_by_person" becomes domestic_abuse or abuse by who did it ----
  {
    kind: "abuse_by_person",
    pattern: rx(String.raw`(?<perp>${PERP})${GAP}${ABUSE_ACT}\s+${VICTIM}(?!\s+${BODY_PART})`),
  },
  {
    kind: "abuse_by_person",
    pattern: rx(String.raw`(?<perp>${PERP})${GAP}${ROUGH_ACT}\s+${VICTIM}\s+${ROUGH_HOW}`),
  },
  {
    kind: "abuse_by_person",
    pattern: rx(
      String.raw`(?<perp>${PERP})${GAP}(?:lock(?:s|ed|ing)?|keep(?:s)?|kept|shut(?:s)?|tie(?:s|d)?|strap(?:s|ped)?) ${VICTIM} (?:in (?:my|her|his|the|their) (?:room|bedroom|house|flat|home|chair)|in\b|up\b|down\b|to (?:the|a|my|her|his) (?:bed|chair)|locked (?:in|up)|prisoner)`,
    ),
  },
  {
    kind: "abuse_by_person",
    pattern: rx(
      String.raw`(?<perp>${PERP})${GAP}(?:touch(?:es|ed|ing)? ${VICTIM} (?:inappropriately|sexually|in (?:a|the) (?:wrong|sexual|private|inappropriate) (?:way|places?)|where|down there|in private)|makes? ${VICTIM} (?:do|watch) (?:sexual|porn|things (?:i|she|he) (?:don't|doesn't) want))`,
    ),
  },
  {
    kind: "abuse_by_person",
    pattern: rx(
      String.raw`(?<perp>${PERP})${GAP}(?:won't|will not|doesn't|does not|don't|never|wouldn't) let ${VICTIM} (?:go out|leave|out\b|see (?:my |her |his |our )?(?:friends|family|doctor|gp|social worker|grandchildren|kids|children|sister|brother)|talk to|speak to|have (?:a|my|her|his) (?:phone|mobile|friends)|use the phone|make (?:a )?phone calls?|eat\b|have (?:any )?food|go to the (?:doctor|toilet|loo|bathroom|gp)|wash\b|sleep\b|tell)`,
    ),
  },
  {
    kind: "abuse_by_person",
    pattern: rx(
      String.raw`(?<perp>${PERP})${GAP}(?:controls (?:everything|all (?:of )?my|what i|who i|where i|my life)|checks my phone and|tells me i'm (?:worthless|useless|a burden|stupid)|says (?:i'm|i am) (?:worthless|useless|a burden)|(?:threatens|threatened|says (?:he|she|they)(?:'ll| will)) (?:to )?(?:put|send) ${VICTIM} (?:in|into) a (?:care )?home)`,
    ),
  },
  {
    kind: "abuse_by_person",
    pattern: rx(
      String.raw`\b(?:(?:scared|afraid|frightened|terrified|petrified|fearful|in fear) (?:of|to be (?:alone )?(?:with|near|around)|to go home (?:to|because of)|to tell)|don't feel safe (?:with|around|near))\s+(?<perp>${PERP}|him|her|them)`,
    ),
  },
  {
    kind: "abuse_by_person",
    pattern: rx(
      String.raw`\b(?:(?:scared|afraid|frightened|terrified) (?:of )?what (?<perp>he|she|they) (?:will|might|would|could) do|(?:scared|afraid|frightened|terrified) to go home|don't feel safe (?:at home|in my (?:own )?(?:home|house|flat)|here any more|in the house))`,
    ),
  },
  {
    kind: "abuse_by_person",
    pattern: rx(
      String.raw`\b(?:(?:threaten(?:s|ed)?|says (?:he|she|they)(?:'ll| will| would)|said (?:he|she|they)(?:'d| would| will)|told me (?:he|she|they)(?:'d| would| will))(?: [\w']+){0,6} if (?:i|she|he|we) (?:tell|told|say|said|report|speak|go to)|(?:told|tells|made|makes|warned|warns) ${VICTIM} (?:not to|never to|to never) (?:tell|say|speak)|(?:won't|doesn't) let ${VICTIM} tell|(?:it's|it is) (?:our|a) secret)`,
    ),
  },
  {
    kind: "abuse_by_person",
    pattern: rx(
      String.raw`\b(?:i'm|i am|i've been|i have been|i was|i get|i got|i keep getting|she's|she is|she was|she's been|she has been|she gets|he's|he is|he was|he's been|he has been|he gets|they're|they are|they've been|(?:my )?(?:mum|dad|nan|gran|grandma|grandad|mother|father|husband|wife|son|daughter|brother|sister|client)(?:'s| is| was| has been| keeps getting| gets| got))(?: being| getting| regularly| often| constantly| repeatedly| always)* (?:hit|slapped|punched|kicked|beaten|beaten up|battered|abused|assaulted|attacked|raped|molested|groped|bullied|threatened|intimidated|strangled|choked|strangled|pushed around|pushed over|locked in|locked up|tied up|sexually abused|sexually assaulted|sexually touched|shouted at|screamed at|sworn at|yelled at|physically abused|emotionally abused|hurt by|controlled by|exploited|mistreated|ill-treated|ill treated|harassed|stalked|coerced)(?!\s+with\s+(?:eviction|court|legal|action|losing|having|a fine|debt|bailiffs))(?:\s+by\s+(?<perp>${PERP}))?`,
    ),
  },
  {
    kind: "abuse_by_person",
    pattern: rx(String.raw`\b(?:domestic (?:abuse|violence) (?:at home|from|by)|(?:he|she|they|my ${PARTNER}) (?:is|are) (?:abusive|violent)(?: to| towards| with)? ?(?:me|her|him)?)`),
  },

  // ---- modern slavery (statutory guidance 14.17; Modern Slavery Act 2015): documents held, work forced ----
  {
    kind: "modern_slavery",
    // Someone else holding a worker's passport or papers ("takes her phone and passport for safekeeping"),
    // not an employer seeing or copying them for a right to work check.
    pattern: rx(
      String.raw`(?<!\b(?:i|we|i've|we've|i have|we have) )\b(?:takes|took|taken|taking|keeps|kept|keeping|holds|held|holding|hides|hid|confiscated|won't give back|will not give back|won't return|locked away) (?:(?:her|his|their|my|the pa's|the carer's) )?(?:(?:phone|mobile|bank card|cards|money|keys|wages) (?:and|&) )?(?:passport|passports|id card|identity documents|id documents|visa|brp|residence permit|papers)\b(?! (?:safe|safely|for (?:me|her|him|us)|in (?:a|the|my|her|his) (?:drawer|safe|bag|folder)|details|number|copy|photo|scan|photocop|check))`,
    ),
  },

  // ---- secrecy demanded: someone makes the person hide things, keep quiet or lie ("my nephew makes me hide
  // the bank letters from the social worker", "she says I'm not to tell anyone"): a sign of coercion and of
  // abuse kept hidden (statutory guidance 14.17, psychological abuse and coercive control), and never the
  // person's own plan to deceive (stages/route-question.ts reads only the writer's own plans as deceit).
  {
    kind: "abuse",
    pattern: rx(
      String.raw`(?:${PERP})${GAP}(?:makes|made|making|forces|forced|forcing|tells|told|orders|ordered|warns|warned|threatens|threatened|gets|got)\s+${VICTIM}\s+(?:to\s+)?(?:hide|hiding|keep (?:it |this |that |things |everything )?(?:quiet|secret|to (?:myself|herself|himself|themselves))|not (?:to )?(?:tell|say|mention)|never (?:to )?(?:tell|say)|lie to)\b|\b(?:says|said|tells me|told me|keeps telling me)(?: that)? (?:i'?m|i am|we'?re|we are|she'?s|he'?s|mum'?s|dad'?s) not (?:to|allowed to|supposed to) (?:tell|say|mention)\b`,
    ),
  },

  // ---- financial abuse (statutory guidance 14.17; includes scams and misuse of someone's DP) ----
  // A worry or suspicion that someone is taking the person's money ("her son, who we're worried is taking her
  // money"): a concern to raise, not to investigate (statutory guidance 14.17, financial abuse).
  {
    kind: "financial_abuse",
    pattern: rx(
      String.raw`\b(?:worried|worry|concerned|suspect|suspicious|fear|afraid)\b(?:(?!\b(?:council|hmrc|dwp|bank|government|authority|they|it)\b)[^.?!]){0,40}\b(?:is|are|has been|have been|was|were|might be|may be|could be) (?:taking|stealing|pocketing|helping (?:himself|herself|themselves) to) (?:her|his|my|their|mum's|dad's|the client's|the person's) (?:money|pension|savings|benefits|cash|dp|direct payment|bank card|card)\b`,
    ),
  },
  {
    kind: "financial_abuse",
    pattern: rx(
      String.raw`(?:${PERP})${GAP}(?:stole|steals|stealing|stolen|nicks|nicked|nicking|pinches|pinched|pinching|helps (?:himself|herself|themselves) to|helped (?:himself|herself|themselves) to|emptied|empties|emptying|drained|drains|draining|cleared out|clears out|swindled|conned me out of|fiddl(?:es|ed|ing)|defraud(?:s|ed|ing)?) (?:${MONEY_OBJ}|£\s?\d[\d,.]*|(?:[\w'£,.]+ ){0,3}(?:from|out of) (?:${OWNER} )?${MONEY_ACCESS}\b|from ${VICTIM})`,
    ),
  },
  {
    kind: "financial_abuse",
    // "Will they take my unused DP money off me?" asks what the council may do, not that it is happening:
    // the question form (will / would / can / could / might / may before the person) is left out.
    pattern: rx(String.raw`(?<!\b(?:will|would|can|could|might|may)\s+)(?:${PERP})${GAP}(?:takes|took|taking|taken|take) (?!back\b)${MONEY_OBJ.replace(`(?:${MONEY_THING}|${MONEY_ACCESS})`, MONEY_THING)}(?! back)`),
  },
  {
    kind: "financial_abuse",
    pattern: rx(
      String.raw`(?:${PERP})${GAP}(?:takes|took|taking|taken|uses|used|using|spends|spent|spending|withdraws|withdrew|withdrawing|takes out|took out|taking out|borrows|borrowed|keeps|kept|keeping|has|had|controls|controlling|cashes|cashed|has access to|had access to|is in charge of)(?: money (?:out )?(?:of|from))? ${MONEY_OBJ}.*?${MONEY_CONCERN}`,
    ),
  },
  {
    kind: "financial_abuse",
    pattern: rx(
      String.raw`\b(?:won't|will not|doesn't|does not|don't|never|wouldn't) let ${VICTIM} (?:see|have|use|check|look at|get|touch|keep|near|access|know about|open|read) (?:${OWNER} )?(?:own )?${MONEY_OBJ}`,
    ),
  },
  {
    kind: "financial_abuse",
    pattern: rx(
      String.raw`\b(?:forc(?:e|es|ed|ing)|pressur(?:e|es|ed|ing)|bull(?:y|ies|ied|ying)|made|make|makes|making) ${VICTIM} (?:into |to )?(?:give|giving|sign|signing|hand over|handing over|lend|lending|change (?:my|her|his) will|changing (?:my|her|his) will|transfer|transferring|withdraw|withdrawing|take out a loan|get a loan|sign over|hand (?:it|them) over)`,
    ),
  },
  {
    kind: "financial_abuse",
    pattern: rx(
      String.raw`\b(?:(?:money|cash|£\s?\d[\d,.]*|pension|savings|jewellery|bank card)(?: [\w']+){0,4} (?:is |are |keeps |keep |has |have |goes |went |has gone |have gone |keeps going |is going |been going )+missing|missing from (?:my|her|his|mum's|dad's|our) (?:purse|wallet|account|bank|bank account|card|handbag|bag|tin|drawer|room|house|dp account))`,
    ),
  },
  {
    kind: "financial_abuse",
    pattern: rx(
      String.raw`\b(?:(?:been|being|got|get|was|were|i'm|she's|he's) (?:scammed|conned|defrauded|swindled|ripped off|exploited financially|financially abused|financially exploited|cuckooed|fleeced)|cuckooing)`,
    ),
  },
  {
    kind: "financial_abuse",
    pattern: rx(
      String.raw`(?:${PERP})(?: (?:is|are|has been|have been|keeps|keep|kept|always))+ (?:claiming|charging|billing|putting in|asking to be paid) (?:me |us )?(?:for )?(?:hours|shifts|visits|time)(?: [\w']+){0,2} (?:she|he|they) (?:didn't|never|did not|hasn't|haven't|has not|have not) (?:work|worked|do|done|come|did)`,
    ),
  },

  // ---- neglect by those who should be caring ----
  {
    kind: "neglect",
    pattern: rx(
      String.raw`\b(?:left|leaving|leaves|leave|lying|lay|laid|sitting|sat|kept)(?: [\w']+){0,3} (?:in|on|with) (?:(?:her|his|my|their|the same|a|their own|her own|his own|my own|own) )?(?:soiled|dirty|wet|soaking|soaked|filthy|urine|faeces|poo|pee|mess|unchanged|dirty|smelly|stinking|wee)\b`,
    ),
  },
  {
    kind: "neglect",
    pattern: rx(
      String.raw`\b(?:carer|carers|pa|agency|care worker|care workers|support worker|support workers|they|she|he|nobody|no one|no-one|noone|anyone|anybody)(?:'s|s)? (?:\w+ )?(?:hasn't|haven't|has not|have not|didn't|did not|never|not|isn't|aren't) (?:come|came|turned up|shown up|showed up|arrived|visited|been in|been round|been to see (?:me|her|him)|been near|coming|turning up|been back)(?: [\w']+){0,4} ${DURATION}`,
    ),
  },
  {
    kind: "neglect",
    pattern: rx(
      String.raw`\b(?:nobody|no one|no-one|noone) (?:has |have |had )?(?:been |)(?:come|came|been in|been round|been to see (?:me|her|him|mum|dad)|turned up|visited|called in|popped in|checked on (?:me|her|him))(?: [\w']+){0,4} ${DURATION}`,
    ),
  },
  {
    kind: "neglect",
    pattern: rx(
      String.raw`\b(?:(?:hasn't|haven't|has not|have not|didn't|did not|never|not|no one has|nobody has|no-one has|nobody's|no one's) (?:come|came|turned up|shown up|showed up|arrived|been)|no one came|nobody came|no one comes|nobody comes)\b.*\b(?:can't|cannot|couldn't|unable to|not able to) (?:get|move|go|make it)(?: [\w']+){0,2} (?:out of|off|to) (?:bed|the floor|my chair|the chair|the toilet|the loo|the bath|the bathroom)`,
    ),
  },
  {
    kind: "neglect",
    pattern: rx(
      String.raw`\b(?:can't|cannot|couldn't|unable to|not able to) (?:get|move)(?: [\w']+){0,2} (?:out of|off) (?:bed|the floor|my chair|the chair|the toilet|the bath)\b.*\b(?:hasn't|haven't|has not|have not|didn't|did not|no one|nobody|no-one|noone) (?:has )?(?:come|came|turned up|shown up|showed up|arrived|been)`,
    ),
  },
  {
    kind: "neglect",
    pattern: rx(
      String.raw`\b(?:(?:hasn't|haven't|has not|have not|isn't|aren't|not|never) (?:been|being) (?:fed|washed|changed|bathed|turned|given (?:(?:her|his|my|me|him|any) )?(?:food|meals?|medication|meds|tablets|insulin|drinks?|water|anything to (?:eat|drink)))(?: [\w']+){0,3} ${DURATION}|(?:hasn't|haven't|has not|have not|didn't|did not|never|nobody has|no one has|no-one has) (?:fed|washed|changed|bathed|turned|given) (?:me|her|him|mum|dad)\b(?: [\w']+){0,4} ${DURATION}|(?:i'm|i am|she's|she is|he's|he is|mum is|dad is|mum's|dad's|they're|they are)(?: being)? (?:neglected|ignored by (?:the )?(?:carers?|staff|pa))|(?:nobody|no one|no-one) (?:feeds|washes|changes|turns|checks on) (?:me|her|him|mum|dad))`,
    ),
  },
  {
    kind: "neglect",
    pattern: rx(
      String.raw`\b(?:(?:has|got|getting|developed|developing|with|have) (?:bad |terrible |awful |open |infected )?(?:pressure|bed) sores|(?:leave|leaves|left|leaving) (?:me|her|him|mum|dad) (?:alone|on (?:my|her|his) own) (?:all day|all night|for (?:hours|days|the whole day))|(?:no|without) (?:food|heating|heat|water|electricity) (?:in the (?:house|flat|home)|for (?:days|\w+ days|a week|weeks)|at all))`,
    ),
  },

  // Care not given for days or weeks ("clients are going weeks without a wash", "she's gone three days without her tablets").
  {
    kind: "neglect",
    pattern: rx(
      String.raw`\b(?:going|gone|goes|go|went|been|left|spent|spending)(?: [\w']+){0,1} (?:days|weeks|a week|a fortnight|(?:two|three|four|five|several|\d+) (?:days|weeks)) (?:on end )?without (?:a wash|washing|being washed|a bath|a shower|being changed|food|a meal|meals|anything to eat|a drink|drinks|(?:her|his|their|my) (?:medication|meds|tablets|insulin)|medication|meds)\b`,
    ),
  },

  // ---- self-neglect (statutory guidance 14.17: neglecting one's own care, hygiene or surroundings) ----
  {
    kind: "self_neglect",
    pattern: rx(
      String.raw`\bi(?:'ve| have)? (?:not|haven't|have not|'ve not|hasn't) (?:eaten|had (?:anything|something|a meal|food|a proper meal|any food)(?: to eat)?|had (?:a )?(?:meal|food)|washed|had a wash|showered|had a shower|had a bath|been able to (?:wash|eat)|taken my (?:meds|medication|tablets|insulin)|left the (?:house|flat)|changed my clothes|drunk anything|had a drink|had anything to drink|slept)(?: [\w']+){0,3} ${DURATION}`,
    ),
  },
  {
    kind: "self_neglect",
    pattern: rx(
      String.raw`\b(?:he|she|mum|dad|(?:my )?(?:mum|dad|mother|father|husband|wife|son|daughter|brother|sister|nan|gran|neighbour|friend|uncle|aunt))(?:'s| is)? (?:won't|will not|refuses to|keeps refusing to|is refusing to|refusing to|doesn't|does not|isn't|is not|has stopped|stopped) (?:eat|eating|wash|washing|let (?:anyone|anybody|the carers?|carers|us|me|the pa|people|the nurse|the doctor) in|take (?:her|his) (?:meds|medication|tablets|insulin)|taking (?:her|his) (?:meds|medication|tablets|insulin)|look(?:ing)? after (?:herself|himself)|accept(?:ing)? (?:any )?help|drinking(?: water)?)\b`,
    ),
  },
  {
    kind: "self_neglect",
    pattern: rx(
      String.raw`\b(?:(?:house|flat|home|room|place|kitchen|bungalow) is (?:full of rubbish|filthy|infested|overrun|a health hazard|covered in (?:rubbish|mould|faeces|urine))|hoarding|living in squalor|(?:rats|mice|maggots|cockroaches) (?:everywhere|all over (?:the|her|his|my) (?:house|flat|bed|food)|in (?:the|her|his|my) bed)|i(?:'ve| have) stopped (?:eating|washing|taking my (?:meds|medication|tablets|insulin))|i can't (?:be bothered|face) (?:to )?(?:eat|eating|wash|washing|getting up) any more)`,
    ),
  },
  // ---- added after the dev evaluation: unexplained injuries and unwanted touching ----
  {
    kind: "abuse",
    pattern: rx(
      String.raw`\b(?:bruises?|bruised|bruising|cuts|marks|burns|injur(?:y|ies|ed)|black eye|broken (?:arm|wrist|bone))\b.{0,60}\b(?:again|keeps? (?:getting|having|finding|happening)|another|third|second|no one|nobody|can't explain|won't (?:say|explain)|says (?:he|she|they) fell|said (?:he|she|they) fell|doesn't know how|don't know how)\b|\b(?:unexplained|mystery|strange|another|more|new|fresh) (?:bruises?|bruising|marks|injur(?:y|ies)|cuts|burns?)\b.{0,60}\b(?:no ?one|nobody|can't explain|won't (?:say|explain|tell)|don't know how|doesn't know how|again)\b|\b(?:unexplained|mystery|strange) (?:bruises?|bruising|marks|injur(?:y|ies)|cuts|burns?)\b`,
    ),
  },
  {
    kind: "abuse",
    pattern: rx(
      String.raw`\b(?:touch(?:es|ed|ing)?|kiss(?:es|ed|ing)?|feel(?:s)? me up|felt me up)\b.{0,30}\b(?:in (?:a )?ways? (?:that )?(?:i|she|he|mum|dad) (?:didn't|did not|don't|do not|doesn't|does not) like|where (?:i|she|he) (?:didn't|did not|don't) want|without (?:asking|permission|consent)|inappropriately|private parts?|sexually|against (?:my|her|his) will|when i (?:said|told (?:him|her|them)) (?:no|to stop))`,
    ),
  },

  // ---- added from our own probes (not an evaluation item): theft of belongings, and exploitation ----
  // Statutory guidance 14.17: financial abuse includes theft of possessions; modern slavery includes forced
  // labour and withholding a person's identity documents.
  {
    kind: "financial_abuse",
    pattern: rx(
      String.raw`\b(?:took|stole|has taken|have taken|nicked|pinched|swiped|walked off with|keeps taking|is taking)\b (?:(?:my|her|his|our|mum's|dad's|nan's|gran's|my mother's|my father's|my mum's|my dad's) )?(?:[\w'-]+ ){0,2}(?:ring|rings|jewellery|jewelry|watch|necklace|bracelet|earrings|valuables|wedding ring|ornaments|belongings|things from (?:my|her|his|the) (?:house|room|flat|home))\b(?! (?:to|for|in|into|off|out|back|safe|safely)\b)`,
    ),
  },
  {
    kind: "modern_slavery",
    pattern: rx(
      String.raw`(?<!\b(?:i|we) )\b(?:keeps|kept|is keeping|has kept|took away|taken away|withholds?|withheld|confiscat\w*|won't (?:give|hand) (?:me |her |him )?back|will not (?:give|hand) (?:me |her |him )?back|won't return|will not return)(?: [\w']+){0,1} (?:my|her|his|our) (?:passport|passports|identity documents|id documents|id card|visa|papers|brp|residence permit)\b(?! (?:safe|safely|for (?:me|her|him|us)|in (?:a|the|my|her|his) (?:drawer|safe|bag|folder)|details|number|copy|photo|scan|photocopy|check)\b)|\b(?:forced|made|makes|forces) (?:me|her|him|them) (?:to )?work\b.{0,40}\b(?:for nothing|no pay|without pay|unpaid|\d{2,3} hours|all hours|day and night)`,
    ),
  },

  // Forced marriage (a form of domestic abuse: statutory guidance 14.17), grooming of a child or an adult at
  // risk, and a carer drunk or on drugs while caring or driving the person.
  {
    kind: "domestic_abuse",
    pattern: rx(String.raw`\b(?:forc(?:e|es|ed|ing)|pressur(?:e|es|ed|ing)|mak(?:e|es|ing)|made) (?:me|her|him|them|my \w+) (?:to |into )?(?:marry|marriage|get married)\b|\bforced (?:to )?marr(?:y|iage)\b|\bforced marriage\b`),
  },
  {
    kind: "abuse",
    pattern: rx(
      String.raw`\b(?:(?:my|our|her|his|the) (?:pa|carer|care worker|support worker|tutor|driver|neighbour|lodger)|a man|a woman|an adult|someone|somebody|a stranger|an older man|a grown man)\b(?: [\w']+){0,5} (?:send(?:s|ing)?|sent|messag(?:es|ed|ing)|text(?:s|ed|ing)|ask(?:s|ed|ing)|dm(?:s|ed|ing)?|snapchat(?:s|ting)?)\b(?: [\w']+){0,3} (?:him|her|them|(?:my|our|her|his) (?:[\w-]+ ){0,3}(?:son|daughter|child|kid|grandson|granddaughter|niece|nephew|client|brother|sister))\b(?: [\w']+){0,6} (?:for (?:photos|pictures|pics|nudes|naked|images|selfies)|to (?:meet|meet up|come round|keep (?:it|this|them) (?:a )?secret|send (?:photos|pictures|pics|nudes)))\b|\b(?:ask(?:s|ed|ing)?|want(?:s|ed)?|pressur\w*) (?:me|her|him|them|my \w+) (?:for|to send) (?:nudes|naked (?:photos|pictures|pics))\b`,
    ),
  },
  {
    kind: "neglect",
    pattern: rx(
      String.raw`\b(?:pa|carer|care worker|support worker|she|he|they)\b(?: [\w']+){0,3} (?:is |was |comes |came |turns up |turned up |gets |got )?(?:drunk|drinks|drinking|under the influence|high|stoned|on drugs)\b.{0,40}\b(?:at work|on shift|while (?:caring|working|looking after|driving)|drove|driving|drive|when (?:she|he|they) (?:comes|came|arrive|arrives))\b|\bdrove (?:me|her|him|us)(?: [\w']+){0,3} (?:drunk|over the limit|high)\b`,
    ),
  },

  // ---- added after a second, independently written evaluation set (the "fresh" development set, evals/README.md): disclosures said
  // indirectly, inside an ordinary question, as people really write them ----
  {
    // Fallen or on the floor and unable to get up, however the two are joined ("on the floor since 10pm cant get
    // up", "fell in the kitchen and I still can't get up"). Danger to life: 999 first.
    kind: "immediate_danger",
    pattern: rx(String.raw`\b(?:(?:on|onto) the (?:floor|ground)|fallen|fell|had a fall)\b.{0,60}\b(?:can't|cannot|cant|couldn't|unable to|can not|not able to|won't be able to) (?:get up|get back up|stand|move)|\b(?:can't|cannot|cant|couldn't|unable to) get (?:back )?up\b.{0,40}\bon the (?:floor|ground)\b`),
  },
  {
    // Saving up tablets is a recognised warning sign of planned overdose.
    kind: "self_harm",
    pattern: rx(String.raw`\b(?:keeping|kept|saving|saved|stockpil(?:e|es|ed|ing)|hoard(?:ing|ed)|storing|stored|collecting|collected|hiding|hidden) (?:up |back )?(?:all )?(?:my |her |his )?(?:sleeping |pain ?|heart |water |blood pressure )?(?:tablets|pills|meds|medication|paracetamol|painkillers)(?: back| up)?\b(?!\s+(?:in|at|for) (?:a|the|my|her|his) (?:locked|safe|cupboard|box|fridge|dosette|blister))`),
  },
  {
    kind: "financial_abuse",
    pattern: rx(String.raw`\b(?:payments?|transfers?|withdrawals?|money|cash|amounts?|£\s?\d[\d,.]*)(?: [\w'£,.]+){0,6} (?:that )?(?:i|she|he|mum|dad|we) (?:didn't|did not|never|hadn't|had not|don't|do not) (?:ok|okay|ok'd|okayed|authorise|authorize|authorised|authorized|agree to|agree|agreed to|agreed|approve|approved|allow|allowed|give permission for|gave permission for|know about|knew about|recognise|recognize|make|made|sign off|signed off|sign for|signed for)\b|\bset (?:herself|himself|themselves|themself) up as (?:a )?payee\b`),
  },
  {
    kind: "financial_abuse",
    // Someone signing their home over at another's urging; not a person asking whether they may give it away
    // themselves ("if I sign the house over to my kids…"), which is a question about deprivation of assets.
    pattern: rx(String.raw`${OWN_PLAN}\bsign(?:ing)? (?:my|her|his|mum's|dad's|mums|dads|the|our) (?:house|flat|home|property|bungalow|savings|money|car) (?:\w+ )?over\b|${OWN_PLAN}\bsign(?:ing)? over (?:my|her|his|mum's|dad's|the) (?:house|flat|home|property|bungalow|savings|money|car)|\b(?:deserves?|deserved|is owed|entitled to) (?:the|her|his|mum's|dad's|my|all the|that) (?:money|cash|dp|direct payment)\b|\b(?:money|cash|dp money|direct payment)(?: [\w']+){0,3} for (?:herself|himself|themselves)\b(?! and)`),
  },
  {
    kind: "financial_abuse",
    pattern: rx(String.raw`\b(?:keeps|kept|always|constantly|keep) (?:borrowing|asking (?:me )?for|asking to borrow|taking|demanding) (?:money|cash|£\s?\d[\d,.]*)|\bborrow(?:s|ing|ed)? (?:money|cash|£\s?\d[\d,.]*)(?: [\w']+){0,4} (?:off|from) (?:me|her|him|mum|dad)\b.{0,60}\b(?:angry|shouts|won't pay|never pays|doesn't pay|hasn't paid|not paid|nasty|threat)`),
  },
  {
    kind: "abuse",
    pattern: rx(String.raw`\b(?:rough|heavy[- ]handed|aggressive|violent|nasty|spiteful) (?:with|towards|to) (?:me|her|him|them|mum|dad|nan|gran|(?:my|our|her|his|mrs|mr|miss|ms) \w+)\b|\b(?:yank|grab|twist|wrench|drag|jerk|pull)\w* (?:me|her|him|mum|dad) by the (?:arm|arms|wrist|hair|neck|throat|collar)\b|\bpull(?:s|ed|ing)? (?:my|her|his|mum'?s|dad'?s|nan'?s|gran'?s) hair\b|\b(?:yank|grab|twist|wrench|drag|jerk|squeez|pinch)\w* (?:my|her|his|mum'?s|dad'?s|nan'?s|gran'?s|their) (?:arm|arms|wrist|wrists|hair|neck|leg|legs|hand|hands|ear|face)\b`),
  },
  {
    // Control: taking away the means to call for help or move about; food or drink as a reward.
    kind: "abuse",
    pattern: rx(String.raw`\b(?:takes|took|taking|hides|hid|hiding|keeps|kept|removes|removed|locks away|locked away) (?:(?:my|mum's|dad's|mums|dads) (?:phone|mobile|walking frame|frame|zimmer|wheelchair|stick|walking stick|glasses|hearing aids?|keys|alarm|pendant|call button)\b(?! calls| number| bill| contract)|(?:her|his) (?:phone|mobile|walking frame|frame|zimmer|wheelchair|stick|walking stick|glasses|hearing aids?|keys|alarm|pendant|call button) (?:off|from|away))|\bonly (?:gives?|lets?|feeds?|allows?) (?:me|her|him|mum|dad)\b.{0,40}\b(?:if|when) (?:i|she|he|mum|dad)(?:'ve| have| has|'s| am| is)? (?:been )?(?:good|behave|behaved|do as)`),
  },
  {
    // Fear of saying no, or a threat to withdraw care if the person complains.
    kind: "abuse",
    pattern: rx(String.raw`\b(?:scared|afraid|frightened|terrified|too scared|too frightened) to (?:say no|refuse|tell (?:him|her|them) no|complain|speak up|say anything|make a fuss|report)|\b(?:says|said|told me|tells me|threatens?|threatened)(?: that)? if (?:i|mum|dad|she|he|we) (?:make|makes|made|say|complain|tell)(?: a fuss| anything| anyone)?,? (?:she|he|they)(?:'ll|'d| will| would) (?:quit|leave|walk out|stop coming|go|not come)`),
  },
  {
    kind: "neglect",
    pattern: rx(String.raw`\b(?:haven't|hasn't|have not|has not|not|never) had (?:a |any |my |her |his |the )?(?:carer|carers|pa|visit|visits|care|support|help|anyone|anybody)(?: [\w']+){0,3} ${DURATION}|\b(?:in|wearing|sat in|lying in|stuck in) the same (?:pad|pads|nappy|clothes|incontinence pad|bedding|sheets)(?: [\w']+){0,3} ${DURATION}|\b(?:looks?|looked|looking|seems?|seemed|is|was) (?:very |really |quite |so |a bit )?(?:thin|underweight) and (?:very |really )?(?:unwashed|dirty|unkempt|neglected|smelly|hungry)|\b(?:looks?|looked|looking|seems?|seemed|is|was|left) (?:very |really |quite |so )?(?:unwashed|unkempt|malnourished|neglected|dehydrated|starving)\b`),
  },
];

/**
 * Signs of harm that are weaker one by one: each carries a weight, and a message whose signs add up to 1 is
 * treated as a disclosure. People rarely name abuse; they describe it ("he's taken my bank card", "I have
 * to ask him for everything", "mum's lost loads of weight since the new PA started"). Added after two
 * independently written evaluation sets showed the single-pattern rules above missing most such messages.
 */
interface Cue {
  kind: SafeguardingKind;
  weight: number;
  pattern: RegExp;
}
const SOMEONE = String.raw`(?:he|she|they|him|her|them|someone|somebody|a man|a woman|${DETERMINER} ${PERSON_ADJ}${PERSON_NOUN})`;
const CUES: readonly Cue[] = [
  // suicidal feelings said indirectly
  { kind: "self_harm", weight: 1, pattern: rx(String.raw`\b(?:better off (?:if i (?:wasn't|was not|weren't|were not) (?:here|around|alive)|without me)|(?:go to sleep|sleep) and (?:not|never) wake up|(?:don't|do not|dont) want to wake up|(?:wish|want) (?:it|everything) (?:would|to) (?:all )?(?:end|stop)|no (?:reason|point) (?:to|in) (?:go on|carry on|going on|carrying on|living)|(?:can't|cannot|cant) (?:cope|go on|do this) (?:any ?more|anymore)\b.{0,60}\b(?:die|dead|sleep|end|gone|not (?:be )?here))`) },
  { kind: "self_harm", weight: 0.5, pattern: rx(String.raw`\b(?:can't|cannot|cant) (?:cope|go on|take (?:it|this)) (?:any ?more|anymore)|\b(?:what's|whats) the point\b|\bi(?:'m| am) (?:so )?(?:done|finished) with (?:it all|everything|life)`) },
  // control and fear
  { kind: "abuse", weight: 1, pattern: rx(String.raw`\b(?:prisoner in (?:my|her|his|our) (?:own )?(?:home|house|flat)|lock(?:s|ed)? (?:me|her|him|mum|dad) (?:in|inside)\b|(?:scared|frightened|afraid|terrified|petrified) of (?:${SOMEONE}|what (?:he|she|they)))`) },
  { kind: "abuse", weight: 1, pattern: rx(String.raw`\b(?:${SOMEONE})\b.{0,40}\b(?:threw|throws|throwing|smash(?:es|ed)?|punch(?:es|ed)?|hits?|kicks?|bang(?:s|ed)?) (?:things|stuff|plates|cups|the wall|walls|the door|doors|furniture)\b|\b(?:threaten(?:s|ed)?|said (?:he|she|they)(?:'d| would)) (?:to )?(?:hurt|kill|get rid of|take away) (?:my|the|her|his) (?:dog|cat|pet|pets|kids|children)`) },
  { kind: "abuse", weight: 1, pattern: rx(String.raw`\b(?:said|says|told me|tells me|threaten(?:s|ed)?)(?: that)? (?:she'd|he'd|they'd|she will|he will|they will|she'll|he'll|they'll|she would|he would|to) (?:[\w']+ ){0,8}(?:put|send|get) (?:me|her|him|mum|dad) (?:put )?(?:in|into) (?:a )?(?:care )?home\b|\b(?:if|unless) (?:i|she|he|mum|dad) (?:complain|complains|tell|tells|say anything|report)\b.{0,50}\b(?:she'll|he'll|they'll|she'd|he'd|they'd|will|would) (?:stop|quit|leave|hurt|put|get|tell|take)`) },
  { kind: "abuse", weight: 1, pattern: rx(String.raw`\b(?:won't|will not|doesn't|does not|don't|never|wouldn't) let (?:me|her|him|mum|dad) (?:go (?:anywhere|to|out|outside)|see anyone|have visitors|answer the (?:door|phone))`) },
  { kind: "abuse", weight: 1, pattern: rx(String.raw`\b(?:giv(?:e|es|ing|en)|gave|put(?:s|ting)?) (?:me|her|him|mum|dad) (?:extra |more |too many |too much )(?:sleeping )?(?:tablets|pills|medication|meds|sedatives?|sleeping pills)|\b(?:tablets|pills|medication|meds) (?:to|so) (?:keep )?(?:me|her|him|mum|dad) (?:quiet|asleep|sleeps?|sleeping|calm|out of the way)`) },
  { kind: "abuse", weight: 1, pattern: rx(String.raw`\b(?:touched|touching|touches|groped|kissed) (?:my|our|her|his) (?:daughter|son|mum|dad|wife|husband|sister|brother|nan|gran|client|grandson|granddaughter|child|kids)\b|\b(?:someone|somebody|a man|a woman|one of the (?:staff|carers|workers)) (?:has )?(?:touched|touches|groped) (?:me|her|him)\b`) },
  { kind: "abuse", weight: 0.6, pattern: rx(String.raw`\b(?:bruises?|bruising|bruised|marks|scratches|cuts|burns|black eye|red marks)\b`) },
  { kind: "abuse", weight: 0.5, pattern: rx(String.raw`\b(?:rough|roughly|heavy[- ]handed|angry|shouts?|shouting|shouted|yells?|screams?|snaps? at|smells? of (?:drink|alcohol|booze|weed|cannabis)|drunk|high on)\b`) },
  { kind: "abuse", weight: 0.5, pattern: rx(String.raw`\b(?:dropped (?:me|her|him|mum|dad)|(?:i|she|he|mum|dad) (?:fell|had a fall) (?:when|while|because) (?:she|he|they|the (?:pa|carer))|frightened|scared|afraid|terrified|cries|crying|upset|won't go back|doesn't want (?:her|him|them) (?:to come|back|near))\b`) },
  // money
  { kind: "financial_abuse", weight: 1, pattern: rx(String.raw`\b(?:us(?:e|es|ed|ing)|spen(?:d|ds|t|ding)|tak(?:e|es|ing)|took) (?:my|mum's|dad's|mums|dads|her|his|nan's|gran's) (?:dp|direct payment|money|pension|benefits?|savings|card|bank card|allowance)(?: money)? (?:to pay (?:for )?|on |for )(?:his|her|their) own\b|\b(?:controls?|controlling|in control of|took over|taken over) (?:all )?(?:my|mum's|dad's|her|his) (?:money|finances|bank|account|pension|benefits|dp|direct payment)\b|\bhave to ask (?:him|her|them|my \w+) (?:for|before) (?:everything|money|anything|every penny)`) },
  { kind: "financial_abuse", weight: 1, pattern: rx(String.raw`\b(?:took|taken|has|kept|keeps|got|holding) (?:my|mum's|dad's|her|his) (?:dp |direct payment |bank |debit |prepaid |pre-paid )?(?:card|pin|cards|purse|wallet|bank book|post office card)\b.{0,60}\b(?:haven't|hasn't|not|won't|never|can't|cannot|without)|\b(?:he's|she's|they've|he has|she has|they have) (?:taken|got|kept) (?:my|mum's|dad's|her|his) (?:dp |direct payment |bank |debit )?(?:card|pin|purse|wallet)\b`) },
  { kind: "financial_abuse", weight: 1, pattern: rx(String.raw`\b(?:wants?|asked (?:for|me for)|asking (?:for|me for)|keeps asking (?:for|me for)) (?:my|mum's|dad's|her|his) (?:bank details|pin|card details|account details|password|bank login)\b|\b(?:lend|loan|give) (?:her|him|them) (?:money|cash|£\s?\d[\d,.]*)\b.{0,60}\b(?:can't|cannot|cant|couldn't|not able to|unable to|scared to|afraid to) (?:say no|refuse)|\bmade (?:me|her|him|mum|dad) sign (?:a |some )?(?:paper|papers|form|forms|document|something)`) },
  { kind: "financial_abuse", weight: 0.6, pattern: rx(String.raw`\b(?:no money left|money (?:has )?(?:gone|disappeared|vanished)|money (?:is )?going out|where the money (?:has )?gone|can't account for|(?:doesn't|does not|won't) add up)\b`) },
  // care not given
  { kind: "neglect", weight: 1, pattern: rx(String.raw`\b(?:not|isn't|is not|aren't) being (?:fed|washed|changed|given (?:food|drinks?|meals)) (?:properly|enough|at all)|\beats? (?:my|her|his|mum's|dad's) (?:food|meals|dinner|shopping)\b|\b(?:wet through|soaked|soaking wet|sitting in (?:her|his|my) own (?:urine|wee|mess))\b|\bno one has (?:helped|got|taken) (?:me|her|him|mum|dad) (?:[\w']+ ){0,5}(?:for|since)\b|\b(?:stopped|cancelled|cut) (?:my|her|his|mum's|dad's) (?:carers?|care|visits?|pa) (?:coming|to save money|because)`) },
  { kind: "neglect", weight: 0.6, pattern: rx(String.raw`\b(?:lost (?:loads of |a lot of |so much )?weight|fridge is (?:always )?empty|no food in|no heating|no hot water|struggling to (?:wash|eat|get up|get out of bed|cope)|left in bed (?:till|until|all)|can't (?:wash|get washed|eat)|hungry|haven't eaten|hasn't eaten|not eating|smells? of urine|unwashed)\b`) },
  // scams
  { kind: "financial_abuse", weight: 0.5, pattern: rx(String.raw`\b(?:saying|says|said|claims?|claiming) (?:he's|she's|they're|he is|she is|they are) from (?:the council|social services|the bank|hmrc|the dwp|the police)\b|\bkeeps? (?:coming round|calling|ringing|phoning|knocking)\b`) },
  // ---- a wider vocabulary of harm, each sign specific enough to stand alone (weight 1) or to count with
  // another (0.5); written after a third, independent set of 70 indirect disclosures (see the fixtures) ----
  // suicidal feelings and self-harm
  { kind: "self_harm", weight: 1, pattern: rx(String.raw`\b(?:been |started |keep |i'm |im )?cutting (?:myself|again|my arms?|my legs?)|\b(?:burns?|cuts?|marks) (?:on (?:her|his|my) (?:arms?|legs?|wrists?) )?(?:she|he|i) (?:says? (?:she|he) )?(?:did|does|done|do) (?:herself|himself|myself|it (?:herself|himself|myself))|\b(?:going to|gonna|wants? to|will) end it\b|\b(?:won't|wont|will not|not going to) be (?:around|here) (?:much longer|for long|any ?more|to need)|\b(?:goodbye letters?|written letters to (?:my|the) (?:family|kids|children)|sorted (?:out )?(?:all )?my things|giving (?:all )?my things away)|\b(?:step(?:ping)?|throw(?:ing)? myself|walk(?:ing)?) (?:out )?in front of (?:a|the) (?:bus|train|car|lorry)|\bjump(?:ing)? (?:off|from) (?:a|the) (?:bridge|roof|balcony|building)|\bhad enough of (?:everything|life|it all|living)|\bdeserves? (?:it|the pain|to be hurt)\b`) },
  // danger now
  { kind: "immediate_danger", weight: 1, pattern: rx(String.raw`\bon the floor\b.{0,50}\b(?:hours|all night|since|can't reach|cant reach|can not reach|pendant|alarm)|\b(?:a man|a woman|someone|somebody|he|she|they) (?:is |are )?in (?:my|the|our) (?:flat|house|home|room|bedroom) (?:and |who )?(?:won't|wont|will not|refuses to) (?:leave|go)|\b(?:typing|texting|writing) this (?:from|in) (?:the|my) (?:toilet|bathroom|cupboard|bedroom)|\bhiding (?:in|from)\b|\bby the (?:throat|neck)\b`) },
  // sexual abuse said indirectly
  { kind: "abuse", weight: 1, pattern: rx(String.raw`\b(?:makes? me|made me|feel) (?:really |very |so )?uncomfortable\b.{0,60}\b(?:wash|washes|washing|personal care|touch|body|bed|shower|bath|undress)|\bdown there\b|\b(?:says|said|makes?) (?:things|comments|remarks) about my body|\b(?:get|gets|getting|got) into (?:my |the |her |his )?bed with (?:me|her|him)|\bpictures? (?:on (?:his|her) phone )?(?:i|she|he) (?:don't|dont|didn't|doesn't) want to see|\b(?:didn't|did not|don't|do not) want (?:him|her|them) to\b.{0,30}\b(?:touch|bed|kiss|wash)`) },
  // psychological and discriminatory
  { kind: "abuse", weight: 1, pattern: rx(String.raw`\bcalls? (?:me|her|him|mum|dad) (?:useless|stupid|names|a burden|fat|disgusting|thick|a cripple|pathetic|worthless)|\bnobody (?:else )?would (?:put up with|want|help|look after) (?:me|her|him)|\b(?:leave|leaves|leaving) (?:me|her|him|mum|dad) (?:in (?:my|her|his|the) (?:chair|bed)|sat|sitting|upstairs|alone|on (?:my|her|his) own) (?:all day|all night|for hours|if)|\bif (?:i|she|he) (?:don't|dont|doesn't|does not) do (?:what|as) (?:she|he|they) (?:says?|tells?)|\bgoes mad if\b|\breads (?:all )?my (?:messages|texts|post|letters)|\b(?:smash|break|smashed|broke) my (?:phone|mobile)\b|\banswers for (?:her|him|me)\b|\bwon't look at me\b|\blaugh(?:s|ed|ing)? at (?:her|him|me|them)\b|\bprays? over me\b|\bwhere i come from\b|\bfound out (?:i'm|im|i am) (?:gay|lesbian|trans|bi)\b|\b(?:racist|homophobic|sexist|transphobic) (?:comments?|remarks?|names?|abuse)|\bbecause (?:i'm|im|i am|she's|he's) (?:gay|black|muslim|jewish|trans|polish|asian)\b`) },
  // care settings
  { kind: "abuse", weight: 1, pattern: rx(String.raw`\bstrap(?:s|ped|ping)? (?:her|him|them|me|mum|dad|people) (?:in|into|to)\b|\bput to bed at \d|\b(?:sat|sit|left) in a corner all day\b|\bstaff (?:shout|shouts|shouted|laugh|laughs|laughed|swear|swore) at\b`) },
  // money and scams
  { kind: "financial_abuse", weight: 1, pattern: rx(String.raw`\b(?:change|changing|changed) (?:my|her|his|mum's|dad's) will\b|\bsafe account\b|\b(?:card|bank|account) (?:number|details)\b.{0,40}\b(?:gave|give|given|told|asked)|\b(?:gave|give|given) (?:them|him|her) (?:my|her|his) (?:card|bank|account) (?:number|details)|\b(?:online|internet|new) (?:friend|boyfriend|girlfriend)\b.{0,60}\b(?:money|send|flight|loan|pay)|\b(?:has|have) to give (?:them|him|her) (?:his|her|my|all (?:his|her|my)) (?:money|benefits|pension|card)|\bpeople coming and going\b|\b(?:daren't|dare not|dont dare|don't dare) (?:say|tell|ask|refuse)|\b(?:pub|bookies|betting shop|casino)\b.{0,40}\b(?:bookies|pub|card|dp|account|spent)|\bmen came to the door\b|\bnever came back\b.{0,40}\b(?:paid|money|savings|wanting more)|\bless change than\b|\b(?:rings|jewellery|jewelry|watch|necklace)\b.{0,20}\b(?:gone|missing|disappeared)|\bsigns? (?:cheques|forms|papers)\b.{0,40}\b(?:doesn't|does not|don't|dont) know what|\basks? (?:again|every week|all the time|every time)\b.{0,40}\b(?:upset|angry|say no)|(?<!\b(?:will|would|can|could|might|may) (?:they|the council|it) )\btakes? my money\b(?! back)`) },
  // care not given
  { kind: "neglect", weight: 1, pattern: rx(String.raw`\bmissed (?:\w+ ){0,4}visits?\b.{0,60}\b(?:nothing to eat|no food|no lunch|no tea|on (?:her|his|my) own|wet|fell|times this week)|\bnothing to eat (?:all day|since)|\bleft (?:wet|soaked|soaking|in (?:a )?(?:wet|soiled|dirty) (?:pad|bed|clothes))|\b(?:leaves?|left) (?:me|her|him|mum|dad) in the same (?:pad|clothes)|\bskin (?:is )?breaking down\b|\bpressure sores?\b|\b(?:aren't|are not|isn't|is not|not) turning (?:her|him|me)\b|\b(?:never|doesn't|does not|don't|forgets? to|forgot to) (?:give|gives|giving) (?:me|her|him) (?:my|her|his) (?:tablets|meds|medication|insulin)|\bforgets? (?:my|her|his) (?:tablets|meds|medication|insulin)|\bcalling out for (?:hours|ages)\b|\bnobody comes\b|\bcurtains (?:have been |been )?(?:shut|closed) (?:for|all) (?:days|week)|\bcan't get to the (?:toilet|loo|bathroom)\b|\bjust sign the (?:sheet|book|log)\b|\b(?:don't|dont|do not) know how to use the hoist\b|\bi smell\b|\b(?:on (?:his|her|my) own|alone) all day\b.{0,40}\b(?:can't|cant|cannot)`) },
  // self-neglect
  { kind: "self_neglect", weight: 1, pattern: rx(String.raw`\bstopped taking (?:her|his|my) (?:insulin|meds|medication|tablets)|\b(?:doesn't|does not|don't|dont) care any ?more\b|\b(?:flat|house|home|place) (?:stinks|smells|reeks)\b|\b(?:newspapers|bags|rubbish) everywhere\b|\b(?:won't|wont|will not) (?:answer|open) the door\b|\bcancelled all (?:his|her|my) (?:carer |care )?(?:visits|calls|carers)|\bsits? in the dark\b|\b(?:heating|electric|electricity) (?:off|cut off)\b.{0,40}\b(?:dark|cold|weeks|days|winter)|\bsame clothes for (?:weeks|days|ages)|\b(?:don't|dont|do not) open (?:my|the) post\b|\bcan't face (?:any of it|anything|it all)`) },
  // domestic
  { kind: "domestic_abuse", weight: 1, pattern: rx(String.raw`\bpush(?:es|ed)? my (?:wheelchair|chair|frame|walker) away\b|\bex (?:still )?(?:has a key|comes round|turns up)\b|\b(?:lose|take) the kids\b|\blocks? the (?:door|room) when (?:she|he|they) (?:goes?|leaves?|went)\b|\bwon't let me (?:have|see) my (?:carers?|pa|social worker|friends|family)\b`) },
];
// Compiled once: matchAll needs the global flag.
const GLOBAL_CUES = new Map(CUES.map((cue) => [cue, new RegExp(cue.pattern.source, "gi")]));
const PERSON_NEAR = rx(String.raw`\b(?:he|she|they|him|her|them|someone|somebody|a man|a woman|${PERSON_NOUN}|agency|staff)\b`);

/** Adds up the weaker signs; a person must be in the message unless the signs are about the writer's own safety. */
function scoreCues(text: string): SafeguardingHit | null {
  let total = 0;
  let best: { cue: Cue; evidence: string } | null = null;
  const seen = new Set<string>();
  for (const cue of CUES) {
    // Different signs of the same kind add up ("lost loads of weight" and "the fridge is always empty").
    for (const m of text.matchAll(GLOBAL_CUES.get(cue)!)) {
      if (seen.has(m[0])) continue;
      seen.add(m[0]);
      total += cue.weight;
      if (!best || cue.weight > best.cue.weight || (cue.weight === best.cue.weight && PRIORITY.indexOf(cue.kind) < PRIORITY.indexOf(best.cue.kind)))
        best = { cue, evidence: m[0].trim() };
    }
  }
  if (!best || total < 1) return null;
  if (best.cue.kind !== "self_harm" && best.cue.weight < 1 && !PERSON_NEAR.test(text)) return null;
  return { kind: best.cue.kind === "abuse" ? abuseKind(undefined, text) : best.cue.kind, evidence: best.evidence };
}

const PARTNER_OR_RELATIVE = new RegExp(String.raw`\b(?:${PARTNER}|${RELATIVE})\b`, "i");
const CARER_WORD = new RegExp(String.raw`\b(?:${CARER})\b`, "i");
const PARTNER_MENTION = new RegExp(String.raw`\b(?:my|by my|by) (?:${PARTNER})\b`, "i");

/**
 * Abuse by a partner, ex-partner or relative is domestic abuse (Domestic Abuse Act 2021 s.2: "personally
 * connected"), which adds the national helpline to the reply; abuse by a PA, carer or stranger is not.
 */
function abuseKind(perp: string | undefined, text: string): "abuse" | "domestic_abuse" {
  if (perp && CARER_WORD.test(perp)) return "abuse";
  if (perp && PARTNER_OR_RELATIVE.test(perp)) return "domestic_abuse";
  if (PARTNER_MENTION.test(text) && !CARER_WORD.test(text)) return "domestic_abuse";
  return "abuse";
}

/** Returns the most urgent disclosure in `text`, or null when there is none. Never throws. */
export function detectSafeguarding(text: string): SafeguardingHit | null {
  if (typeof text !== "string" || text.trim() === "") return null;
  const normalised = normaliseText(text);
  let best: SafeguardingHit | null = null;
  for (const rule of RULES) {
    const match = rule.pattern.exec(normalised);
    if (!match) continue;
    const kind = rule.kind === "abuse_by_person" ? abuseKind(match.groups?.perp, normalised) : rule.kind;
    if (!best || PRIORITY.indexOf(kind) < PRIORITY.indexOf(best.kind)) {
      best = { kind, evidence: match[0].trim() };
    }
    if (best.kind === "immediate_danger") break;
  }
  return best ?? scoreCues(normalised);
}

/**
 * The reply for a disclosure: short, kind, never blaming, never asking for details (asking someone to
 * describe abuse to a chatbot helps no one and may put them at risk). Numbers come from the council's
 * settings; national lines are fixed public numbers:
 * - 999 for anyone in immediate danger (and 18000 by text relay for people who are deaf or cannot speak).
 * - Samaritans 116 123, free, 24 hours (samaritans.org).
 * - National Domestic Abuse Helpline 0808 2000 247, free, 24 hours (nationaldahelpline.org.uk, run by Refuge).
 */
export function safeguardingReply(kind: SafeguardingKind, council: CouncilConfig, audience: Audience = "citizen"): string {
  // The words are data (config/replies.json, group "safeguarding"), filled from the council's settings.
  const r = repliesFor(council).safeguarding;
  // Staff and social workers are told how to raise a concern, not comforted as the person harmed; danger to
  // life and suicidal feelings get the same reply whoever asks (statutory guidance ch. 14). The kind of abuse
  // is named with the statutory guidance's own word for it (para 14.17), and its national line added.
  if (audience !== "citizen" && kind !== "immediate_danger" && kind !== "self_harm") {
    const named = kind === "concern" ? undefined : r[`practitioner_kind_${kind}`];
    const helpline = kind === "domestic_abuse" ? ` ${r.domestic_abuse_line}` : kind === "modern_slavery" ? ` ${r.modern_slavery_line}` : "";
    return `${named ? `${named} ` : ""}${r.practitioner}${helpline}`;
  }
  switch (kind) {
    case "immediate_danger":
    case "self_harm":
    case "domestic_abuse":
    case "modern_slavery":
    case "financial_abuse":
    case "neglect":
    case "self_neglect":
    case "concern":
      return r[kind];
    case "abuse":
    default:
      return r.abuse;
  }
}

