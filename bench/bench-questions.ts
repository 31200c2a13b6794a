import { readFileSync } from "node:fs";
import type { Audience } from "../src/ingest/knowledge-schema.ts";

/** Twenty varied chat questions the load test rotates through (every knowledge area, every audience). */
export const BENCH_QUESTIONS: { q: string; audience: Audience }[] = [
  { q: "Can I pay my daughter with my direct payment?", audience: "citizen" },
  { q: "what is the minimum wage for my PA from april 2026", audience: "citizen" },
  { q: "How often must a direct payment be reviewed?", audience: "social_worker" },
  { q: "do i need employers liability insurance for my carer", audience: "citizen" },
  { q: "Can a direct payment pay for a long-term care home placement?", audience: "social_worker" },
  { q: "what happens to unused money in my dp account", audience: "citizen" },
  { q: "Can a person who lacks capacity have a direct payment through an authorised person?", audience: "social_worker" },
  { q: "how much holiday does my pa get", audience: "citizen" },
  { q: "Does a PA employer have to auto-enrol them in a pension?", audience: "support_staff" },
  { q: "What are the capital limits for charging for care at home?", audience: "social_worker" },
  { q: "can i use a prepaid card or do i need a bank account", audience: "citizen" },
  { q: "Can a direct payment employer claim the Employment Allowance?", audience: "support_staff" },
  { q: "What is an individual service fund?", audience: "citizen" },
  { q: "how long does it take to set up a direct payment", audience: "citizen" },
  { q: "How much statutory sick pay does a PA get from April 2026?", audience: "support_staff" },
  { q: "can my PA get a DBS check", audience: "citizen" },
  { q: "What are the four options under self-directed support in Scotland?", audience: "social_worker" },
  { q: "What happens to my PA if I die?", audience: "citizen" },
  { q: "What records do I need to keep for my direct payment?", audience: "citizen" },
  { q: "who can help me manage my direct payment", audience: "citizen" },
];

/** Search queries for /api/search. */
export const BENCH_SEARCHES: string[] = [
  "paying a family member",
  "minimum wage personal assistant",
  "review direct payment 6 months",
  "employers liability insurance",
  "care home short stay",
  "surplus unused funds",
  "authorised person capacity",
  "holiday entitlement 12.07%",
  "pension auto-enrolment",
  "tariff income capital",
  "prepaid card",
  "employment allowance",
  "individual service fund",
  "set up time",
  "statutory sick pay",
  "DBS check PA",
  "self-directed support Scotland",
  "employer dies redundancy",
  "records audit",
  "direct payment support service",
];

/**
 * Distinct questions for the uncached load and the stage profile: the development sets' questions (dev and
 * fresh), read as they are. Only the questions are used, to time answering; nothing here trains or tunes.
 */
export function distinctQuestions(): { q: string; audience: Audience }[] {
  const out: { q: string; audience: Audience }[] = [];
  const seen = new Set<string>();
  for (const file of ["evals/dev.jsonl", "evals/fresh.jsonl"])
    for (const line of readFileSync(file, "utf8").split("\n").filter(Boolean)) {
      const item = JSON.parse(line) as { question: string; audience?: Audience; history?: unknown[] };
      if (item.history || seen.has(item.question)) continue;
      seen.add(item.question);
      out.push({ q: item.question, audience: item.audience ?? "citizen" });
    }
  return out;
}
