import { describe, expect, it } from "vitest";
import { contingencySum } from "./contingency-sum.ts";
import { readSumFacts } from "../text/read-sum-facts.ts";
import { ratesFor } from "./rates/rates-for.ts";
import { testCouncil } from "./test-council.ts";

const today = new Date("2026-12-01T12:00:00Z");
const ctx = { council: testCouncil, today };
const sum = (text: string) => contingencySum(text, () => readSumFacts(text, today).money, ratesFor("2026/27", today), ctx);

describe("contingencySum", () => {
  it("multiplies the weeks a balance may hold by the weekly payment", () => {
    expect(sum("The policy lets people keep up to 6 weeks of their direct payment as a contingency. She gets £210 a week. How much can she hold?")?.result?.balance).toBe(1260);
    expect(sum("our limit is 4 weeks' DP before we claw back, weekly DP is £500, what balance is that?")?.result?.balance).toBe(2000);
  });

  it("says who sets the limit, and works nothing out without a balance, the weeks of payment and a weekly amount", () => {
    expect(sum("keep 8 weeks of the DP as contingency, we get £350 a week, what is the most?")?.summary).toMatch(/policy sets the limit/);
    expect(sum("my PA works 8 weeks a year for £350, how much holiday?")).toBeNull();
    expect(sum("how much contingency should I keep? I get £350 a week")).toBeNull();
  });
});
