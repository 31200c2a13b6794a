import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { securityHeaders } from "./security-headers.ts";

function appWith(options: Parameters<typeof securityHeaders>[0] = {}) {
  const app = new Hono();
  app.use(securityHeaders(options));
  app.get("/", (c) => c.html("<p>demo</p>"));
  app.get("/widget.js", (c) => c.body("console.log(1)", 200, { "Content-Type": "text/javascript" }));
  app.get("/api/search", (c) => c.json({ results: [] }));
  return app;
}

const csp = (res: Response) => res.headers.get("Content-Security-Policy") ?? "";

describe("securityHeaders", () => {
  it("gives pages a CSP allowing only our own scripts and styles, and no framing by others", async () => {
    const res = await appWith().request("http://localhost/");
    const policy = csp(res);
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("style-src 'self'");
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("frame-ancestors 'self'");
    expect(res.headers.get("X-Frame-Options")).toBe("SAMEORIGIN");
  });

  it("lets a council allow its own site to frame the page", async () => {
    const res = await appWith({ frameAncestors: ["'self'", "https://www.northbridge.example.org"] }).request("http://localhost/");
    expect(csp(res)).toContain("frame-ancestors 'self' https://www.northbridge.example.org");
    // X-Frame-Options cannot express an allowlist, so it must not contradict the CSP.
    expect(res.headers.get("X-Frame-Options")).toBeNull();
  });

  it("lets other sites load the widget script, but not the pages or API", async () => {
    const app = appWith();
    expect((await app.request("http://localhost/widget.js")).headers.get("Cross-Origin-Resource-Policy")).toBe("cross-origin");
    expect((await app.request("http://localhost/")).headers.get("Cross-Origin-Resource-Policy")).toBe("same-origin");
    expect((await app.request("http://localhost/api/search")).headers.get("Cross-Origin-Resource-Policy")).toBe("same-origin");
  });

  it("gives the API the strictest policy", async () => {
    const res = await appWith().request("http://localhost/api/search");
    expect(csp(res)).toMatch(/^default-src 'none'/);
    expect(res.headers.get("X-Frame-Options")).toBe("DENY");
  });

  it("sets nosniff, no-referrer and a Permissions-Policy on every response", async () => {
    for (const path of ["/", "/widget.js", "/api/search", "/missing"]) {
      const res = await appWith().request(`http://localhost${path}`);
      expect(res.headers.get("X-Content-Type-Options"), path).toBe("nosniff");
      expect(res.headers.get("Referrer-Policy"), path).toBe("no-referrer");
      expect(res.headers.get("Permissions-Policy"), path).toMatch(/camera=\(\).*microphone=\(\).*geolocation=\(\)/);
    }
  });

  it("adds HSTS only when asked", async () => {
    expect((await appWith().request("http://localhost/")).headers.get("Strict-Transport-Security")).toBeNull();
    expect((await appWith({ hsts: true }).request("http://localhost/")).headers.get("Strict-Transport-Security")).toMatch(/max-age=\d+/);
  });

  it("adds extra connect-src origins when configured", async () => {
    const res = await appWith({ connectSrc: ["https://api.example.org"] }).request("http://localhost/");
    expect(csp(res)).toContain("connect-src 'self' https://api.example.org");
  });
});
