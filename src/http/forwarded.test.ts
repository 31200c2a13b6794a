import { serve, type ServerType } from "@hono/node-server";
import { Hono } from "hono";
import { afterAll, describe, expect, it } from "vitest";
import { corsAllowlist } from "./middleware/cors-allowlist.ts";
import { rateLimit } from "./middleware/rate-limit.ts";

// Issue: behind a reverse proxy everyone shared one rate-limit bucket, and the council's own https page got
// 403 origin_not_allowed behind a TLS-terminating proxy.
const servers: ServerType[] = [];
afterAll(() => Promise.all(servers.map((s) => new Promise((r) => s.close(r)))));

async function listen(trustProxy: number | undefined, max = 2): Promise<string> {
  const app = new Hono();
  app.use("/api/*", corsAllowlist({ origins: ["https://www.northbridge.example.org"], trustProxy }));
  app.use("/api/*", rateLimit({ max, windowMs: 60_000, trustProxy }));
  app.post("/api/chat", (c) => c.json({ ok: true }));
  return new Promise((resolve) => {
    servers.push(serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, (info) => resolve(`http://127.0.0.1:${info.port}`)));
  });
}
const post = (base: string, headers: Record<string, string> = {}) => fetch(`${base}/api/chat`, { method: "POST", headers }).then(async (r) => (await r.text(), r));

describe("TRUST_PROXY: the client from X-Forwarded-For", () => {
  it("gives each forwarded client its own quota", async () => {
    const base = await listen(1);
    const a = { "x-forwarded-for": "203.0.113.5" };
    const b = { "x-forwarded-for": "198.51.100.7" };
    expect((await post(base, a)).status).toBe(200);
    expect((await post(base, a)).status).toBe(200);
    expect((await post(base, a)).status).toBe(429);
    expect((await post(base, b)).status).toBe(200);
  });

  it("does not let a client reset its quota by putting addresses in front of the one the proxy added", async () => {
    const base = await listen(1);
    const real = "203.0.113.9";
    expect((await post(base, { "x-forwarded-for": real })).status).toBe(200);
    expect((await post(base, { "x-forwarded-for": real })).status).toBe(200);
    for (const forged of ["1.2.3.4", "10.0.0.1, 8.8.8.8", "garbage", "198.51.100.7,198.51.100.8"])
      expect((await post(base, { "x-forwarded-for": `${forged}, ${real}` })).status, forged).toBe(429);
  });

  it("counts hops from the right with two proxies", async () => {
    const base = await listen(2);
    // client -> CDN (adds the client) -> load balancer (adds the CDN) -> us
    const via = (client: string) => ({ "x-forwarded-for": `forged, ${client}, 192.0.2.1` });
    expect((await post(base, via("203.0.113.1"))).status).toBe(200);
    expect((await post(base, via("203.0.113.1"))).status).toBe(200);
    expect((await post(base, via("203.0.113.1"))).status).toBe(429);
    expect((await post(base, via("203.0.113.2"))).status).toBe(200);
  });

  it("ignores the header when unset: every forwarded address is the one socket", async () => {
    const base = await listen(undefined);
    expect((await post(base, { "x-forwarded-for": "203.0.113.5" })).status).toBe(200);
    expect((await post(base, { "x-forwarded-for": "198.51.100.7" })).status).toBe(200);
    expect((await post(base, { "x-forwarded-for": "192.0.2.44" })).status).toBe(429);
  });
});

describe("TRUST_PROXY: the same-origin check", () => {
  const page = { origin: "https://assistant.northbridge.example.org", "x-forwarded-proto": "https", "x-forwarded-host": "assistant.northbridge.example.org" };
  it("accepts the council's own https page behind a TLS-terminating proxy", async () => {
    expect((await post(await listen(1, 100), page)).status).toBe(200);
  });
  it("does not trust the forwarding headers without TRUST_PROXY", async () => {
    expect((await post(await listen(undefined, 100), page)).status).toBe(403);
  });
});
