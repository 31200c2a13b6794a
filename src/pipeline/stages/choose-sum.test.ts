import { describe, expect, it } from "vitest";
import { testFrame } from "../../testing/test-frame.ts";
import type { MessageFrame } from "../../understanding/understand-message.ts";
import { chooseSum } from "./choose-sum.ts";

const frame = (over: Partial<MessageFrame>): MessageFrame => testFrame({ intent: "calculation", runnerUp: { intent: "knowledge", confidence: 0.03 }, ...over });

describe("chooseSum", () => {
  it("keeps the classifier's sum when it fits the message", () => {
    expect(chooseSum(frame({ sum: "employer_ni" }), "20 hours at £13, how much employer's NI?", undefined, { money: [] })).toEqual({ sum: "employer_ni", first: null });
  });

  it("uses the next most likely sum that fits when the classifier's does not", () => {
    // Read as the Welsh cap (so a charge, outside Wales), with no word about a charge: the wages it was next.
    const f = frame({ sum: "wales_cap", sums: { wales_cap: 0.71, wages: 0.17, pa_cost: 0.04 }, topics: { "employing-pa": 0.4, "scotland-wales": 0.2, "care-act": 0.4 } });
    expect(chooseSum(f, "20 hours a week at £14 an hour - what does that come to in wages?", undefined, { money: [] }).sum).toBe("wages");
    // A runner-up below the floor is not used.
    const unlikely = frame({ sum: "ssp", sums: { ssp: 0.9, holiday_entitlement: 0.05 } });
    expect(chooseSum(unlikely, "she earns £100 a day, 5 days of holiday untaken, what do I owe", undefined, { money: [{ role: null }] }).sum).toBeNull();
  });

  it("tries first the one sum named outright when the reading is plain wages or a sum not named", () => {
    const wages = frame({ sum: "wages", sums: { wages: 0.63, ssp: 0.27 } });
    expect(chooseSum(wages, "signed off for a week. she works 15 hours at £13 an hour. what ssp does she get a week?", undefined, { money: [] })).toEqual({ sum: "wages", first: "ssp" });
    expect(chooseSum(wages, "How much do I need to put into NEST for my PA? She works 25 hrs a week at £13 an hour", undefined, { money: [] }).first).toBe("pension");
    expect(chooseSum(wages, "PA works 20 hours a week at £13 an hour, how much holiday pay is she due for the year?", undefined, { money: [] }).first).toBe("holiday_entitlement");
    expect(chooseSum(wages, "zero hours PA, 40 hours at £13 this month, how much holiday pay?", undefined, { money: [] }).first).toBeNull();
    // Wages asked for by name, two sums named, or a nest egg: no other sum is tried.
    expect(chooseSum(wages, "20 hours at £13, what are her wages and the pension?", undefined, { money: [] }).first).toBeNull();
    expect(chooseSum(wages, "20 hours at £13, what's the NI and the pension?", undefined, { money: [] }).first).toBeNull();
    expect(chooseSum(wages, "20 hours at £13 and I have a nest egg", undefined, { money: [] }).first).toBeNull();
    // The minimum wage and NI asked in one sentence: two sums named, so neither is tried first.
    expect(chooseSum(frame({ sum: "minimum_wage" }), "my 19 year old PA, what's the minimum wage, and do I pay NI?", undefined, { money: [] }).first).toBeNull();
  });

  it("tries first the sum the asking sentence names, whatever else the story names", () => {
    const f = frame({ sum: "minimum_wage", sums: { minimum_wage: 0.8, pension: 0.15 } });
    const q = "She is 35 and on the National Living Wage. How much must I put into her pension each month?";
    expect(chooseSum(f, q, undefined, { money: [] }).first).toBe("pension");
    // One sentence naming both: no guess.
    expect(chooseSum(f, "what is the national living wage and the pension for a PA of 35?", undefined, { money: [] }).first).toBeNull();
  });

  it("knows 'hols' as holiday", () => {
    expect(chooseSum(frame({ sum: "holiday_entitlement" }), "3 days a week PA, how many days hols a year", undefined, { money: [] }).sum).toBe("holiday_entitlement");
  });

  it("reads one assessed amount in Wales as the Welsh cap's question", () => {
    const f = frame({ sum: "contribution", jurisdiction: "wales", topics: { charging: 0.94, "scotland-wales": 0.06 } });
    const q = "Swansea council say I should contribute £150 per week for home care, how much will I actually pay?";
    const one = [{ role: "charge" as const }];
    expect(chooseSum(f, q, undefined, { money: one }).sum).toBe("wales_cap");
    expect(chooseSum(f, q, undefined, { money: [...one, { role: null }] }).sum).toBe("contribution");
    expect(chooseSum({ ...f, jurisdiction: null }, q, undefined, { money: one }).sum).toBe("contribution");
  });

  it("reads a contribution into a workplace pension as the pension sum, not the care contribution", () => {
    const f = frame({ sum: "contribution", topics: { charging: 0.5, "employing-pa": 0.5 } });
    expect(chooseSum(f, "PA on £1,900 a month, what's the minimum total contribution into her pension each month?", undefined, { money: [{ role: null }] }).sum).toBe("pension");
    // About paying for care, it stays the care contribution.
    expect(chooseSum(f, "I get a £230 a week pension, what will my contribution towards my care be?", undefined, { money: [{ role: null }] }).sum).toBe("contribution");
    // An employer's contribution, or one on qualifying earnings, is the pension's: no word "pension" is needed.
    expect(chooseSum(f, "Weekly-paid PA, £350/week, qualifying earnings basis. Employer minimum contribution per week?", undefined, { money: [{ role: null }] }).sum).toBe("pension");
    expect(chooseSum(frame({ sum: "pension", topics: { "employing-pa": 1 } }), "PA on £350 a week, min contribution on qualifying earnings?", undefined, { money: [{ role: null }] }).sum).toBe("pension");
  });

  it("reads a contribution given beside the cost of care as a net payment, not one to estimate", () => {
    const f = frame({ sum: "contribution", topics: { charging: 0.98 } });
    const q = "Council says my contribution is £120 per week, but my support only costs £95 per week, what do I pay?";
    expect(chooseSum(f, q, undefined, { money: [{ role: "charge" }, { role: "cost" }] }).sum).toBe("net_payment");
    // Two incomes to estimate a contribution from: still the contribution estimate.
    expect(chooseSum(f, "I get £230 pension and £100 PIP, what will I contribute?", undefined, { money: [{ role: null }, { role: "charge" }] }).sum).toBe("contribution");
  });

  it("reads a budget and an hourly rate with a question for hours as wages the other way round", () => {
    const f = frame({ sum: "personal_budget" });
    const q = "How many hours a week can my budget of £300 a week pay for at £13 an hour?";
    expect(chooseSum(f, q, undefined, { money: [{ role: "cost" }], hourlyRate: 13, hours: null }).sum).toBe("wages");
    // With the hours given, the budget for them is what is asked.
    expect(chooseSum(f, "how many hours is 20 hours at £13 plus a day centre at £40 a week", undefined, { money: [{ role: null }], hourlyRate: 13, hours: 20 }).sum).toBe("personal_budget");
  });
});
