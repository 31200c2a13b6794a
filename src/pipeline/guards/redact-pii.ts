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
  address: "[address]",
  passport: "[passport]",
  nhs: "[NHS number]",
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

// ---- IBAN (ISO 13616: country, two check digits, up to 30 letters and digits; checked by mod 97) ----
const IBAN_CANDIDATE = /\b[A-Z]{2}\d{2}(?:[ -]?[A-Z0-9]){11,30}\b/gi;

function ibanValid(raw: string): boolean {
  const iban = raw.replace(/[ -]/g, "").toUpperCase();
  if (iban.length < 15 || iban.length > 34) return false;
  const moved = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const ch of moved) {
    const value = ch >= "A" && ch <= "Z" ? String(ch.charCodeAt(0) - 55) : ch;
    for (const digit of value) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
}

function redactIbans(text: string): string {
  return text.replace(IBAN_CANDIDATE, (match) => {
    // The candidate can run into the next word ("GB29 NWBK 6016 1331 9268 19 please"): try shorter spans.
    const parts = match.split(/(?=[ -])/);
    for (let n = parts.length; n > 0; n--) {
      const head = parts.slice(0, n).join("");
      if (ibanValid(head)) return PLACEHOLDER.bank + match.slice(head.length);
    }
    return match;
  });
}

// ---- passport numbers, after a cue (UK: nine digits; others: letters and digits) ----
const PASSPORT_CUED = /\b(passport(?:\s+(?:number|no\.?|num|#))?)(\s*(?:is|:|-|=)?\s*)(?=[A-Z0-9]*\d)[A-Z0-9]{6,10}\b/gi;

// ---- NHS numbers: ten digits (3-3-4), the last a mod 11 check digit (NHS Data Dictionary) ----
const NHS_CANDIDATE = /(?<![\d£$€.,+])\d{3}[ -]?\d{3}[ -]?\d{4}(?![\d])/g;
const NHS_CUE = /\b(nhs|chi|health)\s*(?:number|no\.?|num|#)?\s*(?:is|:|-|=)?\s*$/i;

function nhsValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
  const check = 11 - (sum % 11);
  return check !== 10 && (check === 11 ? 0 : check) === Number(digits[9]);
}

function redactNhsNumbers(text: string): string {
  return text.replace(NHS_CANDIDATE, (match, offset: number) => {
    const digits = match.replace(/[ -]/g, "");
    const cued = NHS_CUE.test(text.slice(Math.max(0, offset - 30), offset));
    // Written 3-3-4 as the NHS prints it, or after a cue. A UK phone number starts with 0 and is left to the
    // phone rule, and a bare run of ten digits is more often a reference, unless the words say otherwise.
    const spaced = /^\d{3}[ -]\d{3}[ -]\d{4}$/.test(match);
    if (nhsValid(digits) && (cued || (spaced && !digits.startsWith("0")))) return PLACEHOLDER.nhs;
    return match;
  });
}

// ---- international phone numbers: + or 00, a country code, then 6 to 14 more digits in groups ----
const INTERNATIONAL_PHONE = /(?<![\w£$€.,/])(?:\+|00)[1-9]\d{0,2}(?:[\s.-]?\(?\d{1,5}\)?){2,6}(?![\d])/g;

function redactInternationalPhones(text: string): string {
  return text.replace(INTERNATIONAL_PHONE, (match) => {
    const digits = match.replace(/\D/g, "");
    return digits.length >= 8 && digits.length <= 15 ? PLACEHOLDER.phone : match;
  });
}

// ---- email ----
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g;
// Written out to dodge spam harvesters: "john.williams (at) gmail dot com", "jo [at] example [dot] org",
// "jo at gmail dot com". A bare "at" needs a bare "dot" and a known ending, so "look at the dot com
// bubble" stays.
const AT = String.raw`(?:\s*[(\[{<]\s*(?:at|@)\s*[)\]}>]\s*|\s+(?:at|AT)\s+)`;
const DOT = String.raw`(?:\s*[(\[{<]\s*(?:dot|\.)\s*[)\]}>]\s*|\s+(?:dot|DOT)\s+|\.)`;
const TLD = "com|org|net|uk|co|gov|ac|nhs|me|io|info|biz|edu|ie|eu|de|fr|es|it|nl|pl|in|au|ca|us";
const OBFUSCATED_EMAIL = new RegExp(
  String.raw`\b[A-Za-z0-9._%+-]+(?:\s+dot\s+[A-Za-z0-9_%+-]+)*${AT}[A-Za-z0-9-]+(?:${DOT}[A-Za-z0-9-]+)*${DOT}(?:${TLD})\b`,
  "gi",
);
const BRACKETED_AT = /[(\[{<]\s*(?:at|@)\s*[)\]}>]/i;
const NOT_MAILBOX = new Set(["the", "a", "an", "my", "your", "our", "their", "his", "her", "home", "work", "look", "looked", "looking", "it", "this", "that"]);

function redactObfuscatedEmails(text: string): string {
  return text.replace(OBFUSCATED_EMAIL, (match) => {
    if (BRACKETED_AT.test(match)) return PLACEHOLDER.email;
    const [local, rest] = match.split(/\s+at\s+/i);
    const domain = rest?.split(/\s|\./)[0]?.toLowerCase() ?? "";
    if (NOT_MAILBOX.has(local.toLowerCase()) || NOT_MAILBOX.has(domain)) return match;
    // A bare "at" must come with a bare "dot" (written out), not only a full stop.
    return /\sdot\s/i.test(match) ? PLACEHOLDER.email : match;
  });
}

// ---- street addresses: "12 Acacia Avenue", "Flat 3, 45 High Street", "221B Baker St" ----
const STREET_TYPES =
  "street|st|road|rd|avenue|ave|lane|ln|drive|dr|close|cl|way|crescent|cres|court|ct|place|pl|grove|gardens|gdns|terrace|terr|square|sq|hill|park|row|walk|mews|view|rise|parade|green|boulevard|circus|wharf|quay|gate|fields|meadow|meadows|chase|vale|croft|end|yard";
const capitalisedOrNot = (words: string) =>
  words
    .split("|")
    .map((w) => `[${w[0].toUpperCase()}${w[0]}]${w.slice(1)}|${w.toUpperCase()}`)
    .join("|");
const STREET_CAPITALISED = new RegExp(
  String.raw`(?:\b(?:[Ff]lat|FLAT|[Aa]partment|[Aa]pt|[Uu]nit|[Hh]ouse)\s+\d+[A-Za-z]?,?\s+)?\b\d{1,4}[A-Za-z]?,?\s+(?:[A-Z][A-Za-z'’-]+\s+){1,3}(?:${capitalisedOrNot(STREET_TYPES)})\b\.?`,
  "g",
);
// In a message typed all in lower case, the street words cannot be told by their capitals: only the
// common street types that are not also everyday words count.
const STREET_LOWER = /\b\d{1,4}[a-z]?,?\s+(?:[a-z'’-]+\s+){1,3}(?:street|road|avenue|lane|crescent|terrace|gardens|mews|boulevard)\b/g;
const FLAT = /\b(?:flat|apartment|apt)\s+\d+[A-Za-z]?\b/gi;

function redactAddresses(text: string): string {
  const lowerOnly = !/[A-Z]/.test(text);
  let out = text.replace(STREET_CAPITALISED, (match) => {
    const words = match.trim().split(/[\s,]+/);
    // "2 Close" alone, or "20 Hours Way"-like phrases with a number word, are not streets; the words
    // between the number and the street type must look like a name.
    return words.length >= 3 ? PLACEHOLDER.address : match;
  });
  if (lowerOnly) out = out.replace(STREET_LOWER, PLACEHOLDER.address);
  return out.replace(FLAT, (m) => (/\[address\]/.test(out) ? PLACEHOLDER.address : m));
}

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

// "I'm Dave Smith", "I am Priya": only capitalised words that are not ordinary words after "I'm".
const IM_CUE = /\b(?:i['’]m|i am|im)\s+/gi;
const NOT_NAME_AFTER_IM = new Set(
  (
    "not so very really just also still currently now trying looking worried confused scared sorry sure unsure " +
    "disabled deaf blind autistic dyslexic british english welsh scottish irish european asian black white " +
    "retired employed unemployed self-employed married single divorced widowed new old over under aged about " +
    "in on at from with a an the going getting being having doing thinking wondering writing asking calling " +
    "happy unhappy fine ok okay well ill unwell poorly tired struggling stuck lost desperate grateful " +
    "registered eligible entitled responsible paying receiving getting using on off the a an my his her their " +
    "pa carer mum dad son daughter wife husband partner brother sister friend neighbour nominee " +
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august " +
    "september october november december christian muslim jewish hindu sikh catholic gay lesbian trans bi"
  ).split(/\s+/),
);
// "Mrs Jones", "Dr. Ahmed Khan", "Mr T's": one or two capitalised words (an initial counts); a possessive
// "'s" and acronyms after it ("Mr T's DP") are kept.
const TITLE_NAME = /\b(Mr|Mrs|Ms|Miss|Mx|Dr|Prof)(\.?\s+)([A-Z](?:[a-z]+|['’-][A-Za-z][a-z]*)*)(?:(\s+)([A-Z](?:[a-z]+|['’-][A-Za-z][a-z]*)+))?(?![A-Za-z])/g;
const SIGN_OFF = /\b((?:[Kk]ind |[Bb]est |[Ww]arm |[Mm]any )?(?:[Rr]egards|[Tt]hanks|[Tt]hank you|[Cc]heers|[Ww]ishes|[Ss]incerely|[Ff]aithfully)\s*(?:[,.!-]\s*|\n\s*))([A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){0,2})\s*[.!]?\s*$/;

function redactIntroductions(text: string): string {
  const typesCapitals = /[A-Z]/.test(text) && /[a-z]/.test(text);
  let out = "";
  let last = 0;
  const cues = new RegExp(IM_CUE.source, IM_CUE.flags);
  for (let m = cues.exec(text); m; m = cues.exec(text)) {
    const start = m.index + m[0].length;
    const word = /[A-Z][a-z'’-]+/y;
    word.lastIndex = start;
    const w = word.exec(text);
    // Only when the writer uses capitals for names: "I'm Dave", not "I'm Worried" or "im dave".
    if (!typesCapitals || !w || NOT_NAME_AFTER_IM.has(w[0].toLowerCase())) continue;
    const end = nameEnd(text, start, true);
    if (end < 0) continue;
    out += text.slice(last, start) + PLACEHOLDER.name;
    last = end;
    cues.lastIndex = end;
  }
  out += text.slice(last);
  out = out.replace(TITLE_NAME, (match, title: string, gap: string, first: string, space?: string, second?: string) => {
    const possessive = (w: string) => (/['’]s$/.test(w) ? w.slice(-2) : "");
    if (NOT_NAME.has(first.replace(/['’]s$/, "").toLowerCase())) return match;
    if (possessive(first) || !second) return `${title}${gap}${PLACEHOLDER.name}${possessive(first)}${second ? `${space}${second}` : ""}`;
    if (NOT_NAME.has(second.replace(/['’]s$/, "").toLowerCase())) return `${title}${gap}${PLACEHOLDER.name}${space}${second}`;
    return `${title}${gap}${PLACEHOLDER.name}${possessive(second)}`;
  });
  const signed = SIGN_OFF.exec(out);
  if (signed && typesCapitals && !NOT_NAME.has(signed[2].split(/\s/)[0].toLowerCase()))
    out = out.slice(0, signed.index) + signed[1] + PLACEHOLDER.name + out.slice(signed.index + signed[0].length);
  return out;
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
 * [postcode], [date], [card], [bank] (also IBANs), [address], [passport], [NHS number]. Never throws;
 * non-strings come back as an empty string.
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
  out = redactObfuscatedEmails(out);
  // Order matters: IBANs, cards and bank details before phone numbers and dates, which share their digits.
  out = redactIbans(out);
  out = redactCards(out);
  out = redactBank(out);
  out = out.replace(PASSPORT_CUED, (_, cue: string, sep: string) => `${cue}${sep}${PLACEHOLDER.passport}`);
  out = redactDates(out);
  out = redactInternationalPhones(out);
  out = redactNhsNumbers(out);
  out = out.replace(PHONE, PLACEHOLDER.phone);
  out = out.replace(NI_NUMBER, PLACEHOLDER.ni);
  out = out.replace(POSTCODE, PLACEHOLDER.postcode);
  out = redactAddresses(out);
  out = redactNames(out);
  out = redactIntroductions(out);
  return out;
}
