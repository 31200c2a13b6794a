import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { Kysely, Migrator, PostgresDialect, type MigrationProvider } from "kysely";
import type { Database } from "./database-schema.ts";
import { MIGRATIONS } from "./migrations.ts";
import { PGliteDialect } from "./pglite-dialect.ts";

export interface OpenedDatabase {
  db: Kysely<Database>;
  kind: "pglite" | "postgres";
}

export interface OpenDatabaseOptions {
  /** postgres://… for PostgreSQL; null for PGlite in `dataDir`. */
  databaseUrl: string | null;
  /** Where PGlite keeps its files: `<dataDir>/console-db`. */
  dataDir: string;
  /** PostgreSQL only: a schema of its own (tests give each file one so they can run side by side). */
  schema?: string;
}

const provider: MigrationProvider = { getMigrations: async () => MIGRATIONS };

/** Opens the database (PGlite by default, PostgreSQL with a URL) and runs the migrations it has not had. */
export async function openDatabase(options: OpenDatabaseOptions): Promise<OpenedDatabase> {
  let opened: OpenedDatabase;
  if (options.databaseUrl) {
    const { default: pg } = await import("pg");
    const schema = options.schema;
    if (schema !== undefined && !/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error("openDatabase: schema must be a plain lower-case name");
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 5, ...(schema ? { options: `-c search_path=${schema}` } : {}) });
    // A dropped connection must not crash the process; the next query reconnects.
    pool.on("error", () => undefined);
    if (schema) await pool.query(`create schema if not exists ${schema}`);
    opened = { db: new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }), kind: "postgres" };
  } else {
    const { PGlite } = await import("@electric-sql/pglite");
    const dir = join(options.dataDir, "console-db");
    mkdirSync(dir, { recursive: true });
    const pglite = await PGlite.create(dir);
    opened = { db: new Kysely<Database>({ dialect: new PGliteDialect(pglite) }), kind: "pglite" };
  }
  const { error, results } = await new Migrator({ db: opened.db, provider, ...(options.schema ? { migrationTableSchema: options.schema } : {}) }).migrateToLatest();
  if (error) {
    await opened.db.destroy();
    const failed = results?.find((r) => r.status === "Error")?.migrationName;
    throw new Error(`The console database could not be migrated${failed ? ` (${failed})` : ""}: ${(error as Error).message}`);
  }
  return opened;
}
