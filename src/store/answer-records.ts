import { sql, type Kysely } from "kysely";
import type { Database } from "./database-schema.ts";

export interface AnswerRecord {
  id: string;
  at: Date;
  status: string;
  audience: string;
  topic: string | null;
  citations: string[];
  composer: string;
  /** Already redacted (redactQuestion). */
  question: string;
}

export interface GapRow {
  id: string;
  at: Date;
  status: string;
  topic: string | null;
  question: string;
  rating: "up" | "down" | null;
}

/** Statuses that mean the knowledge did not answer the question. */
export const GAP_STATUSES = ["unanswerable", "out_of_scope"] as const;

/** The answers table: recording, feedback, retention and the gap report's queries. */
export function answerRecords(db: Kysely<Database>) {
  return {
    async record(r: AnswerRecord): Promise<void> {
      await db
        .insertInto("answers")
        .values({ id: r.id, asked_at: r.at, status: r.status, audience: r.audience, topic: r.topic, citations: JSON.stringify(r.citations), composer: r.composer, question: r.question })
        .onConflict((oc) => oc.column("id").doNothing())
        .execute();
    },

    /** Sets the feedback on an answer the server gave; false when there is no such answer. */
    async setFeedback(id: string, f: { rating: "up" | "down"; comment: string | null; at: Date }): Promise<boolean> {
      const row = await db
        .updateTable("answers")
        .set({ feedback_rating: f.rating, feedback_comment: f.comment, feedback_at: f.at })
        .where("id", "=", id)
        .returning("id")
        .executeTakeFirst();
      return row !== undefined;
    },

    async deleteBefore(cutoff: Date): Promise<number> {
      const result = await db.deleteFrom("answers").where("asked_at", "<", cutoff).executeTakeFirst();
      return Number(result.numDeletedRows);
    },

    /** Unanswerable, out of scope or thumbs-down answers since `since`, newest first. */
    async gaps(since: Date, limit = 5_000): Promise<GapRow[]> {
      const rows = await db
        .selectFrom("answers")
        .select(["id", "asked_at", "status", "topic", "question", "feedback_rating"])
        .where("asked_at", ">=", since)
        .where((eb) => eb.or([eb("status", "in", [...GAP_STATUSES]), eb("feedback_rating", "=", "down")]))
        .orderBy("asked_at", "desc")
        .limit(limit)
        .execute();
      return rows.map((r) => ({ id: r.id, at: new Date(r.asked_at), status: r.status, topic: r.topic, question: r.question, rating: r.feedback_rating }));
    },

    /** Answers per day (UTC) and status since `since`. */
    async statusByDay(since: Date): Promise<{ day: string; status: string; count: number }[]> {
      const day = sql<string>`to_char(date_trunc('day', asked_at at time zone 'UTC'), 'YYYY-MM-DD')`;
      const rows = await db
        .selectFrom("answers")
        .select([day.as("day"), "status", (eb) => eb.fn.countAll<string>().as("count")])
        .where("asked_at", ">=", since)
        .groupBy([day, "status"])
        .orderBy("day")
        .execute();
      return rows.map((r) => ({ day: r.day, status: r.status, count: Number(r.count) }));
    },

    /** The sections cited most often since `since`. */
    async topCitations(since: Date, limit = 10): Promise<{ section: string; count: number }[]> {
      const result = await sql<{ section: string; count: string }>`
        select c.section, count(*) as count
        from answers, jsonb_array_elements_text(answers.citations) as c(section)
        where answers.asked_at >= ${since}
        group by c.section
        order by count(*) desc, c.section
        limit ${limit}`.execute(db);
      return result.rows.map((r) => ({ section: r.section, count: Number(r.count) }));
    },
  };
}

export type AnswerRecords = ReturnType<typeof answerRecords>;
