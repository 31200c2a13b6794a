import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createApp } from "../app.ts";
import { createAssistant } from "../assistant.ts";
import { loadAppConfig } from "../config.ts";

// Issue: HSTS and frame-ancestors could not be set without editing code.
async function appWith(env: Record<string, string>) {
  const assistant = await createAssistant({ env, dataDir: mkdtempSync(join(tmpdir(), "dp-hdr-")) });
  return { app: createApp({ assistant }), close: () => assistant.close() };
}
const csp = (res: Response) => res.headers.get("Content-Security-Policy") ?? "";

describe("HSTS_MAX_AGE and FRAME_ANCESTORS", () => {
  it("by default: no HSTS, and nobody may frame the pages", async () => {
    const { app, close } = await appWith({});
    const res = await app.request("/");
    expect(res.headers.get("Strict-Transport-Security")).toBeNull();
    expect(csp(res)).toContain("frame-ancestors 'none'");
    expect(res.headers.get("X-Frame-Options")).toBe("DENY");
    await close();
  });

  it("sends HSTS with the max-age given, and lets the council's own site frame the pages", async () => {
    const { app, close } = await appWith({ HSTS_MAX_AGE: "31536000", FRAME_ANCESTORS: "self https://www.northbridge.example.org" });
    const res = await app.request("/knowledge/paying-family-members");
    expect(res.headers.get("Strict-Transport-Security")).toBe("max-age=31536000");
    expect(csp(res)).toContain("frame-ancestors 'self' https://www.northbridge.example.org");
    expect(res.headers.get("X-Frame-Options")).toBeNull();
    // The API is never framed, whatever the setting.
    expect(csp(await app.request("/api/search?q=pa"))).toContain("frame-ancestors 'none'");
    await close();
  });

  it("refuses settings that are not sources or not a number", () => {
    expect(() => loadAppConfig({ FRAME_ANCESTORS: "javascript:alert(1)" })).toThrow(/FRAME_ANCESTORS/);
    expect(() => loadAppConfig({ FRAME_ANCESTORS: "'none' https://a.example" })).toThrow(/FRAME_ANCESTORS/);
    expect(() => loadAppConfig({ HSTS_MAX_AGE: "a year" })).toThrow(/HSTS_MAX_AGE/);
    expect(loadAppConfig({ FRAME_ANCESTORS: "'self', https://*.council.gov.uk" }).frameAncestors).toEqual(["'self'", "https://*.council.gov.uk"]);
  });
});
