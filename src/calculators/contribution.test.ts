import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assessCapital, contribution, contributionInputSchema, tariffIncome, type ContributionInput } from "./contribution.ts";
import { ratesFor } from "./rates/rates-for.ts";
import { contextFor, testCouncil } from "./test-council.ts";

/*
 * Worked by hand. Rules (Care and Support (Charging and Assessment of Resources) Regulations 2014):
 *   capital above the upper limit (£23,250) → full cost (reg 12); tariff income £1 a week for every £250 or part of
 *   £250 above the lower limit (£14,250) (reg 25); earnings (reg 14) and DLA/PIP mobility (Sch 1 para 8) not counted;
 *   Minimum Income Guarantee (reg 7) 2025/26: single 18–24 £89.15, single 25 to Pension Credit age £112.50,
 *   disability premium £49.65, enhanced disability premium £24.25, single at Pension Credit age £232.60; 2026/27:
 *   single 18–24 £95.40, single at Pension Credit age £241.45 (other rows not held: the council's figure is
 *   given instead); housing costs; disability-related expenditure actual, or the test council's £20.00 standard
 *   allowance where disability benefits are counted (Annex C paras 39–40);
 *   contribution = min(max(0, income + tariff − allowances), cost of care) (Care Act 2014 s.14(4));
 *   net direct payment = cost − contribution. Every step rounded to the penny.
 */
interface Example {
  name: string;
  year: "2025/26" | "2026/27";
  input: ContributionInput;
  expect: Record<string, unknown>;
  missing?: string[];
}

const examples: Example[] = [
  {
    // Tariff: (16,000 − 14,250) ÷ 250 = 7 → £7.00. Counted: ESA 140 + PIP daily living 110.40 = 250.40; PIP mobility
    // 77.05 not counted. Income 257.40. MIG 112.50 + disability premium 49.65 = 162.15; DRE standard 20.00;
    // allowances 182.15. 257.40 − 182.15 = 75.25 (below the £250 cost) → net 174.75, × 4 = 699.00.
    name: "working-age single with PIP and savings between the limits, 2025/26",
    year: "2025/26",
    input: {
      age: 30,
      capital: 16000,
      weeklyIncome: { employmentAndSupportAllowance: 140, pipDailyLiving: 110.4, pipMobility: 77.05 },
      weeklyCostOfCare: 250,
    },
    expect: {
      tariffIncomeWeekly: 7,
      countedIncomeWeekly: 250.4,
      disregardedIncomeWeekly: 77.05,
      assessableIncomeWeekly: 257.4,
      minimumIncomeGuaranteeWeekly: 162.15,
      disabilityRelatedExpenditureWeekly: 20,
      allowancesWeekly: 182.15,
      weeklyContribution: 75.25,
      netDirectPaymentWeekly: 174.75,
      netDirectPaymentFourWeekly: 699,
    },
  },
  {
    // Aged 22: MIG £89.15. UC 100.00; no disability benefits so no DRE allowance. 100 − 89.15 = 10.85; net 89.15.
    name: "single aged 22 on Universal Credit, 2025/26",
    year: "2025/26",
    input: { age: 22, capital: 0, weeklyIncome: { universalCredit: 100 }, weeklyCostOfCare: 100 },
    expect: { tariffIncomeWeekly: 0, minimumIncomeGuaranteeWeekly: 89.15, disabilityRelatedExpenditureWeekly: 0, weeklyContribution: 10.85, netDirectPaymentWeekly: 89.15 },
  },
  {
    // Capital exactly at the lower limit → no tariff. Counted ESA 150 + PIP 73.90 = 223.90.
    // MIG 112.50 + 49.65 + 24.25 = 186.40; housing 30; actual DRE 15 → allowances 231.40 > 223.90 → 0; net = 300.
    name: "allowances above income gives nothing to pay, 2025/26",
    year: "2025/26",
    input: {
      age: 40,
      capital: 14250,
      weeklyIncome: { employmentAndSupportAllowance: 150, pipDailyLiving: 73.9 },
      enhancedDisabilityPremium: true,
      weeklyHousingCosts: 30,
      disabilityRelatedExpenditureWeekly: 15,
      weeklyCostOfCare: 300,
    },
    expect: { tariffIncomeWeekly: 0, minimumIncomeGuaranteeWeekly: 186.4, allowancesWeekly: 231.4, maximumContributionWeekly: 0, weeklyContribution: 0, netDirectPaymentWeekly: 300 },
  },
  {
    // A penny over the lower limit is "part of £250" → £1.00 tariff. 120 + 1 = 121; − 112.50 = 8.50,
    // but the care costs only £5.00, so the contribution is £5.00 and the net payment £0.00.
    name: "contribution capped at the cost of care; part of £250 counts, 2025/26",
    year: "2025/26",
    input: { age: 50, capital: 14250.01, weeklyIncome: { otherCounted: 120 }, weeklyCostOfCare: 5 },
    expect: { tariffIncomeWeekly: 1, maximumContributionWeekly: 8.5, weeklyContribution: 5, netDirectPaymentWeekly: 0 },
  },
  {
    // Above the upper limit: full cost, whatever the income; no Minimum Income Guarantee needed.
    name: "capital above the upper limit pays the full cost, 2026/27",
    year: "2026/27",
    input: { age: 70, capital: 23250.01, weeklyCostOfCare: 180 },
    expect: { aboveUpperLimit: true, fullCost: true, weeklyContribution: 180, netDirectPaymentWeekly: 0 },
  },
  {
    // Exactly at the upper limit is not above it: tariff (23,250 − 14,250) ÷ 250 = 36.
    // ESA 100 + 36 = 136; allowances 112.50 + housing 10 = 122.50; 13.50; net 186.50.
    name: "capital exactly at the upper limit, 2025/26",
    year: "2025/26",
    input: { age: 30, capital: 23250, weeklyIncome: { employmentAndSupportAllowance: 100 }, weeklyHousingCosts: 10, weeklyCostOfCare: 200 },
    expect: { aboveUpperLimit: false, tariffIncomeWeekly: 36, weeklyContribution: 13.5, netDirectPaymentWeekly: 186.5 },
  },
  {
    // 2026/27 with the council's own MIG figure (£240.00) as the national one is not held.
    // Tariff (20,000 − 14,250) ÷ 250 = 23. Counted State Pension 230.25 + Attendance Allowance 76.70 = 306.95;
    // income 329.95; allowances 240 + housing 25 + DRE standard 20 = 285.00; 44.95; net 105.05, × 4 = 420.20.
    name: "pension age with the council's Minimum Income Guarantee, 2026/27",
    year: "2026/27",
    input: {
      age: 70,
      capital: 20000,
      weeklyIncome: { statePension: 230.25, attendanceAllowance: 76.7 },
      weeklyHousingCosts: 25,
      minimumIncomeGuaranteeWeekly: 240,
      weeklyCostOfCare: 150,
    },
    expect: { tariffIncomeWeekly: 23, countedIncomeWeekly: 306.95, assessableIncomeWeekly: 329.95, allowancesWeekly: 285, weeklyContribution: 44.95, netDirectPaymentWeekly: 105.05, netDirectPaymentFourWeekly: 420.2 },
  },
  {
    // Earnings (reg 14) and DLA mobility are not counted: only UC 50 counts; MIG 180 → 0 to pay.
    name: "earnings and DLA mobility are not counted, 2026/27",
    year: "2026/27",
    input: {
      age: 35,
      capital: 1000,
      weeklyIncome: { earnings: 300, dlaMobility: 29.2, universalCredit: 50 },
      minimumIncomeGuaranteeWeekly: 180,
      weeklyCostOfCare: 100,
    },
    expect: { countedIncomeWeekly: 50, disregardedIncomeWeekly: 329.2, weeklyContribution: 0, netDirectPaymentWeekly: 100 },
  },
  {
    // No cost of care given: the most that can be charged is shown and the cost is asked for.
    // Aged 24: MIG 89.15; UC 120 → 30.85.
    name: "without the cost of care the maximum is shown and the cost asked for, 2025/26",
    year: "2025/26",
    input: { age: 24, capital: 0, weeklyIncome: { universalCredit: 120 } },
    expect: { maximumContributionWeekly: 30.85, weeklyContribution: 30.85, netDirectPaymentWeekly: null },
    missing: ["weeklyCostOfCare"],
  },
  {
    // A couple member: the couple row is not held, so the council's figure (£95.00) is used.
    // ESA 130 − (95 + housing 20) = 15.00; net 35.00.
    name: "member of a couple with the council's figure, 2025/26",
    year: "2025/26",
    input: { age: 40, household: "couple", capital: 0, weeklyIncome: { employmentAndSupportAllowance: 130 }, weeklyHousingCosts: 20, minimumIncomeGuaranteeWeekly: 95, weeklyCostOfCare: 50 },
    expect: { weeklyContribution: 15, netDirectPaymentWeekly: 35 },
  },
  {
    // A member of a couple at pension age in 2025/26 without a council figure: the national row is not held, so no
    // contribution is guessed; tariff income (18,000 − 14,250) ÷ 250 = 15 is still shown and the MIG is asked for.
    name: "missing national Minimum Income Guarantee is asked for, not guessed, 2025/26",
    year: "2025/26",
    input: { age: 67, household: "couple", capital: 18000, weeklyIncome: { statePension: 230.25, pensionCredit: 10 }, weeklyCostOfCare: 120 },
    expect: { tariffIncomeWeekly: 15, assessableIncomeWeekly: 255.25, minimumIncomeGuaranteeWeekly: null, weeklyContribution: null },
    missing: ["minimumIncomeGuaranteeWeekly"],
  },
  {
    // Single at Pension Credit age, 2025/26: tariff (18,000 − 14,250) ÷ 250 = 15. Income 230.25 + 10 + 15 = 255.25;
    // MIG £232.60; no disability benefits, so no DRE; housing 0. 255.25 − 232.60 = 22.65 (below the £120 cost);
    // net 120 − 22.65 = 97.35.
    name: "single at Pension Credit age uses the national £232.60, 2025/26",
    year: "2025/26",
    input: { age: 67, capital: 18000, weeklyIncome: { statePension: 230.25, pensionCredit: 10 }, weeklyCostOfCare: 120 },
    expect: { tariffIncomeWeekly: 15, assessableIncomeWeekly: 255.25, minimumIncomeGuaranteeWeekly: 232.6, weeklyContribution: 22.65, netDirectPaymentWeekly: 97.35 },
  },
  {
    // Single aged 22, 2026/27: MIG £95.40. UC 100.00; no disability benefits so no DRE. 100 − 95.40 = 4.60; net
    // 100 − 4.60 = 95.40.
    name: "single aged 18 to 24 uses the national £95.40, 2026/27",
    year: "2026/27",
    input: { age: 22, capital: 0, weeklyIncome: { universalCredit: 100 }, weeklyCostOfCare: 100 },
    expect: { minimumIncomeGuaranteeWeekly: 95.4, weeklyContribution: 4.6, netDirectPaymentWeekly: 95.4 },
  },
];

describe("contribution worked examples", () => {
  it.each(examples)("$name", ({ year, input, expect: want, missing }) => {
    const outcome = contribution(input, contextFor(year));
    expect(outcome.taxYear).toBe(year);
    expect(outcome.result).toMatchObject(want);
    expect(outcome.missing.map((m) => m.field)).toEqual(missing ?? []);
    expect(outcome.summary).toContain(year);
    expect(outcome.summary).toMatch(/estimate, not a decision/);
    for (const step of outcome.steps) {
      expect(step.label).toContain(year);
      expect(step.rule).toMatch(/\S/);
      expect(step.source).toMatch(/\S/);
      if (step.amount !== null) expect(Math.round(step.amount * 100) / 100).toBe(step.amount);
    }
  });

  it("has at least ten examples covering both tax years", () => {
    expect(examples.length).toBeGreaterThanOrEqual(10);
    expect(new Set(examples.map((e) => e.year)).size).toBe(2);
  });

  it("uses the council's higher capital limits and MIG uplift", () => {
    // Limits £20,000 / £30,000, uplift £10: £25,000 is not above the upper limit; tariff 5,000 ÷ 250 = 20.
    // ESA 120 + 20 = 140; MIG 112.50 + 10 = 122.50; 17.50; net 60 − 17.50 = 42.50.
    const council = { ...testCouncil, charging: { ...testCouncil.charging, capitalLowerLimit: 20000, capitalUpperLimit: 30000, migUpliftWeekly: 10 } };
    const outcome = contribution(
      { age: 30, capital: 25000, weeklyIncome: { employmentAndSupportAllowance: 120 }, weeklyCostOfCare: 60 },
      contextFor("2025/26", council),
    );
    expect(outcome.result).toMatchObject({ capitalLowerLimit: 20000, capitalUpperLimit: 30000, tariffIncomeWeekly: 20, minimumIncomeGuaranteeWeekly: 122.5, weeklyContribution: 17.5, netDirectPaymentWeekly: 42.5 });
  });

  it("asks for the council's figure with a precise question naming the rows needed", () => {
    // The 2026/27 couple row at Pension Credit age is not held nationally.
    const outcome = contribution({ age: 67, household: "couple", capital: 0, weeklyIncome: { statePension: 200 } }, contextFor("2026/27"));
    const question = outcome.missing.find((m) => m.field === "minimumIncomeGuaranteeWeekly");
    expect(question?.question).toContain("member of a couple, one or both over Pension Credit age");
    expect(question?.question).toContain("01632 960 006");
  });
});

describe("tariff income", () => {
  it.each([
    [14250, 0],
    [14250.01, 1],
    [14500, 1],
    [14500.01, 2],
    [18000, 15],
    [23250, 36],
    [0, 0],
  ])("£%d of capital → £%d a week", (capital, tariff) => {
    expect(tariffIncome(capital, 14250)).toBe(tariff);
  });

  it("needs only the savings: assessCapital gives the tariff without any other input", () => {
    const cap = assessCapital(18000, ratesFor("2026/27"), testCouncil);
    expect(cap).toMatchObject({ tariffIncomeWeekly: 15, aboveUpperLimit: false, lowerLimit: 14250, upperLimit: 23250 });
  });

  it("is £1 for every £250 or part of £250 between the limits", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1425000, max: 2325000 }), (pence) => {
        const capital = pence / 100;
        expect(tariffIncome(capital, 14250)).toBe(Math.ceil((pence - 1425000) / 25000));
      }),
    );
  });
});

describe("contribution properties", () => {
  const income = fc.record({
    statePension: fc.integer({ min: 0, max: 40000 }).map((p) => p / 100),
    universalCredit: fc.integer({ min: 0, max: 40000 }).map((p) => p / 100),
    pipDailyLiving: fc.integer({ min: 0, max: 12000 }).map((p) => p / 100),
    pipMobility: fc.integer({ min: 0, max: 8000 }).map((p) => p / 100),
    earnings: fc.integer({ min: 0, max: 50000 }).map((p) => p / 100),
  });
  const base = fc.record({
    year: fc.constantFrom("2025/26" as const, "2026/27" as const),
    age: fc.integer({ min: 18, max: 100 }),
    household: fc.constantFrom("single" as const, "couple" as const),
    capital: fc.integer({ min: 0, max: 4000000 }).map((p) => p / 100),
    weeklyIncome: income,
    weeklyHousingCosts: fc.integer({ min: 0, max: 30000 }).map((p) => p / 100),
    minimumIncomeGuaranteeWeekly: fc.integer({ min: 5000, max: 40000 }).map((p) => p / 100),
    weeklyCostOfCare: fc.integer({ min: 100, max: 200000 }).map((p) => p / 100),
  });

  it("is never negative and never above the cost of care; the net payment is cost minus contribution", () => {
    fc.assert(
      fc.property(base, ({ year, ...input }) => {
        const r = contribution(input, contextFor(year)).result as Record<string, number>;
        expect(r.weeklyContribution).toBeGreaterThanOrEqual(0);
        expect(r.weeklyContribution).toBeLessThanOrEqual(input.weeklyCostOfCare);
        expect(r.netDirectPaymentWeekly).toBeCloseTo(input.weeklyCostOfCare - r.weeklyContribution, 9);
      }),
      { numRuns: 400 },
    );
  });

  it("never falls when capital rises", () => {
    fc.assert(
      fc.property(base, fc.integer({ min: 0, max: 2000000 }).map((p) => p / 100), ({ year, ...input }, more) => {
        const ctx = contextFor(year);
        const less = contribution(input, ctx).result as Record<string, number>;
        const richer = contribution({ ...input, capital: input.capital + more }, ctx).result as Record<string, number>;
        expect(richer.weeklyContribution).toBeGreaterThanOrEqual(less.weeklyContribution);
      }),
      { numRuns: 400 },
    );
  });
});

describe("contribution input validation", () => {
  it("names each missing or bad field with a dotted path", () => {
    const parsed = contributionInputSchema.safeParse({ household: "widowed", weeklyIncome: { statePension: -5, lottery: 10 }, weeklyCostOfCare: 0 });
    expect(parsed.success).toBe(false);
    const issues = parsed.success ? [] : parsed.error.issues;
    const paths = issues.map((i) => i.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["age", "capital", "household", "weeklyIncome.statePension", "weeklyCostOfCare"]));
    expect(issues.some((i) => i.code === "unrecognized_keys" && i.path.join(".") === "weeklyIncome")).toBe(true);
  });

  it("defaults to a single person with no housing costs and nothing disregarded", () => {
    const parsed = contributionInputSchema.parse({ age: 30, capital: 0 });
    expect(parsed).toMatchObject({ household: "single", children: 0, weeklyHousingCosts: 0, enhancedDisabilityPremium: false, carerPremium: false });
    expect(parsed.weeklyIncome.statePension).toBe(0);
  });
});

describe("the council's own Minimum Income Guarantee table", () => {
  it("fills a national row that is not held, with the council as the source", async () => {
    const { testCouncil } = await import("./test-council.ts");
    // A hypothetical council table for 2026/27 (not a national figure): member of a couple at Pension Credit age
    // £180 (the national 2026/27 row is not held).
    const council = { ...testCouncil, charging: { ...testCouncil.charging, minimumIncomeGuarantee: { "2026/27": { coupleMemberPensionCreditAge: 180 } } } };
    const ctx = { council, today: new Date("2026-11-23T12:00:00Z") };
    // Worked by hand: income £300 (State Pension) − MIG £180 − housing £0 = £120 a week. No disability benefit is
    // counted, so no disability-related expenditure allowance applies; capital £0 adds no tariff income; the
    // £150 cost of care caps nothing. Contribution £120.00.
    const input = { age: 70, household: "couple" as const, capital: 0, weeklyIncome: { statePension: 300 }, weeklyCostOfCare: 150 };
    const o = contribution(input, ctx);
    expect(o.missing).toEqual([]);
    expect(o.result?.weeklyContribution).toBe(120);
    expect(o.steps.some((s) => s.source.includes(council.council.name))).toBe(true);
    // Without the table the national row is not held, so it asks rather than guessing.
    const asked = contribution(input, { council: testCouncil, today: ctx.today });
    expect(asked.missing.map((m) => m.field)).toContain("minimumIncomeGuaranteeWeekly");
  });

  it("keeps a national row that is higher than the council's", async () => {
    const { testCouncil } = await import("./test-council.ts");
    // Council £240 for a single person at Pension Credit age is below the national 2026/27 £241.45, so the national
    // row stays: £300 − £241.45 = £58.55 a week (no DRE, no tariff income, under the £150 cost of care).
    const council = { ...testCouncil, charging: { ...testCouncil.charging, minimumIncomeGuarantee: { "2026/27": { singlePensionCreditAge: 240 } } } };
    const o = contribution({ age: 70, capital: 0, weeklyIncome: { statePension: 300 }, weeklyCostOfCare: 150 }, { council, today: new Date("2026-11-23T12:00:00Z") });
    expect(o.missing).toEqual([]);
    expect(o.result).toMatchObject({ minimumIncomeGuaranteeWeekly: 241.45, weeklyContribution: 58.55 });
  });
});
