import { inRepository } from "../repository-root.ts";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { buildSync, transformSync } from "esbuild";

/**
 * Builds /widget.js from the files in web/widget/ (read by path, never imported: src/ does not depend on web/):
 * one minified, self-contained IIFE with the stylesheet inlined and the council's widget settings baked in, so
 * the widget needs no second request to learn the council's contact details. The server builds it once at
 * start-up and caches it. The 30 KB gzipped budget is checked by web/build-widget.test.ts; residents on slow
 * mobile connections download this on every council page.
 */

export const WIDGET_DIR = inRepository("web", "widget");
export const SIZE_BUDGET_GZIP_BYTES = 30 * 1024;

/** What the widget knows about the council before any data attribute overrides it (see web/README.md). */
export interface WidgetSettings {
  council?: string;
  assistantName?: string;
  privacyUrl?: string;
  contact?: { name: string; phone: string; hours?: string };
  feedbackKeptDays?: number | null;
}

export interface BuiltWidget {
  js: string;
  gzipBytes: number;
}

export function buildWidget(options: { minify?: boolean; settings?: WidgetSettings } = {}): BuiltWidget {
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
    define: { __DPA_CSS__: JSON.stringify(css), __DPA_SETTINGS__: JSON.stringify(options.settings ?? {}) },
    banner: { js: "/* Direct payments assistant widget · MIT licence */" },
  });
  const js = result.outputFiles[0].text;
  return { js, gzipBytes: gzipSync(js, { level: 9 }).length };
}

/** The council settings the widget shows: who it is, the privacy notice, and how to reach a person. */
export function widgetSettingsFrom(council: {
  council: { name: string; directPaymentsTeam: { name: string; phone: string; hours?: string } };
  widget?: { assistantName?: string; privacyNoticeUrl?: string };
  feedback: { store: boolean; retentionDays: number };
}): WidgetSettings {
  const team = council.council.directPaymentsTeam;
  return {
    council: council.council.name,
    assistantName: council.widget?.assistantName,
    privacyUrl: council.widget?.privacyNoticeUrl,
    contact: { name: team.name, phone: team.phone, ...(team.hours ? { hours: team.hours } : {}) },
    feedbackKeptDays: council.feedback.store ? council.feedback.retentionDays : null,
  };
}
