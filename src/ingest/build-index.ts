import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
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

/** Opens the last index that was completely built; null when it is missing or damaged (then rebuild). */
export async function openIndex(dataDir: string): Promise<OpenedIndex | null> {
  const manifest = readManifest(dataDir);
  if (!manifest) return null;
  try {
    const snapshot = JSON.parse(readFileSync(documentsFile(dataDir, manifest.checksum), "utf8")) as {
      documents: KnowledgeDocument[];
      chunks: Chunk[];
    };
    const db = await lancedb.connect(join(dataDir, DB_FOLDER));
    const table = await db.openTable(manifest.table);
    if ((await table.countRows()) !== manifest.chunks) return null;
    return { manifest, table, documents: snapshot.documents, chunks: snapshot.chunks };
  } catch {
    return null;
  }
}

/**
 * knowledge/*.md -> validated documents -> chunks -> a new LanceDB table with full-text indexes.
 * Skips the work when the checksum of the knowledge and council settings is unchanged. The new table gets a
 * new name and the manifest is written last, so a failed or interrupted build leaves the last good index
 * serving (and can simply be run again).
 */
export async function buildIndex(options: BuildIndexOptions): Promise<BuildIndexResult> {
  const started = performance.now();
  const { documents, checksum } = loadKnowledge(options.knowledgeDir, options.council);
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
  const tableName = `chunks_${checksum.slice(0, 12)}_${Date.now().toString(36)}`;
  const table = await db.createTable(tableName, rows, { mode: "overwrite" });
  // English stemming and stop words let "paying", "paid" and "pay" meet; positions allow phrase queries.
  const fts = () =>
    lancedb.Index.fts({ withPosition: true, stem: true, language: "English", removeStopWords: true, lowercase: true, asciiFolding: true });
  await table.createIndex("search_text", { config: fts() });
  await table.createIndex("doc_terms", { config: fts() });
  const manifest: IndexManifest = {
    checksum,
    table: tableName,
    builtAt: new Date().toISOString(),
    documents: documents.length,
    chunks: chunks.length,
    embeddingsModel,
    vectorDimensions: vectors?.[0]?.length ?? null,
  };
  writeFileSync(documentsFile(options.dataDir, checksum), JSON.stringify({ documents, chunks }));
  const tmp = join(options.dataDir, `${MANIFEST}.tmp`);
  writeFileSync(tmp, JSON.stringify(manifest, null, 2));
  renameSync(tmp, join(options.dataDir, MANIFEST));
  // Old tables are no longer referenced; drop them so the data folder does not grow with every edit.
  for (const name of await db.tableNames()) if (name !== tableName) await db.dropTable(name).catch(() => undefined);
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
