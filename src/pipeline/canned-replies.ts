import type { CouncilConfig } from "../config/council-config.ts";
import type { Audience } from "../ingest/knowledge-schema.ts";
import type { Citation } from "./answer-types.ts";
import { repliesFor } from "../config/decline-replies.ts";

/** Replies that are not drawn from the knowledge base; their words are data (config/replies.json, "canned"). */
export function unanswerableReply(council: CouncilConfig): string {
  return repliesFor(council).canned.unanswerable;
}

export function errorReply(council: CouncilConfig): string {
  return repliesFor(council).canned.error;
}

/** The closing line: who to contact. Practitioners get what to check instead: the sources behind the draft. */
export function contactLine(council: CouncilConfig, audience: Audience, citations: Citation[] = []): string {
  const r = repliesFor(council).canned;
  if (audience === "support_staff" && citations.length) {
    const byUrl = new Map(citations.flatMap((x) => x.sources.slice(0, 1)).map((s) => [s.url.replace(/#.*$/, ""), s.title]));
    const sources = [...new Set(byUrl.values())].slice(0, 3);
    const reviewed = citations.map((x) => x.last_reviewed).filter(Boolean).sort()[0];
    return `To check before sending: ${sources.join("; ")}${reviewed ? `; guidance last reviewed ${reviewed}` : ""}. ${r.contact_support_staff_tail}`;
  }
  if (audience === "citizen") return r.contact_citizen;
  return r.contact_practitioner;
}

export function guardrailReply(council: CouncilConfig): string {
  return repliesFor(council).canned.guardrail;
}
