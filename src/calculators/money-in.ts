/**
 * Amounts of money as people type them: "£18,000", "£18k", "18000 pounds", "18k", "14 grand", or a bare number
 * of four or more digits that is not a year ("18000 in savings"), with the period said after it ("a week").
 */
export interface MoneyMention {
  value: number;
  start: number;
  end: number;
  /** Weekly multiplier implied by the words after the amount, or null when no period was said. */
  perWeek: number | null;
  perHour: boolean;
}

const PERIOD_AFTER =
  /^\s*(?:(?:a|an|per|each|every|\/)\s*(week|wk|fortnight|two weeks|2 weeks|four weeks|4 weeks|month|calendar month|year|annum|hour|hr|day)\b|(weekly|pw|p\/w|fortnightly|four-weekly|monthly|yearly|annually|hourly|daily)\b)/;

function perWeekFor(word: string): { perWeek: number | null; perHour: boolean } {
  switch (word) {
    case "week":
    case "wk":
    case "weekly":
    case "pw":
    case "p/w":
      return { perWeek: 1, perHour: false };
    case "fortnight":
    case "two weeks":
    case "2 weeks":
    case "fortnightly":
      return { perWeek: 1 / 2, perHour: false };
    case "four weeks":
    case "4 weeks":
    case "four-weekly":
      return { perWeek: 1 / 4, perHour: false };
    case "month":
    case "calendar month":
    case "monthly":
      return { perWeek: 12 / 52, perHour: false };
    case "year":
    case "annum":
    case "yearly":
    case "annually":
      return { perWeek: 1 / 52, perHour: false };
    case "day":
    case "daily":
      return { perWeek: 7, perHour: false };
    case "hour":
    case "hr":
    case "hourly":
      return { perWeek: null, perHour: true };
    default:
      return { perWeek: null, perHour: false };
  }
}

export function moneyIn(text: string): MoneyMention[] {
  const out: MoneyMention[] = [];

  const re =
    /£\s?(\d+(?:\.\d+)?)\s?(k\b|thousand\b|grand\b)?|(?<![\d.£])(\d+(?:\.\d+)?)\s?(k\b|thousand\b|grand\b)?\s?(?:pounds|quid)\b|(?<![\d.£/])(\d+(?:\.\d+)?)\s?(k|grand|thousand)\b|(?<![\d.£/-])(?!(?:19|20)\d\d(?!\d))(\d{4,}(?:\.\d+)?)(?![\d/-])(?!\s*(?:hours?|hrs?|days?|weeks?)\b)/g;
  for (const m of text.matchAll(re)) {
    const digits = m[1] ?? m[3] ?? m[5] ?? m[7]!;
    const multiplier = (m[2] ?? m[4] ?? m[6]) ? 1000 : 1;
    const value = Number(digits) * multiplier;
    const end = m.index! + m[0].length;
    const after = PERIOD_AFTER.exec(text.slice(end));
    const period = after ? perWeekFor((after[1] ?? after[2])!) : { perWeek: null, perHour: false };
    out.push({ value, start: m.index!, end: after ? end + after[0].length : end, perWeek: period.perWeek, perHour: period.perHour });
  }
  return out;
}


/** The amounts alone, from text as typed ("£30,000", "30k", "14 grand"): thousands commas are read first. */
export function amountsOf(text: string): number[] {
  return moneyIn(text.toLowerCase().replace(/(\d),(?=\d{3}\b)/g, "$1")).map((m) => m.value);
}
