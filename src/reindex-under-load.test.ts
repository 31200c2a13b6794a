import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createApp } from "./app.ts";
import { createAssistant } from "./assistant.ts";
import { readManifest } from "./ingest/build-index.ts";
import { copyOfKnowledge, editKnowledge } from "./testing/knowledge-copy.ts";

// Issue: rebuilding during traffic failed answers, and a broken index still said "ok" on /healthz.
const QUESTIONS = ["Can I pay my daughter with my direct payment?", "how much holiday does my PA get", "What can a direct payment be spent on?", "Do I need employers liability insurance for my PA?"];

describe("reindexing while answering", () => {
  it("gives no error answer while edits are rebuilt, including two reindexes 300 ms apart", async () => {
    const knowledgeDir = copyOfKnowledge("dp-rl-kb-");
    const dataDir = mkdtempSync(join(tmpdir(), "dp-rl-data-"));
    const assistant = await createAssistant({ env: { ANSWER_CACHE_SIZE: "0" }, dataDir, knowledgeDir });
    let running = true;
    const statuses: string[] = [];
    // A second assistant on the same folder is what a second worker is: it reopens what the first builds.
    const other = await createAssistant({ env: { ANSWER_CACHE_SIZE: "0" }, dataDir, knowledgeDir });
    const client = async (i: number) => {
      for (let n = 0; running; n++) {
        const who = (i + n) % 2 ? assistant : other;
        const a = await who.answer({ messages: [{ role: "user", content: QUESTIONS[(i + n) % QUESTIONS.length] }] });
        statuses.push(a.status);
        if (a.status === "error") statuses.push(JSON.stringify(a.trace));
        // As requests over a network do, leave the event loop to the rebuild between answers.
        await new Promise((r) => setImmediate(r));
      }
    };
    const clients = Array.from({ length: 8 }, (_, i) => client(i));
    try {
      for (let round = 0; round < 3; round++) {
        editKnowledge(knowledgeDir);
        const first = assistant.reindex();
        await new Promise((r) => setTimeout(r, 300));
        editKnowledge(knowledgeDir);
        const [a, b] = await Promise.all([first, assistant.reindex(), other.reindex()]);
        expect(a.ok && b.ok).toBe(true);
        await other.reopen();
      }
    } finally {
      // Even when an expectation fails, the clients stop (they would otherwise spin after the test ends).
      running = false;
      await Promise.all(clients);
    }
    expect(statuses.length).toBeGreaterThan(20);
    expect(statuses.filter((s) => s !== "answered" && s !== "unanswerable" && s !== "clarification")).toEqual([]);
    // Both ended on the index the manifest names, and a fresh start answers normally.
    const restarted = await createAssistant({ env: {}, dataDir, knowledgeDir });
    expect(restarted.info().builtAt).toBe(readManifest(dataDir)!.builtAt);
    expect((await restarted.answer({ messages: [{ role: "user", content: QUESTIONS[0] }] })).status).toBe("answered");
    for (const a of [assistant, other, restarted]) await a.close();
  }, 120_000);
});

describe("GET /healthz when the index cannot answer", () => {
  it("is 503 unhealthy, logs the cause, and recovers by rebuilding", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "dp-rl-data-"));
    const assistant = await createAssistant({ env: {}, dataDir });
    const lines: Record<string, unknown>[] = [];
    const app = createApp({ assistant, log: (l) => lines.push(l) });
    expect((await app.request("/healthz")).status).toBe(200);
    const table = readManifest(dataDir)!.table;
    // What the two-worker reindex did: the table the manifest names lost its files under the server.
    rmSync(join(dataDir, "lancedb", `${table}.lance`), { recursive: true });
    await new Promise((r) => setTimeout(r, 1_100)); // past the health cache
    const res = await app.request("/healthz");
    expect(res.status).toBe(503);
    expect((await res.json()).status).toBe("unhealthy");
    expect(lines.some((l) => l.event === "unhealthy")).toBe(true);
    // It rebuilds in the background, then answers again.
    let status = 503;
    for (let i = 0; i < 40 && status !== 200; i++) {
      await new Promise((r) => setTimeout(r, 500));
      status = (await app.request("/healthz")).status;
    }
    expect(status).toBe(200);
    expect((await assistant.answer({ messages: [{ role: "user", content: QUESTIONS[0] }] })).status).toBe("answered");
    await assistant.close();
  }, 60_000);
});

describe("an error answer logs its cause", () => {
  it("names the stage, error class and message, without the person's words", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "dp-rl-data-"));
    // A stage that throws: search is in memory now and survives its table's files going, so the outage is a
    // clock that fails once the assistant is up (the routing stage reads it for the tax year).
    let broken = false;
    const assistant = await createAssistant({
      env: { ANSWER_CACHE_SIZE: "0" },
      dataDir,
      now: () => {
        if (broken) throw new RangeError("clock unavailable");
        return new Date();
      },
    });
    const lines: Record<string, unknown>[] = [];
    const app = createApp({ assistant, log: (l) => lines.push(l) });
    broken = true;
    const question = "Can I pay my neighbour Bartholomew with my direct payment?";
    const res = await app.request("/api/chat", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ messages: [{ role: "user", content: question }] }) });
    const body = await res.json();
    expect(body.status).toBe("error");
    const line = lines.find((l) => l.event === "answer")!;
    expect(line).toMatchObject({ status: "error", level: "error" });
    expect(line.failedStage).toBeTruthy();
    expect(line.errorClass).toBeTruthy();
    expect(String(line.errorMessage).length).toBeGreaterThan(0);
    expect(JSON.stringify(lines)).not.toMatch(/Bartholomew|neighbour/);
    await assistant.close();
  }, 60_000);
});
