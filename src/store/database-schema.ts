import type { ColumnType, Generated } from "kysely";

/**
 * The console's tables, as Kysely sees them. The SQL that creates them is in migrations.ts; the two are
 * kept in step by the store's tests, which run every query against both PGlite and PostgreSQL.
 */
export interface Database {
  /** One row per answer the server gave, only while RECORD_QUESTIONS is on; deleted after RETENTION_DAYS. */
  answers: {
    id: string;
    asked_at: ColumnType<Date, Date, never>;
    status: string;
    audience: string;
    topic: string | null;
    /** Chunk ids of the citations, in order ("<document-id>#<anchor>"). */
    citations: ColumnType<string[], string, never>;
    composer: string;
    /** The last user message, with personal details replaced by placeholders. */
    question: string;
    feedback_rating: "up" | "down" | null;
    feedback_comment: string | null;
    feedback_at: Date | null;
  };
  staff_users: {
    id: string;
    email: string;
    role: "viewer" | "editor" | "admin";
    /** scrypt$N$r$p$salt$hash, base64url: the parameters travel with the hash so they can be raised later. */
    password_hash: string;
    created_at: ColumnType<Date, Date, never>;
    last_sign_in_at: Date | null;
  };
  staff_sessions: {
    /** SHA-256 of the cookie's token: a copy of the table does not give working sessions. */
    token_hash: string;
    user_id: string;
    csrf_token: string;
    created_at: ColumnType<Date, Date, never>;
    expires_at: Date;
  };
  sign_in_failures: {
    id: Generated<string>;
    /** "account:<email>" or "address:<ip>". */
    key: string;
    at: Date;
  };
  /** Approved (and withdrawn) curated answers: src/curated/curated-answer.ts. */
  curated_answers: {
    id: string;
    questions: ColumnType<string[], string, string>;
    answer: string;
    sections: ColumnType<{ id: string; hash: string }[], string, string>;
    figures: ColumnType<string[], string, string>;
    must_include: ColumnType<string[][], string, string>;
    audience: string;
    owner: string;
    /** YYYY-MM-DD. */
    review_due: string;
    status: "approved" | "withdrawn";
    approved_at: Date;
    /** The approving editor's e-mail address. */
    approved_by: string;
  };
  /** Who approved, withdrew or imported which curated answer, when, and the answer as it then was. */
  curated_answer_events: {
    id: Generated<string>;
    curated_id: string;
    action: "approved" | "withdrawn" | "imported";
    by: string;
    at: Date;
    snapshot: ColumnType<unknown, string, never>;
  };
}
