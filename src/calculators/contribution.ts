import { CALCULATOR_QUESTIONS } from "../config/calculator-questions.ts";
import { z } from "zod";
import type { CouncilConfig } from "../config/council-config.ts";
import type { CalculationOutcome, CalculationStep, MissingInput } from "./calculation-types.ts";
import { cite, councilSource, estimateDisclaimer, formatPounds, roundMoney, type CalculatorContext } from "./money.ts";
import type { MaybeFigure, MinimumIncomeGuaranteeRates, TaxYearRates } from "./rates/rate-types.ts";
import { knownTaxYears, ratesFor } from "./rates/rates-for.ts";

/*
 * What a person receiving care at home in England might be asked to pay each week, and so the net direct payment.
 * The steps follow the Care and Support (Charging and Assessment of Resources) Regulations 2014 (SI 2014/2672)
 * and the Care and Support Statutory Guidance, Annex C and chapter 8:
 * 1. Capital (the main home is disregarded for care at home, Sch 2). Above the upper limit the person pays
 *    the full cost (reg 12). Between the limits, tariff income of £1 a week for every £250, or part of £250,
 *    above the lower limit (reg 25). Councils may set higher limits for care at home; the higher limit is used.
 * 2. Income: earnings are disregarded (reg 14); the mobility components of DLA and PIP are disregarded
 *    (Sch 1 para 8); other benefits and pensions named here are counted.
 * 3. Allowances: the Minimum Income Guarantee (reg 7: personal amount by age and household, per child, and
 *    disability, enhanced disability and carer premiums; the council may set it higher), housing costs
 *    (Annex C), and disability-related expenditure (Annex C paras 39–40: actual, or the council's standard
 *    allowance where disability benefits are counted).
 * 4. Charge = income counted + tariff income − allowances, never below zero and never more than the cost of the
 *    care (Care Act 2014 s.14(4)); the net direct payment is the cost of care less the charge.
 * Rounding: see roundMoney. Minimum Income Guarantee rows that could not be verified are null in the rates; the
 * calculator then asks for the council's own figure rather than guessing.
 */

const pounds = z.number().min(0).max(100_000);

const weeklyIncomeSchema = z.strictObject({
  statePension: pounds.default(0).describe("State Pension a week"),
  privatePension: pounds.default(0).describe("Workplace or private pensions a week"),
  pensionCredit: pounds.default(0).describe("Pension Credit a week"),
  universalCredit: pounds.default(0).describe("Universal Credit a week"),
  employmentAndSupportAllowance: pounds.default(0).describe("Employment and Support Allowance a week"),
  attendanceAllowance: pounds.default(0).describe("Attendance Allowance a week"),
  pipDailyLiving: pounds.default(0).describe("PIP daily living (care) component a week"),
  pipMobility: pounds.default(0).describe("PIP mobility component a week (disregarded)"),
  dlaCare: pounds.default(0).describe("DLA care component a week"),
  dlaMobility: pounds.default(0).describe("DLA mobility component a week (disregarded)"),
  carersAllowance: pounds.default(0).describe("Carer's Allowance a week"),
  earnings: pounds.default(0).describe("Earnings from work a week (disregarded)"),
  otherCounted: pounds.default(0).describe("Any other income a week that counts"),
  otherDisregarded: pounds.default(0).describe("Other income a week the council disregards, e.g. Child Benefit"),
});

export const contributionInputSchema = z.strictObject({
  taxYear: z.string().optional().describe("Tax year such as '2026/27'; defaults to the tax year of today's date"),
  age: z.number().int().min(18).max(120).describe("The person's age in whole years"),
  household: z.enum(["single", "couple"]).default("single").describe("Single, or a member of a couple"),
  children: z.number().int().min(0).max(20).default(0).describe("Children the person is responsible for and lives with"),
  reachedPensionCreditAge: z.boolean().optional().describe("Whether the person has reached Pension Credit age; worked out from age when not given"),
  capital: z.number().min(0).max(100_000_000).describe("Savings and other capital in pounds, not counting the home they live in"),
  weeklyIncome: weeklyIncomeSchema.prefault({}).describe("Weekly income by source"),
  disabilityPremium: z.boolean().optional().describe("Would get the disability premium; worked out from PIP daily living or DLA care when not given"),
  enhancedDisabilityPremium: z.boolean().default(false).describe("Would get the enhanced disability premium (e.g. PIP daily living enhanced rate)"),
  carerPremium: z.boolean().default(false).describe("Would get the carer premium (e.g. gets Carer's Allowance)"),
  weeklyHousingCosts: pounds.default(0).describe("Rent, mortgage, council tax, ground rent and service charges a week, after Housing Benefit and Council Tax Reduction"),
  disabilityRelatedExpenditureWeekly: pounds.optional().describe("Actual disability-related costs a week; the council's standard allowance is used when not given"),
  weeklyCostOfCare: z.number().positive().max(100_000).optional().describe("Weekly cost of the care and support in the plan (the personal budget)"),
  minimumIncomeGuaranteeWeekly: z
    .number()
    .positive()
    .max(10_000)
    .optional()
    .describe("The weekly Minimum Income Guarantee the council uses for this person, including premiums and any council uplift; replaces the national table"),
});

export type ContributionInput = z.input<typeof contributionInputSchema>;

export interface CapitalAssessment {
  capital: number;
  lowerLimit: number;
  upperLimit: number;
  aboveUpperLimit: boolean;
  tariffIncomeWeekly: number;
  steps: CalculationStep[];
}

/** Tariff income (reg 25): £1 a week for each £250, and for any part of £250, above the lower limit. */
export function tariffIncome(capital: number, lowerLimit: number, step = 250, perStep = 1): number {
  const excessPence = Math.round((capital - lowerLimit) * 100);
  if (excessPence <= 0) return 0;
  return roundMoney(Math.ceil(excessPence / (step * 100)) * perStep);
}

/** Capital limits and tariff income: everything that needs only the person's capital. */
export function assessCapital(capital: number, rates: TaxYearRates, council: CouncilConfig): CapitalAssessment {
  const c = rates.charging;
  const year = rates.taxYear;
  // Councils may set higher limits for care at home (2024 to 2025 circular, Annex), never lower ones.
  const lowerLimit = Math.max(c.capitalLowerLimit.value, council.charging.capitalLowerLimit);
  const upperLimit = Math.max(c.capitalUpperLimit.value, council.charging.capitalUpperLimit);
  const steps: CalculationStep[] = [];
  steps.push({
    label: `Capital counted (${year})`,
    amount: roundMoney(capital),
    rule: "Savings and other capital; the home you live in is not counted for care at home (SI 2014/2672 Sch 2)",
    source: cite(c.capitalLowerLimit.source),
  });
  const councilHigher = lowerLimit !== c.capitalLowerLimit.value || upperLimit !== c.capitalUpperLimit.value;
  steps.push({
    label: `Capital limits: lower ${formatPounds(lowerLimit)}, upper ${formatPounds(upperLimit)} (${year})`,
    amount: null,
    rule: councilHigher
      ? `The council sets higher limits than the national ${formatPounds(c.capitalLowerLimit.value)} and ${formatPounds(c.capitalUpperLimit.value)}`
      : "National limits, which the council also uses",
    source: councilHigher ? councilSource(council, "charging.capitalLowerLimit / capitalUpperLimit") : cite(c.capitalUpperLimit.source),
  });
  if (capital > upperLimit) {
    steps.push({
      label: `Capital is above the upper limit (${year})`,
      amount: null,
      rule: `${formatPounds(capital)} is more than ${formatPounds(upperLimit)}, so the full cost of the care is charged (reg 12)`,
      source: cite(c.capitalUpperLimit.source),
    });
    return { capital, lowerLimit, upperLimit, aboveUpperLimit: true, tariffIncomeWeekly: 0, steps };
  }
  const tariff = tariffIncome(capital, lowerLimit, c.tariffIncomeStep.value, c.tariffIncomePerStep.value);
  steps.push({
    label: `Tariff income from capital a week (${year})`,
    amount: tariff,
    rule:
      capital > lowerLimit
        ? `${formatPounds(c.tariffIncomePerStep.value)} for every ${formatPounds(c.tariffIncomeStep.value)} or part of ${formatPounds(c.tariffIncomeStep.value)} above ${formatPounds(lowerLimit)}: (${formatPounds(capital)} − ${formatPounds(lowerLimit)}) ÷ ${formatPounds(c.tariffIncomeStep.value)}, rounded up = ${tariff}`
      : `${formatPounds(capital)} is not above the ${formatPounds(lowerLimit)} lower limit, so no tariff income`,
    source: cite(c.tariffIncomePerStep.source),
  });
  return { capital, lowerLimit, upperLimit, aboveUpperLimit: false, tariffIncomeWeekly: tariff, steps };
}

interface MigPart {
  label: string;
  figure: MaybeFigure;
  times: number;
  key: keyof MinimumIncomeGuaranteeRates;
}

type ParsedInput = z.output<typeof contributionInputSchema>;

/** Which Minimum Income Guarantee rows apply (reg 7) — the amounts may be unknown. */
/**
 * The council's published MIG rows fill the gaps in the national table and replace national rows they exceed
 * (councils may set the MIG higher; Care and Support (Charging and Assessment of Resources) Regulations 2014 reg 7).
 */
export function withCouncilMig(rates: TaxYearRates, council: CalculatorContext["council"]): TaxYearRates {
  const own = council.charging.minimumIncomeGuarantee?.[rates.taxYear];
  if (!own || Object.keys(own).length === 0) return rates;
  const mig = { ...rates.charging.minimumIncomeGuarantee } as Record<string, TaxYearRates["charging"]["minimumIncomeGuarantee"][keyof TaxYearRates["charging"]["minimumIncomeGuarantee"]]>;
  for (const [row, value] of Object.entries(own)) {
    const national = mig[row];
    if (!national) continue;
    if (national.value === null || value > national.value)
      mig[row] = { value, confidence: "secondary", source: { title: `${council.council.name} charging policy: Minimum Income Guarantee (${rates.taxYear})`, url: council.council.website }, note: "From the council's settings (config/council.json)." };
  }
  return { ...rates, charging: { ...rates.charging, minimumIncomeGuarantee: mig as unknown as TaxYearRates["charging"]["minimumIncomeGuarantee"] } };
}

export function migParts(input: Pick<ParsedInput, "age" | "household" | "children" | "reachedPensionCreditAge" | "disabilityPremium" | "enhancedDisabilityPremium" | "carerPremium" | "weeklyIncome">, rates: TaxYearRates): { parts: MigPart[]; pensionCreditAge: boolean; notes: string[] } {
  const mig = rates.charging.minimumIncomeGuarantee;
  const pensionCreditAge = input.reachedPensionCreditAge ?? input.age >= rates.statePensionAge.value;
  const parts: MigPart[] = [];
  const notes: string[] = [];
  const couple = input.household === "couple";
  if (couple) {
    parts.push(
      pensionCreditAge
        ? { label: "member of a couple, one or both over Pension Credit age", figure: mig.coupleMemberPensionCreditAge, times: 1, key: "coupleMemberPensionCreditAge" }
        : { label: "member of a couple, one or both aged 18 or over", figure: mig.coupleMemberAged18Plus, times: 1, key: "coupleMemberAged18Plus" },
    );
  } else if (pensionCreditAge) {
    parts.push({ label: "single, Pension Credit age", figure: mig.singlePensionCreditAge, times: 1, key: "singlePensionCreditAge" });
  } else if (input.children > 0) {
    parts.push({ label: "lone parent aged 18 or over", figure: mig.loneParentAged18Plus, times: 1, key: "loneParentAged18Plus" });
  } else if (input.age < 25) {
    parts.push({ label: "single, aged 18 to 24", figure: mig.singleAged18To24, times: 1, key: "singleAged18To24" });
  } else {
    parts.push({ label: "single, aged 25 to Pension Credit age", figure: mig.singleAged25ToPensionCreditAge, times: 1, key: "singleAged25ToPensionCreditAge" });
  }
  if (input.children > 0) {
    parts.push({ label: `${input.children} child${input.children === 1 ? "" : "ren"}`, figure: mig.perChild, times: input.children, key: "perChild" });
  }
  const income = input.weeklyIncome;
  // Disability and enhanced disability premiums mirror income support, which stops at Pension Credit age; the
  // Pension Credit age amounts are already higher. Disability premium is assumed where PIP daily living or DLA care
  // is paid, unless the caller says otherwise.
  const disability = input.disabilityPremium ?? (income.pipDailyLiving > 0 || income.dlaCare > 0);
  if (disability && !pensionCreditAge) {
    parts.push(
      couple
        ? { label: "disability premium (couple)", figure: mig.disabilityPremiumCoupleMember, times: 1, key: "disabilityPremiumCoupleMember" }
        : { label: "disability premium", figure: mig.disabilityPremiumSingle, times: 1, key: "disabilityPremiumSingle" },
    );
  }
  if (input.enhancedDisabilityPremium && !pensionCreditAge) {
    parts.push(
      couple
        ? { label: "enhanced disability premium (couple)", figure: mig.enhancedDisabilityPremiumCoupleMember, times: 1, key: "enhancedDisabilityPremiumCoupleMember" }
        : { label: "enhanced disability premium", figure: mig.enhancedDisabilityPremiumSingle, times: 1, key: "enhancedDisabilityPremiumSingle" },
    );
  }
  if ((input.disabilityPremium || input.enhancedDisabilityPremium) && pensionCreditAge) {
    notes.push("Disability premiums are not added at Pension Credit age: the Pension Credit age amount already allows for more.");
  }
  if (input.carerPremium) parts.push({ label: "carer premium", figure: mig.carerPremium, times: 1, key: "carerPremium" });
  return { parts, pensionCreditAge, notes };
}

const COUNTED: { key: keyof ParsedInput["weeklyIncome"]; label: string }[] = [
  { key: "statePension", label: "State Pension" },
  { key: "privatePension", label: "workplace or private pension" },
  { key: "pensionCredit", label: "Pension Credit" },
  { key: "universalCredit", label: "Universal Credit" },
  { key: "employmentAndSupportAllowance", label: "Employment and Support Allowance" },
  { key: "attendanceAllowance", label: "Attendance Allowance" },
  { key: "pipDailyLiving", label: "PIP daily living" },
  { key: "dlaCare", label: "DLA care" },
  { key: "carersAllowance", label: "Carer's Allowance" },
  { key: "otherCounted", label: "other income" },
];
const DISREGARDED: { key: keyof ParsedInput["weeklyIncome"]; label: string; rule: string }[] = [
  { key: "pipMobility", label: "PIP mobility", rule: "Sch 1 para 8" },
  { key: "dlaMobility", label: "DLA mobility", rule: "Sch 1 para 8" },
  { key: "earnings", label: "earnings", rule: "reg 14" },
  { key: "otherDisregarded", label: "other disregarded income", rule: "as stated" },
];

export const REGS = "Care and Support (Charging and Assessment of Resources) Regulations 2014 (https://www.legislation.gov.uk/uksi/2014/2672)";
export const ANNEX_C = "Care and Support Statutory Guidance, Annex C (https://www.gov.uk/government/publications/care-act-statutory-guidance/care-and-support-statutory-guidance)";
/** Where disability-related expenditure and housing costs are allowed for, as these sums cite them. */
export const DRE_SOURCE = `${ANNEX_C}, paras 39–40`;
export const HOUSING_SOURCE = `${ANNEX_C}: housing costs are allowed for care at home`;

/** The one input every branch may still need: the weekly cost of the care (the question is data). */
const askCostOfCare = (question: string): MissingInput => ({ field: "weeklyCostOfCare", question, type: "money" });

/** The income the assessment counts and disregards, and with tariff income the income it works from (Part 4, Sch 1). */
function countIncome(input: ParsedInput, tariffIncomeWeekly: number, year: string, steps: CalculationStep[], notes: string[]) {
  const income = input.weeklyIncome;
  const counted = COUNTED.filter((c) => income[c.key] > 0);
  const countedIncome = roundMoney(counted.reduce((sum, c) => sum + income[c.key], 0));
  steps.push({
    label: `Weekly income counted (${year})`,
    amount: countedIncome,
    rule: counted.length ? counted.map((c) => `${c.label} ${formatPounds(income[c.key])}`).join(" + ") : "No counted income given",
    source: `${REGS}, Part 4 and Sch 1`,
  });
  const disregarded = DISREGARDED.filter((d) => income[d.key] > 0);
  const disregardedIncome = roundMoney(disregarded.reduce((sum, d) => sum + income[d.key], 0));
  if (disregarded.length) {
    steps.push({
      label: `Weekly income not counted (${year})`,
      amount: disregardedIncome,
      rule: disregarded.map((d) => `${d.label} ${formatPounds(income[d.key])} (${d.rule})`).join(" + "),
      source: `${REGS}, reg 14 and Sch 1 para 8`,
    });
  }
  const assessable = roundMoney(countedIncome + tariffIncomeWeekly);
  steps.push({
    label: `Income for the assessment a week (${year})`,
    amount: assessable,
    rule: `${formatPounds(countedIncome)} income + ${formatPounds(tariffIncomeWeekly)} tariff income`,
    source: `${REGS}, regs 13 and 25`,
  });
  if (income.pensionCredit > 0) {
    notes.push("If part of your Pension Credit is savings credit, some of it is disregarded (Sch 1 para 40); that amount is not held here, so the estimate may be a little high.");
  }
  if (income.attendanceAllowance > 0 || income.dlaCare > 0) {
    notes.push("If you get the higher (night-time) rate of Attendance Allowance or DLA care but the council only pays for care in the day, the difference should not be counted (statutory guidance Annex C); the estimate counts it all.");
  }
  return { countedIncome, disregardedIncome, assessable };
}

/**
 * The Minimum Income Guarantee used (reg 7), as the council's figure when given, else the national amounts
 * plus the council's uplift; a row not verified for this year is the latest verified year's, and the steps
 * say so. Null (with a missing input) only when no year holds a row.
 */
function minimumIncomeGuarantee(input: ParsedInput, rates: TaxYearRates, ctx: CalculatorContext, steps: CalculationStep[], notes: string[], missing: MissingInput[]): number | null {
  const year = rates.taxYear;
  const council = ctx.council;
  const mig = migParts(input, withCouncilMig(rates, ctx.council));
  notes.push(...mig.notes);
  let migWeekly: number | null = null;
  if (input.minimumIncomeGuaranteeWeekly !== undefined) {
    migWeekly = roundMoney(input.minimumIncomeGuaranteeWeekly);
    steps.push({
      label: `Minimum Income Guarantee a week (${year})`,
      amount: migWeekly,
      rule: `The council's figure for you, as given (in place of the national table: ${mig.parts.map((p) => p.label).join(" + ")})`,
      source: `${council.council.shortName} charging policy, as given; national amounts: ${REGS}, reg 7`,
    });
  } else {
    // A national row not verified for this year is taken from the latest year it was verified for, and the
    // step says so: a resident is never asked for the Minimum Income Guarantee (no one knows it).
    const earlier = [...knownTaxYears].filter((y) => y < year).sort().reverse();
    const filled = mig.parts.map((p) => {
      if (p.figure.value !== null) return { ...p, value: p.figure.value, from: year, source: p.figure.source };
      for (const y of earlier) {
        const older = migParts(input, withCouncilMig(ratesFor(y), ctx.council)).parts.find((o) => o.key === p.key);
        if (older && older.figure.value !== null) return { ...p, value: older.figure.value, from: y, source: older.figure.source };
      }
      return { ...p, value: null, from: year, source: p.figure.source };
    });
    const unknown = filled.filter((p) => p.value === null);
    if (unknown.length === 0) {
      const statutory = roundMoney(filled.reduce((sum, p) => sum + (p.value as number) * p.times, 0));
      const older = filled.filter((p) => p.from !== year);
      steps.push({
        label: `Minimum Income Guarantee, national amount a week (${year})`,
        amount: statutory,
        rule: filled.map((p) => `${p.label} ${formatPounds(p.value as number)}${p.times > 1 ? ` × ${p.times}` : ""}${p.from !== year ? ` (the ${p.from} amount)` : ""}`).join(" + "),
        source: cite(filled[0]!.source),
      });
      if (older.length)
        notes.push(
          `The ${year} Minimum Income Guarantee for ${older.map((p) => p.label).join(", ")} could not be verified, so the latest verified amount (${older[0]!.from}) is used; the council's assessment uses the current figure.`,
        );
      const uplift = roundMoney(council.charging.migUpliftWeekly);
      migWeekly = roundMoney(statutory + uplift);
      steps.push({
        label: `Minimum Income Guarantee used a week (${year})`,
        amount: migWeekly,
        rule: `${formatPounds(statutory)} + ${formatPounds(uplift)} the council adds (councils may set the guarantee higher)`,
        source: councilSource(council, "charging.migUpliftWeekly"),
      });
    } else {
      steps.push({
        label: `Minimum Income Guarantee (${year})`,
        amount: null,
        rule: `Not held for ${year} or any earlier year: ${unknown.map((p) => p.label).join(", ")}. It is not guessed.`,
        source: cite(unknown[0]!.source),
      });
      missing.push({
        field: "minimumIncomeGuaranteeWeekly",
        question: `What weekly Minimum Income Guarantee does ${council.council.shortName} use for you in ${year} (${mig.parts.map((p) => p.label).join(" + ")})? It is in the council's charging policy or your financial assessment letter; the ${council.council.financialAssessment.name} on ${council.council.financialAssessment.phone} can tell you.`,
        type: "money",
      });
    }
  }
  return migWeekly;
}

/** Disability-related expenditure allowed (Annex C paras 39-40): actual costs if given, else the council's standard allowance when disability benefits are counted. */
function disabilityRelatedExpenditure(input: ParsedInput, council: CalculatorContext["council"], year: string, steps: CalculationStep[]): number {
  const income = input.weeklyIncome;
  const disabilityBenefits = income.attendanceAllowance + income.pipDailyLiving + income.dlaCare;
  let dre: number;
  let dreRule: string;
  let dreSource: string;
  if (input.disabilityRelatedExpenditureWeekly !== undefined) {
    dre = roundMoney(input.disabilityRelatedExpenditureWeekly);
    dreRule = "Your actual disability-related costs, as given (the council will ask for evidence)";
    dreSource = DRE_SOURCE;
  } else if (disabilityBenefits > 0) {
    dre = roundMoney(council.charging.dreStandardAllowanceWeekly);
    dreRule = "The council's standard allowance, because disability benefits are counted; higher actual costs can be allowed";
    dreSource = councilSource(council, "charging.dreStandardAllowanceWeekly");
  } else {
    dre = 0;
    dreRule = "No disability benefits are counted, so no standard allowance; tell the council about any extra costs your disability causes";
    dreSource = DRE_SOURCE;
  }
  steps.push({ label: `Disability-related expenditure a week (${year})`, amount: dre, rule: dreRule, source: dreSource });
  return dre;
}

export function contribution(rawInput: ContributionInput, ctx: CalculatorContext): CalculationOutcome {
  const input = contributionInputSchema.parse(rawInput);
  const rates = ratesFor(input.taxYear, ctx.today);
  const year = rates.taxYear;
  const council = ctx.council;
  const notes: string[] = [];
  const missing: MissingInput[] = [];

  const cap = assessCapital(input.capital, rates, council);
  const steps: CalculationStep[] = [...cap.steps];
  const cost = input.weeklyCostOfCare;

  const baseResult = {
    taxYear: year,
    capital: roundMoney(input.capital),
    capitalLowerLimit: cap.lowerLimit,
    capitalUpperLimit: cap.upperLimit,
    aboveUpperLimit: cap.aboveUpperLimit,
    tariffIncomeWeekly: cap.tariffIncomeWeekly,
    weeklyCostOfCare: cost ?? null,
  };

  // Every way the estimate ends has one shape: this calculator and year, the inputs, and the steps, notes and
  // missing inputs gathered so far. An early ending without the cost of care asks for it, with the question
  // that fits that ending, and the disclaimer is always the last note.
  const outcomeOf = (result: Record<string, unknown>, summary: string): CalculationOutcome => ({
    calculator: "contribution",
    taxYear: year,
    input: input as Record<string, unknown>,
    result,
    steps,
    notes,
    missing,
    summary,
  });
  const endEarly = (costQuestion: string) => {
    if (cost === undefined) missing.push(askCostOfCare(costQuestion));
    notes.push(estimateDisclaimer(council));
  };

  notes.push(
    council.charging.chargesFromStartOfService
      ? `${council.council.shortName} charges from the start of the service, once the financial assessment is done.`
      : `${council.council.shortName} charges from the date of the financial assessment.`,
    "Capital here is your own; for a couple, jointly held savings are usually split equally. The council may also count property other than your home, and may treat some capital as yours if it was given away to avoid charges (deprivation).",
  );

  if (cap.aboveUpperLimit) {
    const weeklyContribution = cost === undefined ? null : roundMoney(cost);
    if (cost !== undefined) {
      steps.push({
        label: `Weekly contribution (${year})`,
        amount: weeklyContribution,
        rule: `Full cost of the care: ${formatPounds(cost)} a week`,
        source: `${REGS}, reg 12; Care Act 2014 s.14(4)`,
      });
      steps.push({
        label: `Net direct payment a week (${year})`,
        amount: 0,
        rule: `${formatPounds(cost)} cost − ${formatPounds(cost)} contribution`,
        source: "Care and Support (Direct Payments) Regulations 2014 (SI 2014/2871): the payment is net of the contribution",
      });
    }
    if (council.charging.arrangementFee > 0) {
      notes.push(`If you ask ${council.council.shortName} to arrange your care while paying the full cost, it may charge an arrangement fee of ${formatPounds(council.charging.arrangementFee)}.`);
    }
    notes.push("You can ask for a new assessment when your capital falls to the upper limit.");
    endEarly(CALCULATOR_QUESTIONS.contribution.costOfCare);
    return outcomeOf(
      { ...baseResult, fullCost: true, weeklyContribution, netDirectPaymentWeekly: cost === undefined ? null : 0 },
      `Estimate for ${year}: with ${formatPounds(input.capital)} in capital, above the ${formatPounds(cap.upperLimit)} upper limit, you would pay the full cost of your care${cost === undefined ? "" : ` (${formatPounds(cost)} a week), so the direct payment would be £0.00 until your capital falls to the limit`}. ${estimateDisclaimer(council)}`,
    );
  }

  // Income
  const { countedIncome, disregardedIncome, assessable } = countIncome(input, cap.tariffIncomeWeekly, year, steps, notes);

  // Minimum Income Guarantee
  const migWeekly = minimumIncomeGuarantee(input, rates, ctx, steps, notes, missing);

  // Housing costs
  const housing = roundMoney(input.weeklyHousingCosts);
  steps.push({
    label: `Housing costs a week (${year})`,
    amount: housing,
    rule: "Rent, mortgage, council tax, ground rent and service charges, after Housing Benefit and Council Tax Reduction",
    source: HOUSING_SOURCE,
  });

  // Disability-related expenditure
  const dre = disabilityRelatedExpenditure(input, council, year, steps);

  if (migWeekly === null) {
    endEarly(CALCULATOR_QUESTIONS.contribution.costOfCareNeverMore);
    return outcomeOf(
      {
        ...baseResult,
        fullCost: false,
        countedIncomeWeekly: countedIncome,
        disregardedIncomeWeekly: disregardedIncome,
        assessableIncomeWeekly: assessable,
        minimumIncomeGuaranteeWeekly: null,
        housingCostsWeekly: housing,
        disabilityRelatedExpenditureWeekly: dre,
        maximumContributionWeekly: null,
        weeklyContribution: null,
        netDirectPaymentWeekly: null,
      },
      `Estimate for ${year}: your income for the assessment is ${formatPounds(assessable)} a week (including ${formatPounds(cap.tariffIncomeWeekly)} tariff income from your savings). To finish the estimate I need the Minimum Income Guarantee the council uses, which is not held for ${year}. ${estimateDisclaimer(council)}`,
    );
  }

  const allowances = roundMoney(migWeekly + housing + dre);
  steps.push({
    label: `Allowances a week (${year})`,
    amount: allowances,
    rule: `${formatPounds(migWeekly)} Minimum Income Guarantee + ${formatPounds(housing)} housing + ${formatPounds(dre)} disability-related expenditure`,
    source: `${REGS}, reg 7; ${ANNEX_C}`,
  });
  const maximum = roundMoney(Math.max(0, assessable - allowances));
  steps.push({
    label: `Most you can be asked to pay a week (${year})`,
    amount: maximum,
    rule: assessable > allowances ? `${formatPounds(assessable)} − ${formatPounds(allowances)}` : `${formatPounds(assessable)} is not more than ${formatPounds(allowances)}, so nothing`,
    source: `Care Act 2014 s.14(7): a charge must not reduce income below the guaranteed amount`,
  });

  let weeklyContribution: number;
  let net: number | null = null;
  if (cost !== undefined) {
    weeklyContribution = roundMoney(Math.min(maximum, cost));
    steps.push({
      label: `Weekly contribution (${year})`,
      amount: weeklyContribution,
      rule: `The lower of ${formatPounds(maximum)} and the ${formatPounds(cost)} weekly cost of care`,
      source: "Care Act 2014 s.14(4): a charge may cover only the cost the council incurs",
    });
    net = roundMoney(cost - weeklyContribution);
    steps.push({
      label: `Net direct payment a week (${year})`,
      amount: net,
      rule: `${formatPounds(cost)} cost of care − ${formatPounds(weeklyContribution)} contribution`,
      source: "Care and Support (Direct Payments) Regulations 2014 (SI 2014/2871): payments are usually made net of the contribution",
    });
  } else {
    weeklyContribution = maximum;
    missing.push(askCostOfCare(CALCULATOR_QUESTIONS.contribution.costOfCareNeverMore));
    notes.push("The weekly cost of your care was not given, so the figure is the most you could be asked to pay; you never pay more than the care costs.");
  }

  notes.push(
    "The council's financial assessment looks at your actual benefits, pensions and costs and may count or disregard things differently, for example a couple's joint income, savings credit, or costs it decides are not disability-related.",
    estimateDisclaimer(council),
  );

  const netFourWeekly = net === null ? null : roundMoney(net * 4);
  return outcomeOf(
    {
      ...baseResult,
      fullCost: false,
      countedIncomeWeekly: countedIncome,
      disregardedIncomeWeekly: disregardedIncome,
      assessableIncomeWeekly: assessable,
      minimumIncomeGuaranteeWeekly: migWeekly,
      housingCostsWeekly: housing,
      disabilityRelatedExpenditureWeekly: dre,
      allowancesWeekly: allowances,
      maximumContributionWeekly: maximum,
      weeklyContribution,
      netDirectPaymentWeekly: net,
      netDirectPaymentFourWeekly: netFourWeekly,
    },
    net === null
      ? `Estimate for ${year}: you could be asked to pay up to ${formatPounds(maximum)} a week towards your care, and never more than the care costs. ${estimateDisclaimer(council)}`
      : `Estimate for ${year}: you would pay about ${formatPounds(weeklyContribution)} a week towards care costing ${formatPounds(cost!)}, so the direct payment would be about ${formatPounds(net)} a week (${formatPounds(netFourWeekly!)} every 4 weeks). ${estimateDisclaimer(council)}`,
  );
}
