import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { basename, join, relative } from "node:path";
import matter from "gray-matter";
import { lookupSetting, type CouncilConfig } from "../config/council-config.ts";
import { KnowledgeError } from "./knowledge-error.ts";
import { frontMatterSchema, type FrontMatter } from "./knowledge-schema.ts";
import { parseSections, type Section } from "./parse-sections.ts";
import { INDEX_FORMAT } from "./chunk-documents.ts";

export interface KnowledgeDocument {
  file: string;
  meta: FrontMatter;
  /** Body with {{council.*}} placeholders filled from the council settings. */
  body: string;
  sections: Section[];
}

const PLACEHOLDER = /\{\{\s*([a-zA-Z0-9_.]+)\s*\}\}/g;
const INTERNAL_LINK = /\]\(([a-z0-9-]+)\.md(?:#([a-z0-9-]+))?\)/g;

/** Curated answers (src/curated) live beside the knowledge in their own format; they are not documents. */
export const CURATED_FOLDER = "curated";

export function listKnowledgeFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".md") && !basename(f).startsWith("_") && basename(f).toLowerCase() !== "readme.md")
    .filter((f) => f.split(/[\\/]/)[0] !== CURATED_FOLDER)
    .map((f) => join(dir, f))
    .sort();
}

function formatSetting(value: string | number | boolean): string {
  if (typeof value === "number") return Number.isInteger(value) ? value.toLocaleString("en-GB") : value.toFixed(2);
  return String(value);
}

/** Fills {{path}} from the council settings; an unknown path is an error naming the file. */
export function fillPlaceholders(text: string, config: CouncilConfig, file: string, field: string): string {
  return text.replace(PLACEHOLDER, (_, path: string) => {
    const value = lookupSetting(config, path);
    if (value === undefined) throw new KnowledgeError(file, field, `unknown council setting {{${path}}}`);
    return formatSetting(value);
  });
}

export function parseKnowledgeFile(file: string, raw: string, config: CouncilConfig): KnowledgeDocument {
  let parsed: matter.GrayMatterFile<string>;
  try {
    // Fresh object each time: gray-matter caches by content, and we must not share mutable results.
    parsed = matter(raw, {});
  } catch (err) {
    throw new KnowledgeError(file, "front matter", `is not valid YAML (${(err as Error).message.split("\n")[0]})`);
  }
  if (!parsed.matter || Object.keys(parsed.data).length === 0)
    throw new KnowledgeError(file, "front matter", "is missing (start the file with --- and YAML fields)");
  const result = frontMatterSchema.safeParse(parsed.data);
  if (!result.success) {
    const issue = result.error.issues[0];
    const field = issue.path.length ? issue.path.join(".") : "front matter";
    const detail = issue.code === "unrecognized_keys" ? `unknown field(s) ${issue.keys.join(", ")}` : issue.message;
    throw new KnowledgeError(file, field, detail);
  }
  const meta = result.data;
  const expectedId = basename(file, ".md");
  if (meta.id !== expectedId) throw new KnowledgeError(file, "id", `must match the file name ("${expectedId}")`);
  const fill = (s: string, field: string) => fillPlaceholders(s, config, file, field);
  const filledMeta: FrontMatter = {
    ...meta,
    title: fill(meta.title, "title"),
    summary: fill(meta.summary, "summary"),
    questions: meta.questions.map((q, i) => fill(q, `questions.${i}`)),
    ...(meta.owner ? { owner: fill(meta.owner, "owner") } : {}),
    ...(meta.policy_version ? { policy_version: fill(meta.policy_version, "policy_version") } : {}),
  };
  const body = fill(parsed.content, "body");
  if (body.trim().length < 200) throw new KnowledgeError(file, "body", "is too short to be useful (under 200 characters)");
  const sections = parseSections(filledMeta.title, body);
  // Keys are headings as written, placeholders included ("What {{council.name}} does"), so they are filled too.
  const sectionQuestions: Record<string, string[]> = {};
  for (const [key, questions] of Object.entries(meta.section_questions ?? {})) {
    const heading = fill(key, `section_questions.${key}`);
    const known = heading === "" || heading === filledMeta.title || sections.some((s) => s.heading === heading);
    if (!known) throw new KnowledgeError(file, `section_questions.${key}`, "names a heading the document does not have");
    sectionQuestions[heading] = questions.map((q, i) => fill(q, `section_questions.${key}.${i}`));
  }
  if (meta.section_questions) filledMeta.section_questions = sectionQuestions;
  return { file, meta: filledMeta, body, sections };
}

export interface LoadedKnowledge {
  documents: KnowledgeDocument[];
  /** One checksum over every file and the council settings: unchanged means the index need not be rebuilt. */
  checksum: string;
}

export function loadKnowledge(dir: string, config: CouncilConfig): LoadedKnowledge {
  const files = listKnowledgeFiles(dir);
  if (files.length === 0) throw new KnowledgeError(dir, "files", "no Markdown knowledge documents found");
  const hash = createHash("sha256");
  hash.update(`format ${INDEX_FORMAT}\0`).update(JSON.stringify(config));
  const documents = files.map((file) => {
    const raw = readFileSync(file, "utf8");
    hash.update(relative(dir, file)).update("\0").update(raw).update("\0");
    return parseKnowledgeFile(relative(process.cwd(), file) || file, raw, config);
  });
  checkIdsAndLinks(documents);
  return { documents, checksum: hash.digest("hex") };
}

/** Ids are unique and every [text](other-id.md#anchor) link points at a document (and section) that exists. */
export function checkIdsAndLinks(documents: KnowledgeDocument[]): void {
  const byId = new Map<string, KnowledgeDocument>();
  for (const doc of documents) {
    const other = byId.get(doc.meta.id);
    if (other) throw new KnowledgeError(doc.file, "id", `"${doc.meta.id}" is also used by ${other.file}`);
    byId.set(doc.meta.id, doc);
  }
  for (const doc of documents) {
    for (const [, id, anchor] of doc.body.matchAll(INTERNAL_LINK)) {
      const target = byId.get(id);
      if (!target) throw new KnowledgeError(doc.file, "body", `links to unknown document "${id}.md"`);
      if (anchor && !target.sections.some((s) => s.anchor === anchor))
        throw new KnowledgeError(doc.file, "body", `links to missing section "${id}.md#${anchor}"`);
    }
    for (const rel of doc.meta.related ?? [])
      if (!byId.has(rel)) throw new KnowledgeError(doc.file, "related", `names unknown document "${rel}"`);
  }
}
