import type { KnowledgeSearch, PreparedQuery, SearchHit } from "../../retrieval/search-knowledge.ts";
import { SYNONYMS } from "../../retrieval/synonyms.ts";
import { stem, tokenise } from "../../retrieval/tokenise.ts";
import type { Citation } from "../answer-types.ts";
import { citationFor, suggestionsFor } from "./cite-hits.ts";
import type { ComposedAnswer, PipelineContext } from "../pipeline-context.ts";
import { agesIn } from "../../calculators/ages-in.ts";
import { amountsOf } from "../../calculators/money-in.ts";
import type { TextUnit } from "./split-units.ts";
import { CROSS_REFERENCE, META } from "./sentence-cache.ts";
import { TUNING } from "../../config/tuning.ts";
import type { FigureKind } from "./sentence-cache.ts";
import { statesWanted, wantedFigure, type WantedFigure } from "./wanted-figure.ts";
import { readTaxYear } from "../../text/read-sum-facts.ts";

/** DESIGN.md: answers over 1,800 characters (citations excluded) are too long to read in a chat widget. */
export const MAX_ANSWER_CHARS = 1_800;
// The composer's weights and limits are data (config/tuning.json, `composer`; described in src/config/tuning.ts).
// Quoted passages stay well inside the limit, leaving room for the contact line and a safeguarding preface.
const { passageBudget: PASSAGE_BUDGET, maxUnits: MAX_UNITS, maxChunks: MAX_CHUNKS, sameDocumentWeight: SAME_DOCUMENT_WEIGHT } = TUNING.composer;
const WEIGHT = TUNING.composer;


// Another sentence leads instead of the best section's opening only if it scores LEAD_MARGIN times higher;
// the best section's opening is read as a passage (it is written answer-first), up to LEAD_CHARS.
const { leadMargin: LEAD_MARGIN, leadChars: LEAD_CHARS } = TUNING.composer;
// A list this long or shorter is quoted whole when one of its items is chosen.
const SHORT_LIST = TUNING.composer.shortListItems;

interface Candidate {
  unit: TextUnit;
  hitIndex: number;
  score: number;
  stems: Set<string>;
  contextStems: Set<string>;
  /** The score's parts that do not depend on the words asked (section rank, opening, length, range). */
  base: number;
  figure: boolean;
  figureKinds: Set<FigureKind>;
  /** It refers back to the sentence before it ("This is called…", "At least one of these must also apply:"). */
  leans: boolean;
}

/** How much of the question's (weighted) words a unit has, its heading counting for part. */
function matchedWeight(weights: Map<string, number>, stems: Set<string>, contextStems: Set<string>, unit: TextUnit): number {
  let matched = 0;
  for (const [s, w] of weights) {
    if (stems.has(s)) matched += w;
    else if (contextStems.has(s)) matched += (unit.kind === "sentence" ? 0.3 : 0.5) * w;
  }
  return matched;
}

/** The list items that follow a lead-in sentence ("…if they:"), in order. */
function listAfter(candidates: Candidate[], lead: Candidate): Candidate[] {
  const same = candidates.filter((o) => o.hitIndex === lead.hitIndex).sort((a, b) => a.unit.order - b.unit.order);
  const out: Candidate[] = [];
  for (const o of same) {
    if (o.unit.order <= lead.unit.order) continue;
    if (o.unit.kind !== "item") break;
    out.push(o);
  }
  return out;
}

/** The lead-in sentence a list item belongs to, if there is one. */
function leadInOf(candidates: Candidate[], item: Candidate): Candidate | undefined {
  const before = candidates
    .filter((o) => o.hitIndex === item.hitIndex && o.unit.order < item.unit.order)
    .sort((a, b) => b.unit.order - a.unit.order);
  for (const o of before) {
    if (o.unit.kind === "item") continue;
    return o.unit.leadIn ? o : undefined;
  }
  return undefined;
}

/** Does a sentence or row state a range that includes n: "18 to 20", "21 and over", "under 18", "22 to State Pension age"? */
export function coversNumber(text: string, n: number): boolean {
  for (const m of text.matchAll(/\b(\d{1,3})\s*(?:to|-|–)\s*(\d{1,3})\b/g)) if (n >= Number(m[1]) && n <= Number(m[2])) return true;
  for (const m of text.matchAll(/\b(\d{1,3})\s*(?:and|or)\s*(?:over|above|older)\b/gi)) if (n >= Number(m[1])) return true;
  for (const m of text.matchAll(/\b(?:under|below|younger than)\s*(\d{1,3})\b/gi)) if (n < Number(m[1])) return true;
  return false;
}

/** A question asking what to do or what the options are (answered by a section's steps, read in order). */
const ASKS_WHAT_TO_DO = /\bwhat (?:can|should|do|must|could) (?:i|we|they|she|he|you) do\b|\bwhat are (?:my|our|her|his|their|the) options\b|\bwhat (?:are|is) the (?:next )?steps?\b|\bwhat (?:do|should) (?:i|we) do (?:now|next)\b/i;

const POUND = String.raw`£\s?(\d[\d,]*(?:\.\d+)?)`;
const pounds = (s: string) => Number(s.replace(/,/g, ""));

/**
 * Does a sentence state a band of money that includes n: "between £14,250 and £23,250", "over £23,250",
 * "£14,250 or less", "up to £10,500"? ("I have 20k savings" is answered by the band that holds £20,000.)
 */
// Compiled once (matchAll copies a global pattern, so sharing them is safe).
const AMOUNT_BAND = new RegExp(String.raw`(?:between\s+)?${POUND}\s*(?:and|to|-|–)\s*${POUND}`, "gi");
const AMOUNT_OVER = new RegExp(String.raw`\b(?:over|more than|above|exceeds?|at least)\s+${POUND}`, "gi");
const AMOUNT_OR_LESS = new RegExp(String.raw`${POUND}\s+or (?:less|under|below)`, "gi");
const AMOUNT_UNDER = new RegExp(String.raw`\b(?:under|below|less than|up to)\s+${POUND}`, "gi");

export function coversAmount(text: string, n: number): boolean {
  if (!text.includes("£")) return false; // every band below names a £ figure
  for (const m of text.matchAll(AMOUNT_BAND)) if (n >= pounds(m[1]) && n <= pounds(m[2])) return true;
  for (const m of text.matchAll(AMOUNT_OVER)) if (n >= pounds(m[1])) return true;
  for (const m of text.matchAll(AMOUNT_OR_LESS)) if (n <= pounds(m[1])) return true;
  for (const m of text.matchAll(AMOUNT_UNDER)) if (n <= pounds(m[1])) return true;
  return false;
}

const YEAR_WORDS = /\b(?:in |for |during |from |over )?(?:the )?(?:last|previous) (?:tax |financial )?year\b|\b(?:in |for )?(?:the )?(?:tax year )?20\d\d\s*[/-]\s*(?:20)?\d\d\b/gi;

/** Does a unit state figures for this tax year ("2025/26", or a date range inside it such as "1 April 2025 to 31 March 2026")? */
function statesYear(text: string, taxYear: string): boolean {
  if (text.includes(taxYear)) return true;
  const start = taxYear.slice(0, 4);
  return new RegExp(String.raw`\bApril ${start}\b`).test(text) && !text.includes(`${Number(start) + 1}/${String((Number(start) + 2) % 100).padStart(2, "0")}`);
}

/**
 * Is a candidate sentence already said by one chosen (the same rule stated in two documents, or an overview
 * sentence repeated by its section)? Most of its words are in the chosen one and it adds no figure of its own.
 */
function repeats(chosen: Set<string>, candidate: Set<string>): boolean {
  let shared = 0;
  for (const s of candidate) {
    if (chosen.has(s)) shared++;
    else if (/\d/.test(s)) return false;
  }
  return shared / Math.max(1, candidate.size) >= 0.8;
}

/** A unit's text as plain words: Markdown links and code marks taken out (the citation carries the link). */
export function plain(text: string): string {
  return text
    .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1")
    .replace(/`/g, "")
    .trim();
}

/** Each of the question's words weighted by its rarity; synonyms and expansions count for less. */
function questionWeights(search: KnowledgeSearch, q: PreparedQuery): Map<string, number> {
  const weights = new Map<string, number>();
  // A word that turns up here and there ("later", "properly") counts for less than one that fills a topic's
  // sections ("maternity"): search.concentration, a form of burstiness (Church and Gale 1995).
  const share = WEIGHT.scatteredWordShare;
  const telling = (s: string) => search.idf(s) * (share + (1 - share) * search.concentration(s));
  for (const term of q.terms) {
    const s = stem(term);
    weights.set(s, Math.max(weights.get(s) ?? 0, telling(s)));
    for (const syn of SYNONYMS[term]?.split(" ") ?? []) {
      const ss = stem(syn);
      weights.set(ss, Math.max(weights.get(ss) ?? 0, 0.6 * telling(ss)));
    }
  }
  for (const e of q.expansions) {
    const s = stem(e);
    if (!weights.has(s)) weights.set(s, 0.4 * telling(s));
  }
  return weights;
}

/**
 * The sections to quote from: the best few retrieved (at most three from one document, none far below the
 * best), then the rest of the best document, which is read whole: the sentence with the figure is often in a
 * section of it that ranked below other documents' overviews. `retrieved` counts the first kind.
 */
function chooseSections(search: KnowledgeSearch, hits: SearchHit[]): { chosenHits: SearchHit[]; retrieved: number } {
  const best = hits[0]?.score ?? 1;
  const chosenHits: SearchHit[] = [];
  const perDoc = new Map<string, number>();
  for (const h of hits) {
    if (chosenHits.length >= MAX_CHUNKS || h.score < best * 0.35) break;
    const n = perDoc.get(h.documentId) ?? 0;
    if (n >= 3) continue;
    perDoc.set(h.documentId, n + 1);
    chosenHits.push(h);
  }
  const retrieved = chosenHits.length;
  if (chosenHits.length) {
    const have = new Set(chosenHits.map((h) => h.id));
    for (const s of search.sectionsOf(chosenHits[0].documentId)) if (!have.has(s.id)) chosenHits.push(s);
    // The opening of a Scottish or Welsh page found: it says which nation's law the answer is under.
    const nation = chosenHits.slice(0, retrieved).find((h) => h.jurisdiction === "scotland" || h.jurisdiction === "wales");
    const opening = nation ? search.sectionsOf(nation.documentId)[0] : undefined;
    if (opening && !chosenHits.some((h) => h.id === opening.id)) chosenHits.push(opening);
  }
  return { chosenHits, retrieved };
}

/**
 * The answer's paragraphs: the answering units first, each group under its own citation, in the order they
 * were asked; then the rest in the order the documents were written (documents by relevance, sections in
 * their own order, so "Yes, you can…" comes before the detail that qualifies it).
 */
function writeParagraphs(ctx: PipelineContext, chosenHits: SearchHit[], leads: Candidate[], selected: Set<Candidate>): { paragraphs: string[]; citations: Citation[] } {
  const leadSet = new Set(leads);
  const docRank = new Map<string, number>();
  chosenHits.forEach((h) => docRank.has(h.documentId) || docRank.set(h.documentId, docRank.size));
  const readingOrder = chosenHits
    .map((hit, hitIndex) => ({ hit, hitIndex }))
    .sort((a, b) => docRank.get(a.hit.documentId)! - docRank.get(b.hit.documentId)! || a.hit.position - b.hit.position);
  const citations: Citation[] = [];
  const paragraphs: string[] = [];
  const numberOf = new Map<number, number>();
  const cite = (hitIndex: number) => {
    let n = numberOf.get(hitIndex);
    if (n === undefined) {
      n = citations.length + 1;
      numberOf.set(hitIndex, n);
      citations.push(citationFor(chosenHits[hitIndex], n, ctx));
    }
    return n;
  };
  const paragraphOf = (picked: Candidate[], n: number) => {
    const lines: string[] = [];
    let prose: string[] = [];
    const flush = () => {
      if (prose.length) lines.push(prose.join(" "));
      prose = [];
    };
    for (const c of picked) {
      if (c.unit.kind === "sentence") prose.push(plain(c.unit.text));
      else {
        flush();
        lines.push(`- ${plain(c.unit.text)}`);
      }
    }
    flush();
    lines[lines.length - 1] += ` [${n}]`;
    return lines.join("\n");
  };
  // The answering units first, each group under its own citation, in the order they were asked.
  for (let i = 0; i < leads.length; ) {
    let j = i + 1;
    while (j < leads.length && leads[j].hitIndex === leads[i].hitIndex && leads[j].unit.order > leads[j - 1].unit.order) j++;
    const group = leads.slice(i, j);
    paragraphs.push(paragraphOf(group, cite(group[0].hitIndex)));
    i = j;
  }
  readingOrder.forEach(({ hitIndex }) => {
    const picked = [...selected].filter((c) => c.hitIndex === hitIndex && !leadSet.has(c)).sort((a, b) => a.unit.order - b.unit.order);
    if (!picked.length) return;
    const n = cite(hitIndex);
    paragraphs.push(paragraphOf(picked, n));
  });

  return { paragraphs, citations };
}

/**
 * The embedded (no model) composer: quotes the sentences that best answer the question from the top sections,
 * answer first, each group of sentences followed by its citation number. Nothing is paraphrased, so every
 * figure is exactly as written in a cited, sourced section.
 */
export function composeEmbedded(ctx: PipelineContext, hits: SearchHit[]): ComposedAnswer {
  const search = ctx.deps.search;
  const { unitsOf, stemsOf, factsOf, stemsOfText } = ctx.deps.sentences;
  // The words naming the year ("last tax year") say which figures, not what about: they are left out of the
  // words a sentence is matched on, and the year itself is looked for below.
  const year = readTaxYear(ctx.searchQuery, ctx.deps.now());
  const askedYear = year.taxYearReason === "today" ? null : year.taxYear;
  const withoutYear = askedYear ? ctx.searchQuery.replace(YEAR_WORDS, " ") : ctx.searchQuery;
  const query = askedYear && withoutYear !== ctx.searchQuery ? search.prepare(withoutYear) : (ctx.search?.query ?? search.prepare(ctx.searchQuery));
  const weightsFor = (q: PreparedQuery) => questionWeights(search, q);
  const weights = weightsFor(query);
  const best = hits[0]?.score ?? 1;
  const { chosenHits, retrieved } = chooseSections(search, hits);

  // Questions asking for an amount, a time or a limit are answered by sentences that contain one (of the
  // kind asked for: "how long" by a length of time, "what percentage" by a share).
  const wantsFigure = wantedFigure(ctx.question);
  const figureWeight = (want: WantedFigure, c: { figure: boolean; figureKinds: Set<FigureKind> }) =>
    !c.figure ? 1 : !statesWanted(want, c.figureKinds) ? WEIGHT.figure.otherwise : want.kinds.size ? WEIGHT.figure.wantedKind : WEIGHT.figure.wanted;
  // A question about another tax year than today's ("last tax year", "in 2025/26", "in January 2026") is
  // answered by the sentences that state that year's figures.
  const ages = agesIn(ctx.searchQuery);
  const amounts = amountsOf(ctx.searchQuery);
  const candidates: Candidate[] = [];
  const unitsByHit = chosenHits.map((h) => unitsOf(h.text));
  unitsByHit.forEach((units, hitIndex) => {
    const hit = chosenHits[hitIndex];
    const hitWeight = hitIndex < retrieved ? 0.55 + 0.45 * (hit.score / best) : SAME_DOCUMENT_WEIGHT;
    // A table row or list item often leaves its subject to the heading ("21 and over: £12.71").
    const contextStems = stemsOfText(hit.headingPath);
    // A list's items take their year from the sentence that introduces them ("From 1 April 2025 … were:").
    let listYear = false;
    units.forEach((unit, i) => {
      if (unit.kind !== "item") listYear = unit.leadIn && askedYear !== null && statesYear(unit.text, askedYear);
      const stems = stemsOf(unit);
      const matched = matchedWeight(weights, stems, contextStems, unit);
      const facts = factsOf(unit);
      const lengthPenalty = facts.lengthPenalty;
      // Sections are written answer-first, so their opening sentence usually states the rule.
      const opening = i === 0 ? WEIGHT.openingSentence : 1;
      const figure = figureWeight(wantsFigure, facts);
      // "my PA is 19": a row for "aged 18 to 20" answers it though it shares no word with the question;
      // "I've got 20k saved": the band that holds £20,000 answers it.
      const inRange =
        ages.some((n) => coversNumber(unit.text, n)) || amounts.some((n) => coversAmount(unit.text, n)) || (askedYear !== null && (statesYear(unit.text, askedYear) || (unit.kind === "item" && listYear))) ? WEIGHT.inRange : 1;
      // A pointer elsewhere ("See …") or a fragment says nothing on its own.
      const pointer = facts.pointer ? WEIGHT.pointer : 1;
      // "This is called…" leans on the sentence before it; on its own it is a weak answer.
      const leans = i > 0 && facts.leans ? WEIGHT.leansOnPrevious : 1;
      const base = (hitWeight * opening * pointer * inRange * leans) / lengthPenalty;
      candidates.push({ unit, hitIndex, stems, contextStems, base, figure: facts.figure, figureKinds: facts.figureKinds, leans: i > 0 && facts.leans, score: (matched + 0.2) * base * figure });
    });
  });
  if (candidates.length === 0) return { text: "", citations: [], suggestions: [] };

  const selected = new Set<Candidate>();
  let used = 0;
  const fits = (c: Candidate) => used + c.unit.text.length + 2 <= PASSAGE_BUDGET;
  const add = (c: Candidate | undefined) => {
    if (!c || selected.has(c) || !fits(c)) return false;
    // A lead-in carries its list, which says more than the sentence it seems to repeat.
    if (c.unit.kind === "sentence" && !c.unit.leadIn && [...selected].some((o) => repeats(o.stems, c.stems))) return false;
    selected.add(c);
    used += c.unit.text.length + 2;
    return true;
  };
  // The sentence that answers goes first: the best-scoring unit of the sections retrieved (with its lead-in
  // or its list), and for a message that asks several things, the best unit for each further ask.
  const leads: Candidate[] = [];
  // A sentence that refers back ("At least one of these must also apply:") is quoted after the one it
  // refers to, which carries the rule.
  const leanedOn = (c: Candidate) => (c.leans ? candidates.find((o) => o.hitIndex === c.hitIndex && o.unit.order === c.unit.order - 1 && o.unit.kind === "sentence") : undefined);
  const withWhatItLeansOn = (c: Candidate) => {
    const before = leanedOn(c);
    if (before && !selected.has(before) && add(before)) leads.push(before);
  };
  const takeWithList = (c: Candidate | undefined) => {
    if (!c || selected.has(c)) return;
    if (c.unit.kind === "item") {
      const lead = leadInOf(candidates, c);
      if (lead && !selected.has(lead)) withWhatItLeansOn(lead);
      if (lead && !selected.has(lead)) {
        if (!add(lead)) return;
        leads.push(lead);
      }
    }
    if (c.unit.kind === "sentence") withWhatItLeansOn(c);
    if (!add(c)) return;
    leads.push(c);
    if (c.unit.leadIn) {
      for (const item of listAfter(candidates, c).slice(0, SHORT_LIST)) if (add(item)) leads.push(item);
    } else if (c.unit.kind === "item") {
      // One condition of a short list leads with the rest of it: "you must enrol your PA if they: - earn more
      // than £10,000" without "- are aged 22 or over" answers wrongly for a PA of 19.

      const lead = leadInOf(candidates, c);
      const rest = lead ? listAfter(candidates, lead) : [];
      if (lead && rest.length <= SHORT_LIST) {
        for (const item of rest) if (add(item)) leads.push(item);
        // In the list's own order, under its lead-in.
        const group = leads.filter((l) => l === lead || rest.includes(l)).sort((a, b) => a.unit.order - b.unit.order);
        const others = leads.filter((l) => !group.includes(l));
        leads.splice(0, leads.length, ...others, ...group);
      }
    }
  };
  const retrievedCandidates = candidates.filter((c) => c.hitIndex < retrieved);
  // Within the sections found, a word every one of them shares names the topic, not what is asked about it
  // ("insurance" in "what is the fine for not having insurance"): for choosing the answering sentence, each
  // word counts by how few of the retrieved sections have it.
  const retrievedStems = chosenHits.slice(0, retrieved).map((h) => stemsOfText(`${h.headingPath} ${h.text}`));
  const focused = (w: Map<string, number>) => {
    const out = new Map<string, number>();
    for (const [st, weight] of w) {
      const share = retrievedStems.filter((set) => set.has(st)).length / Math.max(1, retrievedStems.length);
      out.set(st, weight * (0.3 + 0.7 * (1 - share)));
    }
    return out;
  };
  const scoreFor = (c: Candidate, w: Map<string, number>, figureWanted: WantedFigure) =>
    (matchedWeight(w, c.stems, c.contextStems, c.unit) + 0.2) * c.base * figureWeight(figureWanted, c);
  const bestFor = (w: Map<string, number>, figureWanted: WantedFigure) =>
    retrievedCandidates.reduce<{ c: Candidate; score: number } | undefined>((best, c) => {
      const score = scoreFor(c, w, figureWanted);
      return !best || score > best.score ? { c, score } : best;
    }, undefined);
  // Sections are written answer-first (knowledge/README.md): the best section's own first sentence leads
  // unless another sentence answers clearly better (by a fifth), as a figure asked for usually does.
  const focus = focused(weights);
  const answering = bestFor(focus, wantsFigure);
  const opening = candidates.find((c) => c.hitIndex === 0 && c.unit.order === 0 && c.unit.kind === "sentence");
  const openingScore = opening ? scoreFor(opening, focus, wantsFigure) : 0;
  const lead = answering && opening && answering.score < openingScore * LEAD_MARGIN ? opening : answering?.c;
  takeWithList(lead);
  // Someone in Scotland or Wales is told, straight after the answer, which nation's law it is under ("In
  // Scotland, direct payments are part of self-directed support"): the names and the law differ there
  // (Social Care (Self-directed Support) (Scotland) Act 2013; Social Services and Well-being (Wales) Act 2014).
  const nation = ctx.frame?.jurisdiction;
  if (nation === "scotland" || nation === "wales") {
    const page = chosenHits.slice(0, retrieved).find((h) => h.jurisdiction === nation);
    const openingOfPage = page && candidates.find((c) => chosenHits[c.hitIndex].documentId === page.documentId && chosenHits[c.hitIndex].position === 0 && c.unit.order === 0 && c.unit.kind === "sentence");
    if (openingOfPage && !selected.has(openingOfPage) && add(openingOfPage)) leads.push(openingOfPage);
  }
  // A rule that leads without the figure asked for is followed by the sentence after it when that one gives
  // the figure ("Employer NI is 15% of pay above the secondary threshold." then "The secondary threshold is
  // £5,000 a year…"): sections are written rule first, figure next (knowledge/README.md).
  if (lead && lead.unit.kind === "sentence" && !lead.unit.leadIn && wantsFigure.wanted) {
    const next = candidates.find((c) => c.hitIndex === lead.hitIndex && c.unit.order === lead.unit.order + 1);
    if (next && next.unit.kind === "sentence" && !next.unit.leadIn && statesWanted(wantsFigure, next.figureKinds) && matchedWeight(focus, next.stems, new Set(), next.unit) > 0) takeWithList(next);
  }
  // "What can I do?", "what are my options?": the steps are the section's following sentences, which share
  // few of the question's words, so the section that leads is read on as a passage (up to LEAD_CHARS).
  if (lead && lead.unit.kind === "sentence" && ASKS_WHAT_TO_DO.test(ctx.question)) {
    const rest = candidates.filter((c) => c.hitIndex === lead.hitIndex && c.unit.order > lead.unit.order).sort((a, b) => a.unit.order - b.unit.order);
    for (const c of rest) {
      if (c.unit.kind !== "sentence" || c.unit.leadIn || used + c.unit.text.length > LEAD_CHARS || CROSS_REFERENCE.test(c.unit.text) || META.test(c.unit.text)) break;
      if (!add(c)) break;
      leads.push(c);
    }
  }
  const asks = ctx.frame?.asks ?? [];
  // For a message that asks several things, the best unit for each further ask. An ask that names nothing of
  // its own ("…and what happens if I don't?", "does she have to agree?") is about what the ask before it
  // named, so it is read with it. (Skipping units already chosen, so each ask brought a new one, was tried on
  // 3 December 2026: long lists crowded out better sentences, read sets +2 −2.)
  if (asks.length > 1)
    asks.slice(1, 1 + WEIGHT.furtherAsks).forEach((ask, i) => {
      const own = search.prepare(ask);
      const q = own.terms.length < 2 ? search.prepare(`${ask} ${asks[i]}`) : own;
      takeWithList(bestFor(focused(weightsFor(q)), wantedFigure(ask))?.c);
    });

  // Then the opening of the best section: it carries the rule in context. The best section is read as a
  // passage from its start, lists included, up to LEAD_CHARS and no further than the sentence that leads
  // (a unit already chosen ends the passage). So when the section's own opening leads, nothing more is read
  // here and the rest comes by score below. Reading on past the lead was tried on 1 December 2026: it
  // filled the budget with the best section and crowded out other sections' answers (dev 164 → 165,
  // fresh 78 → 77, 94 answers changed), so the passage stays as it is.
  for (const c of candidates.filter((o) => o.hitIndex === 0)) {
    if (selected.size > 0 && (used + c.unit.text.length > LEAD_CHARS || CROSS_REFERENCE.test(c.unit.text) || META.test(c.unit.text))) break;
    if (c.unit.leadIn && used + listAfter(candidates, c).reduce((n, i) => n + i.unit.text.length + 2, c.unit.text.length) > LEAD_CHARS) break;
    // Stop rather than quote a list without the sentence that says what it is.
    if (!add(c) && (c.unit.leadIn || c.unit.kind === "sentence")) break;
  }
  const ranked = [...candidates].sort((a, b) => b.score - a.score);
  const topScore = ranked[0].score;
  for (const c of ranked) {
    if (selected.size >= MAX_UNITS) break;
    if (c.score < topScore * 0.3) break;
    // What a sentence, a lead-in or an item's lead-in refers back to comes with it (quoted in the section's own
    // order, so before it): "At least one of these must also apply:" says nothing without the rule before it.
    const leaning = c.unit.kind === "item" ? leadInOf(candidates, c) : c;
    const referent = leaning && leanedOn(leaning);
    if (referent && !selected.has(referent) && !add(referent)) continue;
    if (!add(c)) continue;
    if (c.unit.leadIn) {
      // A lead-in without its list says nothing: bring up to five items with it, or take it back.
      const items = listAfter(candidates, c).slice(0, 5);
      if (items.filter((i) => add(i)).length === 0) {
        selected.delete(c);
        used -= c.unit.text.length + 2;
      }
    } else if (c.unit.kind === "item") {
      const lead = leadInOf(candidates, c);
      if (lead && !selected.has(lead) && !add(lead)) {
        selected.delete(c);
        used -= c.unit.text.length + 2;
      } else if (lead) {
        // A list of conditions read in part reads as the whole list ("the conditions are: - capacity"):
        // bring the rest of a short list with it.
        const rest = listAfter(candidates, lead);
        if (rest.length <= SHORT_LIST) rest.forEach(add);
      }
    }
  }

  const { paragraphs, citations } = writeParagraphs(ctx, chosenHits, leads, selected);
  return { text: paragraphs.join("\n\n"), citations, suggestions: suggestionsFor(ctx, hits, citations) };
}
