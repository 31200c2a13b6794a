import { inRepository } from "../repository-root.ts";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { z } from "zod";
import { STATUSES, type AnswerStatus } from "./answer-types.ts";

/**
 * The table of statuses and reason codes (config/answer-statuses.json), read and checked once when this
 * module loads: every status described, every reason naming a real status.
 */
const tableSchema = z
  .object({
    statuses: z.record(z.enum(STATUSES), z.string().min(5)),
    reasons: z.record(z.string().regex(/^[a-z_]+$/), z.object({ status: z.enum(STATUSES), description: z.string().min(5) }).strict()),
  })
  .passthrough()
  .superRefine((t, ctx) => {
    for (const s of STATUSES) if (!t.statuses[s]) ctx.addIssue({ code: "custom", path: ["statuses", s], message: "is not described" });
  });

export const STATUS_TABLE = tableSchema.parse(JSON.parse(readFileSync(inRepository("config", "answer-statuses.json"), "utf8")));

export type AnswerReason = string;

/** The status a reason belongs to; throws for a reason the table does not list (a bug, caught by tests). */
export function statusOfReason(reason: AnswerReason): AnswerStatus {
  const entry = STATUS_TABLE.reasons[reason];
  if (!entry) throw new Error(`unknown answer reason "${reason}" (add it to config/answer-statuses.json)`);
  return entry.status;
}
