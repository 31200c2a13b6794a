import { describe, expect, it } from "vitest";
import { createSpellingCorrector } from "./spelling-corrector.ts";

const vocab = new Map([
  ["relative", 30],
  ["relatives", 5],
  ["minimum", 40],
  ["insurance", 20],
  ["assistant", 50],
  ["payment", 90],
  ["pension", 12],
  ["redundancy", 8],
]);

describe("createSpellingCorrector", () => {
  const speller = createSpellingCorrector(vocab);
  it.each([
    ["relitive", "relative"],
    ["mininum", "minimum"],
    ["insurence", "insurance"],
    ["assistnat", "assistant"],
    ["paymnet", "payment"],
    ["pention", "pension"],
    ["redundency", "redundancy"],
  ])("corrects %s to %s", (word, expected) => expect(speller.correct(word)).toBe(expected));

  it("leaves known, short and unknown-but-distant words alone", () => {
    expect(speller.correct("relative")).toBe("relative");
    expect(speller.correct("pa")).toBe("pa");
    expect(speller.correct("football")).toBe("football");
  });
});

import { isLikelySlip } from "./spelling-corrector.ts";
describe("isLikelySlip", () => {
  it("tells keyboard slips from different words", () => {
    expect(isLikelySlip("recieve", "receive")).toBe(true);
    expect(isLikelySlip("relitive", "relative")).toBe(true);
    expect(isLikelySlip("pention", "pension")).toBe(true);
    expect(isLikelySlip("grandaughter", "granddaughter")).toBe(true);
    expect(isLikelySlip("leaking", "leaving")).toBe(false);
  });
});
