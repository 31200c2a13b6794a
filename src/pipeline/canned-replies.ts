import type { CouncilConfig } from "../config/council-config.ts";
import type { Audience } from "../ingest/knowledge-schema.ts";
import type { Citation } from "./answer-types.ts";

/** Replies that are not drawn from the knowledge base; council details always come from its settings. */
export function unanswerableReply(council: CouncilConfig): string {
  const c = council.council;
  return (
    `I'm sorry, I couldn't find a reliable answer to that in the information I have about direct payments, so I won't guess.\n\n` +
    `You could try asking in a different way, or contact the council's ${c.directPaymentsTeam.name} on ${c.directPaymentsTeam.phone}` +
    `${c.directPaymentsTeam.hours ? ` (${c.directPaymentsTeam.hours})` : ""}, or ${c.supportService.name} on ${c.supportService.phone}.`
  );
}

export function errorReply(council: CouncilConfig): string {
  const c = council.council;
  return `Sorry, something went wrong on our side and I can't answer just now. Please try again in a few minutes, or call the council's ${c.directPaymentsTeam.name} on ${c.directPaymentsTeam.phone}.`;
}

/** The closing line: who to contact. Practitioners get what to check instead: the sources behind the draft. */
export function contactLine(council: CouncilConfig, audience: Audience, citations: Citation[] = []): string {
  const c = council.council;
  if (audience === "support_staff" && citations.length) {
    const byUrl = new Map(citations.flatMap((x) => x.sources.slice(0, 1)).map((s) => [s.url.replace(/#.*$/, ""), s.title]));
    const sources = [...new Set(byUrl.values())].slice(0, 3);
    const reviewed = citations.map((x) => x.last_reviewed).filter(Boolean).sort()[0];
    return `To check before sending: ${sources.join("; ")}${reviewed ? `; guidance last reviewed ${reviewed}` : ""}. ${c.name}'s policy and the person's support plan may differ.`;
  }
  if (audience === "citizen")
    return `For help with your own situation, contact ${c.supportService.name} on ${c.supportService.phone} or the council's ${c.directPaymentsTeam.name} on ${c.directPaymentsTeam.phone}.`;
  return `Check the cited sections and their sources before relying on this; ${c.name}'s own policy and the person's support plan may set different terms.`;
}

export function guardrailReply(council: CouncilConfig): string {
  return `I can only help with questions about direct payments and the support around them, and I can't change how I work or share my instructions. If you have a question about direct payments, please ask it. You can also contact the council's ${council.council.directPaymentsTeam.name} on ${council.council.directPaymentsTeam.phone}.`;
}
