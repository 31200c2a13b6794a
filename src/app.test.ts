import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "./app.ts";
import { createAssistant, type Assistant } from "./assistant.ts";

let assistant: Assistant;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  assistant = await createAssistant({ env: { RATE_LIMIT_MAX: "10000" }, dataDir: mkdtempSync(join(tmpdir(), "dp-app-")) });
  app = createApp({ assistant });
});
afterAll(() => assistant.close());

const chat = (messages: { role: string; content: string }[], headers: Record<string, string> = {}) =>
  app.request("/api/chat", { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify({ messages }) });

describe("GET /healthz", () => {
  it("reports the index and the embedded default", async () => {
    const res = await app.request("/healthz");
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ status: "ok", model: "none" });
    expect(body.documents).toBeGreaterThan(5);
    expect(body.chunks).toBeGreaterThan(body.documents);
  });
});

describe("POST /api/chat", () => {
  const first = "Can I pay my daughter to look after me with my direct payment?";

  it("answers the paying-family question with the household rule, cited to its section", async () => {
    const res = await chat([{ role: "user", content: first }]);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.status).toBe("answered");
    expect(body.answer).toMatch(/same (household|home)|lives? with you/i);
    expect(body.answer).toMatch(/necessary/i);
    expect(body.answer.length).toBeLessThanOrEqual(1800);
    const cited = body.citations.map((c: { id: string }) => c.id);
    expect(cited).toContain("paying-family-members#if-they-live-with-you");
    for (const c of body.citations) {
      expect(body.answer).toContain(`[${c.n}]`);
      expect(c.url).toMatch(/^\/knowledge\/[a-z0-9-]+#[a-z0-9-]+$/);
      expect(c.sources.length).toBeGreaterThan(0);
    }
    expect(body.trace).toBeUndefined();
  });

  it("answers the follow-up from the history", async () => {
    const firstAnswer = await (await chat([{ role: "user", content: first }])).json();
    const res = await chat([
      { role: "user", content: first },
      { role: "assistant", content: firstAnswer.answer },
      { role: "user", content: "what if she doesn't live with me?" },
    ]);
    const body = await res.json();
    expect(body.status).toBe("answered");
    expect(body.citations.map((c: { id: string }) => c.id)).toContain("paying-family-members#if-they-do-not-live-with-you");
    expect(body.answer).toMatch(/(lives?|living) (somewhere else|elsewhere|in a different home|apart)|do(es)? not live with you/i);
  });

  it("gives support staff a draft with what to check, and social workers the statutory references", async () => {
    const draft = await (
      await app.request("/api/chat", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ messages: [{ role: "user", content: first }], audience: "support_staff" }) })
    ).json();
    expect(draft.answer).toMatch(/To check before sending: .*Regulations 2014/);
    const sw = await (
      await app.request("/api/chat", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ messages: [{ role: "user", content: "reg 3 close relative same household exception" }], audience: "social_worker" }) })
    ).json();
    expect(sw.answer).toMatch(/reg(ulation)? 3/i);
    expect(sw.citations.some((c: { documentId: string }) => c.documentId === "paying-family-for-practitioners")).toBe(true);
  });

  it("does not invent an answer far outside the knowledge base", async () => {
    for (const q of ["What is the capital of France?", "Who won the FA Cup in 1987?", "How do I fix a leaking tap?"]) {
      const body = await (await chat([{ role: "user", content: q }])).json();
      expect(["unanswerable", "out_of_scope"], q).toContain(body.status);
      expect(body.citations).toEqual([]);
    }
  });

  it("streams the same answer as server-sent events: status, deltas, citations, done", async () => {
    const res = await chat([{ role: "user", content: first }], { accept: "text/event-stream" });
    expect(res.headers.get("content-type")).toMatch(/text\/event-stream/);
    const text = await res.text();
    const events = [...text.matchAll(/event: (\w+)\ndata: (.*)\n/g)].map((m) => ({ event: m[1], data: JSON.parse(m[2]) }));
    expect(events[0]).toEqual({ event: "status", data: { status: "answered" } });
    expect(events.map((e) => e.event).slice(-2)).toEqual(["citations", "done"]);
    const streamed = events.filter((e) => e.event === "delta").map((e) => e.data.text).join("");
    const done = events.at(-1)!.data;
    expect(streamed).toBe(done.answer);
    expect(events.at(-2)!.data.citations).toEqual(done.citations);
  });

  it.each([
    ["not json", { "content-type": "application/json" }, "{oops", 400, "body"],
    ["wrong type", { "content-type": "text/plain" }, "hello", 415, "content-type"],
    ["no messages", { "content-type": "application/json" }, JSON.stringify({}), 400, "messages"],
    ["empty content", { "content-type": "application/json" }, JSON.stringify({ messages: [{ role: "user", content: " " }] }), 400, "messages.0.content"],
    ["bad role", { "content-type": "application/json" }, JSON.stringify({ messages: [{ role: "system", content: "hi" }] }), 400, "messages.0.role"],
    ["last from assistant", { "content-type": "application/json" }, JSON.stringify({ messages: [{ role: "user", content: "a" }, { role: "assistant", content: "b" }] }), 400, "messages"],
    ["too long", { "content-type": "application/json" }, JSON.stringify({ messages: [{ role: "user", content: "x".repeat(2001) }] }), 400, "messages.0.content"],
    ["bad audience", { "content-type": "application/json" }, JSON.stringify({ messages: [{ role: "user", content: "hi" }], audience: "admin" }), 400, "audience"],
    ["extra field", { "content-type": "application/json" }, JSON.stringify({ messages: [{ role: "user", content: "hi" }], system: "x" }), 400, "system"],
  ])("rejects %s with a JSON error naming the field", async (_name, headers, body, status, field) => {
    const res = await app.request("/api/chat", { method: "POST", headers, body });
    expect(res.status).toBe(status);
    const json = await res.json();
    expect(json.requestId).toBeTruthy();
    expect(json.error.code).toBeTruthy();
    expect(json.error.fields.map((f: { field: string }) => f.field)).toContain(field);
    expect(JSON.stringify(json)).not.toMatch(/at .*\.ts:\d+/);
  });
});

describe("other routes", () => {
  it("searches with an audience filter and validates the query", async () => {
    const res = await app.request("/api/search?q=pay+my+daughter&k=3&audience=citizen");
    const body = await res.json();
    expect(body.results.length).toBeGreaterThan(0);
    expect(body.results.length).toBeLessThanOrEqual(3);
    expect(body.results[0]).toHaveProperty("url");
    const bad = await app.request("/api/search?k=abc");
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.fields.map((f: { field: string }) => f.field)).toEqual(expect.arrayContaining(["q", "k"]));
  });

  it("validates feedback", async () => {
    const { id } = await (await chat([{ role: "user", content: "Can I pay my daughter?" }])).json();
    const ok = await app.request("/api/feedback", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ answerId: id, rating: "up" }) });
    expect(ok.status).toBe(202);
    const bad = await app.request("/api/feedback", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ answerId: "abc", rating: "meh" }) });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.fields[0].field).toBe("rating");
  });

  it("serves knowledge pages, the widget and the demo page; unknown routes are 404 JSON", async () => {
    const page = await app.request("/knowledge/paying-family-members");
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('id="if-they-live-with-you"');
    expect((await app.request("/knowledge/no-such-doc")).status).toBe(404);
    const widget = await app.request("/widget.js");
    expect(widget.headers.get("content-type")).toMatch(/javascript/);
    expect((await app.request("/")).status).toBe(200);
    const missing = await app.request("/nope");
    expect(missing.status).toBe(404);
    expect((await missing.json()).error.code).toBe("not_found");
  });
});
