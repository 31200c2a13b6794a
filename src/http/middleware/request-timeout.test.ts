import { Hono } from "hono";
import { requestId } from "hono/request-id";
import { describe, expect, it } from "vitest";
import { requestTimeout } from "./request-timeout.ts";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("requestTimeout", () => {
  it("answers 504 JSON with the request id when the handler is too slow, and aborts its signal", async () => {
    const app = new Hono();
    let signal: AbortSignal | undefined;
    app.use(requestId());
    app.use(requestTimeout({ ms: 30 }));
    app.get("/slow", async (c) => {
      signal = (c.get as (k: string) => unknown)("timeoutSignal") as AbortSignal;
      await sleep(200);
      return c.text("late");
    });
    const res = await app.request("http://localhost/slow", { headers: { "X-Request-Id": "req-1" } });
    expect(res.status).toBe(504);
    expect(res.headers.get("Retry-After")).toBe("10");
    expect(await res.json()).toEqual({ error: { code: "timeout", message: expect.stringMatching(/taking too long/) }, requestId: "req-1" });
    expect(signal?.aborted).toBe(true);
  });

  it("can answer 503 instead", async () => {
    const app = new Hono();
    app.use(requestTimeout({ ms: 10, status: 503 }));
    app.get("/slow", async (c) => {
      await sleep(100);
      return c.text("late");
    });
    expect((await app.request("http://localhost/slow")).status).toBe(503);
  });

  it("passes a fast response through untouched", async () => {
    const app = new Hono();
    app.use(requestTimeout({ ms: 200 }));
    app.get("/fast", (c) => c.json({ ok: true }));
    const res = await app.request("http://localhost/fast");
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
  });

  it("never leaks a stack trace, even when the slow handler later throws", async () => {
    const app = new Hono();
    app.use(requestTimeout({ ms: 10 }));
    app.get("/boom", async () => {
      await sleep(50);
      throw new Error("secret internal detail at /srv/app.ts:12");
    });
    const res = await app.request("http://localhost/boom");
    const text = await res.text();
    expect(res.status).toBe(504);
    expect(text).not.toMatch(/secret|\.ts:|at /);
    await sleep(80); // the late error must not surface as an unhandled rejection
  });

  it("leaves errors from a handler that fails in time to the app's error handler", async () => {
    const app = new Hono();
    app.use(requestTimeout({ ms: 200 }));
    app.get("/fail", () => {
      throw new Error("bug");
    });
    app.onError((_, c) => c.json({ error: { code: "internal", message: "Something went wrong." }, requestId: "x" }, 500));
    const res = await app.request("http://localhost/fail");
    expect(res.status).toBe(500);
  });
});
