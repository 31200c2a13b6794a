/**
 * Removes personal details from a message before it is logged, sent to a model or stored as feedback.
 *
 * Why: the assistant never needs to know who someone is to explain direct payments, and people in distress
 * often type their name, date of birth or bank details. Data minimisation (UK GDPR Art. 5(1)(c)) says we
 * should not keep or pass on what we do not need; bank and card details also create fraud risk. Health
 * data is special category data (Art. 9), so the less that travels with it, the better.
 *
 * What is kept on purpose: money amounts ("£18,000", "£12.71"), hours, ages and tax years ("2026/27"),
 * because the calculators and answers depend on them. Dates are only removed when they look like a date of
 * birth (after a cue such as "born" or "DOB", or a full date before 2010), so that "my review is on
 * 1 May 2026" still works.
 *
 * Idempotent: every placeholder is chosen so that no rule matches it again.
 */

const PLACEHOLDER = {
  name: "[name]",
  email: "[email]",
  phone: "[phone]",
  ni: "[NI number]",
  postcode: "[postcode]",
  date: "[date]",
  card: "[card]",
  bank: "[bank]",
} as const;

// ---- cards: 13 to 19 digits in groups, accepted only when the Luhn check passes (ISO/IEC 7812-1) ----
const CARD_CANDIDATE = /(?<![\d£$€.,])\d(?:[ -]?\d){12,}(?![\d])/g;

function luhnValid(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

/**
 * A run of digit groups may hold a card number next to other numbers ("+44 1632 960100 4111 1111 1111
 * 1111"), so try every span of whole groups, longest first, and redact each one that passes Luhn.
 */
function redactCardRun(run: string): string {
  const parts = run.split(/([ -])/); // digits, separator, digits, ...
  const groups = parts.filter((_, i) => i % 2 === 0);
  for (let from = 0; from < groups.length; from++) {
    let best = -1;
    let digits = "";
    for (let to = from; to < groups.length && digits.length + groups[to].length <= 19; to++) {
      digits += groups[to];
      if (digits.length >= 13 && !digits.startsWith("0") && luhnValid(digits)) best = to;
    }
    if (best < 0) continue;
    const before = parts.slice(0, from * 2).join("");
    const sep = parts[best * 2 + 1] ?? "";
    const rest = parts.slice(best * 2 + 2).join("");
    return before + PLACEHOLDER.card + sep + (rest ? redactCardRun(rest) : "");
  }
  return run;
}

function redactCards(text: string): string {
  return text.replace(CARD_CANDIDATE, (match) => {
    const digits = match.replace(/[ -]/g, "");
    // A UK phone number (starts 0, 10-11 digits) is left for the phone rule.
    if (digits.length >= 13 && digits.length <= 19 && !digits.startsWith("0") && luhnValid(digits)) return PLACEHOLDER.card;
    return redactCardRun(match);
  });
}

// ---- bank details: sort code (nn-nn-nn) and 8-digit account numbers, after a cue ----
const SORT_CODE_CUED = /\b(sort[\s-]?code|s\/c)(\s*(?:is|:|-|=)?\s*)\d{2}[\s-]?\d{2}[\s-]?\d{2}\b/gi;
const ACCOUNT_CUED = /\b((?:bank\s+)?(?:account|acc|acct|a\/c)(?:\s+(?:number|no\.?|num|#))?)(\s*(?:is|:|-|=)?\s*)\d{6,8}\b/gi;
// "12-34-56 12345678" together is a sort code and account number even without words.
const SORT_AND_ACCOUNT = /(?<![\d-])\d{2}-\d{2}-\d{2}\s+\d{8}\b/g;

function redactBank(text: string): string {
  return text
    .replace(SORT_AND_ACCOUNT, `${PLACEHOLDER.bank} ${PLACEHOLDER.bank}`)
    .replace(SORT_CODE_CUED, (_, cue: string, sep: string) => `${cue}${sep}${PLACEHOLDER.bank}`)
    .replace(ACCOUNT_CUED, (_, cue: string, sep: string) => `${cue}${sep}${PLACEHOLDER.bank}`);
}

// ---- email ----
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g;

// ---- UK phone numbers (Ofcom numbering: 0 + 9 or 10 digits; +44 drops the 0) ----
const PHONE = /(?<![\w£$€.,/])(?:\+44\s?\(?0?\)?[\s-]?\d(?:[\s-]?\d){8,9}|\(?0\d(?:[\s-]?\)?[\s-]?\d){8,9})(?![\d])/g;

// ---- National Insurance number (HMRC NIM39110: two prefix letters, six digits, suffix A-D) ----
// First letter not D, F, I, Q, U, V; second not D, F, I, O, Q, U, V; some pairs never issued.
const NI_NUMBER = /\b(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]\b/gi;

// ---- UK postcodes (the Royal Mail format; the space is optional as people type them both ways) ----
const POSTCODE = /\b(?:GIR ?0AA|[A-PR-UWYZ](?:\d[A-HJKPSTUW\d]?|[A-HK-Y]\d[ABEHMNPRVWXY\d]?) ?\d[ABD-HJLNP-UW-Z]{2})\b/gi;

// ---- dates that look like a date of birth ----
const MONTHS = "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|jun(?:e)?|jul(?:y)?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
const DATE_SOURCES = [
  String.raw`\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})`,
  String.raw`\d{4}-\d{2}-\d{2}`,
  String.raw`\d{1,2}(?:st|nd|rd|th)?(?:\s+of)?\s+(?:${MONTHS})\.?,?\s+\d{2,4}`,
  String.raw`(?:${MONTHS})\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}`,
];
const ANY_DATE = new RegExp(String.raw`(?<![\d/])(?:${DATE_SOURCES.join("|")})(?![\d/])`, "gi");
const DOB_CUE = new RegExp(
  String.raw`\b(born(?:\s+on)?|date of birth|d\.?o\.?b\.?|birthday(?:\s+is)?|birth date)(\s*(?:is|was|:|-|=)?\s*)(?:${DATE_SOURCES.join("|")})`,
  "gi",
);
// Nobody born in 2010 or later is an adult in 2026/27; an older full date in a message is almost always a
// date of birth, while recent and future dates (reviews, start dates, tax years) are kept.
const DOB_YEAR_BEFORE = 2010;

function yearOf(date: string): number | null {
  const four = date.match(/\b(\d{4})\b/);
  if (four) return Number(four[1]);
  const two = date.match(/[/.-](\d{2})$/) ?? date.match(/\s(\d{2})$/);
  if (!two) return null;
  const yy = Number(two[1]);
  // Two-digit years: 00-29 read as 2000s, others as 1900s.
  return yy < 30 ? 2000 + yy : 1900 + yy;
}

function redactDates(text: string): string {
  const cued = text.replace(DOB_CUE, (_, cue: string, sep: string) => `${cue}${sep}${PLACEHOLDER.date}`);
  return cued.replace(ANY_DATE, (match) => {
    const year = yearOf(match);
    return year !== null && year >= 1900 && year < DOB_YEAR_BEFORE ? PLACEHOLDER.date : match;
  });
}

// ---- names after a cue ----
// Words that end a name (so "my name is John and I need help" keeps "and I need help").
const NOT_NAME = new Set(
  (
    "a an and or but the i i'm im me my is am are was were be been to of in on at for with from by about as it its " +
    "this that these those not no yes so if then than too very just really also here there please thanks thank " +
    "hello hi hey can could will would should shall may might must do does did have has had get got need want " +
    "ask asking looking trying writing calling phoning and, what who how why when where which " +
    "pa carer carers mum dad son daughter wife husband partner brother sister friend neighbour " +
    "direct payment payments council social worker care help support"
  ).split(/\s+/),
);
const NAME_CUE =
  /\b(my name(?:['’]s| is)|name['’]s|i(?:['’]m| am) called|call me|this is|i go by|my (?:pa|carer|son|daughter|mum|dad|husband|wife|partner|brother|sister|client|social worker)(?:['’]s name is| is called| called))\s+/gi;

/**
 * Finds where a name that starts at `pos` ends: up to three words, stopping at a word that cannot be part
 * of a name. After "this is" or "call me" (common in ordinary sentences: "this is hard") only capitalised
 * words count; after other cues the first word may be lower case, and later words must be capitalised
 * unless the whole message is typed in lower case. Returns -1 when no name follows.
 */
function nameEnd(text: string, pos: number, capitalsOnly: boolean): number {
  const word = /[A-Za-z][A-Za-z'’-]*/y;
  const typesCapitals = /[A-Z]/.test(text);
  let end = -1;
  let p = pos;
  for (let words = 0; words < 3; words++) {
    word.lastIndex = p;
    const m = word.exec(text);
    if (!m) break;
    if (NOT_NAME.has(m[0].toLowerCase().replace(/['’]s$/, ""))) break;
    const capital = /^[A-Z]/.test(m[0]);
    if (!capital && (capitalsOnly || (words > 0 && typesCapitals))) break;
    end = p + m[0].length;
    if (text[end] !== " ") break;
    p = end + 1;
  }
  return end;
}

function redactNames(text: string): string {
  let out = "";
  let last = 0;
  const cues = new RegExp(NAME_CUE.source, NAME_CUE.flags);
  for (let m = cues.exec(text); m; m = cues.exec(text)) {
    const cue = m[1].toLowerCase();
    const start = m.index + m[0].length;
    const end = nameEnd(text, start, cue === "this is" || cue === "call me");
    if (end < 0) continue;
    out += text.slice(last, start) + PLACEHOLDER.name;
    last = end;
    cues.lastIndex = end;
  }
  return out + text.slice(last);
}

/**
 * Replaces personal details in `text` with placeholders: [name], [email], [phone], [NI number],
 * [postcode], [date], [card], [bank]. Never throws; non-strings come back as an empty string.
 */
export function redactPii(text: string): string {
  if (typeof text !== "string" || text === "") return typeof text === "string" ? text : "";
  // A placeholder can expose a neighbour that was glued to the removed text ("12-34-56account 12345678"
  // becomes "[date]account 12345678"), so repeat until nothing changes. Each pass only swaps personal details
  // for placeholders that no rule matches again, so it settles in two or three passes; the cap is a guard.
  let out = text;
  for (let pass = 0; pass < 5; pass++) {
    const next = redactOnce(out);
    if (next === out) break;
    out = next;
  }
  return out;
}

function redactOnce(text: string): string {
  let out = text.replace(EMAIL, PLACEHOLDER.email);
  // Order matters: cards and bank details before phone numbers and dates, which share their digits.
  out = redactCards(out);
  out = redactBank(out);
  out = redactDates(out);
  out = out.replace(PHONE, PLACEHOLDER.phone);
  out = out.replace(NI_NUMBER, PLACEHOLDER.ni);
  out = out.replace(POSTCODE, PLACEHOLDER.postcode);
  out = redactNames(out);
  return out;
}
