import { describe, expect, it } from "vitest";
import { containsAlternative, normaliseText, scoreAnswer, statusFits } from "./score-answer.ts";

const has = (answer: string, alt: string) => containsAlternative(normaliseText(answer), alt);

describe("normaliseText", () => {
  it("straightens curly quotes, collapses whitespace and lowers case", () => {
    expect(normaliseText("You\u2019ll  need\n\u201CEnhanced\u201D\u00A0checks")).toBe("you'll need \"enhanced\" checks");
  });
  it("reads a hyphen between words or figures as a space", () => {
    expect(normaliseText("no more than 12-month intervals, long-term")).toBe("no more than 12 month intervals, long term");
    expect(normaliseText("£6,240-£50,270")).toBe("£6,240-£50,270");
  });
  it("drops Markdown emphasis and inline citation markers", () => {
    expect(normaliseText("**£12.71** an hour [1] from April [2, 3]")).toBe("£12.71 an hour from april");
  });
});

describe("containsAlternative", () => {
  it("matches a figure inside a longer phrase", () => {
    expect(has("The rate is £12.71 an hour from April 2026.", "£12.71")).toBe(true);
    expect(has("The rate is £12.71 an hour.", "£12.71 an hour")).toBe(true);
  });
  it("is case-insensitive and quote-insensitive", () => {
    expect(has("A close relative who LIVES WITH YOU", "lives with you")).toBe(true);
    expect(has("the council\u2019s decision", "council's decision")).toBe(true);
  });
  it("does not let a figure match part of a longer figure", () => {
    expect(has("about £16.50 a week", "£16")).toBe(false);
    expect(has("about £160 a week", "£16")).toBe(false);
    expect(has("that is 112.07% of", "12.07%")).toBe(false);
    expect(has("£1,250", "£1")).toBe(false);
    expect(has("it is £16. That is all", "£16")).toBe(true);
    expect(has("it is £16, then £20", "£16")).toBe(true);
    expect(has("costs £16 a week, and £16.50 later", "£16")).toBe(true);
  });
  it("finds a later clean occurrence after a false one", () => {
    expect(has("£160 then £16 a week", "£16")).toBe(true);
  });
  it("matches hyphenated and spaced forms alike", () => {
    expect(has("reviews at no more than 12-month intervals", "12 month")).toBe(true);
    expect(has("a self employed PA", "self-employed")).toBe(true);
  });
  it("keeps plain words as substrings", () => {
    expect(has("It's necessary to meet needs", "necessary")).toBe(true);
    expect(has("nothing here", "necessary")).toBe(false);
  });
});

describe("statusFits", () => {
  it("follows the kinds", () => {
    expect(statusFits("fact", "answered")).toBe(true);
    expect(statusFits("fact", "clarification")).toBe(false);
    expect(statusFits("calc", "clarification")).toBe(true);
    expect(statusFits("calc", "unanswerable")).toBe(false);
    for (const s of ["unanswerable", "out_of_scope", "decision_request", "guardrail"]) expect(statusFits("refuse", s)).toBe(true);
    expect(statusFits("refuse", "answered")).toBe(false);
    expect(statusFits("refuse", "safeguarding")).toBe(false);
    expect(statusFits("refuse", "error")).toBe(false);
    expect(statusFits("safeguard", "safeguarding")).toBe(true);
    expect(statusFits("safeguard", "answered")).toBe(false);
  });
});

describe("scoreAnswer", () => {
  const item = { kind: "fact" as const, must_include: [["same household", "lives with you"], ["necessary"]] };
  it("passes when every group has an alternative and the status fits", () => {
    const s = scoreAnswer(item, { status: "answered", answer: "Only if the council decides it is necessary, when the relative lives with you." });
    expect(s.pass).toBe(true);
    expect(s.groups.map((g) => g.matched)).toEqual(["lives with you", "necessary"]);
  });
  it("reports the missing groups", () => {
    const s = scoreAnswer(item, { status: "answered", answer: "Relatives in the same household can't be paid." });
    expect(s.pass).toBe(false);
    expect(s.missing).toEqual([["necessary"]]);
  });
  it("fails on the status even with every fact", () => {
    const s = scoreAnswer(item, { status: "unanswerable", answer: "same household, necessary" });
    expect(s.pass).toBe(false);
    expect(s.statusOk).toBe(false);
  });
  it("fails an answer over 1,800 characters", () => {
    const long = "same household necessary " + "x".repeat(1800);
    const s = scoreAnswer(item, { status: "answered", answer: long });
    expect(s.lengthOk).toBe(false);
    expect(s.pass).toBe(false);
    expect(scoreAnswer(item, { status: "answered", answer: "same household, necessary".padEnd(1800, ".") }).pass).toBe(true);
  });
  it("passes a refusal with no required facts", () => {
    expect(scoreAnswer({ kind: "refuse", must_include: [] }, { status: "out_of_scope", answer: "I can only help with direct payments." }).pass).toBe(true);
  });
  it("accepts a calc clarification only when the figures are there", () => {
    const calc = { kind: "calc" as const, must_include: [["£16"]] };
    expect(scoreAnswer(calc, { status: "clarification", answer: "How many hours a week?" }).pass).toBe(false);
    expect(scoreAnswer(calc, { status: "clarification", answer: "Tariff income would be £16 a week." }).pass).toBe(true);
  });
  it("survives a missing answer text", () => {
    expect(scoreAnswer(item, { status: "error", answer: undefined as unknown as string }).pass).toBe(false);
  });
});
