/** The one-rule sums and calculators a question can ask for (the understanding stage learns to name them). */
export const SUMS = [
  "employer_ni",
  "wages",
  "minimum_wage",
  "holiday_entitlement",
  "holiday_accrual",
  "rolled_up_holiday",
  "pension",
  "ssp",
  "smp",
  "redundancy",
  "notice",
  "tariff_income",
  "charge",
  "wales_cap",
  "net_payment",
  "pa_cost",
  "personal_budget",
  "contribution",
] as const;
export type SumName = (typeof SUMS)[number];

const EMPLOYING = ["employing-pa", "family", "money", "using-dp"];
const CHARGING = ["charging", "scotland-wales", "money"];

/**
 * The knowledge areas each sum belongs to. A sum read from a message that is almost surely about another
 * area ("I'm 72 and have £30,000, will I have to pay for carers?" is charging, not the minimum wage for a
 * 72-year-old) is not trusted (route-question.ts; the floor is routing.sumAreaFloor in config/tuning.json).
 */
export const SUM_AREAS: Readonly<Record<SumName, readonly string[]>> = Object.freeze({
  employer_ni: EMPLOYING,
  wages: EMPLOYING,
  minimum_wage: EMPLOYING,
  holiday_entitlement: EMPLOYING,
  holiday_accrual: EMPLOYING,
  rolled_up_holiday: EMPLOYING,
  pension: EMPLOYING,
  ssp: EMPLOYING,
  smp: EMPLOYING,
  redundancy: EMPLOYING,
  notice: EMPLOYING,
  pa_cost: [...EMPLOYING, "getting-started", "local-policy"],
  tariff_income: CHARGING,
  charge: CHARGING,
  wales_cap: CHARGING,
  net_payment: [...CHARGING, "using-dp", "getting-started", "local-policy"],
  personal_budget: ["getting-started", "using-dp", "money", "local-policy", "care-act", "employing-pa", "reviews"],
  contribution: CHARGING,
});

const CHARGE_WORDS = /\b(charg\w*|contribut\w*|assess\w*|pay towards|means[- ]test\w*|afford|costs?|capp?ed|most (?:i|they|the council)|financial)\b/i;

/**
 * Words a message must have for a one-rule sum the classifier names to be trusted: a sum about sick pay needs
 * some word about sickness ("£100 a day for 5 untaken days of holiday" is not sick pay). A high-precision
 * backstop to the learned reading (issue 11: rules only as backstops); sums with no entry need none.
 */
export const SUM_SUBJECTS: Readonly<Partial<Record<SumName, RegExp>>> = Object.freeze({
  ssp: /\b(sick|sickness|ssp|ill|illness|unwell|poorly|off work|absen(ce|t)|signed off|fit note|sick note)\b/i,
  smp: /\b(maternity|smp|pregnan\w*|baby|mat leave|expecting)\b/i,
  redundancy: /\bredundan\w*/i,
  // "Qualifying earnings" are the band pension contributions are worked on (Pensions Act 2008 s.13).
  pension: /\b(pensions?|auto[- ]?enrol\w*|nest|workplace saving|qualifying earnings)\b/i,
  holiday_entitlement: /\b(holidays?|hols|leave|annual|days? off|time off|entitle\w*)\b/i,
  holiday_accrual: /\b(holidays?|leave|accru\w*|build(s|ing)? up|built up|12\.07)\b/i,
  rolled_up_holiday: /\b(rolled[- ]?up|holidays?|12\.07)\b/i,
  employer_ni: /\b(ni|nic|nics|nat(?:ional|\.)? ?ins(?:urance)?|employer'?s? (tax|contributions?)|secondary threshold)\b/i,
  tariff_income: /\b(tariff|savings?|saved|capital|in the bank|put by|nest egg|investments?|isa)\b/i,
  // The cost of employing someone needs someone employed, or their hours or pay ("write the council's letter
  // saying his DP is approved at £612 a week" is not a PA's cost).
  pa_cost: /\b(pas?|personal assistants?|carers?|care workers?|support workers?|helpers?|employ\w*|hir(e|es|ed|ing)|recruit\w*|staff|hours?|hourly|an hour|per hour|ph|wages?|salary|payroll|shifts?|on-?costs?)\b/i,
  // What you pay towards your care: "twenty hours at £14, what does that come to in wages?" is not a charge.
  charge: CHARGE_WORDS,
  wales_cap: CHARGE_WORDS,
});

/**
 * Words that name a sum outright ("SSP", "pension", "NEST", "redundancy"). When the classifier reads a message
 * as plain wages, or as a sum it does not name, and it names exactly one other sum this way, that sum is what
 * was asked ("she works 15 hours at £13 an hour, what SSP does she get a week?"). A high-precision backstop.
 */
export const SUM_NAMED_OUTRIGHT: Readonly<Partial<Record<SumName, RegExp>>> = Object.freeze({
  ssp: /\b(ssp|sick pay|statutory sick)\b/i,
  smp: /\b(smp|maternity pay|statutory maternity)\b/i,
  pension: /(?<!state )\bpensions?\b(?! age)|\bnest\b(?! ?egg)|\bauto[- ]?enrol\w*/i,
  redundancy: /\bredundan\w*/i,
  employer_ni: /\b(ni|nic|nics|nat(?:ional|\.)? ?ins(?:urance)?)\b/i,
  tariff_income: /\btariff\b/i,
  minimum_wage: /\b(?:minimum wage|national living wage|living wage|nmw|nlw|minimum (?:weekly |monthly |hourly )?(?:pay|rate)|least (?:i|we|you) (?:can|could|must|have to|had to) (?:legally )?(?:have )?pay|lowest (?:weekly |hourly |monthly )?(?:amount|pay|rate|wage))\b/i,
  rolled_up_holiday: /\brolled[- ]?up\b/i,
  // Holiday for a regular pattern; irregular hours build theirs up instead (holiday_accrual).
  holiday_entitlement: /^(?![^]*\b(?:irregular|zero[- ]hours?|casual|bank (?:pa|staff|worker)|accru\w*|rolled[- ]?up)\b)[^]*\b(?:holiday pay|holiday entitlement|annual leave|days'? (?:of )?(?:paid )?holidays?|holiday days|days'? (?:of )?annual leave)\b/i,
});

/** The sums a text names outright (SUM_NAMED_OUTRIGHT), in the table's order. */
export function sumsNamedIn(text: string): SumName[] {
  return (Object.entries(SUM_NAMED_OUTRIGHT) as [SumName, RegExp][]).filter(([, re]) => re.test(text)).map(([s]) => s);
}
