import type { CalculationOutcome, CalculationStep } from "./calculation-types.ts";
import type { SumName } from "./sum-names.ts";
import { tariffIncome } from "./contribution.ts";
import { minimumWageBand, type MinimumWageBand } from "./minimum-wage-band.ts";
import { cite, estimateDisclaimer, formatPounds, roundMoney, type CalculatorContext } from "./money.ts";
import { agesIn } from "./ages-in.ts";
import { readSumFacts, withoutPayWords } from "../text/read-sum-facts.ts";
import { ratesFor, taxYearFor } from "./rates/rates-for.ts";
import type { PeriodFigures, TaxYearRates } from "./rates/rate-types.ts";

/**
 * One-rule sums people ask about directly: "employer NI on £300 a week", "3% pension on £250 a week",
 * "SSP for someone on £100 a week", "holiday built up on 40 irregular hours", "tariff income on £16,100",
 * "net direct payment from a £300 budget and a £45 contribution". Each is a single rule from the dated
 * rates, shown with its source; anything bigger goes to the full calculators.
 */
type Period = "week" | "month" | "year" | "fourWeeks";

interface Amount {
  value: number;
  period: Period | null;
}

const PERIOD_WORDS: [RegExp, Period][] = [
  [/^\s*(?:a|an|per|each|every|\/)\s*(?:week|wk)\b|^\s*(?:weekly|pw)\b/, "week"],
  [/^\s*(?:a|an|per|each|every|\/)\s*(?:calendar )?month\b|^\s*(?:monthly|pcm)\b/, "month"],
  [/^\s*(?:a|an|per|each|every|\/)\s*(?:year|annum)\b|^\s*(?:yearly|annually|pa)\b/, "year"],
  [/^\s*(?:every|per|each)\s*(?:4|four) weeks\b|^\s*four-weekly\b/, "fourWeeks"],
];

/** £ amounts with the period said after them; "30k" and "23000" (when money words are near) too. */
export function amountsIn(text: string): Amount[] {
  const out: Amount[] = [];
  for (const m of text.matchAll(/£\s?(\d[\d,]*(?:\.\d{1,2})?)\s*(k\b)?|\b(\d{1,3}(?:,\d{3})+|\d{4,})(?:\.\d{1,2})?\b|\b(\d+(?:\.\d+)?)\s*k\b/gi)) {
    const raw = m[1] ?? m[3] ?? m[4];
    if (!raw) continue;
    let value = Number(raw.replace(/,/g, ""));
    if (m[2] || m[4]) value *= 1000;
    if (/^(19|20)\d\d$/.test(raw) && !m[0].startsWith("£")) continue; // a year, not money
    const after = withoutPayWords(text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 31).toLowerCase());
    const period = PERIOD_WORDS.find(([re]) => re.test(after))?.[1] ?? null;
    out.push({ value, period });
  }
  return out;
}

/** Hours a week as the sum facts read them ("4 days a week, 7 hours a day" is 28), else the hours said. */
function hoursIn(text: string, today: Date): number | null {
  const facts = readSumFacts(text, today);
  return facts.hoursPerWeek ?? facts.hours;
}

export const THRESHOLD_KEY: Record<Period, keyof PeriodFigures> = { week: "week", month: "month", year: "year", fourWeeks: "fourWeeks" };
export const PERIOD_NAME: Record<Period, string> = { week: "a week", month: "a month", year: "a year", fourWeeks: "every 4 weeks" };
export const PERIODS_A_YEAR: Record<Period, number> = { week: 52, month: 12, year: 1, fourWeeks: 13 };

/**
 * A sum's result. Charging sums end with the council's disclaimer (its assessment decides); employment sums
 * are statutory minimums the council does not set, so they say what they are instead.
 */
export function outcome(
  taxYear: string,
  headline: string,
  steps: CalculationStep[],
  notes: string[],
  result: Record<string, unknown>,
  ctx: CalculatorContext,
  kind: { sum?: SumName; charging?: boolean; closing?: string } = {},
): CalculationOutcome {
  // A sum's own closing first (the Welsh cap names the Welsh council, not this one); `??` binds tighter than
  // `?:`, so the brackets matter.
  const closing = kind.closing ?? (kind.charging ? estimateDisclaimer(ctx.council) : "These are the legal minimums; your payroll service or the council's support service can check your own figures.");
  return {
    calculator: kind.sum ?? "pa-cost",
    taxYear,
    input: {},
    result,
    steps,
    notes,
    missing: [],
    summary: `${headline} ${closing}`,
  };
}

/**
 * Employer NI on pay for one pay period, against that period's secondary threshold. Asked `over` a longer
 * period ("2k a month… over the year?"), each pay period's NI is added up, as payroll works it (Social Security
 * (Contributions) Regulations 2001, reg. 3: earnings periods), rather than the year's pay taken against the
 * year's threshold: £237.45 × 12 = £2,849.40 a year on £2,000 a month in 2026/27, not £2,850.
 */
export function employerNi(pay: Amount, rates: TaxYearRates, ctx: CalculatorContext, described?: string, over?: Period): CalculationOutcome {
  const period = pay.period ?? "week";
  const threshold = rates.employerNi.secondaryThreshold[THRESHOLD_KEY[period]];
  const rate = rates.employerNi.rate;
  const above = Math.max(0, roundMoney(pay.value - threshold.value));
  const ni = roundMoney(above * rate.value);
  const steps: CalculationStep[] = [
    { label: `Pay ${PERIOD_NAME[period]}`, amount: pay.value, rule: "As given", source: "Your figure" },
    { label: `Secondary threshold ${PERIOD_NAME[period]} (${rates.taxYear})`, amount: threshold.value, rule: "Employer NI is due only on pay above this", source: cite(threshold.source) },
    { label: "Pay above the threshold", amount: above, rule: "Pay minus the threshold, not below zero", source: cite(threshold.source) },
    { label: `Employer NI at ${rate.value * 100}% (${rates.taxYear})`, amount: ni, rule: `${rate.value * 100}% of pay above the threshold`, source: cite(rate.source) },
  ];
  const allowance = rates.employerNi.employmentAllowance.value;
  steps.push({ label: `Employment Allowance (${rates.taxYear})`, amount: allowance, rule: "Up to this much employer NI a year is not paid, if you can claim it (one claim per employer; people employing care and support workers can)", source: cite(rates.employerNi.employmentAllowance.source) });
  const notes = ["For a PA under 21, employer NI is usually 0% up to the upper secondary threshold."];
  const pay$ = described ? `${described} (${formatPounds(pay.value)} ${PERIOD_NAME[period]})` : `${formatPounds(pay.value)} ${PERIOD_NAME[period]}`;
  // People ask for either figure ("employer NI after the allowance?"), so the first sentence gives both. The
  // allowance is a year's: what a year's NI is over it is still due, shared over the year's pay periods.
  const leftAYear = Math.max(0, roundMoney(ni * PERIODS_A_YEAR[period] - allowance));
  const afterAllowance = roundMoney(leftAYear / PERIODS_A_YEAR[period]);
  const headline =
    ni === 0
      ? `Employer National Insurance on ${pay$} is £0.00 ${PERIOD_NAME[period]} in ${rates.taxYear}: pay is not above the ${formatPounds(threshold.value)} threshold, so none is due and the Employment Allowance is not needed.`
      : `Employer National Insurance on ${pay$} is ${formatPounds(ni)} ${PERIOD_NAME[period]} in ${rates.taxYear} before the Employment Allowance, and ${afterAllowance === 0 ? "usually £0.00" : `${formatPounds(afterAllowance)} ${PERIOD_NAME[period]}`} after it: ${rate.value * 100}% of the ${formatPounds(above)} above the ${formatPounds(threshold.value)} threshold. The Employment Allowance (up to ${formatPounds(allowance)} a year in ${rates.taxYear}) can be claimed by most people employing a PA with a direct payment.`;
  if (over && PERIODS_A_YEAR[over] < PERIODS_A_YEAR[period]) {
    const periods = PERIODS_A_YEAR[period] / PERIODS_A_YEAR[over];
    const total = roundMoney(ni * periods);
    const totalAfter = roundMoney(afterAllowance * periods);
    steps.push({ label: `Employer NI ${PERIOD_NAME[over]} (${rates.taxYear})`, amount: total, rule: `Each pay period's employer NI × ${periods} pay periods`, source: "Your figures" });
    const longer = `Employer National Insurance on ${pay$} comes to ${formatPounds(total)} ${PERIOD_NAME[over]} in ${rates.taxYear} before the Employment Allowance (${formatPounds(ni)} ${PERIOD_NAME[period]}, worked out on each pay period's pay), and ${totalAfter === 0 ? "usually £0.00" : formatPounds(totalAfter)} after it: the Employment Allowance (up to ${formatPounds(allowance)} a year in ${rates.taxYear}) covers ${total > allowance ? `${formatPounds(allowance)} of it` : "all of it"} for most people employing a PA with a direct payment.`;
    return outcome(rates.taxYear, longer, steps, notes, { employerNi: total, employerNiAfterAllowance: totalAfter, period: over }, ctx, { sum: "employer_ni" });
  }
  return outcome(
    rates.taxYear,
    headline,
    steps,
    notes,
    { employerNi: ni, employerNiAfterAllowance: afterAllowance, period },
    ctx,
    { sum: "employer_ni" },
  );
}

/**
 * The PA's own (employee's, class 1 primary) National Insurance taken from their pay: category A, the main
 * rate between the primary threshold and the upper earnings limit, the upper rate above it. The employer
 * takes it through payroll and sends it to HMRC; it is not a cost on top of pay.
 */
export function employeeNi(pay: Amount, rates: TaxYearRates, ctx: CalculatorContext, described?: string): CalculationOutcome {
  const period = pay.period ?? "week";
  const { rate, upperRate, primaryThreshold, upperEarningsLimit } = rates.employeeNi;
  const lower = primaryThreshold[THRESHOLD_KEY[period]];
  const upper = upperEarningsLimit[THRESHOLD_KEY[period]];
  const main = roundMoney(Math.max(0, Math.min(pay.value, upper.value) - lower.value));
  const over = roundMoney(Math.max(0, pay.value - upper.value));
  const ni = roundMoney(main * rate.value + over * upperRate.value);
  const steps: CalculationStep[] = [
    { label: `Pay ${PERIOD_NAME[period]}`, amount: pay.value, rule: "As given", source: "Your figure" },
    { label: `Primary threshold ${PERIOD_NAME[period]} (${rates.taxYear})`, amount: lower.value, rule: "The PA pays NI only on pay above this", source: cite(lower.source) },
    { label: `Pay between the threshold and ${formatPounds(upper.value)}`, amount: main, rule: `At ${rate.value * 100}%`, source: cite(rate.source) },
  ];
  if (over > 0) steps.push({ label: `Pay above the upper earnings limit (${formatPounds(upper.value)})`, amount: over, rule: `At ${upperRate.value * 100}%`, source: cite(upperRate.source) });
  steps.push({ label: `The PA's NI ${PERIOD_NAME[period]} (${rates.taxYear})`, amount: ni, rule: "Taken from the PA's pay through payroll", source: cite(rate.source) });
  const pay$ = described ? `${described} (${formatPounds(pay.value)} ${PERIOD_NAME[period]})` : `${formatPounds(pay.value)} ${PERIOD_NAME[period]}`;
  const headline =
    ni === 0
      ? `A PA on ${pay$} pays no employee's National Insurance in ${rates.taxYear}: pay is not above the ${formatPounds(lower.value)} primary threshold.`
      : `A PA on ${pay$} pays ${formatPounds(ni)} ${PERIOD_NAME[period]} in employee's National Insurance in ${rates.taxYear}: ${rate.value * 100}% of the ${formatPounds(main)} above the ${formatPounds(lower.value)} primary threshold${over > 0 ? `, and ${upperRate.value * 100}% of the ${formatPounds(over)} above ${formatPounds(upper.value)}` : ""}. You take it from their pay through payroll and send it to HMRC; it is not a cost on top of their wages.`;
  return outcome(rates.taxYear, headline, steps, ["A PA over State Pension age pays no employee's NI (category C); you still pay employer's NI."], { employeeNi: ni, period }, ctx, { sum: "employer_ni" });
}

/**
 * Statutory minimum notice (Employment Rights Act 1996 s.86): what an employer must give a PA for their
 * length of service (a week from one month, a week for each complete year from two years, at most twelve),
 * or what a PA must give (a week). The contract may give more; it cannot give less.
 */
export function noticePeriod(service: { years: number; months: number }, byEmployee: boolean, rates: TaxYearRates, ctx: CalculatorContext, weeklyPay: number | null = null): CalculationOutcome {
  const n = rates.notice;
  const years = service.years + Math.floor(service.months / 12);
  const oneMonthOrMore = years > 0 || service.months >= 1;
  const said = service.years > 0 ? `${service.years} ${service.years === 1 ? "year" : "years"}` : `${service.months} ${service.months === 1 ? "month" : "months"}`;
  let weeks: number;
  let rule: string;
  if (byEmployee) {
    weeks = oneMonthOrMore ? n.employeeWeeks.value : 0;
    rule = `a PA who has worked for you for a month or more must give at least ${n.employeeWeeks.value} week's notice, however long they have worked for you`;
  } else if (!oneMonthOrMore) {
    weeks = 0;
    rule = "there is no legal minimum in the first month";
  } else if (years < n.weekPerYearFromYears.value) {
    weeks = n.minimumWeeks.value;
    rule = `from one month to under ${n.weekPerYearFromYears.value} years the minimum is ${n.minimumWeeks.value} week`;
  } else {
    weeks = Math.min(years, n.maximumWeeks.value);
    rule = `from ${n.weekPerYearFromYears.value} years it is 1 week for each complete year, up to ${n.maximumWeeks.value} weeks`;
  }
  const who = byEmployee ? "your PA must give you" : "you must give your PA";
  const headline =
    weeks === 0
      ? `By law, after ${said} ${who} no minimum notice: ${rule}. Check the written statement, which may give more.`
      : `By law, after ${said} ${who} at least ${weeks} ${weeks === 1 ? "week's" : "weeks'"} notice: ${rule}. The written statement can give more, not less, and you can pay in place of notice if it allows this or you both agree.`;
  const steps: CalculationStep[] = [
    { label: "Length of service", amount: years || service.months, rule: `As given (${said})`, source: "Your figure" },
    { label: byEmployee ? "Least notice the PA must give (weeks)" : "Least notice you must give (weeks)", amount: weeks, rule, source: cite(byEmployee ? n.employeeWeeks.source : n.maximumWeeks.source) },
  ];
  // With the PA's weekly pay ("on £310 a week… notice pay if paid in lieu?"): a week's pay for each week of
  // the statutory notice (Employment Rights Act 1996 ss.86 and 88: normal pay during the notice period).
  const pay = !byEmployee && weeks > 0 && weeklyPay !== null ? roundMoney(weeks * weeklyPay) : null;
  if (pay !== null) steps.push({ label: "Pay for the notice", amount: pay, rule: "Weeks of notice × a week's pay", source: cite(n.maximumWeeks.source) });
  return outcome(
    rates.taxYear,
    pay !== null ? `Pay for ${weeks} ${weeks === 1 ? "week's" : "weeks'"} statutory notice on ${formatPounds(weeklyPay!)} a week is ${formatPounds(pay)}. ${headline}` : headline,
    steps,
    [],
    { noticeWeeks: weeks, ...(pay !== null ? { noticePay: pay } : {}) },
    ctx,
    { sum: "notice", closing: "This is the legal minimum; the support service can check your PA's contract with you." },
  );
}

const ASKS_NOTICE = /\b(?:how (?:much|long|many weeks?)|what(?:'s| is)?(?: the)?(?: minimum| least| legal| statutory)?)\b[^?.!]{0,40}\bnotice\b|\bnotice\b[^?.!]{0,30}\b(?:do|must|should|have to|need to)\b[^?.!]{0,25}\bgive\b|\bnotice period\b|\b(?:statutory|minimum|legal)\s+(?:minimum\s+|legal\s+)?notice\b[^.!?]{0,30}\?/i;
const SERVICE = /\b(\d{1,2})\s*(?:full\s+|whole\s+|complete\s+)?(years?|yrs?|months?)\b(?![\s-]*old)/i;
const SERVICE_WORDS = /\b(?:with me|with us|for me|for us|worked|working|employed|service|been (?:with|here|my)|started)\b|\b(?:pa|carer|assistant|employee|worker) of \d{1,2}\s*(?:years?|yrs?|months?)\b|\bafter \d{1,2}\s*(?:full\s+)?(?:years?|yrs?|months?)\b/i;
const PA_LEAVING = /\b(?:she|he|they|my pa|the pa|my carer|my personal assistant)\b[^.?!]{0,40}\b(?:wants? to leave|leaving|quit\w*|resign\w*|hand(?:ed|ing|s)? in (?:her|his|their) notice|handed in)\b|\bmust (?:she|he|they) give\b|\b(?:she|he|they) (?:has|have|needs?) to give\b/i;

/**
 * "How much notice do I give my PA? She's been with me 9 years": the statutory minimum for the service given
 * (noticePeriod), or null when notice is not asked about or no length of service is stated (this message,
 * else the turn before).
 */
export function noticeSum(question: string, previous: string | undefined, ctx: CalculatorContext): CalculationOutcome | null {
  const asked = ASKS_NOTICE.test(question) && !/\b(?:redundancy pay|holiday|notice pay (?:is|amount)|how much (?:is|will) (?:her|his|the) notice pay)\b/i.test(question);
  if (!asked) return null;
  const text = !SERVICE.test(question) && previous && SERVICE.test(previous) ? `${previous} ${question}` : question;
  const m = SERVICE.exec(text);
  if (!m || !SERVICE_WORDS.test(text)) return null;
  const n = Number(m[1]);
  const service = /^m/i.test(m[2]) ? { years: 0, months: n } : { years: n, months: 0 };
  const weekly = readSumFacts(question, ctx.today).money.find((m) => m.period === "week")?.value ?? null;
  return noticePeriod(service, PA_LEAVING.test(question), ratesFor(undefined, ctx.today), ctx, weekly);
}

export function pension(pay: Amount, rates: TaxYearRates, ctx: CalculatorContext, age: number | null, described?: string): CalculationOutcome {
  const period = pay.period ?? "week";
  const key = THRESHOLD_KEY[period];
  const lower = rates.pension.qualifyingEarningsLower[key];
  const upper = rates.pension.qualifyingEarningsUpper[key];
  const trigger = rates.pension.earningsTrigger[key];
  const rate = rates.pension.employerMinimumRate;
  const qualifying = roundMoney(Math.max(0, Math.min(pay.value, upper.value) - lower.value));
  const contribution = roundMoney(qualifying * rate.value);
  const steps: CalculationStep[] = [
    { label: `Pay ${PERIOD_NAME[period]}`, amount: pay.value, rule: "As given", source: "Your figure" },
    { label: `Lower limit of qualifying earnings ${PERIOD_NAME[period]} (${rates.taxYear})`, amount: lower.value, rule: "Contributions are worked out on pay above this", source: cite(lower.source) },
    { label: "Qualifying earnings", amount: qualifying, rule: "Pay between the lower and upper limits", source: cite(lower.source) },
    { label: `Employer contribution at ${rate.value * 100}% (${rates.taxYear})`, amount: contribution, rule: `At least ${rate.value * 100}% of qualifying earnings`, source: cite(rate.source) },
  ];
  const total = roundMoney(qualifying * rates.pension.totalMinimumRate.value);
  steps.push({ label: `Total minimum contribution at ${rates.pension.totalMinimumRate.value * 100}% (${rates.taxYear})`, amount: total, rule: `At least ${rates.pension.totalMinimumRate.value * 100}% of qualifying earnings in all, employer and PA together`, source: cite(rates.pension.totalMinimumRate.source) });
  const minimumAge = rates.pension.minimumAge.value;
  const ageOutside = age !== null && (age < minimumAge || age >= rates.statePensionAge.value);
  const eligible = pay.value > trigger.value && !ageOutside;
  const notes = [
    eligible
      ? `A PA aged ${minimumAge} to State Pension age earning over ${formatPounds(trigger.value)} ${PERIOD_NAME[period]} (${rates.taxYear}) must be enrolled automatically.`
      : `Automatic enrolment applies to PAs aged ${minimumAge} to State Pension age earning over ${formatPounds(trigger.value)} ${PERIOD_NAME[period]} (${rates.taxYear}); others can ask to join.`,
  ];
  const amounts = `${formatPounds(contribution)} ${PERIOD_NAME[period]}: ${rate.value * 100}% of ${formatPounds(qualifying)} qualifying earnings (pay above ${formatPounds(lower.value)}). The total paid in must be at least ${formatPounds(total)} (${rates.pension.totalMinimumRate.value * 100}%).`;
  const on = `On ${formatPounds(pay.value)} ${PERIOD_NAME[period]}${described ? ` (${described})` : ""} in ${rates.taxYear}`;
  // Not an eligible jobholder (Pensions Act 2008 ss.1 and 3: aged 22 to State Pension age, earning over the
  // trigger): nothing has to be paid in unless the PA asks to join, and then only on pay above the lower limit
  // (s.7, a jobholder opting in; s.9, a worker earning less, who may join without an employer contribution).
  const why = ageOutside
    ? `a PA aged ${age} is ${age! < minimumAge ? `under ${minimumAge}` : "at or over State Pension age"}`
    : `pay of ${formatPounds(pay.value)} ${PERIOD_NAME[period]} is not over the ${formatPounds(trigger.value)} ${PERIOD_NAME[period]} earnings trigger`;
  const summary = eligible
    ? `${on}, the least the employer must pay into the PA's pension is ${amounts} Pay of ${formatPounds(pay.value)} ${PERIOD_NAME[period]} is over the ${formatPounds(trigger.value)} ${PERIOD_NAME[period]} earnings trigger, so ${age !== null ? `a PA aged ${age}` : `a PA aged ${minimumAge} to State Pension age`} must be put into a workplace pension by automatic enrolment.`
    : qualifying > 0
      ? `${on}, automatic enrolment is not required: ${why}. The PA can ask to join, and then the least the employer must pay in is ${amounts}`
      : `${on}, the least the employer must pay into a pension is £0: automatic enrolment is not required, since ${why}. The PA can ask to join a pension, but the employer does not have to pay in on pay at or below ${formatPounds(lower.value)} ${PERIOD_NAME[period]}.`;
  return outcome(
    rates.taxYear,
    summary,
    steps,
    notes,
    { employerPension: contribution, totalPension: total, period, mustEnrol: eligible },
    ctx,
    { sum: "pension" },
  );
}

export function sickPay(weekly: number, rates: TaxYearRates, ctx: CalculatorContext): CalculationOutcome {
  const { weeklyRate, earningsShare, lowerEarningsLimitWeekly, maxWeeks } = rates.ssp;
  const steps: CalculationStep[] = [{ label: "Average weekly earnings", amount: weekly, rule: "As given", source: "Your figure" }];
  let ssp: number;
  if (earningsShare) {
    const share = roundMoney(weekly * earningsShare.value);
    ssp = Math.min(weeklyRate.value, share);
    steps.push(
      { label: `${earningsShare.value * 100}% of average weekly earnings (${rates.taxYear})`, amount: share, rule: "SSP is the lower of this and the weekly rate", source: cite(earningsShare.source) },
      { label: `SSP weekly rate (${rates.taxYear})`, amount: weeklyRate.value, rule: "The most SSP can be", source: cite(weeklyRate.source) },
      { label: "SSP a week", amount: ssp, rule: "The lower of the two", source: cite(weeklyRate.source) },
    );
  } else {
    const lel = lowerEarningsLimitWeekly!.value;
    ssp = weekly >= lel ? weeklyRate.value : 0;
    steps.push(
      { label: `Lower earnings limit (${rates.taxYear})`, amount: lel, rule: "Earnings must reach this for SSP", source: cite(lowerEarningsLimitWeekly!.source) },
      { label: `SSP a week (${rates.taxYear})`, amount: ssp, rule: "The flat weekly rate, from the fourth day of sickness", source: cite(weeklyRate.source) },
    );
  }
  return outcome(rates.taxYear, `Statutory Sick Pay for a PA on ${formatPounds(weekly)} a week in ${rates.taxYear} is ${formatPounds(ssp)} a week, for up to ${maxWeeks.value} weeks.`, steps, [], { sspWeekly: ssp }, ctx, { sum: "ssp" });
}

export function holidayAccrual(hours: number, rates: TaxYearRates, ctx: CalculatorContext): CalculationOutcome {
  const rate = rates.holiday.irregularHoursAccrualRate;
  const accrued = Math.round(hours * rate.value * 100) / 100;
  const steps: CalculationStep[] = [
    { label: "Hours worked in the pay period", amount: hours, rule: "As given", source: "Your figure" },
    { label: `Holiday built up at ${(rate.value * 100).toFixed(2)}% (hours)`, amount: accrued, rule: `${(rate.value * 100).toFixed(2)}% of hours worked, for irregular-hours and part-year workers (leave years from 1 April 2024)`, source: cite(rate.source) },
  ];
  return outcome(rates.taxYear, `A PA on irregular hours who worked ${hours} hours builds up ${accrued} hours of paid holiday (${(rate.value * 100).toFixed(2)}% of hours worked, ${rates.taxYear}).`, steps, ["The 12.07% method is only for irregular-hours and part-year workers; a PA on regular hours gets 5.6 weeks a year."], { holidayHours: accrued }, ctx, { sum: "holiday_accrual" });
}

/**
 * `jointOwners`: capital held jointly ("£30,000 in a joint ISA" for a couple) counts as the person's equal share
 * (Care and support statutory guidance, Annex B, treatment of capital; the same rule as the knowledge page
 * savings-and-capital-limits, "Joint accounts").
 */
export function tariff(given: number, rates: TaxYearRates, ctx: CalculatorContext, jointOwners = 1): CalculationOutcome {
  const lower = Math.max(rates.charging.capitalLowerLimit.value, ctx.council.charging.capitalLowerLimit);
  const upper = Math.max(rates.charging.capitalUpperLimit.value, ctx.council.charging.capitalUpperLimit);
  const step = rates.charging.tariffIncomeStep.value;
  const capital = jointOwners > 1 ? roundMoney(given / jointOwners) : given;
  const steps: CalculationStep[] = [
    { label: jointOwners > 1 ? "Capital held jointly" : "Capital", amount: given, rule: "As given", source: "Your figure" },
    ...(jointOwners > 1
      ? [{ label: `Your equal share (1 of ${jointOwners})`, amount: capital, rule: "Capital held jointly is treated as owned in equal shares", source: "Care and support statutory guidance, Annex B (treatment of capital): https://www.gov.uk/government/publications/care-act-statutory-guidance/care-and-support-statutory-guidance" }]
      : []),
    { label: `Lower capital limit (${rates.taxYear})`, amount: lower, rule: "Capital up to this is ignored", source: cite(rates.charging.capitalLowerLimit.source) },
    { label: `Upper capital limit (${rates.taxYear})`, amount: upper, rule: "Above this you pay the full cost of care", source: cite(rates.charging.capitalUpperLimit.source) },
  ];
  // Held jointly, the share is what counts: "£15,000 (an equal share of £30,000 held jointly)".
  const amount = jointOwners > 1 ? `${formatPounds(capital)} (an equal share of ${formatPounds(given)} held jointly)` : formatPounds(capital);
  if (capital > upper)
    return outcome(rates.taxYear, `With ${amount} in capital, above the upper limit of ${formatPounds(upper)} (${rates.taxYear}), you would usually pay the full cost of your care at home.`, steps, [], { fullCost: true }, ctx, { sum: "tariff_income", charging: true });
  // The contribution calculator's own rule (reg 25), so the one-figure sum and the estimate agree to the penny.
  const weekly = tariffIncome(capital, lower, step, rates.charging.tariffIncomePerStep.value);
  steps.push({ label: `Tariff income a week (${rates.taxYear})`, amount: weekly, rule: `£1 a week for every ${formatPounds(step)}, or part of it, between the limits`, source: cite(rates.charging.tariffIncomeStep.source) });
  return outcome(rates.taxYear, `With ${amount} in capital, the council counts tariff income of ${formatPounds(weekly)} a week (${rates.taxYear}): £1 for every £250, or part of £250, above ${formatPounds(lower)}.`, steps, [], { tariffIncomeWeekly: weekly }, ctx, { sum: "tariff_income", charging: true });
}

/**
 * The net direct payment and what you pay. `lead` is the figure asked for: the net payment ("what goes into my
 * DP account?") or what you pay ("I'm assessed at more than my care costs, what do I pay?").
 */
export function netPayment(budget: number, contribution: number, rates: TaxYearRates, ctx: CalculatorContext, period: Period = "week", lead: "net" | "pay" = "net"): CalculationOutcome {
  const charged = Math.min(budget, contribution);
  const net = roundMoney(budget - charged);
  const per = PERIOD_NAME[period];
  const steps: CalculationStep[] = [
    { label: `Personal budget (cost of care) ${per}`, amount: budget, rule: "As given", source: "Your figure" },
    { label: `Assessed contribution ${per}`, amount: contribution, rule: "As given", source: "Your figure" },
    { label: `What you pay ${per}`, amount: charged, rule: "Never more than the cost of care (Care Act 2014 s.14(4))", source: "Care Act 2014 s.14(4): https://www.legislation.gov.uk/ukpga/2014/23/section/14" },
    { label: `Net direct payment ${per}`, amount: net, rule: "Budget minus your contribution", source: "Care Act 2014 s.26 (the personal budget and the amount the council pays): https://www.legislation.gov.uk/ukpga/2014/23/section/26" },
  ];
  const capped = contribution > budget ? ` Your contribution is capped at the cost of your care, so you pay ${formatPounds(charged)}, not ${formatPounds(contribution)}.` : "";
  const headline =
    lead === "pay"
      ? `You pay ${formatPounds(charged)} ${per} in ${rates.taxYear}: with care costing ${formatPounds(budget)} ${per} and a contribution of ${formatPounds(contribution)} ${per}, the net direct payment is ${formatPounds(net)} ${per}.${capped}`
      : `The net direct payment is ${formatPounds(net)} ${per} in ${rates.taxYear}: a personal budget of ${formatPounds(budget)} ${per} less the ${formatPounds(charged)} ${per} you pay.${capped}`;
  return outcome(rates.taxYear, headline, steps, [], { netDirectPayment: net, youPay: charged, period }, ctx, { sum: "net_payment", charging: true });
}

const BAND_NAMES: Record<MinimumWageBand, string> = {
  apprentice: "the apprentice rate",
  "21AndOver": "aged 21 and over (National Living Wage)",
  "18To20": "aged 18 to 20",
  under18: "aged under 18",
};

export function minimumWageFor(age: number, rates: TaxYearRates, apprentice = false) {
  const { figure, band } = minimumWageBand(rates, age, apprentice);
  return { figure, band: BAND_NAMES[band] };
}

/**
 * `weeklyAsked`: the question asks what the least is a week ("what's the minimum we must pay her a week?"), so that leads.
 * `laterAge`: an age the question says the PA will reach ("what does it go up to when she turns 18?"): its rate
 * follows, from the first pay reference period that starts on or after the birthday (National Minimum Wage
 * Regulations 2015, reg. 4B: the rate is the one that applies on the first day of the pay reference period).
 */
export function minimumWage(
  /** null only for an apprentice in the first year, whose rate does not depend on age (reg. 5). */
  age: number | null,
  rates: TaxYearRates,
  ctx: CalculatorContext,
  hours: number | null,
  paid: number | null = null,
  apprentice = false,
  /** The period the least is asked for ("the minimum we must pay her a week", "minimum monthly pay"): that leads. */
  asked: "week" | "month" | "year" | null = null,
  laterAge: number | null = null,
): CalculationOutcome {
  const { figure, band } = minimumWageFor(age ?? 21, rates, apprentice);
  const who = age === null ? "an apprentice in the first year of the apprenticeship" : `a PA who is ${age}`;
  const steps: CalculationStep[] = [
    ...(age !== null ? [{ label: "PA's age", amount: age, rule: "As given", source: "Your figure" }] : []),
    ...(paid !== null ? [{ label: "Hourly rate you pay", amount: paid, rule: "As given", source: "Your figure" }] : []),
    { label: `Minimum hourly rate, ${band} (${rates.taxYear})`, amount: figure.value, rule: "National Minimum Wage Act 1998: the least you can pay for each hour worked", source: cite(figure.source) },
  ];
  // Asked about a rate they pay ("I pay her £11 an hour, is that legal?"): say first whether it is enough.
  const minimum = `${formatPounds(figure.value)} an hour for ${who} in ${rates.taxYear} (${band})`;
  let headline =
    paid === null
      ? `The least you can pay ${who} is ${formatPounds(figure.value)} an hour in ${rates.taxYear} (${band}).`
      : paid < figure.value
        ? `No: ${formatPounds(paid)} an hour is below the legal minimum of ${minimum}.`
        : `Yes: ${formatPounds(paid)} an hour is at least the legal minimum of ${minimum}.`;
  if (paid !== null && paid < figure.value)
    headline += ` Paying less is against the law (National Minimum Wage Act 1998), and underpaid wages are owed back to the PA.`;
  const result: Record<string, unknown> = { hourlyMinimum: figure.value, ...(paid !== null ? { hourlyRatePaid: paid, belowMinimum: paid < figure.value } : {}) };
  if (hours !== null) {
    const weekly = roundMoney(hours * figure.value);
    steps.push({ label: `Wages for ${hours} hours a week`, amount: weekly, rule: "Hours × hourly rate", source: cite(figure.source) });
    if (asked === "week" && paid === null)
      headline = `The least you can pay ${who} for ${hours} hours a week is ${formatPounds(weekly)} a week in ${rates.taxYear}: ${formatPounds(figure.value)} an hour (${band}), before holiday pay and other employer costs.`;
    else if (paid !== null && paid < figure.value) {
      // "Is that ok? If not, how much short am I each week?": what is owed on top for the hours worked.
      const short = roundMoney((figure.value - paid) * hours);
      steps.push({ label: `Short of the minimum for ${hours} hours a week`, amount: short, rule: "(Minimum rate − rate paid) × hours", source: cite(figure.source) });
      headline = headline.replace(/\.(?= Paying less)/, `, so for ${hours} hours a week you are paying ${formatPounds(short)} a week too little (the least is ${formatPounds(weekly)} a week).`);
      result.weeklyShortfall = short;
    } else headline += ` For ${hours} hours a week that is ${formatPounds(weekly)} a week in wages, before holiday pay and other employer costs.`;
    result.weeklyWages = weekly;
    if (asked === "month" && paid === null) {
      const monthly = roundMoney((weekly * 52) / 12);
      steps.push({ label: "Wages a month", amount: monthly, rule: "A week's wages × 52 weeks ÷ 12 months", source: cite(figure.source) });
      headline = `The least you can pay ${who} for ${hours} hours a week is ${formatPounds(monthly)} a month in ${rates.taxYear} (${formatPounds(weekly)} a week at ${formatPounds(figure.value)} an hour, ${band}), before holiday pay and other employer costs.`;
      result.monthlyWages = monthly;
    }
    if (asked === "year" && paid === null) {
      const yearly = roundMoney(weekly * 52);
      steps.push({ label: "Wages a year", amount: yearly, rule: "A week's wages × 52 weeks", source: cite(figure.source) });
      headline = `The least you can pay ${who} for ${hours} hours a week all year is ${formatPounds(yearly)} a year in ${rates.taxYear} (52 weeks' pay, paid holiday included, at ${formatPounds(figure.value)} an hour, ${band}), before other employer costs.`;
      result.yearlyWages = yearly;
    }
  }
  if (laterAge !== null && age !== null && laterAge > age) {
    const later = minimumWageFor(laterAge, rates);
    if (later.figure.value !== figure.value) {
      headline += ` When the PA turns ${laterAge}, the least goes up to ${formatPounds(later.figure.value)} an hour (${later.band}, ${rates.taxYear}), from the first pay reference period that starts on or after the birthday.`;
      steps.push({ label: `Minimum hourly rate at ${laterAge}, ${later.band} (${rates.taxYear})`, amount: later.figure.value, rule: "National Minimum Wage Regulations 2015, reg. 4B: the rate on the first day of each pay reference period", source: cite(later.figure.source) });
      result.hourlyMinimumLater = later.figure.value;
    }
  }
  return outcome(rates.taxYear, headline, steps, ["An apprentice under 19, or in the first year of an apprenticeship, can be paid the apprentice rate."], result, ctx, { sum: "minimum_wage" });
}

export function wages(hours: number, rate: number, rates: TaxYearRates, ctx: CalculatorContext, asked: Period | null = null): CalculationOutcome {
  const weekly = roundMoney(hours * rate);
  const steps: CalculationStep[] = [
    { label: "Hours a week", amount: hours, rule: "As given", source: "Your figure" },
    { label: "Hourly rate", amount: rate, rule: "As given", source: "Your figure" },
    { label: "Wages a week", amount: weekly, rule: "Hours × hourly rate", source: "Your figures" },
  ];
  const below = rate < rates.minimumWage.aged21AndOver.value ? ` Check this is not below the minimum wage for the PA's age (${formatPounds(rates.minimumWage.aged21AndOver.value)} an hour at 21 and over in ${rates.taxYear}).` : "";
  // Asked for a month's or a year's ("monthly gross equivalent?"): the week's wages over 52 weeks a year.
  const over = asked && asked !== "week" ? roundMoney((weekly * 52) / PERIODS_A_YEAR[asked]) : null;
  if (over !== null) steps.push({ label: `Wages ${PERIOD_NAME[asked!]}`, amount: over, rule: `A week's wages × 52 ÷ ${PERIODS_A_YEAR[asked!]}`, source: "Your figures" });
  const headline =
    over !== null
      ? `${hours} hours a week at ${formatPounds(rate)} an hour is ${formatPounds(over)} ${PERIOD_NAME[asked!]} in wages in ${rates.taxYear} (${formatPounds(weekly)} a week over 52 weeks a year), before holiday pay, employer National Insurance, pension and insurance.${below}`
      : `${hours} hours a week at ${formatPounds(rate)} an hour is ${formatPounds(weekly)} a week in wages in ${rates.taxYear}, before holiday pay, employer National Insurance, pension and insurance.${below}`;
  return outcome(rates.taxYear, headline, steps, [], { weeklyWages: weekly, ...(over !== null ? { wagesForPeriod: over, period: asked } : {}) }, ctx, {
    sum: "wages",
    // Wages are the person's own figures, not a legal minimum.
    closing: "Your payroll service or the council's support service can check your own figures.",
  });
}

export function maternityPay(weekly: number, rates: TaxYearRates, ctx: CalculatorContext): CalculationOutcome {
  const { earningsShare, higherRateWeeks, flatWeeklyRate, totalWeeks, smallEmployerRecovery, standardRecovery } = rates.smp;
  const percent = (f: { value: number }) => `${Math.round(f.value * 1000) / 10}%`;
  const higher = roundMoney(weekly * earningsShare.value);
  const later = Math.min(flatWeeklyRate.value, higher);
  const laterWeeks = totalWeeks.value - higherRateWeeks.value;
  // "How much SMP in total for the first 6 weeks?": the totals too, each period's weekly rate × its weeks.
  const firstTotal = roundMoney(higher * higherRateWeeks.value);
  const laterTotal = roundMoney(later * laterWeeks);
  const total = roundMoney(firstTotal + laterTotal);
  const steps: CalculationStep[] = [
    { label: "Average weekly earnings", amount: weekly, rule: "As given", source: "Your figure" },
    { label: `SMP for the first ${higherRateWeeks.value} weeks (${rates.taxYear})`, amount: higher, rule: `${earningsShare.value * 100}% of average weekly earnings`, source: cite(earningsShare.source) },
    { label: `SMP for the next ${laterWeeks} weeks (${rates.taxYear})`, amount: later, rule: `The lower of ${formatPounds(flatWeeklyRate.value)} and ${earningsShare.value * 100}% of average weekly earnings`, source: cite(flatWeeklyRate.source) },
  ];
  return outcome(
    rates.taxYear,
    `Statutory Maternity Pay for a PA with average weekly earnings of ${formatPounds(weekly)} (${rates.taxYear}): ${formatPounds(higher)} a week for the first ${higherRateWeeks.value} weeks (${earningsShare.value * 100}%, ${formatPounds(firstTotal)} in all), then ${formatPounds(later)} a week for up to ${laterWeeks} more weeks (${formatPounds(laterTotal)}), ${formatPounds(total)} over the ${totalWeeks.value} weeks.`,
    [
      ...steps,
      { label: `SMP in all for the first ${higherRateWeeks.value} weeks`, amount: firstTotal, rule: "Weekly rate × weeks", source: cite(earningsShare.source) },
      { label: `SMP in all for the next ${laterWeeks} weeks`, amount: laterTotal, rule: "Weekly rate × weeks", source: cite(flatWeeklyRate.source) },
    ],
    [
      `She must have worked for you for 26 weeks by the 15th week before the baby is due and earn at least the lower earnings limit. Most people employing a PA are small employers and can claim back ${percent(smallEmployerRecovery)} of SMP from HMRC (from 6 April 2025); other employers claim back ${percent(standardRecovery)}.`,
    ],
    { smpFirstWeeks: higher, smpLaterWeeks: later, smpFirstWeeksTotal: firstTotal, smpLaterWeeksTotal: laterTotal, smpTotal: total },
    ctx,
    { sum: "smp" },
  );
}

/**
 * Statutory redundancy pay (Employment Rights Act 1996 s.162): for each full year of service, counting back
 * from the end and at most 20, half a week's pay for a year under 22, one week's from 22, one and a half from
 * 41, on a week's pay capped at the year's limit. A year counts at an age band only if the PA was that age for
 * the whole of it, so a year in which they turned 41 counts as one week.
 */
export function redundancyPay(age: number, years: number, weekly: number, rates: TaxYearRates, ctx: CalculatorContext): CalculationOutcome {
  const { weeklyPayCap, minimumYears, maximumYears } = rates.redundancy;
  const steps: CalculationStep[] = [
    { label: "Age now", amount: age, rule: "As given", source: "Your figure" },
    { label: "Full years of service", amount: years, rule: "As given", source: "Your figure" },
  ];
  if (years < minimumYears.value)
    return outcome(rates.taxYear, `Statutory redundancy pay is not due: it needs ${minimumYears.value} years' service and the PA has ${years}. Notice and final pay are still owed.`, steps, [], { redundancyPay: 0 }, ctx, { sum: "redundancy" });
  const pay = Math.min(weekly, weeklyPayCap.value);
  let weeks = 0;
  for (let i = 0; i < Math.min(years, maximumYears.value); i++) {
    const ageThatYear = age - 1 - i;
    weeks += ageThatYear >= 41 ? 1.5 : ageThatYear >= 22 ? 1 : 0.5;
  }
  const total = roundMoney(weeks * pay);
  steps.push(
    { label: `A week's pay, capped at ${formatPounds(weeklyPayCap.value)} (${rates.taxYear})`, amount: pay, rule: "The lower of the PA's weekly pay and the limit", source: cite(weeklyPayCap.source) },
    { label: "Weeks of pay", amount: weeks, rule: "½ week a year under 22, 1 week from 22, 1½ weeks from 41; at most 20 years", source: cite(minimumYears.source) },
    { label: "Statutory redundancy pay", amount: total, rule: "Weeks × a week's pay", source: cite(minimumYears.source) },
  );
  return outcome(
    rates.taxYear,
    `Statutory redundancy pay for a PA aged ${age} with ${years} full years' service on ${formatPounds(weekly)} a week is ${formatPounds(total)} (${rates.taxYear}): ${weeks} weeks' pay at ${formatPounds(pay)}.`,
    steps,
    ["Check the figure with GOV.UK's redundancy pay calculator. Close family employed in your home may have no right to redundancy pay."],
    { redundancyPay: total },
    ctx,
    { sum: "redundancy" },
  );
}

function ageIn(text: string): number | null {
  return agesIn(text)[0] ?? null;
}

/**
 * The age that counts for redundancy pay: the age when the job ends, so of several ages given ("she started
 * when she was 40 and she's 47 now") the oldest. The years are counted back from it (Employment Rights Act
 * 1996 s.162(2): a week and a half for each year in which the employee was 41 or over, and so on).
 */
export function redundancyAgeOf(ages: readonly number[]): number | null {
  return ages.length ? Math.max(...ages) : null;
}

/** A one-rule sum for the question (and an earlier turn it follows up), or null. */
export function quickSum(question: string, history: string[], ctx: CalculatorContext): CalculationOutcome | null {
  const q = question.toLowerCase();
  const previous = (history.at(-1) ?? "").toLowerCase();
  // A short follow-up ("and what if she's on £400?", "so how much is mine") keeps the previous question's
  // subject; a question naming its own subject does not.
  const ownSubject = /\b(tariff|ni|national insurance|pension|ssp|sick|holiday|wage|budget|contribution)\b/.test(q);
  const subject = previous && !ownSubject && q.split(/\s+/).length <= 12 ? `${previous} ${q}` : q;
  const yearMatch = /\b(20\d\d)\/(\d\d)\b/.exec(q);
  // "From April 2026" names a tax year; "now" is simply today's, which is the default.
  const fromApril = /\b(?:from )?(?:6 |1 )?april (20\d\d)\b/.exec(q);
  let rates: TaxYearRates;
  try {
    const named = yearMatch ? `${yearMatch[1]}/${yearMatch[2]}` : fromApril ? `${fromApril[1]}/${String(Number(fromApril[1]) + 1).slice(2)}` : taxYearFor(ctx.today);
    rates = ratesFor(named, ctx.today);
  } catch {
    return null;
  }
  const amounts = amountsIn(q);
  const money = amounts[amounts.length - 1];

  if (/\b(net|after (?:my |the )?contribution)\b.*\b(direct payment|dp)\b|\b(direct payment|dp)\b.*\bnet\b/.test(subject) && amounts.length >= 2)
    return netPayment(amounts[0].value, amounts[1].value, rates, ctx);
  if (/\b(costs?|budget)\b.*\b(afford|contribution|assessed)\b|\b(afford|contribution|assessed)\b.*\b(costs?|budget)\b/.test(q) && amounts.length >= 2 && /how much (do|will|would) i pay|what do i pay/.test(q)) {
    const cost = amounts[0].value;
    const afford = amounts[1].value;
    return netPayment(cost, afford, rates, ctx, "week", "pay");
  }
  if (/\b(tariff)\b/.test(subject) && money) return tariff(money.value, rates, ctx);
  if (money && /\b(employer'?s?|employers)?\s*(ni|nic|nics|national insurance)\b/.test(subject) && !/\bhours?\b/.test(q))
    return employerNi(money, rates, ctx);
  if (money && /\b(workplace |employer'?s? )?pension\b/.test(subject) && /\b(contribution|contribute|3%|pay in)\b/.test(subject) && /\b(earn\w*|paid|wages?|salary|pay)\b/.test(subject) && !/\bhours?\b/.test(q) && !/\bstate pension\b/.test(q))
    return pension(money, rates, ctx, ageIn(subject));
  if (money && /\b(ssp|sick pay)\b/.test(subject) && (money.period === "week" || money.period === null))
    return sickPay(money.value, rates, ctx);
  if (money && /\b(smp|maternity pay|maternity)\b/.test(subject) && (money.period === "week" || money.period === null))
    return maternityPay(money.value, rates, ctx);
  const service = /\b(\d{1,2})\s*(?:full\s+)?(?:years?|yrs?)\b(?![\s-]*old)/.exec(q);
  const redundancyAge = redundancyAgeOf(agesIn(q));
  if (money && service && redundancyAge !== null && /\bredundan/.test(subject) && (money.period === "week" || money.period === null))
    return redundancyPay(redundancyAge, Number(service[1]), money.value, rates, ctx);
  const hours = hoursIn(q, ctx.today);
  const age = ageIn(q) ?? (subject !== q ? ageIn(subject) : null);
  const asksHourly = /\b(minimum wage|living wage|min wage|nmw|nlw|legal minimum|(?:lowest|least|minimum) (?:rate|wage|pay|amount)|least i can pay)\b|\b(?:an|per|a) hour\b/.test(subject);
  const asksWagesOnly = /\b(in wages|wages a week|wage bill|(?:what|how much) do i pay (?:my pa|her|him|them) a week)\b/.test(q) && !/\b(total|budget|all in|on-?costs?)\b/.test(q);
  if (age !== null && asksHourly && !money && !/\b(ssp|sick|pension|national insurance|\bni\b|holiday)\b/.test(q))
    return minimumWage(age, rates, ctx, asksWagesOnly || /\b(wages?|per week|a week|weekly|pay now)\b/.test(q) ? hours : null);
  if (hours !== null && asksWagesOnly && money && (money.period === null || /an hour|per hour/.test(q)) && amounts.length === 1)
    return wages(hours, money.value, rates, ctx);
  if (hours !== null && /\bholiday\b/.test(subject) && /\b(irregular|zero[- ]hours?|varied|varying|built up|accrued?|accru)\b/.test(subject))
    return holidayAccrual(hours, rates, ctx);
  return null;
}
