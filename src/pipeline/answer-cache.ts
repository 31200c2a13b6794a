import { randomUUID } from "node:crypto";
import type { Answer, ChatRequest } from "./answer-types.ts";

// Only short, first questions with a deterministic (embedded) answer are kept: they repeat across residents,
// and they carry the least chance of personal detail. Disclosures and errors are never kept.
const CACHEABLE: ReadonlySet<Answer["status"]> = new Set(["answered", "unanswerable", "out_of_scope", "decision_request", "guardrail", "clarification"]);
const MAX_QUESTION_CHARS = 300;

export interface AnswerCache {
  get(request: ChatRequest): Answer | undefined;
  set(request: ChatRequest, answer: Answer): void;
  readonly size: number;
}

function keyOf(request: ChatRequest): string | null {
  if (request.messages.length !== 1 || request.calculation) return null;
  const text = request.messages[0].content.trim().toLowerCase().replace(/\s+/g, " ");
  if (text.length > MAX_QUESTION_CHARS) return null;
  return `${request.audience ?? "citizen"}\u0000${text}`;
}

/** A small least-recently-used cache of embedded answers; each hit gets its own answer id (for feedback). */
export function createAnswerCache(capacity: number): AnswerCache {
  const entries = new Map<string, Answer>();
  return {
    get size() {
      return entries.size;
    },
    get(request) {
      const key = capacity > 0 ? keyOf(request) : null;
      const hit = key ? entries.get(key) : undefined;
      if (!key || !hit) return undefined;
      entries.delete(key);
      entries.set(key, hit);
      return { ...hit, id: randomUUID(), trace: [{ stage: "answer_cache", ms: 0, note: "hit" }] };
    },
    set(request, answer) {
      const key = capacity > 0 ? keyOf(request) : null;
      if (!key || answer.composer === "model" || !CACHEABLE.has(answer.status)) return;
      entries.set(key, answer);
      if (entries.size > capacity) entries.delete(entries.keys().next().value!);
    },
  };
}
