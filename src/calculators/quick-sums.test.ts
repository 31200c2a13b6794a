import { describe, expect, it } from "vitest";
import { amountsIn, noticeSum, quickSum } from "./quick-sums.ts";
import { testCouncil } from "./test-council.ts";

const ctx = { council: testCouncil, today: new Date("2026-11-23T12:00:00Z") };
const figure = (q: string, history: string[] = []) => quickSum(q, history, ctx);

describe("amountsIn", () => {
  it("reads £ amounts, thousands and periods", () => {
    expect(amountsIn("she earns £300 a week")).toEqual([{ value: 300, period: "week" }]);
    expect(amountsIn("£1,000 a month and 30k in the bank")).toEqual([{ value: 1000, period: "month" }, { value: 30000, period: null }]);
    expect(amountsIn("from april 2026")).toEqual([]);
  });
  it("reads the period after the pay's own words ('gross', 'net')", () => {
    expect(amountsIn("PA on £1,400 gross per calendar month")).toEqual([{ value: 1400, period: "month" }]);
    expect(amountsIn("£250 net a week")).toEqual([{ value: 250, period: "week" }]);
  });
});

// Worked by hand, 2026/27 rates (HMRC employer rates; TPR; GOV.UK SSP; Charging Regs reg 25):
describe("quickSum", () => {
  it.each([
    // (300 - 96) x 15% = 204 x 0.15 = 30.60
    ["PA earns £300 a week in 2026/27. Employer NI a week before any Employment Allowance?", "employerNi", 30.6],
    // (1,000 - 417) x 15% = 583 x 0.15 = 87.45
    ["Monthly-paid PA on £1,000 a month, 2026/27: employer's NI per month?", "employerNi", 87.45],
    // (80 - 96) < 0 -> 0
    ["how much employers national insurance on £80 a week", "employerNi", 0],
    // (250 - 120) x 3% = 130 x 0.03 = 3.90
    ["PA aged 35 earning £250 a week: weekly employer pension contribution at 3%?", "employerPension", 3.9],
    // 2026/27: min(123.25, 0.8 x 300 = 240) = 123.25
    ["my PA earns £300 a week how much SSP from april 2026", "sspWeekly", 123.25],
    // 2026/27: min(123.25, 0.8 x 100 = 80) = 80
    ["my PA only earns £100 a week how much sick pay would she get a week now", "sspWeekly", 80],
    // 40 x 12.07% = 4.828 -> 4.83 hours
    ["my PA worked 40 hours last month on irregular hours how much holiday has she built up", "holidayHours", 4.83],
    // (16,100 - 14,250) / 250 = 7.4 -> 8 steps -> £8
    ["Capital of £16,100: what weekly tariff income applies?", "tariffIncomeWeekly", 8],
    // (23,000 - 14,250) / 250 = 35 -> £35
    ["my capital is 23000 how much tariff do i get charged", "tariffIncomeWeekly", 35],
    // 300 - 45 = 255
    ["Personal budget is £300 a week and the assessed contribution is £45. What is the net direct payment?", "netDirectPayment", 255],
  ])("%s", (q, key, expected) => {
    const o = figure(q);
    expect(o, q).not.toBeNull();
    expect(o!.result?.[key]).toBe(expected);
    expect(o!.steps.every((s) => s.rule && s.source)).toBe(true);
    // Charging sums are the council's to decide; employment sums are legal minimums the council does not set.
    expect(o!.summary).toMatch(/tariff|net direct payment/i.test(q) ? /estimate, not a decision/i : /legal minimums/i);
  });

  it("uses 2025/26 rules when asked about last year (SSP needed the lower earnings limit)", () => {
    expect(figure("SSP for a PA on £100 a week in 2025/26")!.result?.sspWeekly).toBe(0);
    expect(figure("SSP for a PA on £200 a week in 2025/26")!.result?.sspWeekly).toBe(118.75);
  });

  it("caps a contribution at the cost of care", () => {
    const o = figure("my care costs £80 a week but they say my contribution is £120 a week, how much do i pay");
    expect(o!.result?.youPay).toBe(80);
  });

  it("follows up on the previous question's subject", () => {
    expect(figure("and what if she's on £400?", ["PA earns £300 a week. Employer NI a week?"])!.result?.employerNi).toBe(45.6);
  });

  it("leaves questions that are not one-rule sums alone", () => {
    expect(figure("what is employer national insurance?")).toBeNull();
    expect(figure("can I pay my daughter")).toBeNull();
    expect(figure("20 hours a week at £13 an hour, what does my PA cost")).toBeNull();
  });
});

describe("quickSum: minimum wage and wages", () => {
  it.each([
    // 2026/27 rates: 21+ £12.71, 18-20 £10.85, under 18 £8.00 (GOV.UK National Minimum Wage rates)
    ["my new PA is 19 how much do i have to pay her an hour from april 2026", [], "hourlyMinimum", 10.85],
    ["min wage for a 17 yr old PA", [], "hourlyMinimum", 8],
    ["and if shes only 19?", ["whats the minimum wage for my PA"], "hourlyMinimum", 10.85],
    // 20 x 12.71 = 254.20
    ["my PA is 30 and works 20 hours a week on minimum wage, what does that cost a week in wages", [], "weeklyWages", 254.2],
    // 15 x 13.50 = 202.50
    ["15 hours a week at £13.50 an hour what do i pay my PA a week in wages", [], "weeklyWages", 202.5],
    // 4 days × 7 hours = 28 hours × £13 = £364
    ["PA works 4 days a week, 7 hours a day, £13 an hour. What does that cost me in wages weekly?", [], "weeklyWages", 364],
  ] as const)("%s", (q, history, key, expected) => {
    expect(figure(q, [...history])!.result?.[key]).toBe(expected);
  });

  it("uses 2025/26 rates when asked about last year", () => {
    expect(figure("minimum wage for a PA aged 25 in 2025/26")!.result?.hourlyMinimum).toBe(12.21);
  });
});

describe("quickSum: follow-ups keep their subject", () => {
  it("reads a short follow-up with the previous question's subject, but not a question with its own", () => {
    // (19,000 − 14,250) / 250 = 19 steps → £19 a week (Charging Regs reg 25)
    expect(figure("i've got £19,000 so how much is mine", ["how much tariff income on £16,100 of savings"])!.result?.tariffIncomeWeekly).toBe(19);
    expect(figure("what is the minimum wage for someone aged 30", ["how much tariff income on £16,100 of savings"])!.result?.hourlyMinimum).toBe(12.71);
  });
});

describe("quickSum: which tax year", () => {
  it("reads 'from April 2025' as 2025/26 and 'now' as today's tax year", () => {
    // 2025/26 rates: 21+ £12.21 (GOV.UK National Minimum Wage rates)
    expect(figure("minimum wage for a PA aged 30 from april 2025")!.result?.hourlyMinimum).toBe(12.21);
    const nextYear = quickSum("minimum wage for a PA aged 30 now", [], { council: testCouncil, today: new Date("2026-05-01T12:00:00Z") });
    expect(nextYear?.taxYear).toBe("2026/27");
  });
});

// Worked by hand. SMP: 90% of average weekly earnings for 6 weeks, then the lower of the flat rate (£194.32 in
// 2026/27) and 90%. Redundancy (ERA 1996 s.162): 1½ weeks a year at 41 and over, 1 week from 22, ½ under 22,
// on a week's pay capped at £751 (2026/27).
describe("quickSum: maternity pay, redundancy pay and the least a PA can be paid", () => {
  it("gives SMP for the first 6 weeks and after: £250 a week → £225 then £194.32", () => {
    // Totals: 6 × £225 = £1,350; 33 × £194.32 = £6,412.56; £7,762.56 in all.
    expect(figure("her average pay is £250 a week, what SMP do i pay")!.result).toEqual({ smpFirstWeeks: 225, smpLaterWeeks: 194.32, smpFirstWeeksTotal: 1350, smpLaterWeeksTotal: 6412.56, smpTotal: 7762.56 });
    // Recovery shares come from the rates file (small employers' relief 108.5% from 6 April 2025; others 92%).
    expect(figure("her average pay is £250 a week, what SMP do i pay")!.notes.join(" ")).toMatch(/claim back 108\.5% .* claim back 92%/);
    // £180 a week: 90% is £162, below the flat rate, so £162 throughout.
    expect(figure("maternity pay for my PA on £180 a week")!.result).toEqual({ smpFirstWeeks: 162, smpLaterWeeks: 162, smpFirstWeeksTotal: 972, smpLaterWeeksTotal: 5346, smpTotal: 6318 });
  });

  it("gives statutory redundancy pay by age band and caps a week's pay", () => {
    // aged 52 with 4 years: ages 51, 50, 49, 48 all 41+ → 6 weeks × £300 = £1,800
    expect(figure("redundancy pay for my PA, she is 52, 4 years service, paid £300 a week")!.result).toEqual({ redundancyPay: 1800 });
    // aged 42 with 3 years: ages 41 (1½), 40 (1), 39 (1) → 3½ weeks × £751 cap (pay £900) = £2,628.50
    expect(figure("redundancy for a PA aged 42 with 3 years, on £900 a week")!.result).toEqual({ redundancyPay: 2628.5 });
    expect(figure("redundancy for my PA who is 30, 1 year service, £200 a week")!.result).toEqual({ redundancyPay: 0 });
  });

  it("reads 'the legal minimum' and 'the lowest rate allowed' as the minimum wage for the PA's age", () => {
    // 19: £10.85 × 20 = £217.00; 22: £12.71 × 25 = £317.75 (2026/27)
    expect(figure("my PA is 19 and i pay him the legal minimum, 20 hours a week, whats that per week")!.result).toMatchObject({ weeklyWages: 217 });
    expect(figure("she is 22, 25 hrs a week at the lowest rate allowed, weekly pay?")!.result).toMatchObject({ weeklyWages: 317.75 });
  });
});

describe("noticeSum", () => {
  it("gives the pay for the statutory notice when the weekly pay is given", () => {
    // 4 complete years: 4 weeks' notice (ERA 1996 s.86) × £310 = £1,240.
    const out = noticeSum("PA with 4 full years' service on £310 a week. Statutory notice pay if paid in lieu?", undefined, { council: testCouncil, today: new Date("2026-12-01T12:00:00Z") });
    expect(out?.result?.noticePay).toBe(1240);
    expect(out?.summary).toMatch(/^Pay for 4 weeks' statutory notice on £310 a week is £1,240\./);
  });

  it("works out the statutory minimum notice when it is asked for in so many words, with the service given", () => {
    // Employment Rights Act 1996 s.86: 1 week for each complete year from 2 years, at most 12.
    const o = noticeSum("Dismissing a PA with exactly 9 years' service. Statutory minimum notice?", undefined, ctx);
    expect(o?.result?.noticeWeeks).toBe(9);
    // Notice named without asking for it is not a sum.
    expect(noticeSum("She has 9 years' service and gave her notice.", undefined, ctx)).toBeNull();
  });
});
