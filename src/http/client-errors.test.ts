import { mkdtempSync } from "node:fs";
import type { Server } from "node:http";
import net from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serve } from "@hono/node-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../app.ts";
import { createAssistant, type Assistant } from "../assistant.ts";
import { answerClientErrorsAsJson } from "./client-errors.ts";

// Issue: Node-level errors were not the JSON error shape (431 with an empty body, a bare 400 for an unknown
// method), and a known route with the wrong method was 404 instead of 405.
let assistant: Assistant;
let app: ReturnType<typeof createApp>;
let server: Server;
let port: number;
beforeAll(async () => {
  assistant = await createAssistant({ env: { RATE_LIMIT_MAX: "10000" }, dataDir: mkdtempSync(join(tmpdir(), "dp-ce-")) });
  app = createApp({ assistant });
  await new Promise<void>((resolve) => {
    server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, (info) => {
      port = info.port;
      resolve();
    }) as Server;
  });
  answerClientErrorsAsJson(server);
});
afterAll(async () => {
  await new Promise((r) => server.close(r));
  await assistant.close();
});

function raw(request: string): Promise<string> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1", () => socket.write(request));
    let text = "";
    socket.on("data", (d) => (text += d));
    socket.on("error", () => undefined);
    socket.on("close", () => resolve(text));
  });
}
function parse(text: string) {
  const [head, body] = text.split("\r\n\r\n");
  return { status: Number(head.split(" ")[1]), head, json: JSON.parse(body) as { error: { code: string; message: string }; requestId: string } };
}

describe("errors from Node's HTTP parser", () => {
  it("answers huge headers with 431 and the JSON error shape", async () => {
    const res = parse(await raw(`GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: ${"a".repeat(100_000)}\r\n\r\n`));
    expect(res.status).toBe(431);
    expect(res.head).toMatch(/content-type: application\/json/i);
    expect(res.json.error.code).toBe("headers_too_large");
    expect(res.json.requestId).toBeTruthy();
  });

  it("answers an unknown method with 400 and the JSON error shape", async () => {
    const res = parse(await raw("FOO /healthz HTTP/1.1\r\nHost: x\r\n\r\n"));
    expect(res.status).toBe(400);
    expect(res.json.error.code).toBe("bad_request");
  });

  it("answers a malformed request line with 400 JSON", async () => {
    const res = parse(await raw("GET /healthz HTTP/9\r\n\r\n"));
    expect(res.status).toBe(400);
    expect(res.json.error.message).toBeTruthy();
  });
});

describe("a known route with the wrong method", () => {
  it.each([
    ["GET", "/api/chat", "POST"],
    ["PUT", "/api/feedback", "POST"],
    ["DELETE", "/api/search", "GET, HEAD"],
    ["POST", "/healthz", "GET, HEAD"],
    ["GET", "/api/calculate/pa-cost", "POST"],
    ["POST", "/knowledge/paying-family-members", "GET, HEAD"],
  ])("%s %s is 405 with Allow: %s and the JSON error shape", async (method, path, allow) => {
    const res = await app.request(path, { method });
    expect(res.status).toBe(405);
    expect(res.headers.get("Allow")).toBe(allow);
    const body = await res.json();
    expect(body.error.code).toBe("method_not_allowed");
    expect(body.requestId).toBeTruthy();
  });

  it("an unknown path is still 404", async () => {
    expect((await app.request("/api/nope", { method: "POST" })).status).toBe(404);
    expect((await app.request("/nope")).status).toBe(404);
  });
});
