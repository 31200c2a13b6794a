import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { corsAllowlist } from "./cors-allowlist.ts";

const COUNCIL = "https://www.northbridge.example.org";

function appWith(options: Partial<Parameters<typeof corsAllowlist>[0]> = {}) {
  const app = new Hono();
  app.use("/api/*", corsAllowlist({ origins: [COUNCIL, "http://localhost:8787"], ...options }));
  let calls = 0;
  app.post("/api/chat", (c) => {
    calls++;
    return c.json({ ok: true });
  });
  app.get("/api/search", (c) => c.json({ results: [] }));
  return { app, calls: () => calls };
}

describe("corsAllowlist", () => {
  it("answers a preflight from an allowed origin with 204 and the allowed methods and headers", async () => {
    const { app } = appWith();
    const res = await app.request("http://api.local/api/chat", {
      method: "OPTIONS",
      headers: { Origin: COUNCIL, "Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "content-type" },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get("Access-Control-Allow-Origin")).toBe(COUNCIL);
    expect(res.headers.get("Access-Control-Allow-Methods")).toContain("POST");
    expect(res.headers.get("Access-Control-Allow-Headers")).toMatch(/Content-Type/i);
    expect(res.headers.get("Vary")).toContain("Origin");
  });

  it("echoes the normalised allowed origin, not the raw Origin header", async () => {
    const { app } = appWith();
    const res = await app.request("http://api.local/api/chat", { method: "POST", headers: { Origin: "https://WWW.Northbridge.Example.org" } });
    expect(res.status).toBe(200);
    expect(res.headers.get("Access-Control-Allow-Origin")).toBe(COUNCIL);
  });

  it("echoes an allowed origin on the real request, with Vary: Origin", async () => {
    const { app } = appWith();
    const res = await app.request("http://api.local/api/chat", { method: "POST", headers: { Origin: COUNCIL } });
    expect(res.status).toBe(200);
    expect(res.headers.get("Access-Control-Allow-Origin")).toBe(COUNCIL);
    expect(res.headers.get("Vary")).toContain("Origin");
    expect(res.headers.get("Access-Control-Allow-Credentials")).toBeNull();
  });

  it("refuses a preflight and a POST from an origin not on the list, without running the handler", async () => {
    const { app, calls } = appWith();
    const pre = await app.request("http://api.local/api/chat", {
      method: "OPTIONS",
      headers: { Origin: "https://evil.example.com", "Access-Control-Request-Method": "POST" },
    });
    expect(pre.status).toBe(403);
    expect(pre.headers.get("Access-Control-Allow-Origin")).toBeNull();
    const res = await app.request("http://api.local/api/chat", { method: "POST", headers: { Origin: "https://evil.example.com" } });
    expect(res.status).toBe(403);
    const body = (await res.json()) as { error: { code: string }; requestId: string };
    expect(body.error.code).toBe("origin_not_allowed");
    expect(typeof body.requestId).toBe("string");
    expect(calls()).toBe(0);
  });

  it("does not grant CORS to a disallowed origin on a GET, but serves it (the browser hides it)", async () => {
    const { app } = appWith();
    const res = await app.request("http://api.local/api/search", { headers: { Origin: "https://evil.example.com" } });
    expect(res.status).toBe(200);
    expect(res.headers.get("Access-Control-Allow-Origin")).toBeNull();
  });

  it("treats origins case-insensitively and ignores a trailing slash in the config", async () => {
    const { app } = appWith({ origins: ["HTTPS://WWW.Northbridge.example.org/"] });
    const res = await app.request("http://api.local/api/chat", { method: "POST", headers: { Origin: COUNCIL } });
    expect(res.headers.get("Access-Control-Allow-Origin")).toBe(COUNCIL);
  });

  it("allows same-origin requests and requests with no Origin header", async () => {
    const { app } = appWith({ origins: [] });
    expect((await app.request("http://api.local/api/chat", { method: "POST", headers: { Origin: "http://api.local" } })).status).toBe(200);
    expect((await app.request("http://api.local/api/chat", { method: "POST" })).status).toBe(200);
  });

  it("refuses the 'null' origin of sandboxed frames and files", async () => {
    const { app } = appWith();
    expect((await app.request("http://api.local/api/chat", { method: "POST", headers: { Origin: "null" } })).status).toBe(403);
  });

  it("never combines a wildcard with credentials", async () => {
    expect(() => corsAllowlist({ origins: ["*"], credentials: true })).toThrow(/wildcard/);
    const { app } = appWith({ origins: ["*"] });
    const res = await app.request("http://api.local/api/chat", { method: "POST", headers: { Origin: "https://any.example" } });
    expect(res.headers.get("Access-Control-Allow-Origin")).toBe("*");
    expect(res.headers.get("Access-Control-Allow-Credentials")).toBeNull();
  });

  it("echoes the exact origin (not *) when credentials are on", async () => {
    const { app } = appWith({ credentials: true });
    const res = await app.request("http://api.local/api/chat", { method: "POST", headers: { Origin: COUNCIL } });
    expect(res.headers.get("Access-Control-Allow-Origin")).toBe(COUNCIL);
    expect(res.headers.get("Access-Control-Allow-Credentials")).toBe("true");
  });
});
