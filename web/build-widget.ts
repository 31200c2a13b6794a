import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { buildSync, transformSync } from "esbuild";

/**
 * Builds /widget.js from web/widget/: one minified, self-contained IIFE with the stylesheet inlined. The server
 * calls this once at start-up and caches the result. The widget's size budget (30 KB gzipped) is checked by
 * web/build-widget.test.ts; residents on slow mobile connections download this on every council page.
 */

export const WIDGET_DIR = join(dirname(fileURLToPath(import.meta.url)), "widget");
export const SIZE_BUDGET_GZIP_BYTES = 30 * 1024;

export interface BuiltWidget {
  js: string;
  gzipBytes: number;
}

export function buildWidget(options: { minify?: boolean } = {}): BuiltWidget {
  const minify = options.minify ?? true;
  const css = transformSync(readFileSync(join(WIDGET_DIR, "widget.css"), "utf8"), {
    loader: "css",
    minify,
    // Chromium, Firefox, Safari from 2021 on: nesting and color-mix() are left alone, the rest lowered.
    target: ["chrome100", "firefox100", "safari15"],
  }).code.trim();
  const result = buildSync({
    entryPoints: [join(WIDGET_DIR, "index.js")],
    bundle: true,
    write: false,
    format: "iife",
    minify,
    target: ["es2020"],
    legalComments: "none",
    charset: "utf8",
    define: { __DPA_CSS__: JSON.stringify(css) },
    banner: { js: "/* Direct payments assistant widget · MIT licence */" },
  });
  const js = result.outputFiles[0].text;
  return { js, gzipBytes: gzipSync(js, { level: 9 }).length };
}
