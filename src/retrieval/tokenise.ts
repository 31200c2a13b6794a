import { porterStem } from "./porter-stem.ts";

/** Lower-case word tokens; keeps £ figures and tax years whole ("£12.71", "2026/27"). */
export function tokenise(text: string): string[] {
  return (
    text
      .toLowerCase()
      .replace(/[’‘]/g, "'")
      .match(/£?\d[\d,.]*(?:\/\d+)?%?|[a-z]+(?:'[a-z]+)?/g) ?? []
  ).map((t) => t.replace(/'s$/, "").replace(/[.,]$/, ""));
}

// Function words, and words so common in this knowledge base that they say nothing about which section
// answers a question ("direct payment" is in almost every section).
export const STOPWORDS = new Set(
  (
    "a about above after again against all am an and any are aren't as at be because been before being below between both but by " +
    "can can't cannot could couldn't did didn't do does doesn't doing don't down during each few for from further had hadn't has " +
    "hasn't have haven't having he he'd he'll her here hers herself him himself his how i i'd i'll i'm i've if in into is isn't it " +
    "it's its itself let's me more most mustn't my myself no nor not of off on once only or other ought now since our ours ourselves out over " +
    "own same shan't she she'd she'll should shouldn't so some such than that that's the their theirs them themselves then there " +
    "there's these they they'd they'll they're they've this those through to too under until up very was wasn't we we'd we'll " +
    "we're we've were weren't what what's when when's where where's which while who who's whom why why's with won't would " +
    "wouldn't you you'd you'll you're you've your yours yourself yourselves im ive dont cant wont whats hi hello please thanks " +
    "thank tell know want get got use using used just also will shall may might must much many one still really like " +
    "would could yes ok okay dear anyone someone something thing things way true false actually never ever " +
    "nobody anybody somebody everybody everyone noone nothing anything everything explained explaining explains " +
    // Chat filler and framing: how people and staff wrap a question, not what it is about ("can u help me
    // draft a short reply to a resident who..."). Rare in the knowledge base, so they would otherwise weigh
    // heavily in how much of a question a section covers.
    "u ur pls plz cos coz cuz yeah yep nope gonna wanna gotta kinda sorta pretty already instead rather " +
    "basically honestly literally probably maybe perhaps exactly stuff bit bits lot lots sort kind great " +
    "guess reckon wondering wonder wondered think thinking thought asks asked asking say says said saying rang " +
    "phoned reply replies draft answer simple explanation explain resident residents client " +
    "clients customer mr mrs ms new"
  ).split(/\s+/),
);

// Porter over-stems some words into others' stems ("allowance" and "allowed" both to "allow"): keep those
// apart, since a question about what a direct payment is allowed to pay for is not about Carer's Allowance.
const KEPT: Record<string, string> = { allowance: "allowance", allowances: "allowance" };
const IRREGULAR: Record<string, string> = { paid: "pay", children: "child", lives: "live", living: "live", died: "die", dies: "die", dying: "die", owed: "owe", sacked: "sack" };

/** Porter stem, with a few irregular forms people use ("paid" -> "pay"); figures are left as they are. */
// Stems are asked for the same few thousand words again and again (building the index, every question):
// remembered, within a bound, since the Porter stemmer is the slowest step of reading text.
const STEMS = new Map<string, string>();

export function stem(word: string): string {
  let out = STEMS.get(word);
  if (out !== undefined) return out;
  const w = word.toLowerCase();
  out = /^£?\d/.test(w) ? w : (KEPT[w] ?? porterStem(IRREGULAR[w] ?? w));
  if (STEMS.size > 50_000) STEMS.clear();
  STEMS.set(word, out);
  return out;
}

export function contentTerms(text: string): string[] {
  return tokenise(text).filter((t) => !STOPWORDS.has(t) && t.length > 1);
}
