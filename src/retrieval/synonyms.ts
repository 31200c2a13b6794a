import { z } from "zod";
import { inRepository } from "../repository-root.ts";
import { readJsonFile } from "../config/read-json-file.ts";

/**
 * How people really ask, mapped to the words the knowledge base uses: data (config/synonyms.json), so a
 * content author can add everyday words without editing code. Keys are matched as whole words or phrases in
 * the lower-cased question; the values are added to the search (at a lower weight than the person's own
 * words). Abbreviations first, then everyday words. A bad entry stops start-up naming it.
 */
const table = z.record(z.string().min(1), z.string().min(1));
const synonymsSchema = z.object({ $comment: z.string().optional(), abbreviations: table, everyday: table }).strict();

export const DEFAULT_SYNONYMS_PATH = inRepository("config", "synonyms.json");

function loadSynonyms(path = DEFAULT_SYNONYMS_PATH) {
  return readJsonFile(path, synonymsSchema);
}

const loaded = loadSynonyms();

export const ABBREVIATIONS: Readonly<Record<string, string>> = Object.freeze(loaded.abbreviations);
export const SYNONYMS: Readonly<Record<string, string>> = Object.freeze({ ...loaded.abbreviations, ...loaded.everyday });

// The table read once, in its order (the order of the expansions is kept, so rankings do not move): a
// one-word key is looked up among the question's words, a phrase is searched for in the question.
let entries: { key: string; phrase: string | null; words: string[] }[] | null = null;
const entriesOf = () =>
  (entries ??= Object.entries(SYNONYMS).map(([key, value]) => ({ key, phrase: key.includes(" ") ? ` ${key} ` : null, words: value.split(" ") })));

/** Expansion words for a question, without the words it already has. */
export function expandQuery(text: string): string[] {
  const lower = ` ${text.toLowerCase().replace(/[^a-z0-9.'\s-]/g, " ").replace(/\s+/g, " ")} `;
  const asked = new Set(lower.split(" "));
  const out = new Set<string>();
  for (const { key, phrase, words } of entriesOf()) {
    if (phrase === null ? asked.has(key) : lower.includes(phrase)) for (const w of words) out.add(w);
  }
  for (const w of asked) out.delete(w);
  return [...out];
}
