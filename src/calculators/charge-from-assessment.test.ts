import { describe, expect, it } from "vitest";
import { assessmentFigures, chargeFromAssessment } from "./charge-from-assessment.ts";
import { ratesFor } from "./rates/rates-for.ts";
import { testCouncil } from "./test-council.ts";

const today = new Date("2026-12-01T12:00:00Z");
const ctx = { council: testCouncil, today };
const rates = ratesFor("2026/27", today);

describe("assessmentFigures", () => {
  it("reads the letter's labelled figures, with allowed costs named before or after their amount", () => {
    expect(assessmentFigures("my assessable income is £300 a week, the MIG is £230 and my contribution is £70")).toEqual({ income: 300, mig: 230, dre: 0, housing: 0, stated: 70 });
    expect(assessmentFigures("income £410.00, minimum income guarantee £251.30, they allowed £20 disability related expenditure and £15 for council tax")).toEqual({
      income: 410,
      mig: 251.3,
      dre: 20,
      housing: 15,
      stated: null,
    });
  });

  it("reads nothing without both an income and a minimum income guarantee", () => {
    expect(assessmentFigures("my income is £300 a week, what will I pay?")).toBeNull();
    expect(assessmentFigures("what is the MIG for a single person over 25")).toBeNull();
  });
});

describe("chargeFromAssessment", () => {
  it("takes the MIG and the allowed costs off the income, and says when the letter's own charge differs", () => {
    // Worked by hand: 341.20 - 246.30 - 18.50 = 76.40 (Charging Regulations 2014 reg. 7; Annex C).
    const out = chargeFromAssessment({ income: 341.2, mig: 246.3, dre: 18.5, housing: 0, stated: 95 }, rates, ctx);
    expect(out.result?.weeklyCharge).toBe(76.4);
    expect(out.summary).toMatch(/£76\.40 a week/);
    expect(out.summary).toMatch(/less than the £95 the letter states/);
  });

  it("never charges below nothing, and says nothing of a difference when the letter agrees", () => {
    expect(chargeFromAssessment({ income: 200, mig: 230, dre: 0, housing: 0, stated: null }, rates, ctx).result?.weeklyCharge).toBe(0);
    expect(chargeFromAssessment({ income: 300, mig: 230, dre: 0, housing: 0, stated: 70 }, rates, ctx).summary).not.toMatch(/the letter states/);
  });
});

describe("a letter that lists the income by source", () => {
  const text =
    "Every week I get ESA £160.00, PIP daily living £75.00 and PIP mobility £30.00. The letter says my Minimum Income Guarantee is £190.00 a week and they've allowed £20.00 a week disability related expenses. The personal budget for my care is £300 a week. What should my weekly charge be?";
  it("adds up the counted income and leaves the mobility component out (Charging Regulations 2014 Sch. 1 para 8)", () => {
    const figures = assessmentFigures(text)!;
    expect(figures).toMatchObject({ income: 235, mig: 190, dre: 20, cost: 300 });
    // £235 − £190 − £20 = £25.
    const o = chargeFromAssessment(figures, rates, ctx);
    expect(o.result).toMatchObject({ weeklyCharge: 25 });
    expect(o.summary).toMatch(/£25 a week: £235 counted income \(ESA £160, PIP daily living £75; PIP mobility £30 is not counted\)/);
  });
  it("never charges more than the care costs", () => {
    const o = chargeFromAssessment(assessmentFigures("State Pension £400 a week, MIG £230, the cost of my care is £90 a week. What should I pay?")!, rates, ctx);
    // £400 − £230 = £170, but the care costs £90 (Care Act 2014 s.14(4)).
    expect(o.result).toMatchObject({ weeklyCharge: 90 });
  });
});
