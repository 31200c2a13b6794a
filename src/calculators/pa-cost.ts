import { z } from "zod";
import type { CalculationOutcome, CalculationStep } from "./calculation-types.ts";
import { cite, councilSource, estimateDisclaimer, formatPounds, roundMoney, type CalculatorContext } from "./money.ts";
import type { Figure, PeriodFigures, TaxYearRates } from "./rates/rate-types.ts";
import { ratesFor } from "./rates/rates-for.ts";
import { minimumWageBand, type MinimumWageBand } from "./minimum-wage-band.ts";

/*
 * What employing one or more personal assistants (PAs) costs the person who holds the direct payment.
 *
 * Model (stated to the reader in the notes):
 * - The plan's hours are delivered every week: 52 weeks a year (some years have 53 paydays; ignored).
 * - Holiday: a regular-hours PA is entitled to 5.6 weeks' paid leave (Working Time Regulations 1998 regs 13 and
 *   13A, capped at 28 days); while they are on leave someone else must cover the same hours, so the budget carries
 *   weekly pay × 5.6 ÷ 52 a week. An irregular-hours or part-year PA accrues 12.07% of hours worked (reg 15B, leave
 *   years from 1 April 2024) and may be paid rolled-up holiday pay of 12.07% with each wage, so that is used.
 * - Employer National Insurance is worked out per PA per pay period (HMRC works out Class 1 NI for each earnings
 *   period separately): 15% of earnings above the secondary threshold for the period, or, for a PA under 21 (or
 *   an apprentice under 25), 15% only above the upper secondary threshold (categories M and H).
 * - Employment Allowance: an employer of care and support workers can claim it (NICA 2014 s.2(3A), HMRC
 *   NIM06520); it is one allowance per employer, set against the combined employer NI of all their PAs up to the
 *   annual limit.
 * - Pension: an eligible jobholder (aged 22 to State Pension age, earning more than the trigger for the pay
 *   period) must be enrolled; the employer pays at least 3% of qualifying earnings, i.e. earnings between the lower
 *   and upper limits for the pay period (Pensions Act 2008 ss.3, 13 and 20).
 * - Employer's liability insurance and payroll service costs come from the council's settings, once per employer.
 * Rounding: see roundMoney — every shown step is rounded to the penny and later steps use the rounded figure.
 */

const paSchema = z.strictObject({
  label: z.string().trim().min(1).max(60).optional().describe("A name for this PA, e.g. 'Weekday PA'"),
  hoursPerWeek: z.number().positive().max(168).describe("Hours a week this PA works"),
  hourlyRate: z.number().positive().max(500).describe("Gross hourly pay in pounds"),
  age: z.number().int().min(16).max(100).optional().describe("The PA's age in whole years; if unknown, assumed 22 or over and under State Pension age"),
  irregularHours: z.boolean().default(false).describe("True for an irregular-hours or part-year worker (holiday accrues at 12.07%)"),
  apprentice: z.boolean().default(false).describe("True if the PA is an apprentice"),
  daysPerWeek: z.number().int().min(1).max(7).optional().describe("Days a week worked, used for the 28-day holiday cap"),
});

export const paCostInputSchema = z.strictObject({
  taxYear: z.string().optional().describe("Tax year such as '2026/27'; defaults to the tax year of today's date"),
  payPeriod: z
    .enum(["week", "four-weeks", "month"])
    .default("four-weeks")
    .describe("How often the PAs are paid; NI and pension thresholds apply per pay period"),
  pas: z.array(paSchema).min(1).max(20).describe("One entry per personal assistant"),
  claimEmploymentAllowance: z.boolean().default(true).describe("Whether the employer claims the Employment Allowance"),
  includeInsurance: z.boolean().default(true).describe("Include employer's liability insurance from the council's settings"),
  includePayrollService: z.boolean().default(true).describe("Include a payroll service from the council's settings"),
});

export type PaCostInput = z.input<typeof paCostInputSchema>;
export type PayPeriod = z.output<typeof paCostInputSchema>["payPeriod"];

export interface PaCostLine {
  label: string;
  hoursPerWeek: number;
  hourlyRate: number;
  age: number | null;
  minimumWage: number;
  belowMinimumWage: boolean;
  weeklyPay: number;
  holidayMethod: "5.6 weeks cover" | "12.07% accrual";
  holidayPayWeekly: number;
  earningsPerPeriod: number;
  employerNiPerPeriod: number;
  employerNiAnnual: number;
  pensionEligible: boolean;
  employerPensionPerPeriod: number;
  employerPensionAnnual: number;
  payAnnual: number;
  holidayPayAnnual: number;
}

export interface PaCostResult {
  taxYear: string;
  payPeriod: PayPeriod;
  periodsPerYear: number;
  pas: PaCostLine[];
  grossPayAnnual: number;
  holidayPayAnnual: number;
  employerNiBeforeAllowanceAnnual: number;
  employmentAllowanceUsedAnnual: number;
  employerNiAnnual: number;
  employerPensionAnnual: number;
  insuranceAnnual: number;
  payrollAnnual: number;
  totalAnnual: number;
  totalFourWeekly: number;
  totalWeekly: number;
}

const PERIODS: Record<PayPeriod, { perYear: number; key: keyof PeriodFigures; name: string; per: string }> = {
  week: { perYear: 52, key: "week", name: "week", per: "a week" },
  "four-weeks": { perYear: 13, key: "fourWeeks", name: "4 weeks", per: "every 4 weeks" },
  month: { perYear: 12, key: "month", name: "month", per: "a month" },
};

function pct(rate: number): string {
  return `${Number((rate * 100).toFixed(2))}%`;
}

const BAND_NAMES: Record<MinimumWageBand, string> = {
  apprentice: "the apprentice rate",
  "21AndOver": "the National Living Wage (21 and over)",
  "18To20": "the minimum wage for 18 to 20 year olds",
  under18: "the minimum wage for under 18s",
};

function minimumWageFor(rates: TaxYearRates, age: number | undefined, apprentice: boolean): { figure: Figure; band: string } {
  const { figure, band } = minimumWageBand(rates, age, apprentice);
  return { figure, band: BAND_NAMES[band] };
}

/** One PA's costs: pay, holiday, employer NI and pension for the pay period and the year, each with its step. */
function paLine(
  pa: z.output<typeof paCostInputSchema>["pas"][number],
  i: number,
  { rates, payPeriod, steps, notes }: { rates: TaxYearRates; payPeriod: z.output<typeof paCostInputSchema>["payPeriod"]; steps: CalculationStep[]; notes: string[] },
): PaCostLine {
  const year = rates.taxYear;
  const period = PERIODS[payPeriod];
  const ni = rates.employerNi;
  const pension = rates.pension;
  const spa = rates.statePensionAge.value;
  const label = pa.label ?? `PA ${i + 1}`;
  const weeklyPay = roundMoney(pa.hoursPerWeek * pa.hourlyRate);
  steps.push({
    label: `${label}: gross pay a week (${year})`,
    amount: weeklyPay,
    rule: `${pa.hoursPerWeek} hours × ${formatPounds(pa.hourlyRate)} an hour`,
    source: "Support plan hours and the agreed hourly rate",
  });

  const mw = minimumWageFor(rates, pa.age, pa.apprentice);
  const belowMinimumWage = pa.hourlyRate < mw.figure.value;
  if (belowMinimumWage) {
    notes.push(
      `Warning: ${label}'s ${formatPounds(pa.hourlyRate)} an hour is below ${mw.band} of ${formatPounds(mw.figure.value)} an hour in ${year}. Paying less than the legal minimum is against the law (National Minimum Wage Act 1998).`,
    );
  }

  let holidayPayWeekly: number;
  let holidayMethod: PaCostLine["holidayMethod"];
  if (pa.irregularHours) {
    const rate = rates.holiday.irregularHoursAccrualRate;
    holidayPayWeekly = roundMoney(weeklyPay * rate.value);
    holidayMethod = "12.07% accrual";
    steps.push({
      label: `${label}: holiday pay a week, irregular hours (${year})`,
      amount: holidayPayWeekly,
      rule: `${formatPounds(weeklyPay)} × ${pct(rate.value)} (holiday accrues at 12.07% of hours worked; rolled-up holiday pay)`,
      source: cite(rate.source),
    });
  } else {
    const weeks = rates.holiday.statutoryWeeks.value;
    const cap = rates.holiday.statutoryDaysCap.value;
    const holidayWeeks = pa.daysPerWeek !== undefined && pa.daysPerWeek * weeks > cap ? cap / pa.daysPerWeek : weeks;
    holidayPayWeekly = roundMoney((weeklyPay * holidayWeeks) / 52);
    holidayMethod = "5.6 weeks cover";
    steps.push({
      label: `${label}: holiday cover a week (${year})`,
      amount: holidayPayWeekly,
      rule: `${formatPounds(weeklyPay)} × ${Number(holidayWeeks.toFixed(4))} weeks' paid leave ÷ 52 weeks (${weeks} weeks a year, at most ${cap} days)`,
      source: cite(rates.holiday.statutoryWeeks.source),
    });
  }

  const weeklyEarnings = roundMoney(weeklyPay + holidayPayWeekly);
  const earningsPerPeriod =
    payPeriod === "week"
      ? weeklyEarnings
      : payPeriod === "four-weeks"
        ? roundMoney(weeklyEarnings * 4)
        : roundMoney((weeklyEarnings * 52) / 12);
  steps.push({
    label: `${label}: pay for NI and pension each ${period.name} (${year})`,
    amount: earningsPerPeriod,
    rule:
      payPeriod === "week"
        ? `${formatPounds(weeklyPay)} pay + ${formatPounds(holidayPayWeekly)} holiday`
        : payPeriod === "four-weeks"
          ? `(${formatPounds(weeklyPay)} + ${formatPounds(holidayPayWeekly)}) × 4 weeks`
          : `(${formatPounds(weeklyPay)} + ${formatPounds(holidayPayWeekly)}) × 52 ÷ 12 months`,
    source: "Pay period chosen for the calculation; NI and pension are worked out per pay period",
  });

  const reliefUnder21 = pa.age !== undefined && pa.age < 21;
  const reliefApprentice = pa.apprentice && pa.age !== undefined && pa.age < 25;
  const threshold = reliefUnder21 || reliefApprentice ? ni.upperSecondaryThreshold[period.key] : ni.secondaryThreshold[period.key];
  const employerNiPerPeriod = roundMoney(Math.max(0, earningsPerPeriod - threshold.value) * ni.rate.value);
  steps.push({
    label: `${label}: employer National Insurance each ${period.name} (${year})`,
    amount: employerNiPerPeriod,
    rule:
      earningsPerPeriod > threshold.value
        ? `${pct(ni.rate.value)} × (${formatPounds(earningsPerPeriod)} − ${formatPounds(threshold.value)} ${reliefUnder21 || reliefApprentice ? "upper secondary threshold, as the PA is " + (reliefUnder21 ? "under 21" : "an apprentice under 25") : "secondary threshold"} ${period.per})`
        : `${formatPounds(earningsPerPeriod)} is not above the ${formatPounds(threshold.value)} ${reliefUnder21 || reliefApprentice ? "upper secondary" : "secondary"} threshold ${period.per}, so no employer NI`,
    source: cite(threshold.source),
  });
  const employerNiAnnual = roundMoney(employerNiPerPeriod * period.perYear);
  steps.push({
    label: `${label}: employer National Insurance a year (${year})`,
    amount: employerNiAnnual,
    rule: `${formatPounds(employerNiPerPeriod)} × ${period.perYear} pay periods`,
    source: cite(ni.rate.source),
  });

  const ageEligible = pa.age === undefined || (pa.age >= pension.minimumAge.value && pa.age < spa);
  const trigger = pension.earningsTrigger[period.key];
  const lower = pension.qualifyingEarningsLower[period.key];
  const upper = pension.qualifyingEarningsUpper[period.key];
  const pensionEligible = ageEligible && earningsPerPeriod > trigger.value;
  const qualifying = pensionEligible ? Math.max(0, Math.min(earningsPerPeriod, upper.value) - lower.value) : 0;
  const employerPensionPerPeriod = roundMoney(qualifying * pension.employerMinimumRate.value);
  steps.push({
    label: `${label}: employer pension contribution each ${period.name} (${year})`,
    amount: employerPensionPerPeriod,
    rule: pensionEligible
      ? `Eligible jobholder (${pa.age === undefined ? "assumed aged 22 to State Pension age" : `aged ${pa.age}`}, ${formatPounds(earningsPerPeriod)} is above the ${formatPounds(trigger.value)} trigger): ${pct(pension.employerMinimumRate.value)} × (${formatPounds(Math.min(earningsPerPeriod, upper.value))} − ${formatPounds(lower.value)} lower limit of qualifying earnings)`
      : !ageEligible
        ? `Not an eligible jobholder: aged ${pa.age}, outside ${pension.minimumAge.value} to State Pension age (${spa}), so no automatic enrolment`
        : `Not an eligible jobholder: ${formatPounds(earningsPerPeriod)} is not above the ${formatPounds(trigger.value)} earnings trigger ${period.per}`,
    source: cite(trigger.source),
  });
  const employerPensionAnnual = roundMoney(employerPensionPerPeriod * period.perYear);
  steps.push({
    label: `${label}: employer pension a year (${year})`,
    amount: employerPensionAnnual,
    rule: `${formatPounds(employerPensionPerPeriod)} × ${period.perYear} pay periods`,
    source: cite(pension.employerMinimumRate.source),
  });
  if (!pensionEligible && earningsPerPeriod > lower.value) {
    notes.push(
      `${label} is not automatically enrolled, but earns above the lower limit of qualifying earnings, so can ask to join a workplace pension; the employer would then have to pay ${pct(pension.employerMinimumRate.value)} of qualifying earnings too.`,
    );
  }
  if (pa.age !== undefined && pa.age === spa && year === "2026/27") {
    notes.push(`${label} is ${spa}: State Pension age is rising from 66 to 67 from 2026, so check whether they have reached it.`);
  }

  return {
    label,
    hoursPerWeek: pa.hoursPerWeek,
    hourlyRate: pa.hourlyRate,
    age: pa.age ?? null,
    minimumWage: mw.figure.value,
    belowMinimumWage,
    weeklyPay,
    holidayMethod,
    holidayPayWeekly,
    earningsPerPeriod,
    employerNiPerPeriod,
    employerNiAnnual,
    pensionEligible,
    employerPensionPerPeriod,
    employerPensionAnnual,
    payAnnual: roundMoney(weeklyPay * 52),
    holidayPayAnnual: roundMoney(holidayPayWeekly * 52),
  };
}

/** The detailed working, shared by the outcome builder and the personal budget calculator. */
export function calculatePaCost(
  rawInput: PaCostInput,
  ctx: CalculatorContext,
): { result: PaCostResult; steps: CalculationStep[]; notes: string[]; rates: TaxYearRates } {
  const input = paCostInputSchema.parse(rawInput);
  const rates = ratesFor(input.taxYear, ctx.today);
  const year = rates.taxYear;
  const period = PERIODS[input.payPeriod];
  const steps: CalculationStep[] = [];
  const notes: string[] = [];
  const ni = rates.employerNi;
  const pension = rates.pension;

  const lines: PaCostLine[] = input.pas.map((pa, i) => paLine(pa, i, { rates, payPeriod: input.payPeriod, steps, notes }));

  const grossPayAnnual = roundMoney(lines.reduce((sum, l) => sum + l.payAnnual, 0));
  steps.push({
    label: `Gross pay for all PAs a year (${year})`,
    amount: grossPayAnnual,
    rule: lines.map((l) => `${formatPounds(l.weeklyPay)} × 52`).join(" + "),
    source: "Support plan hours and agreed hourly rates",
  });
  const holidayPayAnnual = roundMoney(lines.reduce((sum, l) => sum + l.holidayPayAnnual, 0));
  steps.push({
    label: `Holiday pay or cover for all PAs a year (${year})`,
    amount: holidayPayAnnual,
    rule: lines.map((l) => `${formatPounds(l.holidayPayWeekly)} × 52`).join(" + "),
    source: cite(rates.holiday.statutoryWeeks.source),
  });
  const employerNiBeforeAllowanceAnnual = roundMoney(lines.reduce((sum, l) => sum + l.employerNiAnnual, 0));
  steps.push({
    label: `Employer National Insurance for all PAs a year, before Employment Allowance (${year})`,
    amount: employerNiBeforeAllowanceAnnual,
    rule: lines.map((l) => formatPounds(l.employerNiAnnual)).join(" + "),
    source: cite(ni.rate.source),
  });
  const allowance = ni.employmentAllowance;
  const employmentAllowanceUsedAnnual = input.claimEmploymentAllowance
    ? roundMoney(Math.min(employerNiBeforeAllowanceAnnual, allowance.value))
    : 0;
  steps.push({
    label: `Employment Allowance set against employer NI (${year})`,
    amount: -employmentAllowanceUsedAnnual,
    rule: input.claimEmploymentAllowance
      ? `The lower of the employer NI (${formatPounds(employerNiBeforeAllowanceAnnual)}) and the ${formatPounds(allowance.value)} annual allowance; one allowance per employer, not per PA`
      : "Not claimed",
    source: cite(allowance.source),
  });
  const employerNiAnnual = roundMoney(employerNiBeforeAllowanceAnnual - employmentAllowanceUsedAnnual);
  steps.push({
    label: `Employer National Insurance to pay a year (${year})`,
    amount: employerNiAnnual,
    rule: `${formatPounds(employerNiBeforeAllowanceAnnual)} − ${formatPounds(employmentAllowanceUsedAnnual)}`,
    source: cite(allowance.source),
  });
  const employerPensionAnnual = roundMoney(lines.reduce((sum, l) => sum + l.employerPensionAnnual, 0));
  steps.push({
    label: `Employer pension for all PAs a year (${year})`,
    amount: employerPensionAnnual,
    rule: lines.map((l) => formatPounds(l.employerPensionAnnual)).join(" + "),
    source: cite(pension.employerMinimumRate.source),
  });

  const councilRates = ctx.council.rates;
  const insuranceAnnual = input.includeInsurance ? roundMoney(councilRates.employersLiabilityInsuranceAnnual) : 0;
  steps.push({
    label: `Employer's liability insurance a year (${year})`,
    amount: insuranceAnnual,
    rule: input.includeInsurance
      ? "The council's allowance for one policy per employer; cover of at least £5 million is compulsory from the first day (Employers' Liability (Compulsory Insurance) Act 1969)"
      : "Not included",
    source: councilSource(ctx.council, "rates.employersLiabilityInsuranceAnnual"),
  });
  const payrollAnnual = input.includePayrollService ? roundMoney(councilRates.payrollServiceFourWeekly * 13) : 0;
  steps.push({
    label: `Payroll service a year (${year})`,
    amount: payrollAnnual,
    rule: input.includePayrollService
      ? `${formatPounds(councilRates.payrollServiceFourWeekly)} every 4 weeks × 13`
      : "Not included",
    source: councilSource(ctx.council, "rates.payrollServiceFourWeekly"),
  });

  const totalAnnual = roundMoney(
    grossPayAnnual + holidayPayAnnual + employerNiAnnual + employerPensionAnnual + insuranceAnnual + payrollAnnual,
  );
  steps.push({
    label: `Total cost of employing the PA${lines.length > 1 ? "s" : ""} a year (${year})`,
    amount: totalAnnual,
    rule: `${formatPounds(grossPayAnnual)} pay + ${formatPounds(holidayPayAnnual)} holiday + ${formatPounds(employerNiAnnual)} employer NI + ${formatPounds(employerPensionAnnual)} pension + ${formatPounds(insuranceAnnual)} insurance + ${formatPounds(payrollAnnual)} payroll`,
    source: "Sum of the steps above",
  });
  const totalFourWeekly = roundMoney(totalAnnual / 13);
  steps.push({
    label: `Total cost every 4 weeks (${year})`,
    amount: totalFourWeekly,
    rule: `${formatPounds(totalAnnual)} ÷ 13`,
    source: "13 four-week periods in a 52-week year",
  });
  const totalWeekly = roundMoney(totalAnnual / 52);
  steps.push({
    label: `Total cost a week (${year})`,
    amount: totalWeekly,
    rule: `${formatPounds(totalAnnual)} ÷ 52`,
    source: "52 weeks in a year",
  });

  notes.push(
    `Pay period: PAs are assumed to be paid every ${period.name}, and National Insurance and pension are worked out for each pay period, as payroll does. Monthly pay gives slightly different figures from weekly or four-weekly pay.`,
    "Holiday: for a PA with regular hours the budget carries the cost of covering 5.6 weeks' leave a year; for irregular hours, 12.07% rolled-up holiday pay. The council may price holiday differently.",
    `Employment Allowance: care and support employers, including people paying PAs from a direct payment, can claim it (HMRC NIM06520). It is one allowance of up to ${formatPounds(allowance.value)} a year per employer, claimed through payroll; until it is used up no employer NI is paid.`,
    `Insurance (${formatPounds(councilRates.employersLiabilityInsuranceAnnual)} a year) and payroll (${formatPounds(councilRates.payrollServiceFourWeekly)} every 4 weeks) are ${ctx.council.council.shortName}'s standard allowances, counted once per employer. ${councilRates.paOnCostsNote}`,
    "The year is taken as 52 weeks; a year with 53 paydays costs a little more. Employee deductions (tax, employee NI and pension) come out of the PA's pay and do not change the employer's cost.",
  );

  const result: PaCostResult = {
    taxYear: year,
    payPeriod: input.payPeriod,
    periodsPerYear: period.perYear,
    pas: lines,
    grossPayAnnual,
    holidayPayAnnual,
    employerNiBeforeAllowanceAnnual,
    employmentAllowanceUsedAnnual,
    employerNiAnnual,
    employerPensionAnnual,
    insuranceAnnual,
    payrollAnnual,
    totalAnnual,
    totalFourWeekly,
    totalWeekly,
  };
  return { result, steps, notes, rates };
}

/** PA employment cost as a calculation outcome: named figures, every step with its rule and source, notes. */
export function paCost(rawInput: PaCostInput, ctx: CalculatorContext): CalculationOutcome {
  const input = paCostInputSchema.parse(rawInput);
  const { result, steps, notes } = calculatePaCost(input, ctx);
  const hours = result.pas.reduce((sum, l) => sum + l.hoursPerWeek, 0);
  const who =
    result.pas.length === 1
      ? `one PA for ${hours} hours a week at ${formatPounds(result.pas[0]!.hourlyRate)} an hour`
      : `${result.pas.length} PAs for ${Number(hours.toFixed(2))} hours a week in total`;
  const warning = result.pas.some((l) => l.belowMinimumWage) ? " Some pay is below the legal minimum wage: see the notes." : "";
  return {
    calculator: "pa-cost",
    taxYear: result.taxYear,
    input: input as Record<string, unknown>,
    result: result as unknown as Record<string, unknown>,
    steps,
    notes,
    missing: [],
    summary: `Estimate for ${result.taxYear}: employing ${who} costs about ${formatPounds(result.totalWeekly)} a week (${formatPounds(result.totalFourWeekly)} every 4 weeks, ${formatPounds(result.totalAnnual)} a year), including holiday, employer National Insurance after the Employment Allowance, pension, insurance and payroll.${warning} ${estimateDisclaimer(ctx.council)}`,
  };
}
