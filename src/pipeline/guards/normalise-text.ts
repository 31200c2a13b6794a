/**
 * Shared clean-up for the rule-based guards. People write in a hurry, on phones, often with a disability
 * that makes typing hard, so the guards match on a normalised form: lower case, straight apostrophes,
 * single spaces, and a small dictionary of common misspellings and dropped apostrophes mapped back to the
 * word the rules expect. The dictionary is deliberately explicit (no fuzzy matching) so that every match
 * can be explained and tested.
 */

// Dropped apostrophes and common misspellings seen in free-text messages to care services. Keys are whole
// words (after lower-casing); values are what the guard rules are written against.
const WORD_FIXES: Readonly<Record<string, string>> = Object.freeze({
  // contractions typed without the apostrophe
  cant: "can't",
  dont: "don't",
  wont: "won't",
  im: "i'm",
  ive: "i've",
  hasnt: "hasn't",
  havent: "haven't",
  didnt: "didn't",
  doesnt: "doesn't",
  isnt: "isn't",
  wasnt: "wasn't",
  werent: "weren't",
  arent: "aren't",
  shouldnt: "shouldn't",
  couldnt: "couldn't",
  wouldnt: "wouldn't",
  shes: "she's",
  theyre: "they're",
  theyve: "they've",
  thats: "that's",
  whats: "what's",
  // text-speak
  u: "you",
  ur: "your",
  pls: "please",
  plz: "please",
  coz: "because",
  cos: "because",
  becuase: "because",
  wanna: "want to",
  gonna: "going to",
  // misspellings that matter to the safeguarding rules
  hitts: "hits",
  hiting: "hitting",
  hurst: "hurts",
  slaped: "slapped",
  kil: "kill",
  kll: "kill",
  myslef: "myself",
  meself: "myself",
  mysefl: "myself",
  sucide: "suicide",
  suicde: "suicide",
  suacide: "suicide",
  suiside: "suicide",
  sucidal: "suicidal",
  suicidle: "suicidal",
  suisidal: "suicidal",
  thretens: "threatens",
  threatans: "threatens",
  threatend: "threatened",
  threattens: "threatens",
  scard: "scared",
  scarred: "scared",
  frightend: "frightened",
  mony: "money",
  monney: "money",
  muney: "money",
  pention: "pension",
  carar: "carer",
  carrer: "carer",
  agancy: "agency",
  husbnd: "husband",
  husban: "husband",
  boyfreind: "boyfriend",
  girlfreind: "girlfriend",
  neighbor: "neighbour",
  freind: "friend",
  freinds: "friends",
  anymore: "any more",
  nomore: "no more",
  eatan: "eaten",
  eatten: "eaten",
  dyas: "days",
  dasy: "days",
  wekks: "weeks",
  tabs: "tablets",
  pils: "pills",
  tabelts: "tablets",
  od: "overdose",
  "od'd": "overdosed",
  mom: "mum",
  mam: "mum",
  mummy: "mum",
});

/**
 * Removes invisible format characters, lower-cases, straightens quotes, collapses white space and applies WORD_FIXES. "P.A." and "p.a" become
 * "pa" so the personal-assistant rules see one spelling.
 */
export function normaliseText(text: string): string {
  const lowered = text
    // Invisible format characters (zero-width spaces and joiners, bidi marks and controls, tag characters)
    // carry no words: without them "k\u200Bill" is "kill" to every rule.
    .replace(/[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u{E0000}-\u{E007F}]/gu, "")
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\u2018\u2019\u201B\u2032`´]/g, "'")
    .replace(/[\u201C\u201D\u2033]/g, '"')
    .replace(/\bp\.\s?a\.?(?=\s|$|[,;:!?])/g, "pa")
    .replace(/\s+/g, " ")
    .trim();
  return lowered.replace(/[a-z']+/g, (word) => WORD_FIXES[word] ?? word);
}
