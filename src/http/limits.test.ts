import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../app.ts";
import { createAssistant, type Assistant } from "../assistant.ts";
import { MAX_MESSAGE_CHARS, MAX_TURNS } from "./limits.ts";

// Issue: the widget sent up to 12 turns of 4,000 characters while the server accepted 2,000 characters a
// message and 32 KB in all; the limits must be discoverable.
let assistant: Assistant;
beforeAll(async () => {
  assistant = await createAssistant({ env: { BODY_LIMIT_BYTES: "40000", RATE_LIMIT_MAX: "10000" }, dataDir: mkdtempSync(join(tmpdir(), "dp-limits-")) });
});
afterAll(() => assistant.close());

describe("GET /healthz publishes the request limits", () => {
  it("gives messageChars, bodyBytes and turns, and they are the limits enforced", async () => {
    const app = createApp({ assistant });
    const { limits } = await (await app.request("/healthz")).json();
    expect(limits).toEqual({ messageChars: MAX_MESSAGE_CHARS, bodyBytes: 40_000, turns: MAX_TURNS });
    const post = (messages: { role: string; content: string }[]) =>
      app.request("/api/chat", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ messages }) });
    const words = "Can I pay my daughter to help me with my care from my direct payment? ".repeat(40);
    const turn = (i: number, chars: number) => ({ role: i % 2 ? "assistant" : "user", content: words.slice(0, chars - 1) + "?" });
    expect((await post([turn(0, limits.messageChars)])).status).toBe(200);
    expect((await post([turn(0, limits.messageChars + 1)])).status).toBe(400);
    const full = Array.from({ length: limits.turns - 1 }, (_, i) => turn(i, 10)).concat([turn(0, 10)]);
    expect((await post(full)).status).toBe(200);
    expect((await post([...full, turn(1, 10), turn(0, 10)])).status).toBe(400);
  }, 90_000);
});
