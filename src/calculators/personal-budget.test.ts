import { describe, expect, it } from "vitest";
import { personalBudget, personalBudgetInputSchema, type PersonalBudgetInput } from "./personal-budget.ts";
import { contextFor } from "./test-council.ts";

/*
 * Worked by hand with the test council's notional rates (PA £13.75, weekend £14.50, agency £25.80 an hour,
 * day opportunities £62.00 a day, insurance £120 a year, payroll £16 every 4 weeks = £208 a year).
 * PA items are priced by pa-cost (see pa-cost.test.ts for its rules; pay is four-weekly unless stated).
 * Weekly items × 52 = annual; one-offs ÷ years of use; contingency % of the ongoing annual cost;
 * budget a week = annual ÷ 52, every 4 weeks = annual ÷ 13. Every step rounded to the penny.
 */
interface Example {
  name: string;
  year: "2025/26" | "2026/27";
  input: PersonalBudgetInput;
  annual: number;
  fourWeekly: number;
  weekly: number;
  extra?: Record<string, number>;
}

const examples: Example[] = [
  {
    // 15 × 13.75 = 206.25; holiday × 5.6 ÷ 52 = 22.21; 4-weekly 228.46 × 4 = 913.84;
    // NI 15% × (913.84 − 384) = 79.48 × 13 = 1,033.24 → Employment Allowance → 0;
    // pension 3% × (913.84 − 480) = 13.02 × 13 = 169.26;
    // annual 10,725 + 1,154.92 + 169.26 + 120 + 208 = 12,377.18; ÷ 13 = 952.09; ÷ 52 = 238.02.
    name: "15 hours of PA support at the council rate, 2026/27",
    year: "2026/27",
    input: { paHours: [{ hoursPerWeek: 15 }] },
    annual: 12377.18,
    fourWeekly: 952.09,
    weekly: 238.02,
    extra: { paAnnual: 12377.18 },
  },
  {
    // 10 × 25.80 = 258.00 a week; × 52 = 13,416.00; ÷ 13 = 1,032.00.
    name: "10 hours of agency care, 2025/26",
    year: "2025/26",
    input: { agencyHoursPerWeek: 10 },
    annual: 13416,
    fourWeekly: 1032,
    weekly: 258,
    extra: { agencyWeekly: 258 },
  },
  {
    // 2 × 62.00 = 124.00 a week; × 52 = 6,448.00.
    name: "two days a week at a day opportunity, 2026/27",
    year: "2026/27",
    input: { dayOpportunityDaysPerWeek: 2 },
    annual: 6448,
    fourWeekly: 496,
    weekly: 124,
  },
  {
    // Agency 5 × 25.80 = 129.00 × 52 = 6,708.00; one-off 600 ÷ 3 = 200.00; total 6,908.00;
    // ÷ 52 = 132.846… → 132.85; ÷ 13 = 531.384… → 531.38.
    name: "a one-off purchase spread over three years, 2025/26",
    year: "2025/26",
    input: { agencyHoursPerWeek: 5, oneOffPurchases: [{ description: "riser chair", amount: 600, yearsOfUse: 3 }] },
    annual: 6908,
    fourWeekly: 531.38,
    weekly: 132.85,
    extra: { oneOffAnnual: 200 },
  },
  {
    // Agency 13,416.00 a year; 5% contingency = 670.80; total 14,086.80; ÷ 52 = 270.90; ÷ 13 = 1,083.60.
    name: "a 5% contingency, 2026/27",
    year: "2026/27",
    input: { agencyHoursPerWeek: 10, contingencyPercent: 5 },
    annual: 14086.8,
    fourWeekly: 1083.6,
    weekly: 270.9,
    extra: { contingencyAnnual: 670.8 },
  },
  {
    // Weekend PA at £14.50: 8 × 14.50 = 116.00; holiday 12.49; 4-weekly 128.49 × 4 = 513.96;
    // NI 15% × 129.96 = 19.49 → EA; pension: 513.96 not above 768 → 0;
    // annual 6,032 + 649.48 + 328 = 7,009.48; ÷ 52 = 134.80; ÷ 13 = 539.19.
    name: "weekend PA hours at the council's weekend rate, 2026/27",
    year: "2026/27",
    input: { paHours: [{ hoursPerWeek: 8, weekend: true }] },
    annual: 7009.48,
    fourWeekly: 539.19,
    weekly: 134.8,
  },
  {
    // PA 10 × 12.50 = 125.00; holiday 13.46; 4-weekly 553.84; NI 25.48 → EA; pension 0 (below trigger);
    // PA annual 6,500 + 699.92 + 328 = 7,527.92. Agency 4 × 25.80 = 103.20, day 62.00: (165.20) × 52 = 8,590.40.
    // Total 16,118.32; ÷ 52 = 309.97; ÷ 13 = 1,239.87.
    name: "PA, agency and day opportunity together, 2025/26",
    year: "2025/26",
    input: { paHours: [{ hoursPerWeek: 10, hourlyRate: 12.5, age: 30 }], agencyHoursPerWeek: 4, dayOpportunityDaysPerWeek: 1 },
    annual: 16118.32,
    fourWeekly: 1239.87,
    weekly: 309.97,
    extra: { paAnnual: 7527.92, weeklyItemsAnnual: 8590.4 },
  },
  {
    // Agency 2 × 25.80 = 51.60; other 10.00; (61.60) × 52 = 3,203.20; ÷ 13 = 246.40.
    name: "other weekly costs, 2026/27",
    year: "2026/27",
    input: { agencyHoursPerWeek: 2, otherWeeklyCosts: [{ description: "swimming", weeklyAmount: 10 }] },
    annual: 3203.2,
    fourWeekly: 246.4,
    weekly: 61.6,
  },
  {
    // 450 ÷ 1 + 1,200 ÷ 4 = 750.00 a year; ÷ 52 = 14.42; ÷ 13 = 57.69.
    name: "one-off purchases only, 2025/26",
    year: "2025/26",
    input: { oneOffPurchases: [{ description: "tablet", amount: 450 }, { description: "hoist", amount: 1200, yearsOfUse: 4 }] },
    annual: 750,
    fourWeekly: 57.69,
    weekly: 14.42,
  },
  {
    // Irregular-hours PA at the council rate: 206.25; holiday 12.07% = 24.89; 4-weekly 231.14 × 4 = 924.56;
    // NI 15% × 540.56 = 81.08 → EA; pension 3% × 444.56 = 13.34 × 13 = 173.42;
    // annual 10,725 + 1,294.28 + 173.42 + 328 = 12,520.70; ÷ 52 = 240.78; ÷ 13 = 963.13.
    name: "irregular-hours PA at the council rate, 2025/26",
    year: "2025/26",
    input: { paHours: [{ hoursPerWeek: 15, irregularHours: true }] },
    annual: 12520.7,
    fourWeekly: 963.13,
    weekly: 240.78,
  },
];

describe("personalBudget worked examples", () => {
  it.each(examples)("$name", ({ year, input, annual, fourWeekly, weekly, extra }) => {
    const outcome = personalBudget(input, contextFor(year));
    expect(outcome.taxYear).toBe(year);
    expect(outcome.result).toMatchObject({ annual, fourWeekly, weekly, ...(extra ?? {}) });
    expect(outcome.summary).toContain(year);
    expect(outcome.summary).toMatch(/estimate, not a decision/);
    for (const step of outcome.steps) {
      expect(step.label).toContain(year);
      expect(step.rule).toMatch(/\S/);
      expect(step.source).toMatch(/\S/);
    }
  });

  it("has at least ten examples covering both tax years", () => {
    expect(examples.length).toBeGreaterThanOrEqual(10);
    expect(new Set(examples.map((e) => e.year)).size).toBe(2);
  });

  it("shows the council's contingency balance: 8 weeks of the weekly budget", () => {
    const outcome = personalBudget({ agencyHoursPerWeek: 10 }, contextFor("2026/27"));
    // 258.00 × 8 = 2,064.00
    expect(outcome.result).toMatchObject({ contingencyBalanceAllowed: 2064 });
    expect(outcome.notes.join(" ")).toContain("8 weeks");
  });
});

describe("personalBudget input validation", () => {
  it("rejects an empty plan, naming paHours", () => {
    const parsed = personalBudgetInputSchema.safeParse({});
    expect(parsed.success).toBe(false);
    expect(parsed.success ? [] : parsed.error.issues.map((i) => i.path.join("."))).toContain("paHours");
  });

  it("says whose rates it used, and gives the plain weekly sum of what was listed beside the full cost", () => {
    const ctx = contextFor("2026/27");
    // 12 × £16 = £192, + £45 a week of other costs = £237 before holiday pay, NI and pension.
    const given = personalBudget({ paHours: [{ hoursPerWeek: 12, hourlyRate: 16 }], otherWeeklyCosts: [{ description: "day centre", weeklyAmount: 45 }] }, ctx);
    expect(given.summary).toMatch(/ at the rates given\. That is £237 a week for the hours and weekly costs as listed, before the PA's holiday pay/);
    // 15 × the test council's £13.75 = £206.25.
    const notional = personalBudget({ paHours: [{ hoursPerWeek: 15 }] }, ctx);
    expect(notional.summary).toMatch(/ at [\w ]+'s notional rates\. That is £206\.25 a week/);
    const agencyOnly = personalBudget({ agencyHoursPerWeek: 10 }, ctx);
    expect(agencyOnly.summary).not.toMatch(/That is £/);
  });

  it("names each bad field", () => {
    const parsed = personalBudgetInputSchema.safeParse({
      paHours: [{ hoursPerWeek: 200 }],
      agencyHoursPerWeek: -2,
      oneOffPurchases: [{ description: "", amount: 0, yearsOfUse: 0 }],
      contingencyPercent: 60,
    });
    const paths = parsed.success ? [] : parsed.error.issues.map((i) => i.path.join("."));
    expect(paths).toEqual(
      expect.arrayContaining([
        "paHours.0.hoursPerWeek",
        "agencyHoursPerWeek",
        "oneOffPurchases.0.description",
        "oneOffPurchases.0.amount",
        "oneOffPurchases.0.yearsOfUse",
        "contingencyPercent",
      ]),
    );
  });
});
