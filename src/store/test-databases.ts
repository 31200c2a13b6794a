import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { OpenDatabaseOptions } from "./open-database.ts";

/**
 * The databases the store's tests run against: PGlite always, PostgreSQL when TEST_DATABASE_URL is set.
 * Locally without it the PostgreSQL runs skip with a message; in CI (.ci/run starts PostgreSQL and sets it)
 * they always run, so a missing server fails loudly instead of passing quietly.
 */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? "";
export const SKIP_POSTGRES = !TEST_DATABASE_URL && !process.env.CI;
export const POSTGRES_SKIP_REASON =
  "PostgreSQL store tests skipped: TEST_DATABASE_URL is not set (e.g. postgres://dpa:dpa@127.0.0.1:5432/dpa); .ci/run starts PostgreSQL and sets it";

export interface TestDatabase {
  kind: "pglite" | "postgres";
  skip: boolean;
  /** A fresh, empty database each call: a new PGlite folder, or a new PostgreSQL schema. */
  fresh(): OpenDatabaseOptions;
  /** Drops the PostgreSQL schemas made by fresh(). */
  dispose(): Promise<void>;
}

function pglite(): TestDatabase {
  return { kind: "pglite", skip: false, fresh: () => ({ databaseUrl: null, dataDir: mkdtempSync(join(tmpdir(), "dp-store-")) }), dispose: async () => {} };
}

function postgres(): TestDatabase {
  const schemas: string[] = [];
  return {
    kind: "postgres",
    skip: SKIP_POSTGRES,
    fresh() {
      if (!TEST_DATABASE_URL) throw new Error("TEST_DATABASE_URL must be set when CI is set (PostgreSQL store tests)");
      const schema = `t_${process.pid}_${Date.now().toString(36)}_${schemas.length}`;
      schemas.push(schema);
      return { databaseUrl: TEST_DATABASE_URL, dataDir: tmpdir(), schema };
    },
    async dispose() {
      if (!schemas.length) return;
      const { default: pg } = await import("pg");
      const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
      await client.connect();
      try {
        for (const s of schemas.splice(0)) await client.query(`drop schema if exists ${s} cascade`);
      } finally {
        await client.end();
      }
    },
  };
}

export function testDatabases(): TestDatabase[] {
  if (SKIP_POSTGRES) console.warn(POSTGRES_SKIP_REASON);
  return [pglite(), postgres()];
}
