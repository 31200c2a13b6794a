import { createRequire } from "node:module";
import { agesIn } from "../calculators/ages-in.ts";
import { numberWordsToDigits } from "./number-words.ts";
import { taxYearFor } from "../calculators/rates/rates-for.ts";
import type { ParsedResult } from "chrono-node";

/**
 * The figures a one-rule sum needs, read from what the person wrote: money with its period, hours a week, an
 * hourly rate, days a week, ages, years of service, a length of time off, and the tax year — named
 * ("2025/26"), implied by a date ("off sick in January 2026", "from 6 April 2026") or by "last year", else
 * today's. Dates are read with chrono-node (en-GB: day before month).
 */
// chrono-node is loaded on the first date read, not at start-up (it is the largest module the answer path
// uses, and most questions carry no date).
let chrono: typeof import("chrono-node") | null = null;
const loadChrono = () => (chrono ??= createRequire(import.meta.url)("chrono-node") as typeof import("chrono-node"));

export type Period = "hour" | "week" | "month" | "year" | "fourWeeks";

export interface MoneyFact {
  value: number;
  period: Period | null;
  at: number;
  /** What the words beside it say it is: what you are charged ("assessed at £250"), the cost of care or the budget ("my care costs £200"), else null. */
  role: "charge" | "cost" | null;
}

/** The role of an amount from the words beside it: the 45 characters before it and 20 after. */
function roleAt(text: string, at: number): MoneyFact["role"] {
  const near = text.slice(Math.max(0, at - 45), at + 20).toLowerCase();
  const justBefore = text.slice(Math.max(0, at - 20), at).toLowerCase();
  // "I pay £30 a week towards it": what the person pays in.
  const paidTowards = /^\S*\s*(?:a |per |every |each )?(?:week|month|wk)?\s*towards\b/.test(text.slice(at).replace(/^£?[\d,.]+\s*/, "").toLowerCase());
  if ((/charge|contribut|assess|afford|means test/.test(near) || paidTowards) && !/cost|budget/.test(justBefore)) return "charge";
  if (/\bcost|budget|package|direct payment|\bdp\b/.test(near)) return "cost";
  return null;
}

export interface SumFacts {
  money: MoneyFact[];
  hourlyRate: number | null;
  hoursPerWeek: number | null;
  /** Hours worked in a pay period or in total, said without "a week" ("she worked 40 hours"). */
  hours: number | null;
  daysPerWeek: number | null;
  ages: number[];
  yearsOfService: number | null;
  /** Length of an absence in days ("2 weeks" = 14 calendar days), for sick pay over a period. */
  absenceDays: number | null;
  /** The absence was given in working days ("10 working days off"), not calendar days. */
  absenceInWorkingDays: boolean;
  /** The period the answer is wanted in ("how much a month?"), when it differs from the pay's. */
  askedPeriod: "week" | "month" | "year" | "fourWeeks" | null;
  /** A date in the text (the start of an absence, a birth), ISO yyyy-mm-dd. */
  date: string | null;
  taxYear: string;
  /** Why that year: "named", "date", "last year", "from April", "today". */
  taxYearReason: "named" | "date" | "last year" | "today";
}

const PERIOD_AFTER: [RegExp, Period | "fortnight"][] = [
  [/^\s*(?:an|a|per|each|every|\/)\s*(?:hour|hr)\b|^\s*(?:hourly|ph|p\/h)\b|^\s*\/\s*h\b/, "hour"],
  [/^\s*(?:a|an|per|each|every|\/)\s*(?:week|wk)\b|^\s*(?:weekly|pw|p\/w)\b|^\s*(?:for|in) (?:the|that|this) (?:whole )?week\b/, "week"],
  [/^\s*(?:every|per|each|a)\s*(?:4|four) weeks\b|^\s*four[- ]weekly\b/, "fourWeeks"],
  [/^\s*(?:a|per|each|every)\s*(?:fortnight|(?:2|two) weeks)\b|^\s*fortnightly\b/, "fortnight"],
  [/^\s*(?:a|an|per|each|every|\/)\s*(?:calendar )?month\b|^\s*(?:monthly|pcm|pm)\b|^\s*(?:for|in) (?:the|that|this) (?:whole )?month\b/, "month"],
  [/^\s*(?:a|an|per|each|every|\/)\s*(?:year|annum)\b|^\s*(?:yearly|annually|pa|p\/a)\b/, "year"],
];

/**
 * How the person says the pay is paid, anywhere in the message ("a monthly-paid PA on £1,500", "paid
 * monthly"): the period of an amount that has none after it. Only these words, which name how pay is paid,
 * not a period asked about ("how much a month?").
 */
// "Paid monthly", and of a direct payment "they pay it every 4 weeks".
const PAID = String.raw`(?:paid|pays? (?:it|me|us|her|him|them)|paying (?:it|me|us))`;
const PAID_BY_PERIOD: [RegExp, Period][] = [
  [new RegExp(String.raw`\bmonthly[- ]paid\b|\b${PAID} (?:monthly|every month|each month|by the month|per month|a month)\b|\bon a monthly (?:salary|wage|payroll)\b|\bmonthly (?:salary|wage|pay) (?:is|of)\b`, "i"), "month"],
  [new RegExp(String.raw`\bweekly[- ]paid\b|\b${PAID} (?:weekly|every week|each week|by the week)\b`, "i"), "week"],
  [new RegExp(String.raw`\b(?:four|4)[- ]weekly[- ]paid\b|\b${PAID} (?:four|4)[- ]weekly\b|\b${PAID} every (?:four|4) weeks\b`, "i"), "fourWeeks"],
];

/** The period pay, or a direct payment, is said to be paid in, anywhere in the message; null if none is said. */
export function paidByPeriod(text: string): Period | null {
  return PAID_BY_PERIOD.find(([re]) => re.test(text))?.[1] ?? null;
}

/** A period named just before the amount, as payroll words it: "gross weekly pay £820", "monthly salary of £2,100", "hourly rate: £13". */
const PERIOD_BEFORE: [RegExp, Period][] = [
  [/\b(?:hourly)\s+(?:rate|pay|wage)\s*(?:is|of|:|=)?\s*$/i, "hour"],
  [/\b(?:4|four)[- ]weekly\s+(?:gross\s+|net\s+)?(?:pay|wages?|salary|earnings|income)\s*(?:is|of|:|=)?\s*$/i, "fourWeeks"],
  [/\b(?<!(?:4|four)[- ])(?:weekly)\s+(?:gross\s+|net\s+)?(?:pay|wages?|salary|earnings|income)\s*(?:is|of|:|=)?\s*$/i, "week"],
  [/\b(?:monthly)\s+(?:gross\s+|net\s+)?(?:pay|wages?|salary|earnings|income)\s*(?:is|of|:|=)?\s*$/i, "month"],
  [/\b(?:annual|yearly)\s+(?:gross\s+|net\s+)?(?:pay|wages?|salary|earnings|income)\s*(?:is|of|:|=)?\s*$/i, "year"],
];

/** The most an amount with no period can be and still be read as an hourly rate; above it, it is pay. */
const MOST_AN_HOURLY_RATE = 100;

const num = (s: string) => Number(s.replace(/,/g, ""));

// Words that say a message is about money, so a bare number with a pay period ("budget 350pw") is an amount.
const MONEY_WORDS = /\b(?:budget|contribut\w*|charg\w*|earn\w*|paid|pay|wages?|salary|income|costs?|pension|dp|direct payment)\b/i;
const BARE_WITH_PERIOD = String.raw`\b(\d[\d,]*(?:\.\d{1,2})?)(?=\s*(?:pw|p\/w|pcm|per (?:week|wk|month|annum|year)|a (?:week|month|year|fortnight)|weekly|monthly|fortnightly|(?:every|per) (?:4|four) weeks)\b)`;

/** "£1,500 gross a month", "£300 net per week": the pay's own words, taken off before its period is read. */
export const withoutPayWords = (after: string): string => after.replace(/^\s*(?:gross|net|before tax|after tax|take[- ]home)\b/i, "");

function readMoney(text: string): MoneyFact[] {
  const out: MoneyFact[] = [];
  const bare = MONEY_WORDS.test(text) ? `|${BARE_WITH_PERIOD}` : "";
  const pattern = new RegExp(String.raw`£\s?(\d[\d,]*(?:\.\d{1,2})?)\s*(k\b|grand\b|thousand\b)?|\b(\d[\d,]*(?:\.\d{1,2})?)\s*(k|grand|thousand|quid|pounds?)\b|\b(\d{1,3}(?:,\d{3})+)(?:\.\d{1,2})?\b${bare}`, "gi");
  for (const m of text.matchAll(pattern)) {
    const raw = m[1] ?? m[3] ?? m[5] ?? m[6];
    if (!raw) continue;
    let value = Number(raw.replace(/,/g, ""));
    if (/^(k|grand|thousand)$/i.test(m[2] ?? m[4] ?? "")) value *= 1000;
    // "£1,500 gross a month", "£300 net per week": the pay's own words before its period.
    const after = withoutPayWords(text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 34).toLowerCase());
    const before = text.slice(Math.max(0, (m.index ?? 0) - 32), m.index ?? 0);
    const said =
      PERIOD_AFTER.find(([re]) => re.test(after))?.[1] ??
      PERIOD_BEFORE.find(([re]) => re.test(before))?.[1] ??
      (value > MOST_AN_HOURLY_RATE ? paidByPeriod(text) : null) ??
      null;
    // A fortnight's pay is read as a week's (half of it): no threshold or rate is set per fortnight.
    const period = said === "fortnight" ? "week" : said;
    out.push({ value: said === "fortnight" ? value / 2 : value, period, at: m.index ?? 0, role: roleAt(text, m.index ?? 0) });
  }
  // Earnings written without a £ sign ("average weekly earnings 140", "AWE 250"), when no amount has one.
  if (!out.length) {
    const m = /\b(?:(weekly|monthly) )?(?:average (?:weekly |monthly )?earnings|awe|earnings|earns|wages?)\s*(?:of|is|are|=|:|about|around)?\s*(\d{2,5}(?:\.\d{1,2})?)\b(?!\s*(?:hours?|hrs?|%|days?|weeks?|years?|yrs?|months?))/i.exec(text);
    if (m) {
      const at = m.index + m[0].length - m[2].length;
      const after = text.slice(at + m[2].length, at + m[2].length + 34).toLowerCase();
      const period = PERIOD_AFTER.find(([re]) => re.test(after))?.[1] ?? (/monthly/i.test(m[1] ?? "") ? "month" : /weekly|average earnings|awe|average weekly/i.test(m[0]) ? "week" : null);
      out.push({ value: Number(m[2]), period: period === "fortnight" ? "week" : period, at, role: null });
    }
  }
  return out;
}

/** A range of dates written with its year ("Mon 2 Feb to Fri 6 Feb 2026"): its first and last day. */
function absenceRangeOf(r: ParsedResult): { start: Date; end: Date } | null {
  if (!r.end) return null;
  const end = r.end.date();
  const start = r.start.date();
  if (!r.start.isCertain("year") && r.end.isCertain("year")) {
    start.setFullYear(end.getFullYear());
    if (start > end) start.setFullYear(end.getFullYear() - 1);
  }
  return start <= end ? { start, end } : null;
}

/** The working days from one date to another, both included: Monday to Friday, or the days of the PA's own pattern (dayIndex: 0 = Monday). */
function weekdaysBetween(start: Date, end: Date, pattern: ReadonlySet<number> | null = null): number {
  let n = 0;
  for (const d = new Date(start); d <= end; d.setDate(d.getDate() + 1)) if (pattern ? pattern.has((d.getDay() + 6) % 7) : d.getDay() !== 0 && d.getDay() !== 6) n++;
  return n;
}

const DAY_NAMES = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
const DAY_STEMS = "mon|tues?|wed|thu|thur|thurs|fri|sat|sun";
const DAY = String.raw`(${DAY_STEMS})(?:day|nesday|sday|urday|\.)?`;
// "Off sick Monday to Thursday", "ill from Tues till Fri" (no dates: a date range is read by readAbsenceDates).
const WEEKDAY_RANGE = new RegExp(String.raw`\b(?:off|sick|ill|unwell|absent|poorly)\b[^.?!\d]{0,30}?\b${DAY}\s*(?:to|until|till|through|thru|-|–)\s*${DAY}\b(?!\s*\d)`, "i");
function dayIndex(name: string): number {
  return DAY_NAMES.indexOf(name.slice(0, 3).toLowerCase());
}

// A day named in a list of the days someone works, plurals included ("Tuesdays", "Weds").
const DAY_IN_LIST = String.raw`(?:${DAY_STEMS}|weds)(?:day|nesday|sday|urday|s)?s?\.?`;
const PATTERN_LIST = new RegExp(String.raw`\b(?:works?|working|does|do|doing|comes?|on)\b(?:\s+(?:only|just|every|on))*\s+(${DAY_IN_LIST}(?:\s*(?:,|&|and|\/|\+)?\s*${DAY_IN_LIST})+)(?:\s+only)?\b`, "i");

/**
 * The days of the week a PA works, named as a list ("works Mon, Wed and Fri", "she only does Tuesdays and
 * Thursdays"), as dayIndex numbers: the days that count for sick pay (qualifying days). Null unless two or
 * more days are named together after a word for working ("Monday to Friday", a range, is read elsewhere).
 */
export function workingPattern(text: string): Set<number> | null {
  const m = PATTERN_LIST.exec(text);
  if (!m) return null;
  const days = new Set<number>();
  for (const d of m[1].matchAll(new RegExp(DAY_IN_LIST, "gi"))) {
    const i = dayIndex(d[0]);
    if (i >= 0) days.add(i);
  }
  return days.size >= 2 ? days : null;
}

/**
 * How far ahead a range of dates given without a year may be and still be read as to come ("off from 6 to 19
 * December", asked on 3 December); further ahead, it is read as the last one that has passed. A month.
 */
const AHEAD_STILL_TO_COME_MS = 31 * 86_400_000;

/** An absence given as a range of dates (with its year, or with day and month at both ends): its working days (Monday to Friday, or the pattern given) and its first day. */
function readAbsenceDates(text: string, today: Date, pattern: ReadonlySet<number> | null = null): { days: number; start: Date } | null {
  const withYear = /\b(?:19|20)\d\d\b/.test(text);
  // Without a year, only a range naming its month can be read: no month named, no date parsing (chrono-node is
  // the slowest step of routing).
  if (!withYear && !/\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b/i.test(text)) return null;
  // "the 3rd to the 14th of November" is read as chrono-node reads "3 to 14 November".
  const plain = text.replace(/\b(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)\b(?:\s+of\b)?/gi, "$1");
  // chrono-node 2.10 reads "from 11 May to 22 May 2026" as starting on the 22nd; without "from" it is right.
  for (const r of loadChrono().en.GB.parse(plain.replace(/\bfrom\s+(?=\d)/gi, "").replace(/\b(?:til|till|until|thru|through)\b/gi, "to"), today)) {
    // Days of the week alone ("works Monday to Friday") are the PA's pattern, not the dates of an absence.
    if (!/\d/.test(r.text)) continue;
    // Without a year, only a range whose two ends both give the day and the month ("3 to 14 November").
    if (!withYear && !(r.end && r.start.isCertain("day") && r.start.isCertain("month") && r.end.isCertain("day") && r.end.isCertain("month"))) continue;
    const range = absenceRangeOf(r);
    if (!range) continue;
    // A range without a year that falls further ahead is the last one that has passed ("off 2 Feb to 6 Feb",
    // asked in December, is last February).
    if (!withYear && range.start.getTime() - today.getTime() > AHEAD_STILL_TO_COME_MS) {
      range.start.setFullYear(range.start.getFullYear() - 1);
      range.end.setFullYear(range.end.getFullYear() - 1);
    }
    return { days: weekdaysBetween(range.start, range.end, pattern), start: range.start };
  }
  return null;
}

/** Words just before a date that make it a date of birth ("born March 2007", "DOB 14/09/2006"). */
const BIRTH_BEFORE = /\b(?:born|dob|d\.o\.b\.?|date of birth|birth ?date|birthday)\b[\s:,-]*(?:is|was|in|on)?\s*$/i;
const isBirthDate = (text: string, r: ParsedResult) => BIRTH_BEFORE.test(text.slice(Math.max(0, r.index - 30), r.index));

/** Dates of birth with at least their month and year ("born March 2007", "DOB 14/09/2006"). */
function birthDatesIn(text: string, today: Date): Date[] {
  if (!/\b(?:born|dob|d\.o\.b|birth)/i.test(text) || !/\b(?:19|20)\d\d\b/.test(text)) return [];
  return loadChrono()
    .en.GB.parse(text, today)
    .filter((r) => isBirthDate(text, r) && r.start.isCertain("year") && r.start.isCertain("month"))
    .map((r) => r.start.date());
}

/** Age in whole years on a day. */
function ageOn(born: Date, on: Date): number {
  const had = on.getMonth() > born.getMonth() || (on.getMonth() === born.getMonth() && on.getDate() >= born.getDate());
  return on.getFullYear() - born.getFullYear() - (had ? 0 : 1);
}

/** The tax year a message is about: named ("2025/26"), "last year", a date in it, else today's. */
export function readTaxYear(text: string, today: Date): { taxYear: string; taxYearReason: SumFacts["taxYearReason"]; date: string | null } {
  const lower = text.toLowerCase();
  const named = /\b(20\d\d)\s*[/-]\s*(20)?(\d\d)\b/.exec(lower);
  if (named) return { taxYear: `${named[1]}/${named[3]}`, taxYearReason: "named", date: null };
  const short = /\b(\d\d)\/(\d\d)\b(?!\/)/.exec(lower);
  if (short && Number(short[2]) === Number(short[1]) + 1 && Number(short[1]) >= 20) return { taxYear: `20${short[1]}/${short[2]}`, taxYearReason: "named", date: null };
  if (/\blast (?:tax )?year\b/.test(lower)) {
    const current = taxYearFor(today);
    const start = Number(current.slice(0, 4)) - 1;
    return { taxYear: `${start}/${String((start + 1) % 100).padStart(2, "0")}`, taxYearReason: "last year", date: null };
  }
  // "From April 2026", "April 2026", "6 April 2026": the tax year that starts then (rates change on 6 April,
  // and people name the month, not the day).
  const april = /\b(?:\d{1,2}(?:st|nd|rd|th)?\s+)?april\s+(20\d\d)\b/.exec(lower);
  if (april) {
    const start = Number(april[1]);
    return { taxYear: `${start}/${String((start + 1) % 100).padStart(2, "0")}`, taxYearReason: "named", date: `${start}-04-06` };
  }
  // A date with a year the person gave ("in January 2026", "from 6 April 2026"): the tax year holding it.
  // Only worth parsing when the text has a year in it (the only dates that name a tax year).
  if (!/\b(?:19|20)\d\d\b/.test(text)) return { taxYear: taxYearFor(today), taxYearReason: "today", date: null };
  for (const r of loadChrono().en.GB.parse(text, today)) {
    // Only a date the person wrote with its year ("January 2026"), not a span ("for 2 weeks" from today);
    // in a range the year may be written only at its end ("2 Feb to 6 Feb 2026").
    if (!/\b(?:19|20)\d\d\b/.test(r.text)) continue;
    // A date of birth says how old someone is, not which year's rates apply.
    if (isBirthDate(text, r)) continue;
    const range = absenceRangeOf(r);
    if (!r.start.isCertain("year") && !range) continue;
    const d = range?.start ?? r.start.date();
    const iso = d.toISOString().slice(0, 10);
    return { taxYear: taxYearFor(new Date(`${iso}T12:00:00Z`)), taxYearReason: "date", date: iso };
  }
  return { taxYear: taxYearFor(today), taxYearReason: "today", date: null };
}

/** "…employer NI a month?": the period named after the question word, or at the end, not the pay's own. */
function askedPeriodOf(text: string): SumFacts["askedPeriod"] {
  // From the question word to the end, the closing "?" aside ("what's the minimum monthly pay … a week?").
  // A message that goes on after its question ("…NI per month? Client wants to know what to budget.") is
  // read up to the question mark: what follows is context, not the question.
  const asked = text.includes("?") ? text.slice(0, text.lastIndexOf("?")) : text;
  const tail = /(?:how much|what|whats|what's)[^?.!]*$/i.exec(asked.replace(/[?!.\s]+$/, ""))?.[0] ?? /[^.?!]{0,40}\?\s*$/.exec(text)?.[0] ?? "";
  // The period named last is the one asked about ("£1,500 a month, employer NI for the whole year?").
  const named: [RegExp, "month" | "year" | "week" | "fourWeeks"][] = [
    [/\b(?:a|per|each|every|for the|for a|in a|over a|over the)\s+(?:4|four)[- ]weeks?\b|\b(?:over|for|in)\s+(?:4|four)[- ]weeks\b|\bfour[- ]weekly\b/gi, "fourWeeks"],
    [/\b(?:a|per|each|every|for the|for a|in a|over a|over the)\s+(?:calendar\s+)?month\b|\bmonthly\b|\bpcm\b/gi, "month"],
    [/\b(?:a|per|each|every|for the|for a|in a|over a|over the)\s+(?:whole\s+|full\s+|tax\s+)?year\b|\byearly\b|\bannual(?:ly)?\b|\bper annum\b/gi, "year"],
    [/\b(?:a|per|each|every)\s+week\b|\bweekly\b/gi, "week"],
  ];
  let last: { at: number; period: "month" | "year" | "week" | "fourWeeks" } | null = null;
  // A period right after an amount is that amount's own ("on £25,000 a year"), not the one asked about.
  // So is one right after hours ("doing 20 hours a week"): how long the PA works, not the period asked.
  const ofAmount = (at: number) => /(?:£\s?[\d,.]+\s*k?|\b\d[\d,.]*\s*(?:k|pounds|quid|hours?|hrs?))\s*$/i.test(tail.slice(Math.max(0, at - 20), at));
  for (const [re, period] of named) for (const m of tail.matchAll(re)) if (!ofAmount(m.index!) && (!last || m.index! > last.at)) last = { at: m.index!, period };
  return last?.period ?? null;
}

/**
 * A short follow-up's facts, with what it leaves out taken from the turn before ("what's the least for a PA
 * who's 23, 24 hours a week?" then "and if she's 19?": 19, and still 24 hours). What the follow-up says
 * wins; only figures it does not give are borrowed, and never an age, a date or a year.
 */
export function withEarlierFacts(now: SumFacts, before: SumFacts): SumFacts {
  return {
    ...now,
    money: now.money.length ? now.money : before.money,
    hourlyRate: now.hourlyRate ?? before.hourlyRate,
    hoursPerWeek: now.hoursPerWeek ?? (now.hours === null ? before.hoursPerWeek : null),
    hours: now.hours ?? before.hours,
    daysPerWeek: now.daysPerWeek ?? before.daysPerWeek,
    yearsOfService: now.yearsOfService ?? before.yearsOfService,
  };
}

export function readSumFacts(text: string, today: Date): SumFacts {
  // Curly quotes made plain and numbers in words made digits ("twenty hours"), keeping positions as written.
  const t = numberWordsToDigits(text.replace(/[\u2018\u2019]/g, "'"));
  const money = readMoney(t);
  // "20 hours at £13", "12.5 hrs pw on £12.71", "paid £13 for 20 hours": with hours in the message, an amount
  // with no period after "at", "on", "@", "paid" or "earns" is an hourly rate if it could be one (at most
  // £100); "on £300" is pay for the week or month.
  const saysHours = /\d\s*(?:hours?|hrs?|h)\b/i.test(t);
  const RATE_BEFORE = /(?:\b(?:at|on|paid|pay (?:her|him|them)|earns?|earning|gets?|getting)|@)\s*$/i;
  const rateMoney =
    money.find((m) => m.period === "hour") ??
    (saysHours ? money.find((m) => m.period === null && m.value <= MOST_AN_HOURLY_RATE && RATE_BEFORE.test(t.slice(Math.max(0, m.at - 16), m.at))) : undefined) ??
    null;
  // "35 hrs a week at 12.71": a rate written without its £ sign, in pounds and pence, after "at" or "@".
  // (Not a time of day: "she starts at 9.30", "comes at 7.45 in the morning".)
  const bareRate = !rateMoney && saysHours
    ? /(?<!\b(?:start\w*|finish\w*|begin\w*|arriv\w*|comes?|leaves?|until|till|from|up|bed)\s+)(?:\bat|@|\bon)\s*(\d{1,2}\.\d{2})\b(?!\s*(?:%|hours?|hrs?|am|pm|a\.m|p\.m|o'?clock|in the (?:morning|evening|afternoon)|h\b))/i.exec(t) ??
      /\b(\d{1,2}\.\d{2})\s*(?:an hour|per hour|an hr|ph|p\/h|\/hr|\/hour)\b/i.exec(t)
    : null;
  const hoursMatch = /\b(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)[\s-]*(?:hours?|hrs?|h)\b(\s*(?:a|per|each|every|\/)\s*(?:week|wk)|\s*(?:weekly|pw)|\s+every week|[\s-]*(?:week|wk)\b)?/i.exec(t);
  const hourlyRate = rateMoney?.value ?? (bareRate ? num(bareRate[1]) : null);
  const saysWeekly = Boolean(hoursMatch?.[2]) || /\b(?:a|per|each|every)\s+week\b|\bweekly\b/i.test(t);
  const hoursValue = hoursMatch ? num(hoursMatch[1]) : null;
  // "4 days a week", and "works 3 days" (said of the PA's pattern, not of an absence).
  const days = /\b(\d)\s*days?\s*(?:a|per|each|every)\s*week\b/i.exec(t) ?? /\b(?:works?|working|does|do)\s+(\d)\s*days?\b(?!\s*(?:off|sick|holiday|leave))/i.exec(t);
  const service = /\b(\d{1,2})\s*(?:(?:full|complete|completed|whole)\s+)?(?:years?|yrs?)\b(?![\s-]*old)(?:'?s|')?\s*(?:service|with me|working for|employed|continuous)?/i.exec(t);
  // "Three 7.5-hour shifts every week" is 22.5 hours a week.
  const shifts = /\b(\d)\s+(\d{1,2}(?:\.\d+)?)[\s-]*(?:hours?|hrs?|h)\s+(?:shifts?|days?|sessions?)\b/i.exec(t);
  // "7 hours a day, 4 days a week" is 28 hours a week.
  const perDay = hoursMatch ? /^\s*(?:a|per|each|every)\s+(?:day|shift)\b/i.test(t.slice(hoursMatch.index + hoursMatch[0].length)) : false;
  // "Off for 2 full weeks (8 of her working days)": the working days, said outright, count first.
  const workingDaysSaid = /\b(\d+)\s+of\s+(?:her|his|their|my|the pa's)\s+(?:working|work|normal working|usual working)\s+days\b/i.exec(t);
  const absence = /\b(?:off|sick|ill|absent)\b[^.?!]{0,40}?\b(\d+|(?<=\bfor )a|(?<=\bfor )one)\s*(?:full\s+|whole\s+)?((?:working\s+|work\s+)?days?|weeks?|fortnights?)\b(?!\s*(?:a|per|each|every)\s+week)|\b(\d+)\s*((?:working\s+|work\s+)?days?|weeks?)\b(?!\s*(?:a|per|each|every)\s+week)[^.?!]{0,25}\b(?:off sick|sick|ill|off work|absence)\b/i.exec(t);
  // SSP asked for over a number of weeks ("the maximum SSP over the full 28 weeks"): an absence that long.
  const sspWeeks = !workingDaysSaid && !absence ? /\b(?:ssp|sick pay)\b[^.?!]{0,60}\b(?:over|for) (?:the |a )?(?:full |whole )?(\d{1,2}) weeks\b/i.exec(t) : null;
  const absenceUnit = workingDaysSaid ? "working days" : absence ? absence[2] ?? absence[4] : sspWeeks ? "weeks" : "";
  // "Off sick for a week", "for a fortnight": one of them.
  const absenceCount = workingDaysSaid ? num(workingDaysSaid[1]) : absence ? (/^(?:a|one)$/i.test(absence[1] ?? "") ? 1 : num(absence[1] ?? absence[3])) : sspWeeks ? num(sspWeeks[1]) : 0;
  const absenceDays = workingDaysSaid || absence || sspWeeks ? absenceCount * (/fortnight/i.test(absenceUnit) ? 14 : /week/i.test(absenceUnit) ? 7 : 1) : null;
  // Dates of an absence ("off sick Mon 2 Feb to Fri 6 Feb 2026") give its working days, for a PA who works
  // Monday to Friday (a message naming another pattern is left to the days it states).
  // Days of the week with no dates ("off sick Monday to Thursday"): the working days from one to the other.
  const weekdays = absenceDays === null && (!days || num(days[1]) === 5) ? WEEKDAY_RANGE.exec(t) : null;
  const weekdaySpan = weekdays ? dayIndex(weekdays[2]) - dayIndex(weekdays[1]) + 1 : 0;
  const byWeekdays = weekdays && weekdaySpan >= 1 && weekdaySpan <= 7 ? weekdaySpan : null;
  // A pattern of named days ("works Mon, Wed and Fri"): the days a week, and the qualifying days of an absence.
  // Seven days a week: every day of an absence is a day they would have worked.
  const pattern = workingPattern(t) ?? (days && num(days[1]) === 7 ? new Set([0, 1, 2, 3, 4, 5, 6]) : null);
  const datedAbsence = byWeekdays === null && absenceDays === null && /\b(?:sick|ill|unwell|off work|absen\w*|ssp|signed off)\b/i.test(t) && (pattern || !days || num(days[1]) === 5) ? readAbsenceDates(t, today, pattern) : null;
  const sickDates = byWeekdays ?? datedAbsence?.days ?? null;
  // "Off sick for 4 days" by someone who works 5 days a week means 4 of their working days: fewer days than
  // a week, and no more than they work in one, are days they would have worked; longer spans are calendar days.
  const workingDaysByCount = absenceDays !== null && /^days?$/i.test(absenceUnit) && absenceDays < 7 && absenceDays <= (days ? num(days[1]) : 5);
  const absenceInWorkingDays = sickDates !== null || /^work/i.test(absenceUnit) || workingDaysByCount;
  // The dates of an absence given without a year ("3 to 14 November") still say which tax year's rules apply.
  const named = readTaxYear(t, today);
  const when =
    named.taxYearReason === "today" && datedAbsence
      ? { taxYear: taxYearFor(datedAbsence.start), taxYearReason: "date" as const, date: datedAbsence.start.toISOString().slice(0, 10) }
      : named;
  return {
    money: money.filter((m) => m !== rateMoney),
    hourlyRate,
    hoursPerWeek:
      shifts && saysWeekly
        ? num(shifts[1]) * num(shifts[2])
        : hoursValue !== null && perDay ? (days ? hoursValue * num(days[1]) : null) : hoursValue !== null && saysWeekly ? hoursValue : hoursValue !== null && hourlyRate !== null ? hoursValue : null,
    hours: hoursValue,
    daysPerWeek: days ? num(days[1]) : pattern ? pattern.size : null,
    // Ages said, then ages from dates of birth on the day the question is about (the date it names, else today).
    ages: [...agesIn(t), ...birthDatesIn(t, today).map((born) => ageOn(born, when.date ? new Date(`${when.date}T12:00:00Z`) : today))],
    askedPeriod: askedPeriodOf(t),
    yearsOfService: service && /\b(service|with me|working for|employed|worked|continuous|years? now|started|complete years?|full years?)\b/i.test(t) ? Number(service[1]) : null,
    absenceDays: absenceDays ?? sickDates,
    absenceInWorkingDays,
    ...when,
  };
}
