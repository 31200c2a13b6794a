import { z } from "zod";
import type { TaxYearRates } from "./rate-types.ts";

/**
 * The shape of a tax year's rates file (config/rates/YYYY-YY.json), checked at start so a mistyped figure or
 * a missing source stops the service naming the file and the field, rather than producing a wrong sum.
 * It mirrors rate-types.ts; the `satisfies` check at the bottom keeps the two in step.
 */
const source = z.object({ title: z.string().min(3), url: z.string().url(), section: z.string().optional() }).strict();
const figure = z
  .object({ value: z.number().finite(), source, confidence: z.enum(["primary", "secondary"]), note: z.string().optional() })
  .strict();
const missing = z.object({ value: z.null(), source, confidence: z.literal("not-found"), note: z.string().min(3) }).strict();
const maybe = z.union([figure, missing]);
const periods = z.object({ week: figure, fourWeeks: figure, month: figure, year: figure }).strict();
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const taxYearRatesSchema = z
  .object({
    $comment: z.string().optional(),
    taxYear: z.enum(["2025/26", "2026/27"]),
    starts: isoDate,
    ends: isoDate,
    minimumWage: z.object({ aged21AndOver: figure, aged18To20: figure, under18: figure, apprentice: figure }).strict(),
    employerNi: z.object({ rate: figure, secondaryThreshold: periods, upperSecondaryThreshold: periods, employmentAllowance: figure }).strict(),
    employeeNi: z.object({ rate: figure, upperRate: figure, primaryThreshold: periods, upperEarningsLimit: periods }).strict(),
    pension: z
      .object({
        employerMinimumRate: figure,
        totalMinimumRate: figure,
        minimumAge: figure,
        earningsTrigger: periods,
        qualifyingEarningsLower: periods,
        qualifyingEarningsUpper: periods,
      })
      .strict(),
    statePensionAge: figure,
    ssp: z
      .object({ weeklyRate: figure, earningsShare: figure.nullable(), lowerEarningsLimitWeekly: figure.nullable(), waitingDays: figure, maxWeeks: figure })
      .strict(),
    smp: z
      .object({ earningsShare: figure, higherRateWeeks: figure, flatWeeklyRate: figure, totalWeeks: figure, smallEmployerRecovery: figure, standardRecovery: figure })
      .strict(),
    redundancy: z.object({ weeklyPayCap: figure, minimumYears: figure, maximumYears: figure }).strict(),
    notice: z.object({ weekPerYearFromYears: figure, maximumWeeks: figure, minimumWeeks: figure, employeeWeeks: figure }).strict(),
    holiday: z.object({ statutoryWeeks: figure, statutoryDaysCap: figure, irregularHoursAccrualRate: figure }).strict(),
    charging: z
      .object({
        capitalUpperLimit: figure,
        capitalLowerLimit: figure,
        tariffIncomePerStep: figure,
        tariffIncomeStep: figure,
        walesWeeklyChargeCap: figure,
        minimumIncomeGuarantee: z
          .object({
            singleAged18To24: maybe,
            singleAged25ToPensionCreditAge: maybe,
            singlePensionCreditAge: maybe,
            loneParentAged18Plus: maybe,
            coupleMemberAged18Plus: maybe,
            coupleMemberPensionCreditAge: maybe,
            perChild: maybe,
            disabilityPremiumSingle: maybe,
            enhancedDisabilityPremiumSingle: maybe,
            disabilityPremiumCoupleMember: maybe,
            enhancedDisabilityPremiumCoupleMember: maybe,
            carerPremium: maybe,
          })
          .strict(),
      })
      .strict(),
  })
  .strict();

// A file that passes the schema is a TaxYearRates (compile-time check that the schema and the type agree).
type Parsed = Omit<z.output<typeof taxYearRatesSchema>, "$comment">;
const _agrees = (p: Parsed): TaxYearRates => p;
void _agrees;
