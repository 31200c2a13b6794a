import { mkdtempSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serve, type ServerType } from "@hono/node-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../app.ts";
import { createAssistant, type Assistant } from "../assistant.ts";

// Issue: after a 413 on a 2 MB body the connection stayed open with the unread body, so the next request on
// it failed.
let assistant: Assistant;
let server: ServerType;
let port: number;
beforeAll(async () => {
  assistant = await createAssistant({ env: { RATE_LIMIT_MAX: "100000" }, dataDir: mkdtempSync(join(tmpdir(), "dp-413-")) });
  const app = createApp({ assistant });
  await new Promise<void>((resolve) => {
    server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, (info) => {
      port = info.port;
      resolve();
    });
  });
});
afterAll(async () => {
  await new Promise((r) => server.close(r));
  await assistant.close();
});

/** Writes raw requests on one connection and collects everything until the server closes it or `ms` pass. */
function onOneConnection(parts: (string | Buffer)[], ms: number): Promise<{ text: string; closed: boolean }> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    let text = "";
    let closed = false;
    socket.on("data", (d) => (text += d.toString("latin1")));
    socket.on("error", () => undefined);
    socket.on("close", () => {
      closed = true;
      resolve({ text, closed });
    });
    socket.on("connect", async () => {
      for (const p of parts) {
        socket.write(p);
        await new Promise((r) => setTimeout(r, 30));
      }
    });
    setTimeout(() => {
      resolve({ text, closed });
      socket.destroy();
    }, ms);
  });
}
const bigPost = (bytes: number) => {
  const body = JSON.stringify({ messages: [{ role: "user", content: "x".repeat(bytes) }] });
  return [`POST /api/chat HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n`, body];
};
const statuses = (text: string) => [...text.matchAll(/HTTP\/1\.1 (\d{3})/g)].map((m) => Number(m[1]));

describe("a 413 and the connection it came on", () => {
  it("a 2 MB body gets 413, then a request on the same connection works", async () => {
    const { text } = await onOneConnection([...bigPost(2_000_000), "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"], 4_000);
    expect(statuses(text)).toEqual([413, 200]);
    expect(text).toMatch(/"status":"ok"/);
  });

  it("a body too large to drain gets 413 with Connection: close, the connection ends cleanly, and a new one works", async () => {
    const [head, body] = bigPost(20_000_000);
    const { text, closed } = await onOneConnection([head, body.slice(0, 1_000_000)], 4_000);
    expect(statuses(text)).toEqual([413]);
    expect(text).toMatch(/connection: close/i);
    expect(text).toMatch(/"payload_too_large"/);
    expect(closed).toBe(true);
    expect(statuses((await onOneConnection(["GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"], 4_000)).text)).toEqual([200]);
  });

  it("a keep-alive client (fetch) gets 413 and then answers on its next requests", async () => {
    const base = `http://127.0.0.1:${port}`;
    for (let i = 0; i < 3; i++) {
      const big = await fetch(`${base}/api/chat`, { method: "POST", headers: { "content-type": "application/json" }, body: "x".repeat(2_000_000) });
      expect(big.status).toBe(413);
      await big.text();
      const ok = await fetch(`${base}/api/chat`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ messages: [{ role: "user", content: "Can I pay my daughter?" }] }) });
      expect(ok.status).toBe(200);
      await ok.text();
    }
  });
});
