import { closeSync, existsSync, linkSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from "node:fs";
import { join } from "node:path";
import "./quiet-lancedb.ts";
import * as lancedb from "@lancedb/lancedb";
import type { CouncilConfig } from "../config/council-config.ts";
import { chunkDocuments, type Chunk } from "./chunk-documents.ts";
import { loadKnowledge, type KnowledgeDocument } from "./load-knowledge.ts";

export interface IndexManifest {
  checksum: string;
  table: string;
  builtAt: string;
  documents: number;
  chunks: number;
  embeddingsModel: string | null;
  vectorDimensions: number | null;
  /**
   * Tables this manifest replaced, newest first, with when they stopped being current. They are kept a while
   * (at least the previous generation, and any replaced within RETIRED_GRACE_MS) because a process that has
   * not reopened yet may still be answering from them; older ones are dropped by the next build.
   */
  retired?: { table: string; checksum: string; at: string }[];
}

export interface Embedder {
  model: string;
  embed(texts: string[]): Promise<number[][]>;
}

export interface BuildIndexOptions {
  knowledgeDir: string;
  dataDir: string;
  council: CouncilConfig;
  force?: boolean;
  embedder?: Embedder | null;
}

export interface BuildIndexResult {
  rebuilt: boolean;
  documents: number;
  chunks: number;
  ms: number;
  manifest: IndexManifest;
  /** The index as built (or found up to date), ready to search: callers need not open it again. */
  index: OpenedIndex;
}

export const DB_FOLDER = "lancedb";
const MANIFEST = "manifest.json";

function documentsFile(dataDir: string, checksum: string): string {
  return join(dataDir, `documents-${checksum.slice(0, 16)}.json`);
}

export function readManifest(dataDir: string): IndexManifest | null {
  try {
    const m = JSON.parse(readFileSync(join(dataDir, MANIFEST), "utf8")) as IndexManifest;
    return typeof m.checksum === "string" && typeof m.table === "string" ? m : null;
  } catch {
    return null;
  }
}

export interface OpenedIndex {
  manifest: IndexManifest;
  table: lancedb.Table;
  documents: KnowledgeDocument[];
  chunks: Chunk[];
}

/**
 * Asks the table one full-text question per indexed column. Opening a table reads only its manifest; a
 * table whose data or index files are gone opens fine and fails on the first search, so "it opened" is not
 * "it can answer". Throws what LanceDB throws.
 */
export async function probeTable(table: lancedb.Table): Promise<void> {
  for (const column of ["search_text", "doc_terms"])
    await table.query().fullTextSearch(new lancedb.MatchQuery("direct payment", column)).select(["id"]).limit(1).toArray();
}

/**
 * Opens the last index that was completely built and checks it answers a query; null when it is missing or
 * damaged (then rebuild).
 */
export async function openIndex(dataDir: string): Promise<OpenedIndex | null> {
  const manifest = readManifest(dataDir);
  if (!manifest) return null;
  let table: lancedb.Table | undefined;
  try {
    const snapshot = JSON.parse(readFileSync(documentsFile(dataDir, manifest.checksum), "utf8")) as {
      documents: KnowledgeDocument[];
      chunks: Chunk[];
    };
    const db = await lancedb.connect(join(dataDir, DB_FOLDER));
    table = await db.openTable(manifest.table);
    if ((await table.countRows()) !== manifest.chunks) throw new Error("row count differs from the manifest");
    await probeTable(table);
    return { manifest, table, documents: snapshot.documents, chunks: snapshot.chunks };
  } catch {
    table?.close();
    return null;
  }
}

// ---- one builder at a time, across processes (server workers, `npm run index`) ----

const LOCK = "build.lock";
/** A lock older than this is taken over even if its pid is alive (the pid may have been reused). */
const LOCK_STALE_MS = 10 * 60_000;
/** How long a builder waits for another to finish before giving up. */
const LOCK_WAIT_MS = 5 * 60_000;
/** Replaced tables younger than this are kept: a process may still be finishing an answer from one. */
export const RETIRED_GRACE_MS = 10 * 60_000;

interface LockOwner {
  pid: number;
  at: number;
  token: string;
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readLock(file: string): { raw: string; owner: LockOwner | null } | null {
  let raw: string;
  try {
    raw = readFileSync(file, "utf8");
  } catch {
    return null; // gone: try again
  }
  try {
    const o = JSON.parse(raw) as LockOwner;
    return { raw, owner: typeof o.pid === "number" && typeof o.at === "number" ? o : null };
  } catch {
    return { raw, owner: null };
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Runs `fn` holding `<dataDir>/build.lock`, an exclusive file created with O_EXCL holding the owner's pid,
 * time and a random token. A lock whose pid is dead (or that is older than LOCK_STALE_MS, or unreadable and
 * not being written) is taken over: it is first renamed aside, so two processes recovering the same stale
 * lock cannot both win. Works within one process too (two SIGHUPs in a row wait for each other).
 */
export async function withBuildLock<T>(dataDir: string, fn: () => Promise<T>, options: { waitMs?: number } = {}): Promise<T> {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, LOCK);
  const token = `${process.pid}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  const deadline = Date.now() + (options.waitMs ?? LOCK_WAIT_MS);
  for (let attempt = 0; ; attempt++) {
    try {
      const fd = openSync(file, "wx");
      try {
        writeSync(fd, JSON.stringify({ pid: process.pid, at: Date.now(), token } satisfies LockOwner));
      } finally {
        closeSync(fd);
      }
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
    }
    const held = readLock(file);
    if (held) {
      const { owner } = held;
      let ageMs = 0;
      try {
        ageMs = Date.now() - (owner?.at ?? statMtime(file));
      } catch {
        continue;
      }
      const stale = owner ? !pidAlive(owner.pid) || ageMs > LOCK_STALE_MS : ageMs > 5_000;
      if (stale) {
        const aside = `${file}.stale-${token}`;
        try {
          renameSync(file, aside);
          if (readFileSync(aside, "utf8") !== held.raw) {
            // We moved a fresh lock someone took in between: put it back (if nobody has taken the name since).
            try {
              linkSync(aside, file);
            } catch {
              /* someone else holds it now; theirs stands */
            }
          }
          rmSync(aside, { force: true });
        } catch {
          /* someone else recovered it first */
        }
        continue;
      }
    }
    if (Date.now() > deadline) throw new Error(`Another index build is still running (${file}); try again when it has finished.`);
    await sleep(Math.min(200, 20 + attempt * 10));
  }
  try {
    return await fn();
  } finally {
    const held = readLock(file);
    if (held?.owner?.token === token) rmSync(file, { force: true });
  }
}

function statMtime(file: string): number {
  return statSync(file).mtimeMs;
}

function writeAtomically(file: string, text: string): void {
  const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, file);
}

/**
 * knowledge/*.md -> validated documents -> chunks -> a new LanceDB table with full-text indexes.
 * Skips the work when the checksum of the knowledge and council settings is unchanged and the index it names
 * answers a query. One build at a time (withBuildLock); the new table gets a new name and the manifest is
 * written last, by rename, so a failed or interrupted build leaves the last good index serving (and can
 * simply be run again). Tables in use are never dropped: the previous generation is kept, and older ones go
 * only once they have been out of use for RETIRED_GRACE_MS.
 */
export async function buildIndex(options: BuildIndexOptions): Promise<BuildIndexResult> {
  const started = performance.now();
  return withBuildLock(options.dataDir, async () => {
    // Read under the lock: a builder that waited sees the folder as it is now, and another process may have
    // just built exactly this (then there is nothing to do).
    const { documents, checksum } = loadKnowledge(options.knowledgeDir, options.council);
    return buildLocked(options, documents, checksum, started);
  });
}

async function buildLocked(options: BuildIndexOptions, documents: KnowledgeDocument[], checksum: string, started: number): Promise<BuildIndexResult> {
  const embeddingsModel = options.embedder?.model ?? null;
  const previous = readManifest(options.dataDir);
  if (!options.force && previous && previous.checksum === checksum && previous.embeddingsModel === embeddingsModel) {
    const opened = await openIndex(options.dataDir);
    if (opened)
      return {
        rebuilt: false,
        documents: previous.documents,
        chunks: previous.chunks,
        ms: performance.now() - started,
        manifest: previous,
        index: opened,
      };
  }
  mkdirSync(options.dataDir, { recursive: true });
  const chunks = await chunkDocuments(documents);
  let vectors: number[][] | null = null;
  if (options.embedder) {
    vectors = [];
    for (let i = 0; i < chunks.length; i += 64) {
      const batch = chunks.slice(i, i + 64).map((c) => `${c.heading_path}\n${c.search_text}`);
      vectors.push(...(await options.embedder.embed(batch)));
    }
  }
  const rows = chunks.map((c, i) => (vectors ? { ...c, vector: vectors[i] } : { ...c }));
  const db = await lancedb.connect(join(options.dataDir, DB_FOLDER));
  // A name no other build has used (time and randomness), so nothing is ever overwritten in place.
  const tableName = `chunks_${checksum.slice(0, 12)}_${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const table = await db.createTable(tableName, rows, { mode: "create" });
  // English stemming and stop words let "paying", "paid" and "pay" meet; positions allow phrase queries.
  const fts = () =>
    lancedb.Index.fts({ withPosition: true, stem: true, language: "English", removeStopWords: true, lowercase: true, asciiFolding: true });
  await table.createIndex("search_text", { config: fts() });
  await table.createIndex("doc_terms", { config: fts() });
  await probeTable(table);
  const now = new Date();
  const retired = previous
    ? [
        { table: previous.table, checksum: previous.checksum, at: now.toISOString() },
        ...(previous.retired ?? []).filter((r) => now.getTime() - Date.parse(r.at) < RETIRED_GRACE_MS && r.table !== previous.table),
      ]
    : [];
  const manifest: IndexManifest = {
    checksum,
    table: tableName,
    builtAt: now.toISOString(),
    documents: documents.length,
    chunks: chunks.length,
    embeddingsModel,
    vectorDimensions: vectors?.[0]?.length ?? null,
    retired,
  };
  writeAtomically(documentsFile(options.dataDir, checksum), JSON.stringify({ documents, chunks }));
  // The manifest last, by rename: a reader sees the old index or the new one, never half of one.
  writeAtomically(join(options.dataDir, MANIFEST), JSON.stringify(manifest, null, 2));
  // Tables neither current nor recently retired are no longer used by anyone: drop them so the data folder
  // does not grow with every edit. Never the one the manifest names, nor the previous generation.
  const keep = new Set([tableName, ...retired.map((r) => r.table)]);
  for (const name of await db.tableNames()) if (!keep.has(name)) await db.dropTable(name).catch(() => undefined);
  const keepDocs = new Set([checksum, ...retired.map((r) => r.checksum)].map((c) => `documents-${c.slice(0, 16)}.json`));
  for (const f of readdirSync(options.dataDir))
    if (/^documents-[0-9a-f]{16}\.json$/.test(f) && !keepDocs.has(f)) rmSync(join(options.dataDir, f), { force: true });
  return {
    rebuilt: true,
    documents: documents.length,
    chunks: chunks.length,
    ms: performance.now() - started,
    manifest,
    // What was just written, in memory: no need to read it back from disk.
    index: { manifest, table, documents, chunks },
  };
}

export function indexExists(dataDir: string): boolean {
  return existsSync(join(dataDir, MANIFEST));
}
