import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";

/**
 * Shared set-up for web/*.browser.test.ts: Debian's chromium driven by playwright-core (never
 * `npx playwright install`, which downloads a browser). Locally, without /usr/bin/chromium, the browser tests
 * skip with a message; in CI (.ci/run installs chromium) they always run, so a missing browser fails loudly.
 */

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const SKIP_BROWSER = !existsSync(CHROMIUM) && !process.env.CI;
export const SKIP_REASON = `browser tests skipped: ${CHROMIUM} not found (apt-get install -y chromium); they always run when CI is set`;

// Test runs write screenshots to test-results/ (not committed); UPDATE_SCREENSHOTS=1 refreshes the ones in
// web/screenshots/ that the README shows, after someone has looked at them.
export const SCREENSHOT_DIR = process.env.UPDATE_SCREENSHOTS
  ? join(dirname(fileURLToPath(import.meta.url)), "..", "..", "web", "screenshots")
  : join(dirname(fileURLToPath(import.meta.url)), "..", "..", "test-results", "screenshots");

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
    ],
  });
}

export function screenshotPath(name: string): string {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return join(SCREENSHOT_DIR, name);
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/** Runs axe-core over the whole page (open shadow roots included) for WCAG 2.0–2.2 A/AA and best practice. */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  // evaluate() runs outside the page's Content Security Policy, which (rightly) forbids inline scripts.
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axeSource);
  return page.evaluate(async () => {
    // @ts-expect-error axe is injected above
    const result = await window.axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] },
      resultTypes: ["violations"],
    });
    return result.violations.map((v: AxeViolation) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  });
}

/** A readable summary for assertion messages. */
export function describeViolations(violations: AxeViolation[]): string {
  return violations
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => JSON.stringify(n.target)).join("\n  ")}`)
    .join("\n");
}

/** The element that has focus, looking through shadow roots. */
export function activeElementInfo(page: Page) {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
    if (!el) return null;
    const style = getComputedStyle(el);
    return {
      tag: el.tagName.toLowerCase(),
      text: (el.textContent ?? "").trim().slice(0, 80),
      label: el.getAttribute("aria-label"),
      id: el.id,
      className: el.className,
      outline: `${style.outlineStyle} ${style.outlineWidth}`,
      boxShadow: style.boxShadow,
      inShadow: el.getRootNode() !== document,
    };
  });
}

/** Every text the live region was given, recorded from before the question is sent. */
export async function recordLiveRegion(page: Page): Promise<void> {
  await page.evaluate(() => {
    const host = document.querySelector("dp-assistant")!;
    const live = host.shadowRoot!.querySelector("[aria-live]")!;
    const w = window as unknown as { __live: string[] };
    w.__live = [];
    new MutationObserver(() => {
      const text = live.textContent ?? "";
      if (text) w.__live.push(text);
    }).observe(live, { childList: true, characterData: true, subtree: true });
  });
}

export function liveRegionLog(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __live: string[] }).__live.slice());
}
