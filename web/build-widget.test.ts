import { describe, expect, it } from "vitest";
import { buildWidget, SIZE_BUDGET_GZIP_BYTES } from "./build-widget.ts";
import { DEFAULT_STRINGS, format, registerStrings, resolveStrings } from "./widget/strings.js";

describe("buildWidget", () => {
  const built = buildWidget();

  it("stays inside the 30 KB gzipped budget", () => {
    expect(built.gzipBytes).toBeGreaterThan(1000);
    expect(built.gzipBytes).toBeLessThan(SIZE_BUDGET_GZIP_BYTES);
  });

  it("is one self-contained script: no imports, stylesheet inlined, element defined", () => {
    expect(built.js).not.toMatch(/^\s*import\s/m);
    expect(built.js).not.toContain("__DPA_CSS__");
    expect(built.js).toContain("prefers-reduced-motion");
    expect(built.js).toContain("dp-assistant");
    expect(() => new Function(built.js)).not.toThrow(); // parses as a classic script
  });
});

describe("strings", () => {
  it("are frozen English defaults that a translation overrides key by key", () => {
    expect(Object.isFrozen(DEFAULT_STRINGS)).toBe(true);
    registerStrings("cy", { send: "Anfon", statusLabels: { error: "Aeth rhywbeth o’i le" } });
    const cy = resolveStrings("cy-GB", null);
    expect(cy.send).toBe("Anfon");
    expect(cy.close).toBe(DEFAULT_STRINGS.close);
    expect(cy.statusLabels.error).toBe("Aeth rhywbeth o’i le");
    expect(cy.statusLabels.safeguarding).toBe(DEFAULT_STRINGS.statusLabels.safeguarding);
    expect(resolveStrings("en", { title: "Help" }).title).toBe("Help");
  });

  it("fills placeholders and leaves unknown ones visible", () => {
    expect(format("Wait {seconds} seconds", { seconds: 30 })).toBe("Wait 30 seconds");
    expect(format("Hello {name}", {})).toBe("Hello {name}");
  });
});

describe("layering", () => {
  it("src/ never imports from web/ (the server builds the widget from its file path)", async () => {
    const { readdirSync, readFileSync } = await import("node:fs");
    const { join } = await import("node:path");
    const root = join(import.meta.dirname, "..", "src");
    const offenders = (readdirSync(root, { recursive: true }) as string[])
      .filter((f) => /\.ts$/.test(f))
      .filter((f) => /from\s+["'](?:\.\.\/)+web\/|import\(["'](?:\.\.\/)+web\//.test(readFileSync(join(root, f), "utf8")));
    expect(offenders).toEqual([]);
  });
});
