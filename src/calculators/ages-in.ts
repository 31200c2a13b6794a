import { numberWordsToDigits } from "../text/number-words.ts";

/**
 * Ages a person gives: "she's 19", "a 17 yr old", "aged 67", "im 20", "shes only 19", "he's eighteen", "now 23".
 * (The age someone started at, "on her 19th birthday", is not their age.) A number
 * followed by a unit ("is 20 hours a week") is not an age.
 */
export function agesIn(text: string): number[] {
  const out: number[] = [];
  const pattern =
    /\b(?:aged?|is|i'm|im|i am|she's|shes|he's|hes|only|just|turned|now|(?:she|he|pa|carer) was)\s+(?:now\s+|nearly\s+|almost\s+)?(\d{1,3})\b(?!\s*(?:hours?|hrs|%|pounds|quid|pence|p\b|minutes?|mins?|weeks?|months?|days?|years?|yrs|a week|an hour|per|£|\.\d|[x×*]|am\b|pm\b|o'?clock|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b))|\b(\d{1,3})[\s-]*(?:yr|yrs|year|years)[\s-]*old\b/gi;
  for (const m of numberWordsToDigits(text).matchAll(pattern)) {
    const n = Number(m[1] ?? m[2]);
    if (n >= 10 && n <= 110) out.push(n);
  }
  return out;
}
