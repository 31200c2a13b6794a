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

  it("keeps nothing between caches: a new index starts afresh", () => {
    const first = createSentenceCache();
    const second = createSentenceCache();
    expect(second.unitsOf(text)).not.toBe(first.unitsOf(text));
    expect(second.stemsOfText("Holiday pay")).not.toBe(first.stemsOfText("Holiday pay"));
  });
});
