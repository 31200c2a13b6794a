import { paidByPeriod, type SumFacts } from "../text/read-sum-facts.ts";
import type { CalculationOutcome, CalculationStep } from "./calculation-types.ts";
import { cite, formatPounds, roundMoney, type CalculatorContext } from "./money.ts";
import { PERIOD_NAME, PERIODS_A_YEAR, THRESHOLD_KEY, employeeNi, employerNi, holidayAccrual, maternityPay, minimumWage, netPayment, outcome, pension, redundancyAgeOf, redundancyPay, tariff, wages } from "./quick-sums.ts";
import { knownTaxYears, ratesFor } from "./rates/rates-for.ts";
import type { TaxYearRates } from "./rates/rate-types.ts";
import type { SumName } from "./sum-names.ts";
import { TUNING } from "../config/tuning.ts";

/**
 * One-rule sums chosen by name (the understanding stage's reading of what was asked) and worked out from the
 * figures read from the message. Null means the message gives nothing to work from ("does my PA get sick
 * pay?"): that is a question about the rule, answered from the knowledge base.
 */
const weeklyOf = (value: number, period: string | null) =>
  period === "month" ? (value * 12) / 52 : period === "year" ? value / 52 : period === "fourWeeks" ? value / 4 : value;

type PayPeriod = "week" | "month" | "year" | "fourWeeks";

/** A money fact's own period when it is one the sums work in (a day's rate, or none, is not). */
const payPeriodOf = (p: string | null): PayPeriod | null => (p === "week" || p === "month" || p === "year" || p === "fourWeeks" ? p : null);

/** An amount for one period as the amount for another: 52 weeks, 12 months or 13 four-week periods a year. */
const inPeriod = (value: number, from: PayPeriod, to: PayPeriod): number => (from === to ? value : roundMoney((value * PERIODS_A_YEAR[from]) / PERIODS_A_YEAR[to]));

// "My employer NI for the year adds up to £11,700": the bill itself, not pay, given with the allowance asked about.
// (Not "NI for a PA whose pay is £18,000": no word of pay, hours or rate between the NI and its figure.)
const NI_BILL =
  /\b(?:employer'?s?'? )?(?:ni|national insurance|class 1)\b(?:(?!\b(?:pay|paid|wages?|salary|earn\w*|hours?|rate|on)\b)[^£.?!]){0,40}?\b(?:bill|liability|comes? to|came to|adds? up to|added up to|totals?|totalled|works? out at|will be|was|is)\s*(?:about |around |roughly )?£\s?(\d[\d,]*(?:\.\d{1,2})?)(?!\s*(?:a|per|each)\s*(?:week|month|hour))/i;

/** The employer NI bill for a year the message gives, when it also names the Employment Allowance; else null. */
function niBillGiven(text: string): number | null {
  if (!/\bemployment allowance\b/i.test(text)) return null;
  const m = NI_BILL.exec(text);
  return m ? Number(m[1].replace(/,/g, "")) : null;
}

/**
 * The employer NI left to pay for a year once the Employment Allowance is taken off a bill the person gives
 * (National Insurance Contributions Act 2014 s.1: up to the allowance, one claim per employer; s.2(3A) and
 * the Employment Allowance (Care and Support Workers) Regulations 2015 let people employing care and support
 * workers claim it).
 */
function allowanceOffBill(bill: number, rates: TaxYearRates, ctx: CalculatorContext): CalculationOutcome {
  const allowance = rates.employerNi.employmentAllowance;
  const left = roundMoney(Math.max(0, bill - allowance.value));
  const steps: CalculationStep[] = [
    { label: "Employer NI for the year", amount: bill, rule: "As given", source: "Your figure" },
    { label: `Employment Allowance (${rates.taxYear})`, amount: allowance.value, rule: "Up to this much of a year's employer NI is not paid (one claim per employer)", source: cite(allowance.source) },
    { label: "Employer NI left to pay for the year", amount: left, rule: "The bill less the allowance, not below zero", source: cite(allowance.source) },
  ];
  const headline = `With employer National Insurance of ${formatPounds(bill)} for ${rates.taxYear}, the Employment Allowance (up to ${formatPounds(allowance.value)} a year) leaves ${formatPounds(left)} to pay for the year, if you can claim it: most people employing a PA with a direct payment can.`;
  return outcome(rates.taxYear, headline, steps, [], { employerNi: bill, employerNiAfterAllowance: left, period: "year" }, ctx, { sum: "employer_ni" });
}

/**
 * Pay said with no period is a week's, unless it is this much or more: then it is a year's salary ("annual NI
 * for a PA on £18,000"). Set in config/tuning.json (sums.payWithNoPeriodIsYearlyFrom) at £5,000: no PA is paid
 * £5,000 a week, and it is the year's secondary threshold (£5,000 in 2025/26 and 2026/27), below which no yearly
 * sum has anything to work on anyway.
 */
const LEAST_READ_AS_A_YEAR = TUNING.sums.payWithNoPeriodIsYearlyFrom;

function weeklyPay(facts: SumFacts): { value: number; described?: string; period: "week" | "month" | "year" | "fourWeeks" } | null {
  if (facts.hourlyRate !== null && facts.hoursPerWeek !== null) {
    const weekly = roundMoney(facts.hourlyRate * facts.hoursPerWeek);
    const described = `${facts.hoursPerWeek} hours a week at ${formatPounds(facts.hourlyRate)} an hour`;
    // Asked for a month or a year: the pay for that period (52 weeks a year), so its own threshold applies.
    if (facts.askedPeriod === "month") return { value: roundMoney((weekly * 52) / 12), described, period: "month" };
    if (facts.askedPeriod === "year") return { value: roundMoney(weekly * 52), described, period: "year" };
    if (facts.askedPeriod === "fourWeeks") return { value: roundMoney(weekly * 4), described, period: "fourWeeks" };
    return { value: weekly, described, period: "week" };
  }
  const pay = facts.money.at(-1);
  if (!pay) return null;
  const period = payPeriodOf(pay.period) ?? (pay.value >= LEAST_READ_AS_A_YEAR ? "year" : "week");
  // "£18k a year, what's my pension contribution monthly?": the pay for the period asked about, since each
  // period has its own thresholds.
  const asked = facts.askedPeriod;
  if (asked && asked !== period) return { value: inPeriod(pay.value, period, asked), described: `${formatPounds(pay.value)} ${PERIOD_NAME[period]}`, period: asked };
  return { value: pay.value, period };
}

/**
 * Employer NI on the pay as given, or, asked over more pay periods than the pay is given in ("2k a month… over
 * the year?"), worked on each pay period's pay and added up (employerNi's `over`).
 */
function employerNiOverPeriods(facts: SumFacts, pay: NonNullable<ReturnType<typeof weeklyPay>>, rates: TaxYearRates, ctx: CalculatorContext): CalculationOutcome {
  const given = facts.hourlyRate === null ? facts.money.at(-1) : undefined;
  const own = given ? payPeriodOf(given.period) : null;
  const asked = facts.askedPeriod;
  return given && own && asked && PERIODS_A_YEAR[asked] < PERIODS_A_YEAR[own]
    ? employerNi({ value: given.value, period: own }, rates, ctx, undefined, asked)
    : employerNi({ value: pay.value, period: pay.period }, rates, ctx, pay.described);
}

/**
 * Several PAs' pay put in one period: the one asked about, else the first one said ("£250 and £90 a week", or
 * "£15,000 and £11,000 a year": a period said once is every amount's), each amount converted to it.
 */
function inOnePeriod(given: SumFacts["money"], asked: PayPeriod | null): { period: PayPeriod; pays: { value: number; period: PayPeriod }[] } {
  const period = asked ?? given.map((p) => payPeriodOf(p.period)).find((p) => p !== null) ?? "week";
  return { period, pays: given.map((p) => ({ value: inPeriod(p.value, payPeriodOf(p.period) ?? period, period), period })) };
}

/** More than one PA, each with their own pay ("PA A earns £250 a week and PA B £90"): NI is worked out per employee. */
const SEVERAL_PAS = /\b(?:two|2|three|3|four|4|both|each of (?:my|our|her|his|the))\s+(?:of (?:my|our|her|his|the) )?(?:pas|personal assistants|carers|staff|workers|employees)\b|\bpa (?:a|b|1|2|one|two)\b/i;

/**
 * Employer NI for several PAs: each employee's pay is measured against the secondary threshold on its own
 * (Social Security Contributions and Benefits Act 1992 s.9: secondary contributions are per earner), then
 * added up; one Employment Allowance claim covers the employer's whole bill.
 */
function employerNiForSeveral(given: SumFacts["money"], asked: PayPeriod | null, rates: TaxYearRates, ctx: CalculatorContext): CalculationOutcome {
  // Pay given in different periods ("one on £300 a week, the other £1,300 a month") is put in one period before
  // it is added up.
  const { period, pays } = inOnePeriod(given, asked);
  const each = pays.map((p) => employerNi(p, rates, ctx));
  const total = roundMoney(each.reduce((n, o) => n + Number(o.result?.employerNi ?? 0), 0));
  const threshold = rates.employerNi.secondaryThreshold[THRESHOLD_KEY[period]].value;
  const parts = pays.map((p, i) => `${formatPounds(Number(each[i].result?.employerNi ?? 0))} on ${formatPounds(p.value)}`);
  const steps: CalculationStep[] = each.flatMap((o, i) => (o.steps ?? []).filter((st) => /^Pay |^Employer NI at/.test(st.label)).map((st) => ({ ...st, label: `PA ${i + 1}: ${st.label}` })));
  steps.push({ label: `Employer NI for all ${pays.length} PAs (${rates.taxYear})`, amount: total, rule: "Each PA's employer NI added up: the threshold applies to each PA's pay separately", source: "Your figures" });
  return outcome(
    rates.taxYear,
    `Employer National Insurance for ${pays.length} PAs is ${formatPounds(total)} ${PERIOD_NAME[period]} in ${rates.taxYear} before the Employment Allowance: ${parts.join(" and ")}, since each PA's pay is measured against the ${formatPounds(threshold)} ${PERIOD_NAME[period]} threshold on its own. One Employment Allowance claim (up to ${formatPounds(rates.employerNi.employmentAllowance.value)} a year) covers all of them.`,
    steps,
    [],
    { employerNi: total, period },
    ctx,
    { sum: "employer_ni" },
  );
}

/** A holiday of some weeks: "2 weeks off", "2 weeks' leave", "off for 2 weeks" (a number of weeks, in digits). */
const WEEKS_OFF = /\b(\d)\s*weeks?'?\s*(?:off|holiday|leave|annual leave)\b|\b(?:off|holiday|away|leave) for (\d)\s*weeks?\b/i;

/**
 * The least employer pension contribution for several PAs: each PA's qualifying earnings are their own
 * (Pensions Act 2008 ss.13 and 20: per jobholder), so each is worked out on its own and then added up.
 */
function pensionForSeveral(given: SumFacts["money"], asked: PayPeriod | null, rates: TaxYearRates, ctx: CalculatorContext, age: number | null): CalculationOutcome {
  const { period, pays } = inOnePeriod(given, asked);
  const each = pays.map((p) => pension(p, rates, ctx, age));
  const total = roundMoney(each.reduce((n, o) => n + Number(o.result?.employerPension ?? 0), 0));
  const parts = pays.map((p, i) => `${formatPounds(Number(each[i].result?.employerPension ?? 0))} on ${formatPounds(p.value)}`);
  const steps: CalculationStep[] = each.map((o, i) => ({ label: `PA ${i + 1}: least employer contribution ${PERIOD_NAME[period]}`, amount: Number(o.result?.employerPension ?? 0), rule: "3% of the PA's own qualifying earnings", source: o.steps?.find((st) => st.source !== "Your figure")?.source ?? "Pensions Act 2008" }));
  steps.push({ label: `Least employer contribution for all ${pays.length} PAs (${rates.taxYear})`, amount: total, rule: "Each PA's contribution added up", source: "Your figures" });
  return outcome(
    rates.taxYear,
    `The least employer pension contribution for ${pays.length} PAs is ${formatPounds(total)} ${PERIOD_NAME[period]} in ${rates.taxYear}: ${parts.join(" and ")}, each worked out on that PA's own qualifying earnings, for PAs who are enrolled.`,
    steps,
    [],
    { employerPension: total, period },
    ctx,
    { sum: "pension" },
  );
}

/** Holiday for a regular pattern: 5.6 weeks of the hours worked in a week; days capped at 28. */
function holidayEntitlement(facts: SumFacts, rates: TaxYearRates, ctx: CalculatorContext, text = ""): CalculationOutcome | null {
  const weeks = rates.holiday.statutoryWeeks;
  const cap = rates.holiday.statutoryDaysCap;
  const steps: CalculationStep[] = [];
  const parts: string[] = [];
  const result: Record<string, unknown> = {};
  if (facts.hoursPerWeek !== null) {
    const hours = Math.round(facts.hoursPerWeek * weeks.value * 100) / 100;
    steps.push(
      { label: "Hours a week", amount: facts.hoursPerWeek, rule: "As given", source: "Your figure" },
      { label: `Paid holiday a year, in hours (${rates.taxYear})`, amount: hours, rule: `${weeks.value} weeks × hours a week`, source: cite(weeks.source) },
    );
    parts.push(`${hours} hours of paid holiday a year (${weeks.value} weeks × ${facts.hoursPerWeek} hours)`);
    result.holidayHours = hours;
  }
  if (facts.daysPerWeek !== null) {
    const days = Math.min(Math.round(facts.daysPerWeek * weeks.value * 10) / 10, cap.value);
    steps.push({ label: `Paid holiday a year, in days (${rates.taxYear})`, amount: days, rule: `${weeks.value} weeks × days a week, at most ${cap.value} days`, source: cite(cap.source) });
    parts.push(`${days} days (${weeks.value} × ${facts.daysPerWeek} days${facts.daysPerWeek * weeks.value > cap.value ? `, capped at ${cap.value}` : ""})`);
    result.holidayDays = days;
  }
  if (!parts.length) return null;
  // With an hourly rate, what the holiday is worth: its hours at the rate, and a week's pay for each week off
  // (holiday is paid at the normal rate for a regular pattern).
  let pay = "";
  if (facts.hoursPerWeek !== null && facts.hourlyRate !== null) {
    const hours = result.holidayHours as number;
    const yearPay = roundMoney(hours * facts.hourlyRate);
    const weekPay = roundMoney(facts.hoursPerWeek * facts.hourlyRate);
    steps.push({ label: `Holiday pay a year (${rates.taxYear})`, amount: yearPay, rule: "Hours of paid holiday × hourly rate", source: cite(weeks.source) });
    result.holidayPayYear = yearPay;
    result.holidayPayWeek = weekPay;
    pay = `${formatPounds(yearPay)} of holiday pay a year at ${formatPounds(facts.hourlyRate)} an hour (${formatPounds(weekPay)} for each week off)`;
    // A holiday of some weeks asked about ("wants 2 weeks off in August, how much holiday pay for the 2
    // weeks?"): a week's pay for each week of it (Working Time Regulations 1998, reg. 16).
    const off = WEEKS_OFF.exec(text);
    const weeksOff = off ? Number(off[1] ?? off[2]) : 0;
    // No more weeks than a year's statutory leave (5.6 weeks): a longer absence is not one holiday's pay.
    if (weeksOff > 0 && weeksOff <= Math.ceil(weeks.value)) {
      const offPay = roundMoney(weeksOff * weekPay);
      steps.push({ label: `Holiday pay for ${weeksOff} ${weeksOff === 1 ? "week" : "weeks"} off`, amount: offPay, rule: "A normal week's pay for each week of holiday", source: cite(weeks.source) });
      result.holidayPayForWeeksOff = offPay;
      pay = `${formatPounds(offPay)} for ${weeksOff} ${weeksOff === 1 ? "week" : "weeks"} off (${formatPounds(weekPay)} a week; ${formatPounds(yearPay)} of holiday pay a year at ${formatPounds(facts.hourlyRate)} an hour)`;
    }
  }
  const who = `a PA who works a regular ${facts.hoursPerWeek !== null ? `${facts.hoursPerWeek} hours` : `${facts.daysPerWeek} days`} a week all year`;
  // Asked what the holiday pays ("how much holiday pay is she due?"): the amount leads.
  const headline =
    pay && /\bholiday pay\b|\bpaid for (?:her|his|their) holiday|\bpay (?:her|him|them) for (?:her|his|their)? ?holiday/i.test(text)
      ? `Holiday pay for ${who} is ${pay} in ${rates.taxYear}: ${parts.join(", or ")}.`
      : `${who[0].toUpperCase()}${who.slice(1)} is entitled to ${parts.join(", or ")}, in ${rates.taxYear}.${pay ? ` That is ${pay}.` : ""}`;
  return outcome(
    rates.taxYear,
    headline,
    steps,
    ["Bank holidays can count towards the 5.6 weeks. The 12.07% method is only for irregular-hours and part-year workers."],
    result,
    ctx,
    { sum: "holiday_entitlement" },
  );
}

/** Rolled-up holiday pay for irregular hours: 12.07% on top of each hour's pay, shown on the payslip. */
function rolledUpHoliday(facts: SumFacts, rates: TaxYearRates, ctx: CalculatorContext): CalculationOutcome | null {
  const rate = rates.holiday.irregularHoursAccrualRate;
  const hourly = facts.hourlyRate ?? facts.money.at(-1)?.value ?? null;
  if (hourly === null) return null;
  const extra = roundMoney(hourly * rate.value);
  const percent = `${(rate.value * 100).toFixed(2)}%`;
  return outcome(
    rates.taxYear,
    `Rolled-up holiday pay on ${formatPounds(hourly)} an hour is ${formatPounds(extra)} extra for each hour worked (${percent}), so ${formatPounds(roundMoney(hourly + extra))} an hour in all, in ${rates.taxYear}.`,
    [
      { label: "Hourly pay", amount: hourly, rule: "As given", source: "Your figure" },
      { label: `Holiday pay per hour at ${percent} (${rates.taxYear})`, amount: extra, rule: `${percent} of hourly pay, for irregular-hours and part-year workers (leave years from 1 April 2024)`, source: cite(rate.source) },
    ],
    ["Rolled-up holiday pay is only allowed for irregular-hours and part-year workers, and must be shown separately on each payslip."],
    { holidayPayPerHour: extra },
    ctx,
    { sum: "rolled_up_holiday" },
  );
}

/** Employment Rights Act 2025 s.10 (in force by SI 2026/373): SSP from the first day and with no lower earnings limit. */
const SSP_REFORM_DATE = "6 April 2026";

/**
 * Statutory Sick Pay under the rules in force on the dates: from 6 April 2026 from the first day, the lower of
 * the weekly rate and 80% of earnings; before it, the flat rate after 3 waiting days, for earnings at or above
 * the lower earnings limit.
 */
function sickPay(facts: SumFacts, rates: TaxYearRates, ctx: CalculatorContext): CalculationOutcome | null {
  const { weeklyRate, earningsShare, lowerEarningsLimitWeekly, maxWeeks, waitingDays } = rates.ssp;
  const pay = weeklyPay(facts);
  if (!pay && facts.absenceDays === null && facts.taxYearReason === "today") return null;
  const weekly = pay ? roundMoney(weeklyOf(pay.value, pay.period)) : null;
  const steps: CalculationStep[] = [];
  let perWeek: number | null;
  let rule: string;
  if (earningsShare) {
    const share = weekly !== null ? roundMoney(weekly * earningsShare.value) : null;
    perWeek = share !== null ? Math.min(weeklyRate.value, share) : null;
    rule = `${formatPounds(weeklyRate.value)} a week, or ${earningsShare.value * 100}% of average weekly earnings if that is lower, from the first day of sickness (the rules since ${SSP_REFORM_DATE})`;
    if (weekly !== null) steps.push({ label: "Average weekly earnings", amount: weekly, rule: "As given", source: "Your figure" });
    if (share !== null) steps.push({ label: `${earningsShare.value * 100}% of earnings (${rates.taxYear})`, amount: share, rule: "SSP is the lower of this and the weekly rate", source: cite(earningsShare.source) });
  } else {
    const lel = lowerEarningsLimitWeekly!.value;
    perWeek = weekly === null ? weeklyRate.value : weekly >= lel ? weeklyRate.value : 0;
    rule = `${formatPounds(weeklyRate.value)} a week for PAs earning at least ${formatPounds(lel)} a week, with no SSP for the first ${waitingDays.value} days off (waiting days), the rules before ${SSP_REFORM_DATE}`;
    if (weekly !== null) steps.push({ label: "Average weekly earnings", amount: weekly, rule: "As given", source: "Your figure" });
    steps.push({ label: `Lower earnings limit (${rates.taxYear})`, amount: lel, rule: "Earnings must reach this for SSP", source: cite(lowerEarningsLimitWeekly!.source) });
  }
  steps.push({ label: `SSP weekly rate (${rates.taxYear})`, amount: weeklyRate.value, rule: "The most SSP can be", source: cite(weeklyRate.source) });
  const result: Record<string, unknown> = { sspWeekly: perWeek };
  const when = facts.date ? `for sickness in ${new Date(`${facts.date}T12:00:00Z`).toLocaleDateString("en-GB", { month: "long", year: "numeric" })} (${rates.taxYear} rules)` : `in ${rates.taxYear}`;
  const earning = weekly !== null ? ` for a PA earning ${formatPounds(weekly)} a week` : "";
  let headline =
    perWeek !== null && weekly !== null
      ? `Statutory Sick Pay for a PA earning ${formatPounds(weekly)} a week is ${formatPounds(perWeek)} a week ${when}: ${rule}.`
      : `Statutory Sick Pay ${when} is ${rule}.`;
  // From April 2026 SSP is the lower of the weekly rate and a share of earnings: with no earnings given, the
  // period is worked out at the weekly rate, as the most it can be, with the earnings at which that applies.
  const atMost = perWeek === null && earningsShare !== undefined && earningsShare !== null;
  const periodRate = perWeek ?? (atMost ? weeklyRate.value : null);
  if (facts.absenceDays !== null && periodRate !== null) {
    // Paid for the days the PA would normally have worked: shown for a five-day week unless they said.
    const daysAWeek = facts.daysPerWeek ?? 5;
    const workDays = facts.absenceInWorkingDays ? facts.absenceDays : Math.round((facts.absenceDays / 7) * daysAWeek);
    const paidDays = Math.max(0, workDays - waitingDays.value);
    const total = roundMoney((periodRate / daysAWeek) * paidDays);
    const said = facts.absenceInWorkingDays ? `${facts.absenceDays} working days` : facts.absenceDays === 14 ? "2 weeks" : `${facts.absenceDays} days`;
    steps.push({ label: `SSP for ${said} off (${rates.taxYear})${atMost ? ", at most" : ""}`, amount: total, rule: `${paidDays} paid working days × ${formatPounds(roundMoney(periodRate / daysAWeek))} a day (${daysAWeek} working days a week${waitingDays.value ? `, less ${waitingDays.value} waiting days` : ""})`, source: cite(weeklyRate.source) });
    const fullRateFrom = atMost ? roundMoney(Math.ceil((weeklyRate.value / earningsShare!.value) * 100) / 100) : null;
    // A period was asked about: its total leads, then the weekly rule it comes from.
    const days = `${paidDays} paid working days${waitingDays.value ? ` after ${waitingDays.value} waiting days` : ""}, working ${daysAWeek} days a week`;
    headline = atMost
      ? `Statutory Sick Pay for ${said} off ${when} is at most ${formatPounds(total)} (${days}): the full rate if the PA's average weekly earnings are ${formatPounds(fullRateFrom!)} or more, and less if they earn less. SSP is ${rule}.`
      : `Statutory Sick Pay for ${said} off${earning} ${when} is ${formatPounds(total)} (${days}, at ${formatPounds(perWeek!)} a week). SSP is ${rule}.`;
    result.sspForPeriod = total;
    if (atMost) result.sspForPeriodIsMaximum = true;
  }
  return outcome(rates.taxYear, headline, steps, [`SSP can be paid for up to ${maxWeeks.value} weeks.`], result, ctx, { sum: "ssp" });
}

/**
 * What you are charged a week is never more than the care costs (Care Act 2014 s.14(4)). The charge is the
 * amount said with "charge", "contribution", "assess" or "afford" (its role, read with the figures in
 * read-sum-facts.ts), the cost the other; failing words, the first is the cost.
 */
function costAndCharge(facts: SumFacts): { cost: SumFacts["money"][number]; charged: SumFacts["money"][number] } | null {
  // "They say I can pay £58 a week but I only get 2 hours a week at £26.50 an hour": the care's weekly cost
  // is its hours at the rate.
  if (facts.money.length === 1 && facts.hourlyRate !== null && facts.hoursPerWeek !== null) {
    const cost = { value: roundMoney(facts.hourlyRate * facts.hoursPerWeek), period: "week" as const, at: -1, role: "cost" as const };
    return { cost, charged: facts.money[0] };
  }
  if (facts.money.length < 2) return null;
  const charged = facts.money.find((m) => m.role === "charge") ?? facts.money[1];
  const cost = facts.money.find((m) => m !== charged) ?? facts.money[0];
  return { cost, charged };
}

function charge(facts: SumFacts, rates: TaxYearRates, ctx: CalculatorContext): CalculationOutcome | null {
  const read = costAndCharge(facts);
  return read ? netPayment(read.cost.value, read.charged.value, rates, ctx, "week", "pay") : null;
}

/** "How much do I pay?", "what will I be charged?": the figure asked is what you pay, not the net payment. */
const ASKS_WHAT_YOU_PAY = /\b(?:do|will|would|should|must|shall) i (?:actually |really |have to |need to |end up )?(?:pay|be charged)\b|\bwhat (?:am i|will i be|would i be) charged\b|\bwhat(?:'s| is) my (?:actual )?charge\b/i;

/** Wales: the weekly charge for care at home is capped. */
function walesCap(facts: SumFacts, rates: TaxYearRates, ctx: CalculatorContext): CalculationOutcome | null {
  // With the cost of the care as well ("assessed at £64.50, the package costs £300"), the charge is the
  // assessed amount (never more than the cost); alone, the one amount given is the assessed charge.
  const both = facts.money.some((m) => m.role === "charge" || m.role === "cost") ? costAndCharge(facts) : null;
  const assessed = both ? Math.min(both.charged.value, both.cost.value) : facts.money.at(-1)?.value;
  if (assessed === undefined) return null;
  const cap = rates.charging.walesWeeklyChargeCap;
  const pay = Math.min(assessed, cap.value);
  // Asked over a longer period ("how much over 4 weeks?"): the weekly amount for that period (52 weeks a year).
  const asked = facts.askedPeriod && facts.askedPeriod !== "week" ? facts.askedPeriod : null;
  return outcome(
    rates.taxYear,
    `In Wales the most a council can charge for care and support at home is ${formatPounds(cap.value)} a week (${rates.taxYear}), so on an assessed charge of ${formatPounds(assessed)} a week you would pay ${formatPounds(pay)} a week${asked ? `, which is ${formatPounds(inPeriod(pay, "week", asked))} ${PERIOD_NAME[asked]}` : ""}.`,
    [
      { label: "Assessed charge a week", amount: assessed, rule: "As given", source: "Your figure" },
      { label: `Welsh weekly maximum (${rates.taxYear})`, amount: cap.value, rule: "The most a Welsh council may charge a week for non-residential care", source: cite(cap.source) },
      { label: "What you pay a week", amount: pay, rule: "The lower of the two", source: cite(cap.source) },
    ],
    ["This is Wales's rule; councils in England have no weekly cap."],
    { weeklyCharge: pay },
    ctx,
    { sum: "wales_cap", charging: true, closing: "This is an estimate: your Welsh council's financial assessment decides what you pay." },
  );
}

/** "How many hours (a week) can/does/will … pay for / buy / cover". */
export const ASKS_HOW_MANY_HOURS = /\bhow many hours\b/i;

/** Hours of wages an amount pays for at an hourly rate: wages alone, so the real hours are fewer. */
function hoursForBudget(budget: SumFacts["money"][number], rate: number, rates: TaxYearRates, ctx: CalculatorContext): CalculationOutcome {
  const period = payPeriodOf(budget.period) ?? "week";
  const weekly = roundMoney(weeklyOf(budget.value, period));
  const hours = Math.floor((weekly / rate) * 100) / 100;
  const per = period === "week" ? "" : ` (${formatPounds(weekly)} a week)`;
  return outcome(
    rates.taxYear,
    `${formatPounds(budget.value)} ${PERIOD_NAME[period]}${per} pays for at most ${hours} hours a week at ${formatPounds(rate)} an hour in ${rates.taxYear}, in wages alone. Holiday pay, employer National Insurance, pension and insurance come out of the same money, so it pays for fewer hours than that; the PA cost calculator can work them out.`,
    [
      { label: "Amount a week", amount: weekly, rule: period === "week" ? "As given" : `${PERIOD_NAME[period]} as a week (52 weeks a year)`, source: "Your figure" },
      { label: "Hourly rate", amount: rate, rule: "As given", source: "Your figure" },
      { label: "Hours a week in wages alone", amount: hours, rule: "Amount a week ÷ hourly rate, rounded down", source: "Your figures" },
    ],
    [],
    { hoursAWeek: hours },
    ctx,
    { sum: "wages", closing: "Your payroll service or the council's support service can check your own figures." },
  );
}

/** The PA's own National Insurance asked about: "employee NI", "her NI", "NI comes out of her pay". */
const ASKS_EMPLOYEE_NI =
  /\b(?:employee'?s?|her|his|their|the pa'?s|my pa'?s|pa'?s)\s+(?:own\s+)?(?:ni|nic|nics|national insurance)\b|\b(?:ni|national insurance)\b[^.?!]{0,40}\b(?:comes? out of|deducted from|taken (?:off|from|out of)|off|from) (?:her|his|their|the pa's) (?:pay|wages|salary)\b|\b(?:does|will|would) (?:she|he|they|my pa|the pa) (?:have to )?pay (?:any )?(?:ni|national insurance)\b/i;

/** A one-rule sum by name, or null when the message gives no figure to work from. */
export function oneRuleSum(sum: SumName, facts: SumFacts, ctx: CalculatorContext, text = ""): CalculationOutcome | null {
  const year = (knownTaxYears as readonly string[]).includes(facts.taxYear) ? facts.taxYear : undefined;
  const rates = ratesFor(year, ctx.today);
  const pay = weeklyPay(facts);
  const age = facts.ages[0] ?? null;
  switch (sum) {
    case "employer_ni": {
      // The year's NI bill given, with the allowance asked about: the allowance taken off it.
      const bill = niBillGiven(text);
      if (bill !== null) return allowanceOffBill(bill, rates, ctx);
      if (facts.money.length >= 2 && facts.hourlyRate === null && SEVERAL_PAS.test(text) && !ASKS_EMPLOYEE_NI.test(text)) return employerNiForSeveral(facts.money, facts.askedPeriod, rates, ctx);
      if (!pay) return null;
      // "How much NI comes out of her pay?": the PA's own NI, not the employer's.
      return ASKS_EMPLOYEE_NI.test(text) && !/\bemployer'?s?\b/i.test(text)
        ? employeeNi({ value: pay.value, period: pay.period }, rates, ctx, pay.described)
        : employerNiOverPeriods(facts, pay, rates, ctx);
    }
    case "pension":
      if (facts.money.length >= 2 && facts.hourlyRate === null && SEVERAL_PAS.test(text)) return pensionForSeveral(facts.money, facts.askedPeriod, rates, ctx, age);
      return pay ? pension({ value: pay.value, period: pay.period }, rates, ctx, age, pay.described) : null;
    case "wages": {
      if (facts.hourlyRate !== null && (facts.hoursPerWeek ?? facts.hours) !== null) return wages((facts.hoursPerWeek ?? facts.hours)!, facts.hourlyRate, rates, ctx, facts.askedPeriod);
      // "How many hours a week can £300 a week pay for at £13 an hour?": the sum the other way round.
      const budget = facts.money.at(-1);
      return facts.hourlyRate !== null && budget && ASKS_HOW_MANY_HOURS.test(text) ? hoursForBudget(budget, facts.hourlyRate, rates, ctx) : null;
    }
    case "minimum_wage": {
      // The apprentice rate is for apprentices under 19, or aged 19 or over in their apprenticeship's first
      // year (National Minimum Wage Regulations 2015, reg. 5).
      // In the first year the apprentice rate applies whatever the age, so no age is needed.
      const firstYear = /\b(?:first|1st) year\b/i.test(text);
      const apprentice = /\bapprentice(ship)?s?\b/i.test(text) && (age === null ? firstYear : age < 19 || firstYear);
      // "What does it go up to when she turns 18?": the age the PA will reach.
      const turns = /\b(?:turns?|turning|reaches|reaching|when (?:she|he|they)(?:'s| is| are| becomes?)|once (?:she|he|they)(?:'s| is| are)) (1[6-9]|2[0-5])\b/i.exec(text);
      return age !== null || apprentice ? minimumWage(age, rates, ctx, facts.hoursPerWeek ?? facts.hours, facts.hourlyRate, apprentice, facts.askedPeriod === "week" || facts.askedPeriod === "month" || facts.askedPeriod === "year" ? facts.askedPeriod : null, turns ? Number(turns[1]) : null) : null;
    }
    case "holiday_entitlement":
      return holidayEntitlement(facts, rates, ctx, text);
    case "holiday_accrual":
      return facts.hours !== null ? holidayAccrual(facts.hours, rates, ctx) : null;
    case "rolled_up_holiday":
      return rolledUpHoliday(facts, rates, ctx);
    case "ssp":
      return sickPay(facts, rates, ctx);
    case "smp":
      return pay ? maternityPay(roundMoney(weeklyOf(pay.value, pay.period)), rates, ctx) : null;
    case "redundancy": {
      const atTheEnd = redundancyAgeOf(facts.ages);
      return pay && atTheEnd !== null && facts.yearsOfService !== null ? redundancyPay(atTheEnd, facts.yearsOfService, roundMoney(weeklyOf(pay.value, pay.period)), rates, ctx) : null;
    }
    case "tariff_income": {
      // Capital held in several places ("£8,500 in premium bonds and £11,500 in a savings account") adds up.
      const held = facts.money.filter((m) => m.period === null && m.value >= 100 && m.role === null);
      const capital = held.length > 1 ? { ...held[0], value: held.reduce((n, m) => n + m.value, 0) } : (facts.money.find((m) => m.period === null && m.value >= 1000) ?? facts.money.at(-1));
      // Savings a couple hold together ("a joint ISA", "in both our names") count as an equal share each.
      const joint = /\bjoint(?:ly)?\b|\bin both (?:our|their) names\b|\bbetween (?:us|them|the two of us)\b/i.test(text) && /\b(?:couple|husband|wife|partner|spouse|civil partner|me and my|my \w+ and (?:i|me)|we|our|they|their)\b/i.test(text);
      return capital ? tariff(capital.value, rates, ctx, joint ? 2 : 1) : null;
    }
    case "net_payment": {
      // The budget and the contribution by the words beside them ("my contribution is £120 but my support
      // costs £95"), else in the order given.
      const read = costAndCharge(facts);
      if (!read) return null;
      const { cost: budget, charged: contribution } = read;
      // Both amounts in one period: the one asked about, else the budget's own ("£1,820 every 4 weeks and
      // £48.50 a week": every 4 weeks, £1,820 − 4 × £48.50).
      // The period the council pays in, said of the payment ("they pay it every 4 weeks… how much lands each
      // time?"), when no period is asked for.
      const target = facts.askedPeriod ?? payPeriodOf(paidByPeriod(text)) ?? payPeriodOf(budget.period) ?? payPeriodOf(contribution.period) ?? "week";
      const inTarget = (m: { value: number; period: string | null }) => inPeriod(m.value, payPeriodOf(m.period) ?? target, target);
      return netPayment(inTarget(budget), inTarget(contribution), rates, ctx, target, ASKS_WHAT_YOU_PAY.test(text) ? "pay" : "net");
    }
    case "charge":
      return charge(facts, rates, ctx);
    case "wales_cap":
      return walesCap(facts, rates, ctx);
    default:
      return null;
  }
}
