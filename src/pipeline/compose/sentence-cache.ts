import { ABBREVIATIONS } from "../../retrieval/synonyms.ts";
import { stem, tokenise } from "../../retrieval/tokenise.ts";
import { splitUnits, type TextUnit } from "./split-units.ts";

/** A figure: money, a percentage, a length of time, a year, or a day of the month ("the 22nd", "6 April"), which answers "when". */
export const FIGURE = /£\s?\d|\d+(\.\d+)?\s?%|\b\d+\s*(weeks?|months?|days?|years?|hours?)\b|\b(19|20)\d\d\b|\b\d{1,2}(?:st|nd|rd|th)\b|\b\d{1,2} (?:january|february|march|april|may|june|july|august|september|october|november|december)\b/i;
/** The kind of figure a unit states, so a question asking "how long" prefers a length of time to an amount. */
export type FigureKind = "money" | "percent" | "duration" | "date";
const FIGURE_KINDS: [FigureKind, RegExp][] = [
  ["money", /£\s?\d/],
  ["percent", /\d+(\.\d+)?\s?%|\bper ?cent\b/i],
  ["duration", /\b(\d+|one|two|three|four|five|six|eight|twelve)\s*(weeks?|months?|days?|years?|hours?)\b/i],
  ["date", /\b(19|20)\d\d\b|\b\d{1,2}(?:st|nd|rd|th)\b|\b\d{1,2} (?:january|february|march|april|may|june|july|august|september|october|november|december)\b/i],
];
export function figureKindsOf(text: string): Set<FigureKind> {
  return new Set(FIGURE_KINDS.filter(([, re]) => re.test(text)).map(([k]) => k));
}

/** Sentences about the page rather than the subject ("This page explains…"). */
export const META = /\bthis (page|guide)\b|\bmost other pages\b/i;
export const CROSS_REFERENCE = /^(see|read|find out more|for more|more about|you can read)\b/i;

/** What a unit's score needs from its text alone. */
export interface UnitFacts {
  lengthPenalty: number;
  figure: boolean;
  /** Which kinds of figure it states. */
  figureKinds: Set<FigureKind>;
  /** A pointer elsewhere ("See …") or a fragment. */
  pointer: boolean;
  /** Opens with "this", "that", "it"…: leans on the sentence before it. */
  leans: boolean;
}

/**
 * The composer's reading of the sections, worked out once per section rather than on every answer: each
 * section split into sentences and list items, each unit's stems and facts, and the stems of headings and
 * section texts. Made with the index (assistant.ts makeLive), so a reindex starts a fresh cache and
 * sentences of a retired index are not kept.
 */
export interface SentenceCache {
  unitsOf(text: string): TextUnit[];
  stemsOf(unit: TextUnit): Set<string>;
  factsOf(unit: TextUnit): UnitFacts;
  stemsOfText(text: string): Set<string>;
}

// Pages spell a term out once and then abbreviate it ("SMP is paid for up to 39 weeks"): a sentence using the
// abbreviation answers a question that spells it out ("maternity pay").
const spelledOut = (word: string) => [word, ...(ABBREVIATIONS[word]?.split(" ") ?? [])];

/** Bounded by the sections and headings of one index; the cap only guards against texts that are not. */
const MAX_TEXTS = 5_000;

export function createSentenceCache(): SentenceCache {
  const units = new Map<string, TextUnit[]>();
  const unitStems = new WeakMap<TextUnit, Set<string>>();
  const unitFacts = new WeakMap<TextUnit, UnitFacts>();
  const textStems = new Map<string, Set<string>>();
  return {
    unitsOf(text) {
      let found = units.get(text);
      if (!found) {
        if (units.size > MAX_TEXTS) units.clear();
        units.set(text, (found = splitUnits(text)));
      }
      return found;
    },
    stemsOf(unit) {
      let stems = unitStems.get(unit);
      if (!stems) unitStems.set(unit, (stems = new Set(tokenise(unit.text).flatMap(spelledOut).map(stem))));
      return stems;
    },
    factsOf(unit) {
      let facts = unitFacts.get(unit);
      if (!facts) {
        const words = unit.text.split(/\s+/).length;
        facts = {
          lengthPenalty: 1 + 0.12 * Math.max(0, words / 28 - 1),
          figure: FIGURE.test(unit.text),
          figureKinds: figureKindsOf(unit.text),
          pointer: CROSS_REFERENCE.test(unit.text) || META.test(unit.text) || unit.text.length < 20,
          leans: /^(this|that|these|those|it|they)\b|^(?:at least |any |each |all |none |one |either )?(?:one |two )?of (?:these|them|those)\b|^[^,.]{3,80}, (?:this|these|those)\b/i.test(unit.text),
        };
        unitFacts.set(unit, facts);
      }
      return facts;
    },
    stemsOfText(text) {
      let stems = textStems.get(text);
      if (!stems) {
        if (textStems.size > MAX_TEXTS) textStems.clear();
        textStems.set(text, (stems = new Set(tokenise(text).map(stem))));
      }
      return stems;
    },
  };
}
