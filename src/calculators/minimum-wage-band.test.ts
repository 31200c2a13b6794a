import { describe, expect, it } from "vitest";
import { minimumWageBand } from "./minimum-wage-band.ts";
import { tariff } from "./quick-sums.ts";
import { assessCapital } from "./contribution.ts";
import { ratesFor } from "./rates/rates-for.ts";
import { contextFor } from "./test-council.ts";

describe("one rule for each figure", () => {
  const rates = ratesFor("2026/27", new Date("2026-12-01"));

  it("places each age in its minimum wage band (an unknown age counts as 21 or over)", () => {
    expect(minimumWageBand(rates, 34).band).toBe("21AndOver");
    expect(minimumWageBand(rates, undefined).band).toBe("21AndOver");
    expect(minimumWageBand(rates, 19).band).toBe("18To20");
    expect(minimumWageBand(rates, 17).band).toBe("under18");
    expect(minimumWageBand(rates, 30, true).figure).toBe(rates.minimumWage.apprentice);
  });

  it("gives the same tariff income in the one-figure sum as in the contribution estimate", () => {
    const ctx = contextFor("2026/27");
    for (const capital of [14_250, 14_250.01, 16_100, 18_000.5, 23_250]) {
      const quick = tariff(capital, rates, ctx).result as { tariffIncomeWeekly?: number };
      expect(quick.tariffIncomeWeekly, String(capital)).toBe(assessCapital(capital, rates, ctx.council).tariffIncomeWeekly);
    }
  });
});
