import { Hono } from "hono";
import { requestId } from "hono/request-id";
import { describe, expect, it } from "vitest";
import { rateLimit } from "./rate-limit.ts";

function appWith(options: Parameters<typeof rateLimit>[0]) {
  const app = new Hono();
  app.use(requestId());
  app.use("/api/*", rateLimit(options));
  app.post("/api/chat", (c) => c.json({ ok: true }));
  return app;
}

const post = (app: Hono, headers: Record<string, string> = {}) =>
  app.request("http://localhost/api/chat", { method: "POST", headers });

describe("rateLimit", () => {
  it("allows up to max requests in a window, then answers 429 with Retry-After and the error body", async () => {
    let clock = 1_000_000;
    const app = appWith({ windowMs: 60_000, max: 3, now: () => clock });
    for (let i = 0; i < 3; i++) expect((await post(app)).status).toBe(200);
    clock += 15_000;
    const res = await post(app, { "X-Request-Id": "abc-123" });
    expect(res.status).toBe(429);
    expect(res.headers.get("Retry-After")).toBe("45");
    expect(res.headers.get("RateLimit-Remaining")).toBe("0");
    const body = await res.json();
    expect(body).toEqual({ error: { code: "rate_limited", message: expect.stringMatching(/try again/) }, requestId: "abc-123" });
  });

  it("starts a fresh window once the old one has passed", async () => {
    let clock = 0;
    const app = appWith({ windowMs: 10_000, max: 1, now: () => clock });
    expect((await post(app)).status).toBe(200);
    expect((await post(app)).status).toBe(429);
    clock += 10_000;
    expect((await post(app)).status).toBe(200);
  });

  it("counts each client separately", async () => {
    const app = appWith({ max: 1, key: (c) => c.req.header("X-Test-Client") ?? "none" });
    expect((await post(app, { "X-Test-Client": "a" })).status).toBe(200);
    expect((await post(app, { "X-Test-Client": "b" })).status).toBe(200);
    expect((await post(app, { "X-Test-Client": "a" })).status).toBe(429);
  });

  it("falls back to one shared key when there is no socket (in-process requests)", async () => {
    const app = appWith({ max: 2 });
    expect((await post(app)).status).toBe(200);
    expect((await post(app)).status).toBe(200);
    expect((await post(app)).status).toBe(429);
  });

  it("reports remaining requests on allowed responses", async () => {
    const app = appWith({ max: 5 });
    const res = await post(app);
    expect(res.headers.get("RateLimit-Limit")).toBe("5");
    expect(res.headers.get("RateLimit-Remaining")).toBe("4");
  });

  it("keeps memory bounded: the oldest clients are forgotten beyond maxKeys", async () => {
    const app = appWith({ max: 1, maxKeys: 3, key: (c) => c.req.header("X-Test-Client") ?? "none" });
    for (const id of ["a", "b", "c", "d"]) expect((await post(app, { "X-Test-Client": id })).status).toBe(200);
    // "a" was evicted to make room for "d", so it starts again; "d" is still counted.
    expect((await post(app, { "X-Test-Client": "a" })).status).toBe(200);
    expect((await post(app, { "X-Test-Client": "d" })).status).toBe(429);
  });

  it("generates a request id when none has been set", async () => {
    const app = new Hono();
    app.use(rateLimit({ max: 0.5 }));
    app.get("/", (c) => c.text("ok"));
    const res = await app.request("http://localhost/");
    expect(res.status).toBe(429);
    const body = (await res.json()) as { requestId: string };
    expect(body.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("rejects nonsense settings at start-up", () => {
    expect(() => rateLimit({ max: 0 })).toThrow(RangeError);
    expect(() => rateLimit({ windowMs: -1 })).toThrow(RangeError);
  });
});
