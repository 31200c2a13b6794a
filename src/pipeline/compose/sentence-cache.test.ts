import { describe, expect, it } from "vitest";
import { createSentenceCache } from "./sentence-cache.ts";

describe("createSentenceCache", () => {
  const text = "You can pay a relative. This needs the council's agreement. See the page on family.";

  it("splits a section once and reads each unit's stems and facts", () => {
    const cache = createSentenceCache();
    const units = cache.unitsOf(text);
    expect(cache.unitsOf(text)).toBe(units);
    expect(units.length).toBe(3);
    expect([...cache.stemsOf(units[0])]).toContain("pai");
    expect(cache.factsOf(units[1]).leans).toBe(true);
    expect(cache.factsOf(units[2]).pointer).toBe(true);
    expect(cache.factsOf(units[0]).figure).toBe(false);
  });

  it("reads a sentence whose subject, after an opening phrase, points back ('For dismissals after 1 January 2027, this drops…') as leaning", () => {
    const cache = createSentenceCache();
    const units = cache.unitsOf("Most employees need 2 years. For dismissals from 1 January 2027, this drops to 6 months. If you employ a PA, they must have a contract.");
    expect(cache.factsOf(units[1]).leans).toBe(true);
    expect(cache.factsOf(units[2]).leans).toBe(false);
  });

  it("keeps nothing between caches: a new index starts afresh", () => {
    const first = createSentenceCache();
    const second = createSentenceCache();
    expect(second.unitsOf(text)).not.toBe(first.unitsOf(text));
    expect(second.stemsOfText("Holiday pay")).not.toBe(first.stemsOfText("Holiday pay"));
  });
});

describe("FIGURE", () => {
  it("counts days of the month as figures (they answer 'when'), as well as money, shares, lengths and years", async () => {
    const { FIGURE } = await import("./sentence-cache.ts");
    for (const yes of ["due by the 22nd of the next tax month", "from 6 April 2026", "£96 a week", "3%", "for 26 weeks", "in 2025"]) expect(FIGURE.test(yes), yes).toBe(true);
    for (const no of ["you must pay HMRC", "the second PA", "a month's notice"]) expect(FIGURE.test(no), no).toBe(false);
  });
});
