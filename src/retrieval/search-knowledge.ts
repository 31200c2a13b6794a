import "../ingest/quiet-lancedb.ts";
import { MatchQuery, type Table } from "@lancedb/lancedb";
import type { Chunk } from "../ingest/chunk-documents.ts";
import type { KnowledgeDocument } from "../ingest/load-knowledge.ts";
import { createBm25Index } from "./bm25-index.ts";
import { createQuestionMatcher } from "./question-matcher.ts";
import { createPlaceReader, type PlaceJurisdiction, type PlaceReader } from "../text/read-place.ts";
import type { Embedder } from "../ingest/build-index.ts";
import type { Audience } from "../ingest/knowledge-schema.ts";
import { createSpellingCorrector, isLikelySlip, type SpellingCorrector } from "./spelling-corrector.ts";
import { SYNONYMS, expandQuery } from "./synonyms.ts";
import { STOPWORDS, stem, tokenise } from "./tokenise.ts";
import { TUNING, type Tuning } from "../config/tuning.ts";

export interface SearchHit {
  id: string;
  documentId: string;
  title: string;
  heading: string;
  headingPath: string;
  url: string;
  text: string;
  score: number;
  /** Share of the question's meaningful words (weighted by rarity) that the section contains, 0..1. */
  coverage: number;
  audience: string[];
  jurisdiction: string;
  topic: string;
  /** Order of the section within its document. */
  position: number;
}

export interface PreparedQuery {
  original: string;
  /** The person's own meaningful words, spelling corrected. */
  terms: string[];
  /** Words added from abbreviations and everyday terms. */
  expansions: string[];
  corrections: Record<string, string>;
}

export interface SearchOptions {
  k?: number;
  audience?: Audience;
  /** Only return sections written for this audience (the /api/search filter); otherwise it is a preference. */
  strictAudience?: boolean;
  /**
   * Where the person is, when they name a place outside the council's area: a Scottish or Welsh place's
   * nation's sections lead; and the council's own local policy is never offered, to them or to someone who
   * names another English council's area ("england"), since its rules do not apply there.
   */
  nation?: PlaceJurisdiction | null;
  /** The understanding stage's probability of each knowledge area: sections of a likely area rank higher. */
  topics?: Record<string, number>;
}

export interface SearchOutcome {
  query: PreparedQuery;
  results: SearchHit[];
  /** Candidates below the relevance bar, kept for debugging and evals. */
  rejected: SearchHit[];
  metrics: { ms: number; candidates: number };
  /** Set by the retrieve stage when the conversation never touches the domain, so nothing is offered. */
  offTopic?: boolean;
}

/** Search's weights and limits (config/tuning.json, `retrieval`; each is described in src/config/tuning.ts). */
export type RetrievalSettings = Tuning["retrieval"];

export const DEFAULT_RETRIEVAL: RetrievalSettings = TUNING.retrieval;

/**
 * The questions each section answers, in chunk order: its front matter `section_questions`, the document's
 * own `questions` for its first section, and the heading itself (a heading is a question in short).
 */
export function questionsByChunk(chunks: readonly Chunk[], documents: readonly KnowledgeDocument[]): string[][] {
  const byId = new Map(documents.map((d) => [d.meta.id, d]));
  return chunks.map((c) => {
    const doc = byId.get(c.document_id);
    const own = doc?.meta.section_questions?.[c.heading] ?? [];
    const opening = c.position === 0 ? [...(doc?.meta.questions ?? []), ...(doc?.meta.section_questions?.[""] ?? [])] : [];
    const heading = c.anchor === "overview" ? [] : [c.heading];
    return [...own, ...opening, ...heading];
  });
}

export interface KnowledgeSearch {
  prepare(question: string): PreparedQuery;
  search(question: string, options?: SearchOptions): Promise<SearchOutcome>;
  /** The evaluation baseline: plain BM25 over section text, no correction, expansion, threshold or boosts. */
  baseline(question: string, k?: number): Promise<SearchHit[]>;
  /** Inverse document frequency of a stem across sections: how telling a word is. */
  idf(stemmed: string): number;
  /**
   * How much a word belongs to a topic rather than turning up here and there, 0 to 1: the sections that have
   * it per document that has it ("maternity" fills the maternity page's sections; "later" or "properly"
   * appears once in a few pages). A word that is rare only because the pages seldom need it is not telling.
   */
  concentration(stemmed: string): number;
  /** Every section of one document, in order (score 0): the composer reads beyond the sections retrieved. */
  sectionsOf(documentId: string): readonly SearchHit[];
}

/** "30k", "£14.5k", "20 grand" are £ amounts, not the bare numbers 30 or 20 (which would match "aged 30"). */
export function spellOutThousands(text: string): string {
  return text.replace(/£?\b(\d+(?:\.\d+)?)\s?(?:k|grand|thousand)\b/gi, (_, n: string) => `£${(Number(n) * 1000).toLocaleString("en-GB")}`);
}


/** Months and days of the week: when something happened, not what is asked about (see evidenceFor). */
const DATE_WORD = /^(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays)$/;

export function createKnowledgeSearch(deps: {
  table: Table;
  chunks: Chunk[];
  /** The questions each chunk answers (questionsByChunk); without them only the headings are matched. */
  questions?: readonly (readonly string[])[];
  embedder?: Embedder | null;
  settings?: Partial<RetrievalSettings>;
  /** Reads a place named in a query (config/places.json); one is made when not given. */
  readPlace?: PlaceReader;
}): KnowledgeSearch {
  const readPlace = deps.readPlace ?? createPlaceReader();
  const settings = { ...DEFAULT_RETRIEVAL, ...deps.settings };
  const chunkById = new Map(deps.chunks.map((c) => [c.id, c]));
  // Each document's sections as hits, in order, made once: the composer reads the best document whole.
  const sectionsByDocument = new Map<string, SearchHit[]>();
  for (const c of [...deps.chunks].sort((a, b) => a.position - b.position)) {
    const list = sectionsByDocument.get(c.document_id);
    if (list) list.push(toHit(c, 0, 0));
    else sectionsByDocument.set(c.document_id, [toHit(c, 0, 0)]);
  }
  const frequencies = new Map<string, number>();
  const documentFrequency = new Map<string, number>();
  const stemsByChunk = new Map<string, Set<string>>();
  // The section's own words (without the document's title and questions) and its word pairs, to rank
  // sections within a document: "maternity pay" should find the section on pay, not the one on leave.
  const sectionStems = new Map<string, Set<string>>();
  const sectionPairs = new Map<string, Set<string>>();

  // A document's own words (title, summary, questions) are the same for all its sections: read once.
  const docWords = new Map<string, string[]>();
  deps.chunks.forEach((c, i) => {
    let shared = docWords.get(c.doc_terms);
    if (!shared) docWords.set(c.doc_terms, (shared = tokenise(c.doc_terms)));
    // The section's example questions are how people ask for it ("do I have to pay for grab rails"): their
    // words count as the section's for coverage and are known to the spelling corrector, which would
    // otherwise "correct" a word only the questions use ("rails" to "fails").
    const asked = (deps.questions?.[i] ?? []).flatMap((q) => tokenise(q));
    const words = [...tokenise(`${c.heading_path} ${c.search_text}`), ...shared, ...asked];
    const stems = new Set<string>();
    for (const w of words) {
      frequencies.set(w, (frequencies.get(w) ?? 0) + 1);
      stems.add(stem(w));
    }
    stemsByChunk.set(c.id, stems);
    const own = tokenise(`${c.heading} ${c.search_text}`)
      .filter((w) => !STOPWORDS.has(w))
      .map(stem);
    sectionStems.set(c.id, new Set(own));

    sectionPairs.set(c.id, new Set(own.slice(1).map((w, i) => `${own[i]} ${w}`)));
    for (const s of stems) documentFrequency.set(s, (documentFrequency.get(s) ?? 0) + 1);
  });
  for (const key of Object.keys(SYNONYMS)) if (!key.includes(" ")) frequencies.set(key, (frequencies.get(key) ?? 0) + 1);
  // Full-text ranking in memory, built once with the index (the same fields and boosts LanceDB was given).
  const bm25 = createBm25Index(
    [
      { texts: deps.chunks.map((c) => c.search_text), boost: 1 },
      { texts: deps.chunks.map((c) => c.doc_terms), boost: settings.bm25.documentWordsBoost },
    ],
    settings.bm25,
  );
  const matcher = createQuestionMatcher(deps.questions ?? deps.chunks.map((c) => (c.anchor === "overview" ? [] : [c.heading])));
  const speller: SpellingCorrector = createSpellingCorrector(frequencies);
  const n = deps.chunks.length;
  const idf = (s: string) => Math.log((n + 1) / ((documentFrequency.get(s) ?? 0) + 0.5));
  // concentration(), worked out once per index: sections with the stem per document with it, from the
  // sections' own words (not the document's shared title and questions).
  const concentrationOf = new Map<string, number>();
  {
    const documentsWith = new Map<string, Set<string>>();
    const sectionsWith = new Map<string, number>();
    for (const c of deps.chunks)
      for (const s of sectionStems.get(c.id)!) {
        let docs = documentsWith.get(s);
        if (!docs) documentsWith.set(s, (docs = new Set()));
        docs.add(c.document_id);
        sectionsWith.set(s, (sectionsWith.get(s) ?? 0) + 1);
      }
    for (const [s, docs] of documentsWith) concentrationOf.set(s, Math.min(1, (sectionsWith.get(s)! / docs.size - 1) / settings.concentrationSpread));
  }
  // A stem no section has cannot be weighed here, and is left as it is.
  const concentration = (s: string) => concentrationOf.get(s) ?? 1;


  function prepare(question: string): PreparedQuery {
    const corrections: Record<string, string> = {};
    // "Going to" is the future ("my son is going to be my PA"), as "gonna" is: not a word about going anywhere.
    const tokens = tokenise(spellOutThousands(question)).filter((t, i, all) => !(t === "going" && all[i + 1] === "to"));
    // Two words the knowledge writes as one ("claw back" for "clawback", "pay slip", "time sheet"): the
    // joined word is asked for too, when sections have it at least as often as they have the rarer part
    // alone (so "direct payments" is not read as an email address's "directpayments", nor "over time" as
    // "overtime"), and both parts are words of three letters or more ("in come" is not "income").
    const df = (t: string) => documentFrequency.get(stem(t)) ?? 0;
    const word = (t: string) => /^[a-z]{3,}$/.test(t);
    const joined = tokens.slice(1).flatMap((t, i) => {
      const whole = tokens[i] + t;
      return word(t) && word(tokens[i]) && df(whole) > 0 && df(whole) >= Math.min(df(t), df(tokens[i])) ? [whole] : [];
    });
    const corrected = [...tokens, ...joined].map((t) => {
      if (STOPWORDS.has(t) || /^£?\d/.test(t)) return t;
      const fixed = speller.correct(t);
      if (fixed === t) return t;
      corrections[t] = fixed;
      return fixed;
    });
    // Plain numbers stay (they name sections and paragraphs: "section 31", "reg 3", "12.35"), and so do £
    // amounts ("the £86,000 cap"), which count only when a section has them (see coverageOf).
    const terms = [...new Set(corrected.filter((t) => !STOPWORDS.has(t) && (t.length > 1 || /^\d$/.test(t))))];
    const expansions = expandQuery(corrected.join(" ")).filter((w) => !STOPWORDS.has(w));
    return { original: question, terms, expansions, corrections };
  }

  interface TermEvidence {
    alternatives: string[];
    weight: number;
    bonusOnly: boolean;
    guessed: boolean;
  }

  /** Per question, once: each meaningful word's stems (with synonyms), rarity weight and how sure we are of it. */
  function evidenceFor(query: PreparedQuery): TermEvidence[] {
    // Corrections that look like a slip of the keyboard count in full; others are guesses.
    const guessed = new Set(Object.entries(query.corrections).filter(([typed, fixed]) => !isLikelySlip(typed, fixed)).map(([, fixed]) => fixed));
    // Words the person capitalised mid-sentence: names of places, nationalities, conditions, people.
    const named = new Set((query.original.match(/(?<=\S\s+)[A-Z][a-z'’]+/g) ?? []).map((w) => w.toLowerCase().replace(/['’]s$/, "")));
    return query.terms.map((term) => {
      const alternatives = [term, ...(SYNONYMS[term]?.split(" ") ?? [])].map(stem);
      // A name no section has at all ("Romanian", "Cornwall", "Parkinson's", capitalised mid-sentence) is the
      // person's own circumstance and cannot tell sections apart: it counts for less in how much of the
      // question is covered. An unknown lower-case word ("translate") may be what is asked for, and counts in
      // full, so a request nothing here answers still ends as unanswerable. (Capping a rare word's weight was
      // tried on 1 December 2026: it let requests such as "my PA wants to learn spanish" through.)
      const known = alternatives.some((a) => documentFrequency.has(a));
      const circumstance = !known && named.has(term);
      return {
        alternatives,
        weight: Math.max(...alternatives.map(idf)) * (circumstance ? settings.unknownWordWeight : 1),
        // A £ figure in the question is evidence only when a section states it: calculation questions
        // carry figures no section will have.
        // So is a bare number ("cut from 20 hours to 14"): the person's own figures, which a section
        // rarely states, but which confirm one that does ("within 6 months").
        // So is a month or a day of the week ("it only started at the end of june"): when, not what about.
        bonusOnly: term.startsWith("£") || /^\d/.test(term) || DATE_WORD.test(term),
        guessed: guessed.has(term),
      };
    });
  }

  /** Each of the person's words counts as found if the section has it or one of its synonyms. */
  function coverageOf(evidence: TermEvidence[], chunkId: string, within: Map<string, Set<string>> = stemsByChunk): number {
    const stems = within.get(chunkId);
    if (!stems || evidence.length === 0) return 0;
    let total = 0;
    let found = 0;
    for (const e of evidence) {
      let has = false;
      for (const a of e.alternatives) if (stems.has(a)) { has = true; break; }
      if (e.bonusOnly && !has) continue;
      total += e.weight;
      // A spelling correction that is not an obvious slip ("leaking" -> "leaving") is weak evidence.
      if (has) found += e.guessed ? settings.guessedCorrectionWeight * e.weight : e.weight;
    }
    return total === 0 ? 0 : found / total;
  }

  function toHit(c: Chunk, score: number, coverage: number): SearchHit {
    return {
      id: c.id,
      documentId: c.document_id,
      title: c.title,
      heading: c.heading,
      headingPath: c.heading_path,
      url: c.url,
      text: c.text,
      score,
      coverage,
      audience: c.audience.split(","),
      jurisdiction: c.jurisdiction,
      topic: c.topic,
      position: c.position,
    };
  }

  /** BM25 over the section text and the document's words: the person's own words in full, expansions lightly. */
  function fullText(query: PreparedQuery, audience: Audience | undefined, limit: number): { id: string; score: number }[] {
    const terms = [
      ...query.terms.map((t) => ({ stem: stem(t), weight: 1 })),
      ...query.expansions.map((t) => ({ stem: stem(t), weight: settings.bm25.expansionWeight })),
    ];
    if (terms.length === 0) return [];
    return ranked(bm25.score(terms), audience, limit);
  }

  /** The sections whose example questions are most like this one. */
  function matched(question: string, audience: Audience | undefined, limit: number): { id: string; score: number }[] {
    return ranked(matcher.match(question), audience, limit);
  }

  const audiencesOf = deps.chunks.map((c) => c.audience.split(","));
  const audiencesById = new Map(deps.chunks.map((c, i) => [c.id, audiencesOf[i]]));

  /**
   * The best `limit` sections, highest score first (ties by id, so the order never depends on the Map's).
   * Kept by insertion into a short sorted list rather than sorting every matched section: a common word
   * matches most of the ~500 sections, and only two dozen are wanted.
   */
  function ranked(scores: Map<number, number>, audience: Audience | undefined, limit: number): { id: string; score: number }[] {
    const out: { id: string; score: number }[] = [];
    if (limit <= 0) return out;
    const before = (a: { id: string; score: number }, b: { id: string; score: number }) => b.score - a.score || a.id.localeCompare(b.id);
    for (const [i, score] of scores) {
      if (audience && !audiencesOf[i].includes(audience)) continue;
      const row = { id: deps.chunks[i].id, score };
      if (out.length >= limit && before(row, out[out.length - 1]) >= 0) continue;
      let at = out.length;
      while (at > 0 && before(row, out[at - 1]) < 0) at--;
      out.splice(at, 0, row);
      if (out.length > limit) out.pop();
    }
    return out;
  }

  async function vector(question: string, where: string | null, limit: number): Promise<{ id: string }[]> {
    if (!deps.embedder) return [];
    const [vec] = await deps.embedder.embed([question]);
    let q = deps.table.query().nearestTo(vec).distanceType("cosine").select(["id"]).limit(limit);
    if (where) q = q.where(where);
    return (await q.toArray()) as { id: string }[];
  }

  async function search(question: string, options: SearchOptions = {}): Promise<SearchOutcome> {
    const started = performance.now();
    const k = options.k ?? 6;
    const query = prepare(question);
    const strict = options.audience && options.strictAudience ? options.audience : undefined;
    const where = strict ? `audience LIKE '%${strict}%'` : null;
    const textRows = fullText(query, strict, settings.candidates);
    const questionRows = matched(question, strict, settings.candidates);
    const vectorRows = deps.embedder ? await vector(question, where, settings.candidates).catch(() => []) : [];
    // Fuse the rankings. Full text and the question matcher are fused by the sum of their normalised scores
    // (CombSUM, Fox and Shaw 1994) rather than by reciprocal rank: the coverage rescoring below and the
    // composer's cut-off read the spread of the scores, which reciprocal rank flattens (on the dev set it cost
    // 9 items of 180). Vector hits, whose distances are not comparable, join by reciprocal rank.
    const base = new Map<string, number>();
    const topText = textRows[0]?.score || 1;
    for (const r of textRows) base.set(r.id, r.score / topText);
    for (const r of questionRows) base.set(r.id, (base.get(r.id) ?? 0) + r.score);
    vectorRows.forEach((r, i) => base.set(r.id, (base.get(r.id) ?? 0) + settings.rrfK / (settings.rrfK + i + 1)));
    // A query naming a Scottish or Welsh place (the same list the understanding stage reads).
    const named = readPlace(question);
    const asksAboutNation = named === "scotland" || named === "wales";
    const evidence = evidenceFor(query);
    const stemmedTerms = query.terms.map(stem);
    const questionPairs = stemmedTerms.slice(1).map((w, i) => `${stemmedTerms[i]} ${w}`);
    const hits: SearchHit[] = [];
    for (const [id, raw] of base) {
      const c = chunkById.get(id);
      if (!c) continue;
      const coverage = coverageOf(evidence, id);
      const own = coverageOf(evidence, id, sectionStems);
      const mix = settings.coverageMix;
      let score = raw * (mix.floor + mix.document * coverage + mix.section * own);
      // Words next to each other in the question and in the section ("maternity pay", "close relative").
      const pairs = sectionPairs.get(id)!;
      for (const pair of questionPairs) if (pairs.has(pair)) score *= settings.wordPairBoost;
      // Scotland and Wales have their own law: show it only to people who ask about them, and first to
      // people who say they live there; this council's local policy never answers for them, nor for someone
      // in another English council's area.
      if (options.nation && c.jurisdiction === "local") continue;
      // The learned topic leans the ranking (by default between ×0.8 for an unlikely area and ×1.4 for a certain one).
      if (options.topics) score *= settings.topicLean.floor + settings.topicLean.range * (options.topics[c.topic] ?? 0);
      if (c.jurisdiction === "scotland" || c.jurisdiction === "wales")
        score *= c.jurisdiction === options.nation ? settings.nation.theirs : asksAboutNation ? settings.nation.askedAbout : settings.nation.other;
      if (options.audience) {
        // Residents should read the plain-English pages; practitioners may still need a resident's page.
        const forThem = audiencesById.get(id)!.includes(options.audience);
        score *= forThem ? settings.audience.forThem : options.audience === "citizen" ? settings.audience.citizenReadingOthers : settings.audience.practitionerReadingOthers;
      }
      hits.push(toHit(c, score, coverage));
    }
    hits.sort((a, b) => b.score - a.score);
    const best = hits[0];
    // A long question carries more words no section needs to share ("im 71 and my mind is fine but..."), so
    // beyond settings.longQuestionWords the share it must cover falls with the square root of its length.
    const bar = settings.minCoverage * Math.min(1, Math.sqrt(settings.longQuestionWords / Math.max(1, evidence.length)));
    const passes = best !== undefined && best.coverage >= bar;
    // When the best-scoring section shares too little of the question but another candidate covers it well
    // ("do I have to buy grab rails out of my direct payment": "direct payment" ranks the overview first, while
    // the free-equipment section's questions carry "grab rails"), the sections that cover it answer. "Well"
    // is settings.rescueCoverage times the bar: at 1.5 a request nothing here answers ("my PA wants to learn
    // spanish, any tips") found a section sharing two of its words.
    const rescued = !passes && hits.some((h) => h.coverage >= bar * settings.rescueCoverage);
    const results = passes ? hits.filter((h) => h.coverage >= bar * settings.keepBelowBest).slice(0, k) : rescued ? hits.filter((h) => h.coverage >= bar).slice(0, k) : [];
    const kept = new Set(results.map((r) => r.id));
    return {
      query,
      results,
      rejected: hits.filter((h) => !kept.has(h.id)).slice(0, 10),
      metrics: { ms: performance.now() - started, candidates: hits.length },
    };
  }

  async function baseline(question: string, k = 1): Promise<SearchHit[]> {
    const text = question.trim();
    if (!text) return [];
    const rows = (await deps.table
      .query()
      .fullTextSearch(new MatchQuery(text, "search_text"))
      .select(["id"])
      .limit(k)
      .toArray()) as { id: string; _score: number }[];
    return rows.flatMap((r) => {
      const c = chunkById.get(r.id);
      return c ? [toHit(c, r._score, 1)] : [];
    });
  }

  function sectionsOf(documentId: string): readonly SearchHit[] {
    return sectionsByDocument.get(documentId) ?? [];
  }

  return { prepare, search, baseline, idf, concentration, sectionsOf };
}
