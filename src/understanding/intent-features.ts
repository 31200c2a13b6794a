import { normaliseText } from "../pipeline/guards/normalise-text.ts";
import { stem } from "../retrieval/tokenise.ts";

/**
 * What the intent classifiers see of a message: its words (function words included, because "can you
 * approve" and "can I" differ in them), their stems, neighbouring word pairs, the first word pair, the
 * start of long words (so "recieve" and "receive" share "~rece"), and the shape of what it gives:
 * amounts of money, hours, an hourly rate, an age, a year.
 */
export function intentFeatures(text: string): string[] {
  const normalised = normaliseText(text).replace(/(\d),(\d{3})\b/g, "$1$2");
  const words = normalised.match(/£?\d+(?:\.\d+)?(?:\/\d+)?%?|[a-z]+(?:'[a-z]+)?/g) ?? [];
  const out = new Set<string>();
  const shaped = words.map((w) => (/^£/.test(w) ? "#money" : /^\d/.test(w) ? "#number" : w));
  shaped.forEach((w, i) => {
    out.add(w);
    if (!w.startsWith("#")) {
      out.add(`s:${stem(w)}`);
      if (w.length >= 6) out.add(`~${w.slice(0, 4)}`);
    }
    if (i > 0) out.add(`${shaped[i - 1]} ${w}`);
  });
  if (shaped.length) out.add(`^${shaped[0]}`);
  if (shaped.length > 1) out.add(`^${shaped[0]} ${shaped[1]}`);
  if (/£\s?\d|\d\s?(?:k|grand|quid|pounds)\b/.test(normalised)) out.add("#has-money");
  if (/\d\s*(?:hours?|hrs?|h)\b/.test(normalised)) out.add("#has-hours");
  if (/(?:an|per|a|\/)\s*(?:hour|hr)\b|\/hr\b|p\/h\b/.test(normalised)) out.add("#has-rate");
  if (/\b(?:a|per|each|every|\/)\s*(?:week|wk|month|year)\b|\bweekly|monthly|\bpw\b|\bpcm\b/.test(normalised)) out.add("#has-period");
  if (/\b\d{1,2}\s*(?:years? old|yrs? old|yo)\b|\baged? \d{1,2}\b/.test(normalised)) out.add("#has-age");
  if (/\b20\d\d(?:\/\d\d)?\b/.test(normalised)) out.add("#has-year");
  const length = shaped.length;
  out.add(length <= 4 ? "#short" : length <= 15 ? "#medium" : length <= 40 ? "#long" : "#very-long");
  return [...out];
}
