import { z } from "zod";
import { AUDIENCES, type Audience } from "../ingest/knowledge-schema.ts";

/**
 * A curated answer: a reply a member of staff drafted, an editor checked and approved, and which is then
 * served first to a resident asking one of its questions (src/pipeline/stages/serve-curated.ts) and run as
 * a regression test (src/curated/curated-eval-items.ts). Every field is free of personal details: the
 * questions are redacted before they are stored, and an answer that still holds any is refused.
 */
export interface CuratedAnswer {
  id: string;
  /** The wording it answers: the original question first, then the variants the editor added. */
  questions: string[];
  /** The answer text as approved (plain English, addressed to the person, no greeting or sign-off). */
  answer: string;
  /** The sections it relies on, each with the SHA-256 of the section's text when it was approved. */
  sections: { id: string; hash: string }[];
  /** The figures it states ("£12.71", "12.07%", "2026/27"), as found in the answer when approved. */
  figures: string[];
  /** Key facts the approver chose: each group must appear in a served answer (alternatives in a group). */
  mustInclude: string[][];
  audience: Audience;
  /** Who answers for it: an e-mail address or a team's name. */
  owner: string;
  /** YYYY-MM-DD: after this date it is not served, and the gap report lists it for review. */
  reviewDue: string;
  status: "approved" | "withdrawn";
  approvedAt: Date;
  approvedBy: string;
}

export type CuratedAction = "approved" | "withdrawn" | "imported";

/** One entry of a curated answer's history: who did what, when, and the answer as it then was. */
export interface CuratedEvent {
  curatedId: string;
  action: CuratedAction;
  by: string;
  at: Date;
  snapshot: Omit<CuratedAnswer, "approvedAt"> & { approvedAt: string };
}

export const CURATED_ID = /^[a-z0-9][a-z0-9-]{2,80}$/;
const isoDate = z.union([z.date().transform((d) => d.toISOString().slice(0, 10)), z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date, YYYY-MM-DD")]);
const isoTime = z.union([z.date(), z.string().datetime({ offset: true }).transform((s) => new Date(s))]);

/** The front matter of an exported curated answer (knowledge/curated/*.md), checked on import. */
export const curatedFrontMatterSchema = z
  .object({
    id: z.string().regex(CURATED_ID, "must be lower-case letters, digits and hyphens"),
    questions: z.array(z.string().trim().min(3)).min(1, "needs at least one question").max(20),
    audience: z.enum(AUDIENCES),
    sections: z.array(z.object({ id: z.string().regex(/^[a-z0-9-]+#[a-z0-9~-]+$/, "must be <document-id>#<anchor>"), hash: z.string().regex(/^[a-f0-9]{64}$/, "must be a SHA-256 in hex") })).min(1),
    figures: z.array(z.string()).default([]),
    must_include: z.array(z.array(z.string().trim().min(1)).min(1)).min(1, "needs at least one key fact"),
    owner: z.string().trim().min(2),
    review_due: isoDate,
    approved_at: isoTime,
    approved_by: z.string().trim().min(2),
    status: z.enum(["approved", "withdrawn"]).default("approved"),
  })
  .strict();

export const AUDIENCE_LABELS: Record<Audience, string> = { citizen: "Residents", social_worker: "Social workers", support_staff: "Support staff" };
