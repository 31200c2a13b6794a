import { describe, expect, it } from "vitest";
import { numberWordsToDigits } from "./number-words.ts";

describe("numberWordsToDigits", () => {
  it("turns number words into digits, keeping the text's length", () => {
    const cases: [string, string][] = [
      ["twenty hours a week", "20 hours a week"],
      ["he's eighteen.", "he's 18."],
      ["Twenty-five hrs", "25 hrs"],
      ["thirty seven and a half hours", "37.5 hours"],
      ["four days a week", "4 days a week"],
      ["one and a half weeks off", "1.5 weeks off"],
      ["£400 every four weeks", "£400 every 4 weeks"],
      ["22 and a half hours", "22.5 hours"],
    ];
    for (const [text, digits] of cases) {
      const out = numberWordsToDigits(text);
      expect(out.length).toBe(text.length);
      expect(out.replace(/ +/g, " ").trim()).toBe(digits);
      // The words after a number follow it as written.
      expect(out.endsWith(/\d[\d.]*\D*$/.exec(digits)![0])).toBe(true);
    }
  });
  it("leaves words that only contain a number word alone", () => {
    expect(numberWordsToDigits("someone often tend to nineteenth")).toBe("someone often tend to nineteenth");
    expect(numberWordsToDigits("a week")).toBe("a week");
  });
});
