import type { Audience } from "../ingest/knowledge-schema.ts";

/** Every answer ends in exactly one of these (shared/DESIGN.md). */
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

export interface CalculationStep {
  label: string;
  amount: number | null;
  rule: string;
  source: string;
}

export interface MissingInput {
  field: string;
  question: string;
  /** For the widget's form: "number" | "money" | "boolean" | "choice" | "text". */
  type: "number" | "money" | "boolean" | "choice" | "text";
  choices?: string[];
}

export interface CalculationOutcome {
  calculator: "pa-cost" | "personal-budget" | "contribution";
  taxYear: string;
  input: Record<string, unknown>;
  result: Record<string, unknown> | null;
  steps: CalculationStep[];
  notes: string[];
  missing: MissingInput[];
  /** One or two plain sentences giving the headline figures. */
  summary: string;
}

export interface Answer {
  id: string;
  status: AnswerStatus;
  answer: string;
  citations: Citation[];
  calculation?: CalculationOutcome;
  suggestions?: string[];
  /** Which composer produced it; "embedded" when a model answer was replaced. */
  composer: "embedded" | "model" | "canned";
  /** Per-stage timings and notes, for evals and debugging; not sent to the browser. */
  trace?: { stage: string; ms: number; note?: string }[];
}
