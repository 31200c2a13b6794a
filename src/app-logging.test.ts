import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "./app.ts";
import { createAssistant, type Assistant } from "./assistant.ts";

// Issue: LOG_LEVEL=error still logged every answer.
let assistant: Assistant;
beforeAll(async () => {
  assistant = await createAssistant({ env: { LOG_LEVEL: "error" }, dataDir: mkdtempSync(join(tmpdir(), "dp-log-")) });
});
afterAll(() => assistant.close());

describe("LOG_LEVEL", () => {
  it("error: an ordinary answer writes no line", async () => {
    const lines: Record<string, unknown>[] = [];
    const app = createApp({ assistant, log: (l) => lines.push(l) });
    const res = await app.request("/api/chat", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ messages: [{ role: "user", content: "Can I pay my daughter?" }] }) });
    expect(res.status).toBe(200);
    expect(lines).toEqual([]);
  });
});
