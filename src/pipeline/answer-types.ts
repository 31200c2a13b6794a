import type { Audience } from "../ingest/knowledge-schema.ts";

/** Every answer ends in exactly one of these (docs/architecture.md, "Statuses"). */
export const STATUSES = [
  "answered",
  "clarification",
  "unanswerable",
  "out_of_scope",
  "decision_request",
  "safeguarding",
  "guardrail",
  "error",
] as const;
export type AnswerStatus = (typeof STATUSES)[number];

export interface ChatMessage {
  role: "user" | "assistant";
  content: string;
}

export interface ChatRequest {
  messages: ChatMessage[];
  audience?: Audience;
  /** A calculation in progress: the calculator and the form values collected so far (docs/http-contract.md). */
  calculation?: { calculator: "pa-cost" | "personal-budget" | "contribution"; taxYear?: string; input: Record<string, string | number | boolean> };
}

export interface Citation {
  n: number;
  /** Chunk id: "<document-id>#<anchor>". */
  id: string;
  documentId: string;
  title: string;
  heading: string;
  url: string;
  sources: { title: string; url: string; section?: string }[];
  last_reviewed: string;
}

export type { CalculationOutcome, CalculationStep, MissingInput } from "../calculators/calculation-types.ts";
import type { CalculationOutcome } from "../calculators/calculation-types.ts";

export interface Answer {
  id: string;
  status: AnswerStatus;
  /** Why it ended in that status: a code from config/answer-statuses.json (e.g. "unanswerable_no_match"). */
  reason?: string;
  answer: string;
  citations: Citation[];
  calculation?: CalculationOutcome;
  suggestions?: string[];
  /** Which composer produced it; "embedded" when a model answer was replaced. */
  composer: "embedded" | "model" | "curated";
  /** Present when an approved curated answer was served (reason `answered_curated`): which, and when approved. */
  curated?: { id: string; approvedAt: string };
  /** Per-stage timings and notes, for evals and debugging; not sent to the browser. */
  trace?: { stage: string; ms: number; note?: string }[];
}
