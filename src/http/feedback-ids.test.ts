import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../app.ts";
import { createAssistant, type Assistant } from "../assistant.ts";
import { createFeedbackStore } from "./feedback-store.ts";

// Issue: answerId accepted any 100-character string and was stored as sent; comments kept personal data.
let assistant: Assistant;
let other: Assistant;
const dir = mkdtempSync(join(tmpdir(), "dp-fb-"));
const file = join(dir, "feedback.jsonl");
beforeAll(async () => {
  const dataDir = mkdtempSync(join(tmpdir(), "dp-fb-data-"));
  assistant = await createAssistant({ env: { ANSWER_ID_SECRET: "one secret shared by the workers" }, dataDir });
  other = await createAssistant({ env: { ANSWER_ID_SECRET: "another deployment's own secret" }, dataDir });
});
afterAll(async () => {
  await assistant.close();
  await other.close();
});

const json = (body: unknown) => ({ method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
const store = () => createFeedbackStore({ enabled: true, file, retentionDays: 30 });

async function answerId(app: ReturnType<typeof createApp>, stream = false): Promise<string> {
  const res = await app.request("/api/chat", { ...json({ messages: [{ role: "user", content: "Can I pay my daughter?" }] }), headers: { "content-type": "application/json", ...(stream ? { accept: "text/event-stream" } : {}) } });
  if (!stream) return (await res.json()).id;
  const done = (await res.text()).match(/event: done\ndata: (.*)\n/)![1];
  return JSON.parse(done).id;
}

describe("feedback on answers the server issued", () => {
  it("accepts the id of an answer it gave (JSON and streamed), on any worker with the same secret, and stores the comment redacted", async () => {
    const app = createApp({ assistant, feedback: store() });
    const worker2 = createApp({ assistant, feedback: store() });
    for (const id of [await answerId(app), await answerId(app, true)]) {
      const res = await worker2.request("/api/feedback", json({ answerId: id, rating: "down", comment: "I'm Dave Smith, 12 Acacia Avenue, IBAN GB29 NWBK 6016 1331 9268 19, NHS 943 476 5919, john.williams (at) gmail dot com, +33 1 23 45 67 89" }));
      expect(res.status).toBe(202);
    }
    const stored = readFileSync(file, "utf8");
    expect(stored).not.toMatch(/Dave|Acacia|GB29|943 476|williams|\+33/);
    expect(stored).toContain("[name]");
  });

  it.each([
    ["any string", "x".repeat(100)],
    ["a bare uuid", "2f1e6f0c-5d0a-4a43-9a57-0d7c7f4f7a11"],
    ["a forged signature", "2f1e6f0c-5d0a-4a43-9a57-0d7c7f4f7a11.AAAAAAAAAAAAAAAAAAAAAA"],
    ["personal data", "my name is Dave Smith and my phone is 07700 900123"],
  ])("refuses %s with 400 naming answerId", async (_name, id) => {
    const app = createApp({ assistant, feedback: store() });
    const res = await app.request("/api/feedback", json({ answerId: id, rating: "up" }));
    expect(res.status).toBe(400);
    expect((await res.json()).error.fields.map((f: { field: string }) => f.field)).toEqual(["answerId"]);
  });

  it("refuses an id issued under another secret, and one that was tampered with", async () => {
    const id = await answerId(createApp({ assistant: other }));
    const app = createApp({ assistant, feedback: store() });
    expect((await app.request("/api/feedback", json({ answerId: id, rating: "up" }))).status).toBe(400);
    const mine = await answerId(app);
    const tampered = `${mine.slice(0, 3)}${mine[3] === "a" ? "b" : "a"}${mine.slice(4)}`;
    expect((await app.request("/api/feedback", json({ answerId: tampered, rating: "up" }))).status).toBe(400);
  });
});
