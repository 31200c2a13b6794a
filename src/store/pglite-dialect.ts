import type { PGlite } from "@electric-sql/pglite";
import {
  CompiledQuery,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type Kysely,
  type QueryResult,
} from "kysely";

/**
 * A Kysely dialect for PGlite (PostgreSQL compiled to WebAssembly), so the embedded database and a real
 * PostgreSQL server run the same SQL through the same query compiler and adapter.
 *
 * Our own rather than kysely-pglite-dialect: that package's peer range stops at PGlite 0.4, and PGlite is
 * now 0.5. It is small: PGlite is one connection, so connections are handed out one at a time (a
 * transaction holds it until commit or rollback) and everything else is PostgreSQL's.
 */
export class PGliteDialect implements Dialect {
  constructor(private readonly db: PGlite) {}
  createAdapter() {
    return new PostgresAdapter();
  }
  createDriver(): Driver {
    return new PGliteDriver(this.db);
  }
  createIntrospector(db: Kysely<unknown>) {
    return new PostgresIntrospector(db);
  }
  createQueryCompiler() {
    return new PostgresQueryCompiler();
  }
}

class PGliteDriver implements Driver {
  private queue: Promise<void> = Promise.resolve();
  private readonly connection: DatabaseConnection;

  constructor(private readonly db: PGlite) {
    this.connection = {
      executeQuery: async <R>(query: CompiledQuery): Promise<QueryResult<R>> => {
        const result = await db.query<R>(query.sql, [...query.parameters]);
        return result.affectedRows !== undefined && !/^\s*select\b/i.test(query.sql)
          ? { rows: result.rows, numAffectedRows: BigInt(result.affectedRows) }
          : { rows: result.rows };
      },
      streamQuery: () => {
        throw new Error("PGliteDialect: streaming queries are not supported");
      },
    };
  }

  private release: (() => void) | null = null;

  async init() {}

  /** One caller at a time: the next waits until the previous releases the connection. */
  async acquireConnection(): Promise<DatabaseConnection> {
    const previous = this.queue;
    let release!: () => void;
    this.queue = new Promise<void>((resolve) => (release = resolve));
    await previous;
    this.release = release;
    return this.connection;
  }

  async beginTransaction(connection: DatabaseConnection) {
    await connection.executeQuery(CompiledQuery.raw("begin"));
  }
  async commitTransaction(connection: DatabaseConnection) {
    await connection.executeQuery(CompiledQuery.raw("commit"));
  }
  async rollbackTransaction(connection: DatabaseConnection) {
    await connection.executeQuery(CompiledQuery.raw("rollback"));
  }
  async releaseConnection() {
    const release = this.release;
    this.release = null;
    release?.();
  }
  async destroy() {
    await this.db.close();
  }
}
