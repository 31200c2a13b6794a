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

  it("leaves a word longer than any people ask with alone (a 2,000-letter one once held the server for seconds)", () => {
    const long = "a".repeat(2_000);
    expect(speller.correct(long)).toBe(long);
    // A long compound that is one deletion away from a known word is still not a real misspelling to mend.
    const vocabWithLong = new Map([...vocab, ["disproportionatelyx", 1]]);
    expect(createSpellingCorrector(vocabWithLong).correct("disproportionatelyxy")).toBe("disproportionatelyx");
    expect(speller.correct("relitive".repeat(4))).toBe("relitive".repeat(4));
  });

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
