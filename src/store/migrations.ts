import { sql, type Kysely, type Migration } from "kysely";

/**
 * Versioned migrations, run in order at start by Kysely's Migrator (which holds a PostgreSQL advisory lock,
 * so several instances starting together migrate once). Never edit a released migration: add the next one.
 */
export const MIGRATIONS: Record<string, Migration> = {
  "2026-12-01-001-console": {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable("answers")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("asked_at", "timestamptz", (c) => c.notNull())
        .addColumn("status", "text", (c) => c.notNull())
        .addColumn("audience", "text", (c) => c.notNull())
        .addColumn("topic", "text")
        .addColumn("citations", "jsonb", (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
        .addColumn("composer", "text", (c) => c.notNull())
        .addColumn("question", "text", (c) => c.notNull())
        .addColumn("feedback_rating", "text", (c) => c.check(sql`feedback_rating in ('up', 'down')`))
        .addColumn("feedback_comment", "text")
        .addColumn("feedback_at", "timestamptz")
        .execute();
      await db.schema.createIndex("answers_asked_at").on("answers").column("asked_at").execute();
      await db.schema
        .createTable("staff_users")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("email", "text", (c) => c.notNull().unique())
        .addColumn("role", "text", (c) => c.notNull().check(sql`role in ('viewer', 'editor', 'admin')`))
        .addColumn("password_hash", "text", (c) => c.notNull())
        .addColumn("created_at", "timestamptz", (c) => c.notNull())
        .addColumn("last_sign_in_at", "timestamptz")
        .execute();
      await db.schema
        .createTable("staff_sessions")
        .addColumn("token_hash", "text", (c) => c.primaryKey())
        .addColumn("user_id", "text", (c) => c.notNull().references("staff_users.id").onDelete("cascade"))
        .addColumn("csrf_token", "text", (c) => c.notNull())
        .addColumn("created_at", "timestamptz", (c) => c.notNull())
        .addColumn("expires_at", "timestamptz", (c) => c.notNull())
        .execute();
      await db.schema
        .createTable("sign_in_failures")
        .addColumn("id", "bigserial", (c) => c.primaryKey())
        .addColumn("key", "text", (c) => c.notNull())
        .addColumn("at", "timestamptz", (c) => c.notNull())
        .execute();
      await db.schema.createIndex("sign_in_failures_key_at").on("sign_in_failures").columns(["key", "at"]).execute();
    },
  },
  "2026-12-15-002-curated-answers": {
    async up(db: Kysely<unknown>) {
      // Curated answers and their history. Nothing here is personal: questions are redacted before they are
      // stored and an answer holding personal details is refused (src/admin/curated-routes.ts).
      await db.schema
        .createTable("curated_answers")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("questions", "jsonb", (c) => c.notNull())
        .addColumn("answer", "text", (c) => c.notNull())
        .addColumn("sections", "jsonb", (c) => c.notNull())
        .addColumn("figures", "jsonb", (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
        .addColumn("must_include", "jsonb", (c) => c.notNull())
        .addColumn("audience", "text", (c) => c.notNull())
        .addColumn("owner", "text", (c) => c.notNull())
        .addColumn("review_due", "text", (c) => c.notNull())
        .addColumn("status", "text", (c) => c.notNull().check(sql`status in ('approved', 'withdrawn')`))
        .addColumn("approved_at", "timestamptz", (c) => c.notNull())
        .addColumn("approved_by", "text", (c) => c.notNull())
        .execute();
      await db.schema
        .createTable("curated_answer_events")
        .addColumn("id", "bigserial", (c) => c.primaryKey())
        .addColumn("curated_id", "text", (c) => c.notNull().references("curated_answers.id").onDelete("cascade"))
        .addColumn("action", "text", (c) => c.notNull().check(sql`action in ('approved', 'withdrawn', 'imported')`))
        .addColumn("by", "text", (c) => c.notNull())
        .addColumn("at", "timestamptz", (c) => c.notNull())
        .addColumn("snapshot", "jsonb", (c) => c.notNull())
        .execute();
      await db.schema.createIndex("curated_answer_events_curated_id").on("curated_answer_events").columns(["curated_id", "at"]).execute();
    },
  },
};
