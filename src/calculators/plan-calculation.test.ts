import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { detectCalculator, planCalculation } from "./plan-calculation.ts";
import { contextFor } from "./test-council.ts";

const ctx = contextFor("2026/27");
const ctx2025 = contextFor("2025/26");

describe("recognising money questions", () => {
  it.each([
    ["what would I have to pay towards my care", "contribution"],
    ["How much will I have to contribute to my care?", "contribution"],
    ["Will I have to pay anything for my care at home?", "contribution"],
    ["I have £18,000 savings, what will I pay", "contribution"],
    ["How is my financial assessment worked out for me?", "contribution"],
    ["how much does a PA cost me if I pay £13 an hour for 20 hours", "pa-cost"],
    ["What does a PA actually cost me?", "pa-cost"],
    ["What's the real cost of employing a personal assistant?", "pa-cost"],
    ["how much would my budget be for 15 hours a week of PA support", "personal-budget"],
    ["How much money will I get as a direct payment?", "personal-budget"],
    ["How much would I get for 3 days a week at a day centre?", "personal-budget"],
  ])("%s → %s", (question, calculator) => {
    expect(detectCalculator(question)).toBe(calculator);
    expect(planCalculation(question, [], ctx)?.calculator).toBe(calculator);
  });

  it.each([
    "what is the minimum wage?",
    "can I pay my daughter?",
    "Can I employ my son as my PA?",
    "how much can I pay my PA?",
    "What is the minimum income guarantee?",
    "What is tariff income?",
    "Is there a cap on care costs?",
    "How do I pay my PA?",
    "How often will my direct payment be reviewed?",
    "hello",
  ])("%s → not a calculation", (question) => {
    expect(planCalculation(question, [], ctx)).toBeNull();
  });
});

describe("answering with what is known", () => {
  it("prices a PA from the question alone (20 × £13, worked in pa-cost.test.ts: £299.35 a week)", () => {
    const o = planCalculation("how much does a PA cost me if I pay £13 an hour for 20 hours", [], ctx)!;
    expect(o.missing).toEqual([]);
    expect(o.result).toMatchObject({ totalWeekly: 299.35, totalAnnual: 15566.08 });
    expect(o.summary).toContain("2026/27");
    expect(o.notes.join(" ")).toMatch(/age was not given/);
  });

  it("gives tariff income from savings alone and asks for the rest", () => {
    // (18,000 − 14,250) ÷ 250 = 15 → £15.00 a week.
    const o = planCalculation("I have £18,000 savings, what will I pay", [], ctx)!;
    expect(o.result).toMatchObject({ capital: 18000, tariffIncomeWeekly: 15 });
    expect(o.missing.map((m) => m.field)).toEqual(["age", "household", "weeklyIncome", "weeklyHousingCosts"]);
    expect(o.summary).toContain("£15 a week");
    expect(o.summary).toMatch(/estimate, not a decision/);
    for (const m of o.missing) expect(m.question).toMatch(/\?|\.$/);
  });

  it("understands £18k and 'in the bank'", () => {
    expect(planCalculation("I've got £18k in the bank - will I have to pay for my care?", [], ctx)!.result).toMatchObject({ capital: 18000, tariffIncomeWeekly: 15 });
  });

  it.each(["I have 18000 in savings, what would I pay towards my care?", "I have 18k savings, what will I pay towards care", "Savings of £18,000 - how much will I be charged for care?"])(
    "reads savings written as '%s'",
    (question) => {
      expect(planCalculation(question, [], ctx)!.result).toMatchObject({ capital: 18000, tariffIncomeWeekly: 15 });
    },
  );

  it("reads savings held in a named account, and '20 grand' (tariff: £16,000 is 7 lots of £250 or part above £14,250)", () => {
    expect(planCalculation("my mum has 16k in her post office account does she pay towards her care", [], ctx)!.result).toMatchObject({ capital: 16000, tariffIncomeWeekly: 7 });
    expect(planCalculation("I have 16 grand in savings, what will I pay towards my care", [], ctx)!.result).toMatchObject({ capital: 16000, tariffIncomeWeekly: 7 });
  });

  it("does not take money paid into an account each week as savings", () => {
    const outcome = planCalculation("£300 a week goes into my bank account, what will I pay towards my care?", [], ctx)!;
    expect(outcome.calculator).toBe("contribution");
    expect(outcome.input.capital).toBeUndefined();
  });

  it("does not mistake a year for an amount", () => {
    expect(planCalculation("Since April 2026 I have had £16,000 in savings. What will I pay for my care?", [], ctx)!.result).toMatchObject({ capital: 16000, tariffIncomeWeekly: 7 });
  });

  it("answers the full-cost case from savings above the upper limit", () => {
    const o = planCalculation("I've got about £25k in the bank. What will I pay towards my care?", [], ctx)!;
    expect(o.result).toMatchObject({ aboveUpperLimit: true, fullCost: true });
    expect(o.summary).toMatch(/full cost/);
    expect(o.missing.map((m) => m.field)).toEqual(["weeklyCostOfCare"]);
  });

  it("asks for every missing input with a precise question when nothing is known", () => {
    const o = planCalculation("what would I have to pay towards my care", [], ctx)!;
    expect(o.result).toBeNull();
    expect(o.missing.map((m) => m.field)).toEqual(["capital", "age", "household", "weeklyIncome", "weeklyHousingCosts"]);
    expect(o.missing.find((m) => m.field === "household")).toMatchObject({ type: "choice", choices: ["single", "couple"] });
    expect(o.missing[0]!.question).toMatch(/savings/);
  });

  it("asks how much of a benefit named without an amount", () => {
    const o = planCalculation("I'm 67 and get pension credit", ["what would I have to pay towards my care"], ctx)!;
    expect(o.calculator).toBe("contribution");
    expect(o.missing.map((m) => m.field)).toContain("weeklyIncome.pensionCredit");
    expect(o.missing.find((m) => m.field === "weeklyIncome.pensionCredit")!.question).toBe("How much Pension Credit do you get a week?");
    expect(o.missing.map((m) => m.field)).not.toContain("age");
  });

  it("asks for the PIP split because the mobility part is not counted", () => {
    const o = planCalculation("I get PIP £150 a week and have no savings. What will I pay towards my care?", [], ctx)!;
    expect(o.missing.find((m) => m.field === "weeklyIncome.pipDailyLiving")?.question).toMatch(/daily living.*mobility/);
  });

  it("separates PIP daily living (counted) from mobility (not counted), and reads monthly amounts", () => {
    const o = planCalculation(
      "I'm 40 and single with no savings. I get PIP daily living £73.90 and mobility £29.20 a week, and universal credit £400 a month. Rent is £90 a week. What would I pay?",
      [],
      ctx,
    )!;
    // £400 a month × 12 ÷ 52 = £92.31 a week.
    expect(o.input).toMatchObject({ age: 40, household: "single", capital: 0, weeklyHousingCosts: 90 });
    expect((o.input as { weeklyIncome: Record<string, number> }).weeklyIncome).toMatchObject({ pipDailyLiving: 73.9, pipMobility: 29.2, universalCredit: 92.31 });
    expect(o.result).toMatchObject({ countedIncomeWeekly: 166.21, disregardedIncomeWeekly: 29.2 });
    // The 2026/27 row for a single person aged 25 to Pension Credit age is not verified: the 2025/26 one is
    // used and the notes say so. A resident is never asked for the Minimum Income Guarantee.
    expect(o.missing.map((m) => m.field)).not.toContain("minimumIncomeGuaranteeWeekly");
    expect(o.notes.join(" ")).toMatch(/latest verified amount \(2025\/26\)/);
  });

  it("finishes a 2025/26 estimate in one question (worked in contribution.test.ts: £75.25 a week)", () => {
    const o = planCalculation(
      "I'm 30, single, I get £110.40 a week PIP daily living, £77.05 PIP mobility and ESA £140 a week. Rent is £0. I have £16,000 saved. What would I pay towards my care, which costs £250 a week, for 2025/26?",
      [],
      ctx,
    )!;
    expect(o.taxYear).toBe("2025/26");
    expect(o.missing).toEqual([]);
    expect(o.result).toMatchObject({ tariffIncomeWeekly: 7, weeklyContribution: 75.25, netDirectPaymentWeekly: 174.75 });
    expect(o.summary).toContain("£75.25 a week");
  });

  it("uses the date for the tax year when none is named", () => {
    const o = planCalculation("I have £18,000 savings, what will I pay", [], ctx2025)!;
    expect(o.taxYear).toBe("2025/26");
  });

  it("reads couples, ages and housing from plain words", () => {
    const o = planCalculation("My wife and I have £8,000 saved. I'm 55 and get ESA of £140 and PIP daily living £73.90. Rent £100 a week. What would I pay?", [], ctx)!;
    expect(o.input).toMatchObject({ age: 55, household: "couple", capital: 8000, weeklyHousingCosts: 100 });
  });

  it("prices two PAs with hours each", () => {
    const o = planCalculation("How much would it cost to employ two PAs, 10 hours each at £14 an hour?", [], ctx)!;
    expect((o.input as { pas: unknown[] }).pas).toHaveLength(2);
    expect(o.input).toMatchObject({ pas: [{ hoursPerWeek: 10, hourlyRate: 14 }, { hoursPerWeek: 10, hourlyRate: 14 }] });
  });

  it("reads the PA's age and warns about pay below the minimum wage for that age", () => {
    const o = planCalculation("My PA is 19 and works 16 hrs a week at £10 per hour - what does she cost me?", [], ctx)!;
    expect(o.input).toMatchObject({ pas: [{ age: 19, hoursPerWeek: 16, hourlyRate: 10 }] });
    expect(o.notes.join(" ")).toMatch(/below the minimum wage for 18 to 20 year olds of £10\.85/);
  });

  it("prices budget hours at the council's PA rate (worked in personal-budget.test.ts: £238.02 a week)", () => {
    const o = planCalculation("how much would my budget be for 15 hours a week of PA support", [], ctx)!;
    expect(o.result).toMatchObject({ weekly: 238.02, annual: 12377.18 });
    expect(o.notes.join(" ")).toMatch(/£13\.75/);
  });

  it("prices agency hours and day centre days in a budget", () => {
    expect(planCalculation("what would my personal budget be for 10 hours of agency care a week", [], ctx)!.result).toMatchObject({ agencyWeekly: 258, weekly: 258 });
    // 3 × £62.00 = £186.00 a week.
    expect(planCalculation("How much would I get for 3 days a week at a day centre?", [], ctx)!.result).toMatchObject({ weekly: 186 });
  });

  it("asks what support is in the plan when a budget question gives none", () => {
    const o = planCalculation("How much money will I get as a direct payment?", [], ctx)!;
    expect(o.result).toBeNull();
    expect(o.missing.map((m) => m.field)).toEqual(["paHours.0.hoursPerWeek"]);
  });

  it("asks for hours and rate when a PA question gives neither", () => {
    const o = planCalculation("What does a PA actually cost me?", [], ctx)!;
    expect(o.missing.map((m) => m.field)).toEqual(["pas.0.hoursPerWeek", "pas.0.hourlyRate"]);
    expect(o.missing[1]!.question).toContain("£13.75");
  });
});

describe("follow-up turns", () => {
  it("continues a PA calculation with bare answers", () => {
    const first = planCalculation("How much does a PA cost?", [], ctx)!;
    expect(first.missing[0]!.field).toBe("pas.0.hoursPerWeek");
    const second = planCalculation("20 hours", ["How much does a PA cost?"], ctx)!;
    expect(second.missing.map((m) => m.field)).toEqual(["pas.0.hourlyRate"]);
    const third = planCalculation("£13", ["How much does a PA cost?", "20 hours"], ctx)!;
    expect(third.missing).toEqual([]);
    expect(third.result).toMatchObject({ totalWeekly: 299.35 });
  });

  it("continues a contribution estimate turn by turn", () => {
    const history = ["what would I have to pay towards my care"];
    const a = planCalculation("I have £18,000 savings", history, ctx)!;
    expect(a.result).toMatchObject({ tariffIncomeWeekly: 15 });
    history.push("I have £18,000 savings");
    const b = planCalculation("67", history, ctx)!;
    expect(b.input).toMatchObject({ age: 67 });
    history.push("67");
    const c = planCalculation("I'm single and get state pension of £230.25 a week", history, ctx)!;
    expect(c.missing.map((m) => m.field)).toEqual(["weeklyHousingCosts"]);
    history.push("I'm single and get state pension of £230.25 a week");
    const d = planCalculation("£20 a week council tax", history, ctx)!;
    // 2026/27: the national Minimum Income Guarantee for a single person at Pension Credit age (£241.45) is held, so
    // only the cost of care is still asked for.
    expect(d.missing.map((m) => m.field)).toEqual(["weeklyCostOfCare"]);
    history.push("£20 a week council tax");
    const e = planCalculation("The council's MIG for me is £240 a week and my care costs £100 a week", history, ctx)!;
    // Income 230.25 + tariff 15 = 245.25; allowances 240 + 20 housing = 260 (no disability benefits, so no DRE) → £0.
    expect(e.missing).toEqual([]);
    expect(e.result).toMatchObject({ assessableIncomeWeekly: 245.25, weeklyContribution: 0, netDirectPaymentWeekly: 100 });
  });

  it("fills a bare money answer into the question that was asked", () => {
    const history = ["what would I have to pay towards my care", "I have £18,000 savings", "I'm 67 and get pension credit", "I'm single"];
    const o = planCalculation("£45 a week", history, ctx)!;
    expect(o.input).toMatchObject({ weeklyIncome: { pensionCredit: 45 } });
    expect(o.missing.map((m) => m.field)).toEqual(["weeklyHousingCosts"]);
  });

  it("takes 'no savings' as £0", () => {
    const o = planCalculation("I don't have any savings", ["Will I have to pay for my care?"], ctx)!;
    expect(o.result).toMatchObject({ capital: 0, tariffIncomeWeekly: 0 });
  });

  it("recalculates when a follow-up changes an amount", () => {
    const o = planCalculation("what if I pay £14 an hour?", ["How much does a PA cost if I pay £13 an hour for 20 hours"], ctx)!;
    expect(o.calculator).toBe("pa-cost");
    expect(o.input).toMatchObject({ pas: [{ hoursPerWeek: 20, hourlyRate: 14 }] });
  });

  it("does not treat an unrelated follow-up question as a calculation", () => {
    expect(planCalculation("thanks, what about holiday pay rules?", ["How much does a PA cost if I pay £13 an hour for 20 hours"], ctx)).toBeNull();
    expect(planCalculation("can I pay my daughter?", ["what would I have to pay towards my care"], ctx)).toBeNull();
  });

  it("asks which tax year when one without rates is named", () => {
    const o = planCalculation("How much does a PA cost in 2030/31 for 10 hours at £13 an hour?", [], ctx)!;
    expect(o.missing).toEqual([expect.objectContaining({ field: "taxYear", type: "choice" })]);
  });
});

describe("robustness", () => {
  it("never throws, and every outcome it returns is labelled with a known tax year and asks precise questions", () => {
    const words = fc.constantFrom("I", "have", "£18,000", "savings", "what", "will", "pay", "care", "PA", "cost", "20", "hours", "£13", "an", "hour", "budget", "67", "pension credit", "PIP", "rent", "£90", "a week", "month", "couple", "?", ",", ".");
    fc.assert(
      fc.property(fc.array(words, { maxLength: 25 }).map((w) => w.join(" ")), fc.array(fc.string({ maxLength: 60 }), { maxLength: 3 }), (question, history) => {
        const o = planCalculation(question, history, ctx);
        if (o === null) return;
        expect(["2025/26", "2026/27"]).toContain(o.taxYear);
        expect(o.summary).toMatch(/estimate, not a decision/);
        for (const m of o.missing) expect(m.question.length).toBeGreaterThan(10);
      }),
      { numRuns: 300 },
    );
  });
});

describe("figures out of range", () => {
  it("asks again instead of failing when a figure read from the text cannot be used", () => {
    // Found by the property test above: "£18,000" read as hours for a budget.
    const o = planCalculation("budget will £18,000", [""], ctx);
    expect(o?.missing.length).toBeGreaterThan(0);
    expect(o?.summary).toMatch(/estimate, not a decision/);
  });
});

describe("facts about a PA with hours are not cost calculations", () => {
  it("leaves 'do I need insurance if my PA only works 5 hours' to the knowledge base", () => {
    expect(planCalculation("do i need employers liability insurance if my PA is only 5 hours a week", [], ctx)).toBeNull();
    expect(planCalculation("15 hours a week at £13.50 an hour what do i pay my PA", [], ctx)?.calculator).toBe("pa-cost");
  });
});

describe("a support plan's own costs", () => {
  it("prices a named budget with a weekly service and a PA rate said after the hours", () => {
    const plan = planCalculation("my PA does 10 hours a week at £14 and I also pay £30 a week for a cleaner, whats my weekly budget", [], ctx, "personal-budget");
    expect(plan?.calculator).toBe("personal-budget");
    expect(plan?.input).toMatchObject({ paHours: [{ hoursPerWeek: 10, hourlyRate: 14 }], otherWeeklyCosts: [{ description: "cleaner", weeklyAmount: 30 }] });
    const withoutCleaner = planCalculation("my PA does 10 hours a week at £14, whats my weekly budget", [], ctx, "personal-budget");
    const weekly = (p: typeof plan) => (p?.result as { weekly?: number } | null)?.weekly ?? Number.NaN;
    expect(weekly(plan) - weekly(withoutCleaner)).toBeCloseTo(30, 2);
  });

  it("runs the calculator the understanding stage named even when the words are not ones the detector knows", () => {
    const question = "12 hours a week PA at £16 an hour plus a day centre at £45 a week, whats my weekly budget";
    expect(planCalculation(question, [], ctx, "personal-budget")?.calculator).toBe("personal-budget");
  });
});
