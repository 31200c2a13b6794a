import { z } from "zod";
import type { CalculationOutcome, CalculationStep } from "./calculation-types.ts";
import { councilSource, estimateDisclaimer, formatPounds, roundMoney, type CalculatorContext } from "./money.ts";
import { calculatePaCost, type PaCostResult } from "./pa-cost.ts";
import { ratesFor } from "./rates/rates-for.ts";

/*
 * A support plan's items priced into a weekly, four-weekly and annual personal budget (Care Act 2014 s.26: the
 * personal budget is the cost to the council of meeting the needs in the plan).
 * - PA hours are priced at the council's notional hourly rate (weekday or weekend) unless a rate is given, plus
 *   the on-costs worked out by pa-cost (holiday, employer NI after Employment Allowance, pension, insurance,
 *   payroll), because the council's PA rate "covers gross pay only" (council settings, rates.paOnCostsNote).
 * - Agency hours and day opportunities at the council's notional rates.
 * - One-off purchases are annualised over the years they will be used, then spread over 52 weeks.
 * - An optional contingency (a percentage of the ongoing weekly cost) is added if the plan includes one.
 * Totals are built from annual figures: weekly = annual ÷ 52, four-weekly = annual ÷ 13. Rounding: see roundMoney.
 */

const paItemSchema = z.strictObject({
  label: z.string().trim().min(1).max(60).optional().describe("A name for this PA"),
  hoursPerWeek: z.number().positive().max(168).describe("Hours a week of PA support"),
  weekend: z.boolean().default(false).describe("Priced at the council's weekend PA rate when no hourly rate is given"),
  hourlyRate: z.number().positive().max(500).optional().describe("Hourly pay; defaults to the council's notional PA rate"),
  age: z.number().int().min(16).max(100).optional().describe("PA's age if known"),
  irregularHours: z.boolean().default(false).describe("Irregular-hours or part-year worker"),
});

const oneOffSchema = z.strictObject({
  description: z.string().trim().min(1).max(120),
  amount: z.number().positive().max(100_000).describe("Cost in pounds"),
  yearsOfUse: z.number().positive().max(20).default(1).describe("Years the purchase will last; the cost is spread over them"),
});

export const personalBudgetInputSchema = z.strictObject({
  taxYear: z.string().optional().describe("Tax year such as '2026/27'; defaults to the tax year of today's date"),
  paHours: z.array(paItemSchema).max(20).default([]).describe("PA support in the plan, one entry per PA"),
  payPeriod: z.enum(["week", "four-weeks", "month"]).default("four-weeks").describe("How often PAs are paid"),
  agencyHoursPerWeek: z.number().min(0).max(168).default(0).describe("Hours a week of care from an agency"),
  agencyHourlyRate: z.number().positive().max(500).optional().describe("Defaults to the council's agency rate"),
  dayOpportunityDaysPerWeek: z.number().min(0).max(7).default(0).describe("Days a week at a day opportunity"),
  dayOpportunityDailyRate: z.number().positive().max(1000).optional().describe("Defaults to the council's daily rate"),
  otherWeeklyCosts: z
    .array(z.strictObject({ description: z.string().trim().min(1).max(120), weeklyAmount: z.number().positive().max(10_000) }))
    .max(20)
    .default([])
    .describe("Other regular weekly costs in the plan"),
  oneOffPurchases: z.array(oneOffSchema).max(20).default([]).describe("One-off purchases, annualised"),
  contingencyPercent: z.number().min(0).max(25).default(0).describe("Contingency added to the ongoing weekly cost, in per cent"),
}).superRefine((plan, issues) => {
  const empty =
    (plan.paHours ?? []).length === 0 &&
    (plan.agencyHoursPerWeek ?? 0) === 0 &&
    (plan.dayOpportunityDaysPerWeek ?? 0) === 0 &&
    (plan.otherWeeklyCosts ?? []).length === 0 &&
    (plan.oneOffPurchases ?? []).length === 0;
  if (empty) {
    issues.addIssue({
      code: "custom",
      path: ["paHours"],
      message: "The plan has no items: give PA hours, agency hours, day opportunities, other weekly costs or one-off purchases.",
    });
  }
});

export type PersonalBudgetInput = z.input<typeof personalBudgetInputSchema>;

export function personalBudget(rawInput: PersonalBudgetInput, ctx: CalculatorContext): CalculationOutcome {
  const input = personalBudgetInputSchema.parse(rawInput);
  const rates = ratesFor(input.taxYear, ctx.today);
  const year = rates.taxYear;
  const council = ctx.council;
  const steps: CalculationStep[] = [];
  const notes: string[] = [];

  let pa: PaCostResult | null = null;
  if (input.paHours.length > 0) {
    const priced = input.paHours.map((item, i) => {
      const rate = item.hourlyRate ?? (item.weekend ? council.rates.paWeekendHourlyRate : council.rates.paHourlyRate);
      if (item.hourlyRate === undefined) {
        steps.push({
          label: `${item.label ?? `PA ${i + 1}`}: hourly rate (${year})`,
          amount: rate,
          rule: `The council's notional ${item.weekend ? "weekend " : ""}PA hourly rate, used because no rate was given`,
          source: councilSource(council, item.weekend ? "rates.paWeekendHourlyRate" : "rates.paHourlyRate"),
        });
      }
      return {
        ...(item.label !== undefined ? { label: item.label } : {}),
        hoursPerWeek: item.hoursPerWeek,
        hourlyRate: rate,
        ...(item.age !== undefined ? { age: item.age } : {}),
        irregularHours: item.irregularHours,
      };
    });
    const worked = calculatePaCost(
      { ...(input.taxYear !== undefined ? { taxYear: input.taxYear } : {}), payPeriod: input.payPeriod, pas: priced },
      ctx,
    );
    pa = worked.result;
    steps.push(...worked.steps);
    notes.push(...worked.notes.filter((n) => n.startsWith("Warning") || n.startsWith("Pay period")));
    if (input.paHours.some((item) => item.age === undefined)) {
      notes.push("Where a PA's age is not known they are assumed to be 22 or over and under State Pension age, so pension is included.");
    }
  }
  const paAnnual = pa ? pa.totalAnnual : 0;

  const agencyRate = input.agencyHourlyRate ?? council.rates.agencyHourlyRate;
  const agencyWeekly = roundMoney(input.agencyHoursPerWeek * agencyRate);
  if (input.agencyHoursPerWeek > 0) {
    steps.push({
      label: `Agency care a week (${year})`,
      amount: agencyWeekly,
      rule: `${input.agencyHoursPerWeek} hours × ${formatPounds(agencyRate)} an hour${input.agencyHourlyRate === undefined ? " (the council's agency rate)" : ""}`,
      source: input.agencyHourlyRate === undefined ? councilSource(council, "rates.agencyHourlyRate") : "Rate given in the plan",
    });
  }
  const dayRate = input.dayOpportunityDailyRate ?? council.rates.dayOpportunityDailyRate;
  const dayWeekly = roundMoney(input.dayOpportunityDaysPerWeek * dayRate);
  if (input.dayOpportunityDaysPerWeek > 0) {
    steps.push({
      label: `Day opportunities a week (${year})`,
      amount: dayWeekly,
      rule: `${input.dayOpportunityDaysPerWeek} days × ${formatPounds(dayRate)} a day${input.dayOpportunityDailyRate === undefined ? " (the council's daily rate)" : ""}`,
      source: input.dayOpportunityDailyRate === undefined ? councilSource(council, "rates.dayOpportunityDailyRate") : "Rate given in the plan",
    });
  }
  const otherWeekly = roundMoney(input.otherWeeklyCosts.reduce((sum, c) => sum + c.weeklyAmount, 0));
  if (input.otherWeeklyCosts.length > 0) {
    steps.push({
      label: `Other weekly costs in the plan (${year})`,
      amount: otherWeekly,
      rule: input.otherWeeklyCosts.map((c) => `${c.description} ${formatPounds(c.weeklyAmount)}`).join(" + "),
      source: "Support plan",
    });
  }

  // Ongoing weekly-priced items are annualised over 52 weeks before adding the PA cost, which is already annual.
  const weeklyItemsAnnual = roundMoney((agencyWeekly + dayWeekly + otherWeekly) * 52);
  if (weeklyItemsAnnual > 0) {
    steps.push({
      label: `Agency, day opportunities and other weekly costs a year (${year})`,
      amount: weeklyItemsAnnual,
      rule: `(${formatPounds(agencyWeekly)} + ${formatPounds(dayWeekly)} + ${formatPounds(otherWeekly)}) × 52`,
      source: "52 weeks in a year",
    });
  }
  const ongoingAnnual = roundMoney(paAnnual + weeklyItemsAnnual);
  const contingencyAnnual = roundMoney((ongoingAnnual * input.contingencyPercent) / 100);
  if (input.contingencyPercent > 0) {
    steps.push({
      label: `Contingency a year (${year})`,
      amount: contingencyAnnual,
      rule: `${input.contingencyPercent}% × ${formatPounds(ongoingAnnual)} ongoing cost`,
      source: "Contingency agreed in the support plan",
    });
  }

  let oneOffAnnual = 0;
  for (const item of input.oneOffPurchases) {
    const annual = roundMoney(item.amount / item.yearsOfUse);
    oneOffAnnual = roundMoney(oneOffAnnual + annual);
    steps.push({
      label: `One-off: ${item.description}, a year (${year})`,
      amount: annual,
      rule: `${formatPounds(item.amount)} ÷ ${item.yearsOfUse} year${item.yearsOfUse === 1 ? "" : "s"} of use`,
      source: "Support plan; one-off purchases are spread over the years they are used",
    });
  }

  const annual = roundMoney(ongoingAnnual + contingencyAnnual + oneOffAnnual);
  steps.push({
    label: `Personal budget a year (${year})`,
    amount: annual,
    rule: `${formatPounds(paAnnual)} PA + ${formatPounds(weeklyItemsAnnual)} agency, day and other + ${formatPounds(contingencyAnnual)} contingency + ${formatPounds(oneOffAnnual)} one-off`,
    source: "Care Act 2014 s.26: the personal budget is the cost of meeting the needs in the plan",
  });
  const fourWeekly = roundMoney(annual / 13);
  steps.push({ label: `Personal budget every 4 weeks (${year})`, amount: fourWeekly, rule: `${formatPounds(annual)} ÷ 13`, source: "13 four-week periods in a 52-week year" });
  const weekly = roundMoney(annual / 52);
  steps.push({ label: `Personal budget a week (${year})`, amount: weekly, rule: `${formatPounds(annual)} ÷ 52`, source: "52 weeks in a year" });

  const contingencyBalance = roundMoney(weekly * council.money.contingencyWeeks);
  // Say whose rates priced the plan: a rate the person gave is theirs, not the council's notional one.
  const notionalUsed =
    input.paHours.some((item) => item.hourlyRate === undefined) ||
    (input.agencyHoursPerWeek > 0 && input.agencyHourlyRate === undefined) ||
    (input.dayOpportunityDaysPerWeek > 0 && input.dayOpportunityDailyRate === undefined);
  const givenUsed =
    input.paHours.some((item) => item.hourlyRate !== undefined) ||
    (input.agencyHoursPerWeek > 0 && input.agencyHourlyRate !== undefined) ||
    (input.dayOpportunityDaysPerWeek > 0 && input.dayOpportunityDailyRate !== undefined);
  const atRates = !notionalUsed ? "at the rates given" : givenUsed ? `at the rates given and ${council.council.shortName}'s notional rates` : `at ${council.council.shortName}'s notional rates`;
  // The plain weekly sum of what was listed (hours × rate, and the weekly items), beside the full cost: an employer
  // also pays the PA's holiday and may owe employer's NI and a pension contribution (pa-cost.ts).
  const plainWeekly = roundMoney(input.paHours.reduce((sum, item) => sum + item.hoursPerWeek * (item.hourlyRate ?? (item.weekend ? council.rates.paWeekendHourlyRate : council.rates.paHourlyRate)), 0) + agencyWeekly + dayWeekly + otherWeekly);
  const beforeEmployerCosts = input.paHours.length > 0 ? ` That is ${formatPounds(plainWeekly)} a week for the hours and weekly costs as listed, before the PA's holiday pay and any employer's National Insurance and pension.` : "";
  notes.push(
    `${notionalUsed ? "Rates used where none was given" : "Where a rate is not given, the rates used"} are ${council.council.shortName}'s notional rates (PA ${formatPounds(council.rates.paHourlyRate)} an hour, weekend ${formatPounds(council.rates.paWeekendHourlyRate)}, agency ${formatPounds(council.rates.agencyHourlyRate)}, day opportunities ${formatPounds(council.rates.dayOpportunityDailyRate)} a day). Your actual budget is set from your assessed needs and support plan.`,
    `${council.council.shortName}'s policy lets you keep up to ${council.money.contingencyWeeks} weeks of budget in the account as a contingency (about ${formatPounds(contingencyBalance)} at this budget); money above ${council.money.surplusReviewAboveWeeks} weeks may be reviewed and taken back.`,
    "If you pay a contribution towards your care, the direct payment is the budget less your contribution: the contribution calculator estimates it.",
  );

  return {
    calculator: "personal-budget",
    taxYear: year,
    input: input as Record<string, unknown>,
    result: {
      taxYear: year,
      paAnnual,
      paDetail: pa,
      agencyWeekly,
      dayOpportunitiesWeekly: dayWeekly,
      otherWeekly,
      weeklyItemsAnnual,
      contingencyAnnual,
      oneOffAnnual,
      annual,
      fourWeekly,
      weekly,
      contingencyBalanceAllowed: contingencyBalance,
    },
    steps,
    notes,
    missing: [],
    summary: `Estimate for ${year}: this support plan would cost about ${formatPounds(weekly)} a week (${formatPounds(fourWeekly)} every 4 weeks, ${formatPounds(annual)} a year) ${atRates}.${beforeEmployerCosts} ${estimateDisclaimer(council)}`,
  };
}
