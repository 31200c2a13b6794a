import type { Kysely, Selectable } from "kysely";
import type { CuratedAction, CuratedAnswer, CuratedEvent } from "../curated/curated-answer.ts";
import type { Audience } from "../ingest/knowledge-schema.ts";
import type { Database } from "./database-schema.ts";

type Row = Selectable<Database["curated_answers"]>;

// PGlite hands jsonb back parsed; pg does too, but a text column read through a view would not: accept both.
const json = <T>(v: unknown): T => (typeof v === "string" ? (JSON.parse(v) as T) : (v as T));

const toAnswer = (r: Row): CuratedAnswer => ({
  id: r.id,
  questions: json(r.questions),
  answer: r.answer,
  sections: json(r.sections),
  figures: json(r.figures),
  mustInclude: json(r.must_include),
  audience: r.audience as Audience,
  owner: r.owner,
  reviewDue: r.review_due,
  status: r.status,
  approvedAt: new Date(r.approved_at),
  approvedBy: r.approved_by,
});

const snapshot = (a: CuratedAnswer) => JSON.stringify({ ...a, approvedAt: a.approvedAt.toISOString() });

/** Curated answers and their history (who approved, withdrew or imported what, and when). */
export function curatedAnswers(db: Kysely<Database>) {
  const values = (a: CuratedAnswer) => ({
    questions: JSON.stringify(a.questions),
    answer: a.answer,
    sections: JSON.stringify(a.sections),
    figures: JSON.stringify(a.figures),
    must_include: JSON.stringify(a.mustInclude),
    audience: a.audience,
    owner: a.owner,
    review_due: a.reviewDue,
    status: a.status,
    approved_at: a.approvedAt,
    approved_by: a.approvedBy,
  });
  return {
    /** Every curated answer, approved ones first, newest first. */
    async list(): Promise<CuratedAnswer[]> {
      const rows = await db.selectFrom("curated_answers").selectAll().orderBy("status").orderBy("approved_at", "desc").execute();
      return rows.map(toAnswer);
    },
    async approved(): Promise<CuratedAnswer[]> {
      return (await db.selectFrom("curated_answers").selectAll().where("status", "=", "approved").orderBy("approved_at", "desc").execute()).map(toAnswer);
    },
    async byId(id: string): Promise<CuratedAnswer | undefined> {
      const r = await db.selectFrom("curated_answers").selectAll().where("id", "=", id).executeTakeFirst();
      return r && toAnswer(r);
    },
    /**
     * Saves an approved (or imported) answer, replacing one with the same id, and records who did it. One
     * transaction, so the history never misses a change.
     */
    async save(a: CuratedAnswer, event: { action: Exclude<CuratedAction, "withdrawn">; by: string; at: Date }): Promise<void> {
      await db.transaction().execute(async (tx) => {
        await tx
          .insertInto("curated_answers")
          .values({ id: a.id, ...values(a) })
          .onConflict((oc) => oc.column("id").doUpdateSet(values(a)))
          .execute();
        await tx.insertInto("curated_answer_events").values({ curated_id: a.id, action: event.action, by: event.by, at: event.at, snapshot: snapshot(a) }).execute();
      });
    },
    /** Withdraws an approved answer; false when there is no approved answer with that id. */
    async withdraw(id: string, by: string, at: Date): Promise<boolean> {
      return db.transaction().execute(async (tx) => {
        const r = await tx.updateTable("curated_answers").set({ status: "withdrawn" }).where("id", "=", id).where("status", "=", "approved").returningAll().executeTakeFirst();
        if (!r) return false;
        await tx.insertInto("curated_answer_events").values({ curated_id: id, action: "withdrawn", by, at, snapshot: snapshot(toAnswer(r)) }).execute();
        return true;
      });
    },
    /** The answer's history, oldest first. */
    async history(id: string): Promise<CuratedEvent[]> {
      const rows = await db.selectFrom("curated_answer_events").selectAll().where("curated_id", "=", id).orderBy("at").orderBy("id").execute();
      return rows.map((r) => ({ curatedId: r.curated_id, action: r.action, by: r.by, at: new Date(r.at), snapshot: json(r.snapshot) }));
    },
  };
}

export type CuratedAnswers = ReturnType<typeof curatedAnswers>;
