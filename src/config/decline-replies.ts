import { inRepository } from "../repository-root.ts";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { z } from "zod";
import { lookupSetting, type CouncilConfig } from "./council-config.ts";

/**
 * The replies for requests the assistant declines (config/replies.json), filled from the council's settings
 * once at start-up. Content, not code: a council or a translation replaces the file. A missing reply or an
 * unknown {{setting}} stops start-up naming the field.
 */
export const DEFAULT_REPLIES_PATH = inRepository("config", "replies.json");

const text = z.string().min(20);
const repliesSchema = z
  .object({
    deceive: z.object({ charging: text, money: text, "employing-pa": text, family: text, default: text }).strict(),
    decision: z.object({ employment_status: text, outcome: text }).strict(),
    out_of_scope: z.object({ business_tax: text, other_council_service: text }).strict(),
  })
  .passthrough();
export type DeclineReplies = z.infer<typeof repliesSchema>;

export class RepliesError extends Error {
  override name = "RepliesError";
}

export function loadDeclineReplies(council: CouncilConfig, path = DEFAULT_REPLIES_PATH): DeclineReplies {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, "utf8"));
  } catch (err) {
    throw new RepliesError(`${path}: cannot be read as JSON (${(err as Error).message})`);
  }
  const parsed = repliesSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new RepliesError(`${path}: ${issue.path.join(".")} ${issue.message}`);
  }
  const fill = (value: string, field: string) =>
    value.replace(/\{\{\s*([a-zA-Z0-9_.]+)\s*\}\}/g, (_, setting: string) => {
      const v = lookupSetting(council, setting);
      if (v === undefined) throw new RepliesError(`${path}: ${field} names unknown council setting {{${setting}}}`);
      return String(v);
    });
  const out: Record<string, Record<string, string>> = {};
  for (const [group, replies] of Object.entries(parsed.data)) {
    if (group.startsWith("$") || typeof replies !== "object" || replies === null) continue;
    out[group] = Object.fromEntries(Object.entries(replies as Record<string, string>).map(([k, v]) => [k, fill(v, `${group}.${k}`)]));
  }
  return Object.freeze(out) as DeclineReplies;
}
