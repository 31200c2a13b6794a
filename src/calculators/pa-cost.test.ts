import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { calculatePaCost, paCost, paCostInputSchema, type PaCostInput, type PaCostResult } from "./pa-cost.ts";
import { ratesFor } from "./rates/rates-for.ts";
import { contextFor } from "./test-council.ts";

/*
 * Worked by hand. Rules used (sources are in the rates files):
 *   weekly pay = hours × rate; holiday (regular hours) = weekly pay × 5.6 ÷ 52 (WTR 1998 regs 13, 13A), or
 *   × 12.07% for irregular hours (reg 15B); pay per period = (pay + holiday) × 4 (four-weekly), × 52 ÷ 12
 *   (monthly) or × 1 (weekly); employer NI per period = 15% × (pay per period − secondary threshold) with the
 *   thresholds £96 a week, £384 every 4 weeks, £417 a month (upper secondary threshold £967 / £3,868 / £4,189 for
 *   under-21s and apprentices under 25); pension for an eligible jobholder (22 to State Pension age, pay above
 *   £192 / £768 / £833) = 3% × (pay, capped at £967 / £3,867 / £4,189 − £120 / £480 / £520);
 *   Employment Allowance up to £10,500 a year per employer; insurance £120 a year and payroll £16 × 13 = £208 a
 *   year (test council). Totals: weekly = annual ÷ 52, four-weekly = annual ÷ 13. Every step rounded to the penny.
 */
interface Example {
  name: string;
  year: "2025/26" | "2026/27";
  input: PaCostInput;
  expect: Partial<Omit<PaCostResult, "pas">> & { pa0?: Partial<PaCostResult["pas"][number]> };
}

const examples: Example[] = [
  {
    // 20 × 13 = 260.00; holiday 260 × 5.6 ÷ 52 = 28.00; 4-weekly pay (260 + 28) × 4 = 1,152.00;
    // NI 15% × (1,152 − 384) = 115.20, × 13 = 1,497.60, all covered by the Employment Allowance → 0;
    // pension 1,152 > 768: 3% × (1,152 − 480) = 20.16, × 13 = 262.08;
    // annual 13,520 + 1,456 + 0 + 262.08 + 120 + 208 = 15,566.08; ÷ 13 = 1,197.39; ÷ 52 = 299.35.
    name: "one PA, 20 hours at £13, four-weekly, 2026/27",
    year: "2026/27",
    input: { pas: [{ hoursPerWeek: 20, hourlyRate: 13 }] },
    expect: {
      pa0: { weeklyPay: 260, holidayPayWeekly: 28, earningsPerPeriod: 1152, employerNiPerPeriod: 115.2, employerNiAnnual: 1497.6, pensionEligible: true, employerPensionPerPeriod: 20.16 },
      employerNiBeforeAllowanceAnnual: 1497.6,
      employmentAllowanceUsedAnnual: 1497.6,
      employerNiAnnual: 0,
      employerPensionAnnual: 262.08,
      totalAnnual: 15566.08,
      totalFourWeekly: 1197.39,
      totalWeekly: 299.35,
    },
  },
  {
    // 10 × 12.21 = 122.10; holiday 122.10 × 5.6 ÷ 52 = 13.149… → 13.15; weekly pay 135.25;
    // NI 15% × (135.25 − 96) = 5.8875 → 5.89, × 52 = 306.28 → EA → 0; pension: 135.25 not above 192 → 0;
    // annual 6,349.20 + 683.80 + 120 + 208 = 7,361.00; ÷ 52 = 141.557… → 141.56; ÷ 13 = 566.23.
    name: "one PA, 10 hours at £12.21, weekly pay, aged 30, 2025/26",
    year: "2025/26",
    input: { payPeriod: "week", pas: [{ hoursPerWeek: 10, hourlyRate: 12.21, age: 30 }] },
    expect: {
      pa0: { weeklyPay: 122.1, holidayPayWeekly: 13.15, earningsPerPeriod: 135.25, employerNiPerPeriod: 5.89, employerNiAnnual: 306.28, pensionEligible: false, belowMinimumWage: false },
      employerNiAnnual: 0,
      employerPensionAnnual: 0,
      totalAnnual: 7361,
      totalWeekly: 141.56,
      totalFourWeekly: 566.23,
    },
  },
  {
    // 30 × 13.50 = 405.00; holiday 405 × 5.6 ÷ 52 = 43.615… → 43.62; monthly (448.62 × 52) ÷ 12 = 1,944.02;
    // NI 15% × (1,944.02 − 417) = 229.053 → 229.05, × 12 = 2,748.60 → EA → 0;
    // pension 3% × (1,944.02 − 520) = 42.7206 → 42.72, × 12 = 512.64;
    // annual 21,060 + 2,268.24 + 0 + 512.64 + 328 = 24,168.88; ÷ 52 = 464.79; ÷ 13 = 1,859.14.
    name: "one PA, 30 hours at £13.50, monthly pay, aged 45, 2026/27",
    year: "2026/27",
    input: { payPeriod: "month", pas: [{ hoursPerWeek: 30, hourlyRate: 13.5, age: 45 }] },
    expect: {
      pa0: { holidayPayWeekly: 43.62, earningsPerPeriod: 1944.02, employerNiPerPeriod: 229.05, employerNiAnnual: 2748.6, employerPensionPerPeriod: 42.72 },
      employerPensionAnnual: 512.64,
      totalAnnual: 24168.88,
      totalWeekly: 464.79,
      totalFourWeekly: 1859.14,
    },
  },
  {
    // Irregular hours, aged 19: 12 × 12.71 = 152.52; holiday 12.07% = 18.409… → 18.41; 4-weekly 170.93 × 4 = 683.72;
    // NI: under 21, so 0% up to the £3,868 upper secondary threshold → 0; pension: under 22 → 0;
    // annual 7,931.04 + 957.32 + 328 = 9,216.36; ÷ 52 = 177.24; ÷ 13 = 708.95.
    name: "irregular-hours PA aged 19, 12 hours at £12.71, 2026/27",
    year: "2026/27",
    input: { pas: [{ hoursPerWeek: 12, hourlyRate: 12.71, age: 19, irregularHours: true }] },
    expect: {
      pa0: { holidayMethod: "12.07% accrual", holidayPayWeekly: 18.41, earningsPerPeriod: 683.72, employerNiPerPeriod: 0, pensionEligible: false, minimumWage: 10.85, belowMinimumWage: false },
      totalAnnual: 9216.36,
      totalWeekly: 177.24,
      totalFourWeekly: 708.95,
    },
  },
  {
    // Below the National Living Wage (£12.21 in 2025/26): 15 × 11.50 = 172.50; holiday 18.576… → 18.58;
    // 4-weekly 191.08 × 4 = 764.32; NI 15% × 380.32 = 57.048 → 57.05, × 13 = 741.65 → EA;
    // pension: 764.32 is not above the 768 trigger → 0; annual 8,970 + 966.16 + 328 = 10,264.16;
    // ÷ 52 = 197.39; ÷ 13 = 789.55.
    name: "pay below the minimum wage is flagged, 2025/26",
    year: "2025/26",
    input: { pas: [{ hoursPerWeek: 15, hourlyRate: 11.5, age: 25 }] },
    expect: {
      pa0: { belowMinimumWage: true, minimumWage: 12.21, employerNiPerPeriod: 57.05, employerNiAnnual: 741.65, pensionEligible: false },
      totalAnnual: 10264.16,
      totalWeekly: 197.39,
      totalFourWeekly: 789.55,
    },
  },
  {
    // Two PAs, 60 hours each at £20, weekly: pay 1,200.00; holiday 129.230… → 129.23; 1,329.23 a week;
    // NI 15% × 1,233.23 = 184.9845 → 184.98, × 52 = 9,618.96 each, 19,237.92 together;
    // Employment Allowance capped at 10,500 → NI to pay 8,737.92;
    // pension 3% × (967 − 120) = 25.41, × 52 = 1,321.32 each, 2,642.64 together;
    // annual 124,800 + 13,439.92 + 8,737.92 + 2,642.64 + 120 + 208 = 149,948.48; ÷ 52 = 2,883.62; ÷ 13 = 11,534.50.
    name: "two PAs exhaust the Employment Allowance (one per employer), 2026/27",
    year: "2026/27",
    input: { payPeriod: "week", pas: [{ hoursPerWeek: 60, hourlyRate: 20, age: 40 }, { hoursPerWeek: 60, hourlyRate: 20, age: 40 }] },
    expect: {
      pa0: { employerNiPerPeriod: 184.98, employerNiAnnual: 9618.96, employerPensionPerPeriod: 25.41 },
      employerNiBeforeAllowanceAnnual: 19237.92,
      employmentAllowanceUsedAnnual: 10500,
      employerNiAnnual: 8737.92,
      employerPensionAnnual: 2642.64,
      totalAnnual: 149948.48,
      totalWeekly: 2883.62,
      totalFourWeekly: 11534.5,
    },
  },
  {
    // As the first example without the Employment Allowance: 15,566.08 + 1,497.60 = 17,063.68; ÷ 52 = 328.15; ÷ 13 = 1,312.59.
    name: "Employment Allowance not claimed, 2026/27",
    year: "2026/27",
    input: { claimEmploymentAllowance: false, pas: [{ hoursPerWeek: 20, hourlyRate: 13 }] },
    expect: { employmentAllowanceUsedAnnual: 0, employerNiAnnual: 1497.6, totalAnnual: 17063.68, totalWeekly: 328.15, totalFourWeekly: 1312.59 },
  },
  {
    // Six days a week: 5.6 weeks would be 33.6 days, so the 28-day cap gives 28 ÷ 6 weeks. 36 × 13 = 468.00;
    // holiday 468 × (28 ÷ 6) ÷ 52 = 42.00; 510.00 a week; NI 15% × 414 = 62.10, × 52 = 3,229.20 → EA;
    // pension 3% × (510 − 120) = 11.70, × 52 = 608.40; annual 24,336 + 2,184 + 608.40 + 328 = 27,456.40;
    // ÷ 52 = 528.01; ÷ 13 = 2,112.03.
    name: "28-day holiday cap for a six-day week, 2026/27",
    year: "2026/27",
    input: { payPeriod: "week", pas: [{ hoursPerWeek: 36, hourlyRate: 13, age: 30, daysPerWeek: 6 }] },
    expect: { pa0: { holidayPayWeekly: 42, employerNiPerPeriod: 62.1, employerPensionPerPeriod: 11.7 }, totalAnnual: 27456.4, totalWeekly: 528.01, totalFourWeekly: 2112.03 },
  },
  {
    // Apprentice aged 19 at the £7.55 apprentice rate: 30 × 7.55 = 226.50; holiday 24.392… → 24.39; 4-weekly 1,003.56;
    // NI 0 below the £3,868 apprentice upper secondary threshold; pension: under 22 → 0;
    // annual 11,778 + 1,268.28 + 328 = 13,374.28; ÷ 52 = 257.20; ÷ 13 = 1,028.79.
    name: "apprentice aged 19, 2025/26",
    year: "2025/26",
    input: { pas: [{ hoursPerWeek: 30, hourlyRate: 7.55, age: 19, apprentice: true }] },
    expect: { pa0: { belowMinimumWage: false, minimumWage: 7.55, employerNiPerPeriod: 0, pensionEligible: false }, totalAnnual: 13374.28, totalWeekly: 257.2, totalFourWeekly: 1028.79 },
  },
  {
    // Aged 70, over State Pension age: no automatic enrolment. 25 × 12.50 = 312.50; holiday 33.653… → 33.65;
    // 346.15 a week; NI 15% × 250.15 = 37.5225 → 37.52, × 52 = 1,951.04 → EA; annual 16,250 + 1,749.80 + 328 = 18,327.80;
    // ÷ 52 = 352.46; ÷ 13 = 1,409.83.
    name: "PA over State Pension age, weekly, 2025/26",
    year: "2025/26",
    input: { payPeriod: "week", pas: [{ hoursPerWeek: 25, hourlyRate: 12.5, age: 70 }] },
    expect: { pa0: { employerNiPerPeriod: 37.52, employerNiAnnual: 1951.04, pensionEligible: false }, totalAnnual: 18327.8, totalWeekly: 352.46, totalFourWeekly: 1409.83 },
  },
  {
    // No insurance or payroll: 8 × 12.71 = 101.68; holiday 10.950… → 10.95; 112.63 a week;
    // NI 15% × 16.63 = 2.4945 → 2.49, × 52 = 129.48 → EA; pension: below trigger; annual 5,287.36 + 569.40 = 5,856.76;
    // ÷ 52 = 112.63; ÷ 13 = 450.52.
    name: "insurance and payroll left out, 2026/27",
    year: "2026/27",
    input: { payPeriod: "week", includeInsurance: false, includePayrollService: false, pas: [{ hoursPerWeek: 8, hourlyRate: 12.71, age: 22 }] },
    expect: { pa0: { employerNiPerPeriod: 2.49 }, insuranceAnnual: 0, payrollAnnual: 0, totalAnnual: 5856.76, totalWeekly: 112.63, totalFourWeekly: 450.52 },
  },
];

describe("paCost worked examples", () => {
  it.each(examples)("$name", ({ year, input, expect: want }) => {
    const { result } = calculatePaCost(input, contextFor(year));
    expect(result.taxYear).toBe(year);
    const { pa0, ...totals } = want;
    expect(result).toMatchObject(totals);
    if (pa0) expect(result.pas[0]).toMatchObject(pa0);
  });

  it("has at least ten examples covering both tax years", () => {
    expect(examples.length).toBeGreaterThanOrEqual(10);
    expect(new Set(examples.map((e) => e.year))).toEqual(new Set(["2025/26", "2026/27"]));
  });
});

describe("paCost outcome", () => {
  const outcome = paCost({ pas: [{ hoursPerWeek: 20, hourlyRate: 13 }] }, contextFor("2026/27"));

  it("labels every step with the tax year and gives a rule and a source", () => {
    expect(outcome.steps.length).toBeGreaterThan(10);
    for (const step of outcome.steps) {
      expect(step.label).toContain("2026/27");
      expect(step.rule).toMatch(/\S/);
      expect(step.source).toMatch(/\S/);
    }
  });

  it("rounds every shown amount to the penny", () => {
    for (const step of outcome.steps) if (step.amount !== null) expect(Math.round(step.amount * 100) / 100).toBe(step.amount);
  });

  it("summarises the headline figures and says it is an estimate", () => {
    expect(outcome.calculator).toBe("pa-cost");
    expect(outcome.missing).toEqual([]);
    expect(outcome.summary).toContain("2026/27");
    expect(outcome.summary).toContain("£299.35 a week");
    expect(outcome.summary).toContain("£15,566.08 a year");
    expect(outcome.summary).toMatch(/estimate, not a decision/);
    expect(outcome.notes.join(" ")).toMatch(/Employment Allowance/);
  });

  it("warns in the notes when pay is below the minimum wage for the PA's age", () => {
    const low = paCost({ pas: [{ hoursPerWeek: 10, hourlyRate: 10.5, age: 19 }, { hoursPerWeek: 10, hourlyRate: 10.5, age: 30 }] }, contextFor("2026/27"));
    const warnings = low.notes.filter((n) => n.startsWith("Warning"));
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toContain("£10.85");
    expect(warnings[1]).toContain("£12.71");
    expect(low.summary).toMatch(/below the legal minimum/);
  });
});

describe("paCost properties", () => {
  const pa = fc.record({
    hoursPerWeek: fc.integer({ min: 1, max: 6000 }).map((n) => n / 100),
    hourlyRate: fc.integer({ min: 100, max: 5000 }).map((n) => n / 100),
    age: fc.integer({ min: 16, max: 90 }),
    irregularHours: fc.boolean(),
  });
  const period = fc.constantFrom("week" as const, "four-weeks" as const, "month" as const);
  const year = fc.constantFrom("2025/26" as const, "2026/27" as const);

  it("charges no employer NI when pay for the period is not above the secondary threshold, and never a negative amount", () => {
    fc.assert(
      fc.property(pa, period, year, (p, payPeriod, y) => {
        const { result } = calculatePaCost({ payPeriod, pas: [p] }, contextFor(y));
        const line = result.pas[0]!;
        const key = payPeriod === "week" ? "week" : payPeriod === "four-weeks" ? "fourWeeks" : "month";
        const threshold = ratesFor(y).employerNi.secondaryThreshold[key].value;
        expect(line.employerNiPerPeriod).toBeGreaterThanOrEqual(0);
        if (line.earningsPerPeriod <= threshold) expect(line.employerNiPerPeriod).toBe(0);
        // Under 21: 0% up to the upper secondary threshold (category M).
        const upper = ratesFor(y).employerNi.upperSecondaryThreshold[key].value;
        if (p.age < 21 && line.earningsPerPeriod <= upper) expect(line.employerNiPerPeriod).toBe(0);
      }),
      { numRuns: 300 },
    );
  });

  it("never costs less than the gross pay, and the Employment Allowance never exceeds NI or its limit", () => {
    fc.assert(
      fc.property(fc.array(pa, { minLength: 1, maxLength: 4 }), period, year, (pas, payPeriod, y) => {
        const { result } = calculatePaCost({ payPeriod, pas }, contextFor(y));
        expect(result.totalAnnual).toBeGreaterThanOrEqual(result.grossPayAnnual);
        expect(result.employmentAllowanceUsedAnnual).toBeLessThanOrEqual(Math.min(result.employerNiBeforeAllowanceAnnual, 10500) + 1e-9);
        expect(result.employerNiAnnual).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 200 },
    );
  });
});

describe("paCost input validation", () => {
  it("names each bad field with a dotted path", () => {
    const parsed = paCostInputSchema.safeParse({ payPeriod: "fortnight", pas: [{ hoursPerWeek: 0, hourlyRate: -1, age: 12 }] });
    expect(parsed.success).toBe(false);
    const paths = parsed.success ? [] : parsed.error.issues.map((i) => i.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["payPeriod", "pas.0.hoursPerWeek", "pas.0.hourlyRate", "pas.0.age"]));
  });

  it("needs at least one PA", () => {
    const parsed = paCostInputSchema.safeParse({ pas: [] });
    expect(parsed.success).toBe(false);
  });

  it("fills sensible defaults", () => {
    const parsed = paCostInputSchema.parse({ pas: [{ hoursPerWeek: 1, hourlyRate: 13 }] });
    expect(parsed).toMatchObject({ payPeriod: "four-weeks", claimEmploymentAllowance: true, includeInsurance: true, includePayrollService: true });
    expect(parsed.pas[0]).toMatchObject({ irregularHours: false, apprentice: false });
  });
});
