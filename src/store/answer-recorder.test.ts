import { describe, expect, it } from "vitest";
import type { Answer } from "../pipeline/answer-types.ts";
import type { AnswerRecord } from "./answer-records.ts";
import { createAnswerRecorder } from "./answer-recorder.ts";
import type { ConsoleStore } from "./open-store.ts";

const answer = (id: string, extra: Partial<Answer> = {}): Answer => ({ id, status: "answered", answer: "…", citations: [], composer: "embedded", ...extra });
const citation = { n: 1, id: "paying-family-members#rules", documentId: "paying-family-members", title: "", heading: "", url: "", sources: [], last_reviewed: "2026-01-01" };

function fakeStore(fail = false) {
  const records: AnswerRecord[] = [];
  const feedback: { id: string; rating: string; comment: string | null }[] = [];
  const store = {
    answers: {
      async record(r: AnswerRecord) {
        if (fail) throw Object.assign(new Error('duplicate key value (id)=(Dave Smith)'), { code: "23505" });
        records.push(r);
      },
      async setFeedback(id: string, f: { rating: string; comment: string | null }) {
        if (!records.some((r) => r.id === id)) return false;
        feedback.push({ id, ...f });
        return true;
      },
    },
  } as unknown as ConsoleStore;
  return { store, records, feedback };
}

describe("createAnswerRecorder", () => {
  it("records after the answer, with the redacted last question and the first citation's topic, and takes feedback straight after", async () => {
    const { store, records, feedback } = fakeStore();
    const recorder = createAnswerRecorder({ store: Promise.resolve(store), topicOf: (id) => (id === "paying-family-members" ? "family" : null), retryMs: 1 });
    recorder.record({ messages: [{ role: "user", content: "first" }, { role: "assistant", content: "…" }, { role: "user", content: "I'm Dave Smith, can I pay my son?" }] }, answer("a1", { citations: [citation] }));
    expect(records).toEqual([]); // not yet: the answer goes first
    expect(await recorder.feedback({ answerId: "a1", rating: "down", comment: "call 07700 900123" })).toBe(true);
    expect(records[0]).toMatchObject({ id: "a1", status: "answered", audience: "citizen", topic: "family", citations: ["paying-family-members#rules"], question: "I'm [name], can I pay my son?" });
    expect(feedback).toEqual([{ id: "a1", rating: "down", comment: "call [phone]", at: expect.any(Date) }]);
    expect(await recorder.feedback({ answerId: "never-given", rating: "up" })).toBe(false);
  });

  it("logs a failed write by its kind only, never its text", async () => {
    const { store } = fakeStore(true);
    const lines: Record<string, unknown>[] = [];
    const recorder = createAnswerRecorder({ store: Promise.resolve(store), topicOf: () => null, log: (l) => lines.push(l), retryMs: 1 });
    recorder.record({ messages: [{ role: "user", content: "I'm Dave Smith" }] }, answer("a2"));
    expect(await recorder.feedback({ answerId: "a2", rating: "up" })).toBe(false);
    expect(lines).toEqual([{ event: "record_failed", error: "Error", code: "23505" }]);
  });
});
