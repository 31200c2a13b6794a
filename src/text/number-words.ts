/**
 * Numbers written as words ("twenty hours", "he's eighteen", "thirty-seven and a half hours", "four days a
 * week") turned into digits for the readers that look for figures. The text keeps its length (the digits are
 * padded with spaces before them), so a position found in the result is the same position in what the person
 * wrote.
 */
const UNITS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };

const UNIT = Object.keys(UNITS).join("|");
const DIGIT = Object.keys(UNITS).filter((w) => UNITS[w] < 10).join("|");
const TEN = Object.keys(TENS).join("|");
// A tens word with an optional digit word after it ("twenty five", "twenty-five"), or a unit alone; then an
// optional "and a half".
const NUMBER = new RegExp(String.raw`\b(?:(${TEN})(?:[\s-]+(${DIGIT}))?|(${UNIT}))\b(\s+and\s+a\s+half\b)?`, "gi");

// Digits with "and a half" after them ("22 and a half hours"): the half is added as a decimal.
const DIGITS_AND_A_HALF = /\b(\d{1,3})\s+and\s+a\s+half\b/gi;

export function numberWordsToDigits(text: string): string {
  return text.replace(DIGITS_AND_A_HALF, (whole, n: string) => {
    const digits = String(Number(n) + 0.5);
    return " ".repeat(whole.length - digits.length) + digits;
  }).replace(NUMBER, (whole, tens?: string, unit?: string, alone?: string, half?: string) => {
    const n = tens ? TENS[tens.toLowerCase()] + (unit ? UNITS[unit.toLowerCase()] : 0) : UNITS[alone!.toLowerCase()];
    const digits = String(half ? n + 0.5 : n);
    // Padded before the digits, so what follows them ("4 weeks", "18 year old") reads as written.
    return " ".repeat(whole.length - digits.length) + digits;
  });
}
