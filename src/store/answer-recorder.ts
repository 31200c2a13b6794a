import type { Answer, ChatRequest } from "../pipeline/answer-types.ts";
import type { ConsoleStore } from "./open-store.ts";
import { redactQuestion } from "./redact-question.ts";

export interface AnswerRecorder {
  /** Called once the answer is on its way: writes it in the background, never throwing. */
  record(request: ChatRequest, answer: Answer): void;
  /** Stores feedback on an answer; false when the store holds no answer with that id. */
  feedback(f: { answerId: string; rating: "up" | "down"; comment?: string }): Promise<boolean>;
}

export interface AnswerRecorderOptions {
  /** Resolves when the database is open; recording waits for it, answering never does. */
  store: Promise<ConsoleStore>;
  /** A knowledge document's topic, for answers that carry none of their own. */
  topicOf: (documentId: string) => string | null;
  log?: (line: Record<string, unknown>) => void;
  now?: () => Date;
  /** How long to wait before looking again for an answer this instance did not record (default 250 ms). */
  retryMs?: number;
}

/** Records answers (question redacted) and the feedback given to them, when RECORD_QUESTIONS is on. */
export function createAnswerRecorder(options: AnswerRecorderOptions): AnswerRecorder {
  const log = options.log ?? (() => undefined);
  const now = options.now ?? (() => new Date());
  // Writes under way, by answer id: feedback on an answer that has only just been sent waits for its record.
  const pending = new Map<string, Promise<void>>();

  return {
    record(request, answer) {
      const at = now();
      const write = new Promise<void>((resolve) => setImmediate(resolve))
        .then(async () => {
          const store = await options.store;
          const own = (answer as { topic?: unknown }).topic;
          const first = answer.citations[0];
          await store.answers.record({
            id: answer.id,
            at,
            status: answer.status,
            audience: request.audience ?? "citizen",
            topic: typeof own === "string" ? own : first ? options.topicOf(first.documentId) : null,
            citations: answer.citations.map((c) => c.id),
            composer: answer.composer,
            question: redactQuestion(request.messages.at(-1)?.content ?? ""),
          });
        })
        // Logged by kind only: a database error can quote the values it was given.
        .catch((err: Error & { code?: string }) => log({ event: "record_failed", error: err.name, code: err.code }))
        .finally(() => pending.delete(answer.id));
      pending.set(answer.id, write);
    },
    async feedback(f) {
      const local = pending.get(f.answerId);
      await local;
      const store = await options.store;
      const set = () => store.answers.setFeedback(f.answerId, { rating: f.rating, comment: f.comment ? redactQuestion(f.comment) : null, at: now() });
      if (await set()) return true;
      // Behind a load balancer the answer may have come from another instance whose write has not landed
      // yet: look once more, shortly after.
      if (local) return false;
      await new Promise((resolve) => setTimeout(resolve, options.retryMs ?? 250));
      return set();
    },
  };
}
