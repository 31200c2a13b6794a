import { describe, expect, it } from "vitest";
import { createQuestionMatcher } from "./question-matcher.ts";

describe("createQuestionMatcher", () => {
  const matcher = createQuestionMatcher([
    ["can i pay my daughter to be my carer", "pay a relative who lives with me"],
    ["how much holiday does my PA get", "holiday entitlement for part time carer"],
    [],
  ]);

  it("finds the section whose example questions a new phrasing resembles", () => {
    const scores = matcher.match("my daughter lives with me, can I pay her");
    const best = [...scores.entries()].sort((a, b) => b[1] - a[1])[0];
    expect(best[0]).toBe(0);
    expect(best[1]).toBeGreaterThan(0.2);
    expect(best[1]).toBeLessThanOrEqual(1);
  });

  it("gives nothing for a question sharing no meaningful word", () => {
    expect(matcher.match("what is the weather tomorrow").size).toBe(0);
  });
});
