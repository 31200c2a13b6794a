import { inRepository } from "../repository-root.ts";
import { resolve } from "node:path";
import { z } from "zod";
import { readJsonFile } from "./read-json-file.ts";
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
    decision: z.object({ employment_status: text, lawfulness: text, outcome: text, promise: text, dispute: text }).strict(),
    out_of_scope: z.object({ business_tax: text, other_council_service: text }).strict(),
    canned: z
      .object({
        $comment: z.string().optional(),
        greeting: text,
        thanks: text,
        about_assistant: text,
        decision_charges: text,
        decision_budget: text,
        decision_eligibility: text,
        decision_approval: text,
        decision_who_to_contact: text,
        out_of_scope_medical: text,
        out_of_scope_legal_representation: text,
        out_of_scope_benefits: text,
        out_of_scope_personal_records: text,
        out_of_scope_children: text,
        out_of_scope_recommendation: text,
        out_of_scope_unrelated: text,
        unanswerable: text,
        error: text,
        guardrail: text,
        contact_citizen: text,
        decision_practitioner_tail: text,
        contact_practitioner: text,
        contact_support_staff_tail: text,
      })
      .strict(),
    safeguarding: z
      .object({
        $comment: z.string().optional(),
        council_line: text,
        police: text,
        practitioner: text,
        practitioner_kind_abuse: text,
        practitioner_kind_financial_abuse: text,
        practitioner_kind_domestic_abuse: text,
        practitioner_kind_modern_slavery: text,
        practitioner_kind_neglect: text,
        practitioner_kind_self_neglect: text,
        emergency: text,
        immediate_danger: text,
        self_harm: text,
        domestic_abuse: text,
        domestic_abuse_line: text,
        modern_slavery: text,
        modern_slavery_line: text,
        financial_abuse: text,
        neglect: text,
        self_neglect: text,
        concern: text,
        medical_concern: text,
        abuse: text,
      })
      .strict(),
  })
  .passthrough();
export type DeclineReplies = z.infer<typeof repliesSchema>;

type Team = "adultSocialCare" | "directPaymentsTeam" | "financialAssessment";
const TEAMS = new Set<string>(["adultSocialCare", "directPaymentsTeam", "financialAssessment"]);

/**
 * Settings made from others, so a reply reads well whichever optional ones the council gives:
 * {{contact.X}} is the team's name and phone, with " or <email>" when it has one (the Direct Payments Team
 * is given by phone only); {{hours.X}} is " (<its hours>)" or nothing.
 */
function derivedSetting(council: CouncilConfig, path: string): string | undefined {
  const [kind, name, ...rest] = path.split(".");
  if (rest.length || !name || !TEAMS.has(name)) return undefined;
  const team = council.council[name as Team] as { name: string; phone: string; email?: string; hours?: string };
  if (kind === "contact") return `${team.name} on ${team.phone}${name !== "directPaymentsTeam" && team.email ? ` or ${team.email}` : ""}`;
  if (kind === "hours") return team.hours ? ` (${team.hours})` : "";
  return undefined;
}

/** The safeguarding team's daytime hours only (its settings list daytime and out-of-hours, split by ";"). */
function safeguardingHours(council: CouncilConfig): string {
  const hours = council.council.safeguarding.hours;
  return hours ? ` (${hours.split(";")[0]})` : "";
}

const BY_COUNCIL = new WeakMap<CouncilConfig, DeclineReplies>();

/** The replies for this council's settings, read from config/replies.json once per settings object. */
export function repliesFor(council: CouncilConfig): DeclineReplies {
  let replies = BY_COUNCIL.get(council);
  if (!replies) BY_COUNCIL.set(council, (replies = loadDeclineReplies(council)));
  return replies;
}

export class RepliesError extends Error {
  override name = "RepliesError";
}

export function loadDeclineReplies(council: CouncilConfig, path = DEFAULT_REPLIES_PATH): DeclineReplies {
  const data = readJsonFile(path, repliesSchema, RepliesError);
  // Lines the safeguarding replies share, filled first so the replies can name them.
  const lines: Record<string, string> = {};
  const fill = (value: string, field: string) =>
    value.replace(/\{\{\s*([a-zA-Z0-9_.]+)\s*\}\}/g, (_, setting: string) => {
      const v = lines[setting] ?? (setting === "hours.safeguarding" ? safeguardingHours(council) : undefined) ?? derivedSetting(council, setting) ?? lookupSetting(council, setting);
      if (v === undefined) throw new RepliesError(`${path}: ${field} names unknown council setting {{${setting}}}`);
      return String(v);
    });
  const sg = data.safeguarding;
  lines["line.council"] = fill(sg.council_line, "safeguarding.council_line");
  lines["line.councilLower"] = lines["line.council"].charAt(0).toLowerCase() + lines["line.council"].slice(1);
  lines["line.emergency"] = fill(sg.emergency, "safeguarding.emergency");
  lines["line.police"] = fill(sg.police, "safeguarding.police");
  lines["line.domestic_abuse_line"] = fill(sg.domestic_abuse_line, "safeguarding.domestic_abuse_line");
  lines["line.modern_slavery_line"] = fill(sg.modern_slavery_line, "safeguarding.modern_slavery_line");
  const out: Record<string, Record<string, string>> = {};
  for (const [group, replies] of Object.entries(data)) {
    if (group.startsWith("$") || typeof replies !== "object" || replies === null) continue;
    out[group] = Object.fromEntries(
      Object.entries(replies as Record<string, string>)
        .filter(([k]) => !k.startsWith("$"))
        .map(([k, v]) => [k, fill(v, `${group}.${k}`)]),
    );
  }
  return Object.freeze(out) as DeclineReplies;
}
