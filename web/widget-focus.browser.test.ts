import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  activeElementInfo,
  describeViolations,
  launchBrowser,
  runAxe,
  screenshotPath,
  SKIP_BROWSER,
  SKIP_REASON,
} from "../src/testing/browser-helpers.ts";
import { startFakeServer, type FakeServer } from "./test-server.ts";

/*
 * Issue 14, against the contract fake: focus never hidden behind the widget (WCAG 2.2 §2.4.11) in a Tab walk
 * over the whole demo page, open and closed, at 1280×800 and 320×256 (400% zoom); a reload on a phone; the
 * fixed notice and human contact in the panel and every error state; what people type is kept; long answers
 * keep a way back to the question box; dark mode, focus ring contrast, landmark names, marker names, hosts
 * that transform <body> or float a cookie banner; axe-core in each of these states.
 */

if (SKIP_BROWSER) console.warn(SKIP_REASON);

const CONTACT = "To speak to a person, call the Direct Payments Team on 01632 960 200, Monday to Friday, 9am to 5pm.";

/** Waits two frames: the widget keeps the launcher clear of focus in the frame after focus moves. */
const frames = (page: Page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

interface Step {
  inWidget: boolean;
  covered: boolean;
  what: string;
}

/**
 * Presses Tab `presses` times from the top of the page and records, for each focused element outside the
 * widget, whether the widget covers it: elementFromPoint (which stops at the widget's host, whatever is in its
 * shadow root) at its centre and near its four corners, inside the viewport.
 */
async function tabWalk(page: Page, presses: number): Promise<Step[]> {
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  const steps: Step[] = [];
  for (let i = 0; i < presses; i++) {
    await page.keyboard.press("Tab");
    await frames(page);
    steps.push(
      await page.evaluate(() => {
        const el = document.activeElement;
        const host = document.querySelector("dp-assistant");
        if (!el || el === document.body) return { inWidget: false, covered: false, what: "(body)" };
        if (el === host) return { inWidget: true, covered: false, what: "widget" };
        const r = el.getBoundingClientRect();
        const inset = 2;
        const points = [
          [r.left + r.width / 2, r.top + r.height / 2],
          [r.left + inset, r.top + inset],
          [r.right - inset, r.top + inset],
          [r.left + inset, r.bottom - inset],
          [r.right - inset, r.bottom - inset],
        ].filter(([x, y]) => x >= 0 && y >= 0 && x < innerWidth && y < innerHeight);
        const covered = points.some(([x, y]) => document.elementFromPoint(x, y) === host);
        return { inWidget: false, covered, what: `${el.tagName.toLowerCase()} "${(el.textContent ?? "").trim().slice(0, 40)}"` };
      }),
    );
  }
  return steps;
}

describe.skipIf(SKIP_BROWSER)("focus, notice and small things (contract fake)", () => {
  let server: FakeServer;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startFakeServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function openPage(viewport: { width: number; height: number }, options: Parameters<Browser["newContext"]>[0] = {}) {
    const context = await browser.newContext({ viewport, reducedMotion: "reduce", ...options });
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    await page.getByRole("button", { name: /Ask about direct payments/ }).waitFor();
    return { context, page };
  }
  const launcher = (page: Page) => page.getByRole("button", { name: /Ask about direct payments/ });
  const input = (page: Page) => page.getByRole("textbox", { name: "Your question" });
  const lastAnswer = (page: Page) => page.locator("dp-assistant li.msg.assistant").last();
  async function ask(page: Page, question: string) {
    await input(page).fill(question);
    await input(page).press("Enter");
  }

  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 320, height: 256 },
  ]) {
    it(`never hides a focused page element behind the widget at ${viewport.width}×${viewport.height}, open or closed`, async () => {
      server.setMode("normal");
      const { context, page } = await openPage(viewport);
      // Closed: every focusable thing on the page, the launcher, and round again.
      const closed = await tabWalk(page, 45);
      const covered = closed.filter((s) => s.covered).map((s) => s.what);
      expect(covered, `covered by the closed launcher: ${covered.join(", ")}`).toEqual([]);
      expect(closed.filter((s) => !s.inWidget && s.what !== "(body)").length).toBeGreaterThan(20);
      expect(closed.some((s) => s.inWidget)).toBe(true); // the launcher is in the Tab order
      const box = (await launcher(page).boundingBox())!;
      if (viewport.width < 400) expect(box.width * box.height).toBeLessThanOrEqual(56 * 56); // icon only
      await page.screenshot({ path: screenshotPath(`page-${viewport.width}x${viewport.height}.png`) });

      // Open: the dialog is modal, so Tab never leaves it (and Escape returns focus to the launcher).
      await launcher(page).click();
      await ask(page, "Can I pay my son?");
      await lastAnswer(page).locator(".feedback").waitFor();
      expect(await page.locator("dp-assistant .panel").getAttribute("aria-modal")).toBe("true");
      for (let i = 0; i < 40; i++) {
        await page.keyboard.press(i % 3 ? "Tab" : "Shift+Tab");
        expect((await activeElementInfo(page))?.inShadow, `Tab ${i} left the dialog`).toBe(true);
      }
      const violations = await runAxe(page);
      expect(violations, describeViolations(violations)).toEqual([]);
      await page.keyboard.press("Escape");
      expect((await activeElementInfo(page))?.text).toContain("Ask about direct payments");
      const again = await tabWalk(page, 45);
      expect(again.filter((s) => s.covered).map((s) => s.what)).toEqual([]);
      await context.close();
    });
  }

  it("after a reload on a phone, restores the conversation closed with a badge, not a modal without focus", async () => {
    const { context, page } = await openPage({ width: 360, height: 740 }, { isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
    await launcher(page).tap();
    await ask(page, "Can I pay my son?");
    await lastAnswer(page).locator(".feedback").waitFor();
    await page.reload();
    const saved = page.getByRole("button", { name: "Ask about direct payments (your conversation is saved)" });
    await saved.waitFor();
    expect(await page.locator("dp-assistant .panel").isVisible()).toBe(false);
    expect(await saved.getAttribute("aria-expanded")).toBe("false");
    expect(await page.locator("dp-assistant .badge .dot").isVisible()).toBe(true);
    await page.screenshot({ path: screenshotPath("reload-360.png") });
    const closed = await runAxe(page);
    expect(closed, describeViolations(closed)).toEqual([]);
    await saved.tap();
    expect((await activeElementInfo(page))?.tag).toBe("textarea");
    expect(await page.locator("dp-assistant li.msg.user").count()).toBe(1);
    expect(await page.locator("dp-assistant .badge").isVisible()).toBe(false);
    // The no-personal-details hint is visible on a phone; the keyboard hint is not.
    expect(await page.getByText("No personal details, please.").isVisible()).toBe(true);
    expect(await page.getByText("Enter sends; Shift+Enter adds a line.").isVisible()).toBe(false);
    await page.screenshot({ path: screenshotPath("widget-360-restored.png") });
    await context.close();
  });

  it("says what it is, what is kept, links the privacy notice and gives a person to call; and in every error", async () => {
    server.setMode("normal");
    const { context, page } = await openPage({ width: 1280, height: 800 });
    await launcher(page).click();
    const about = page.locator("dp-assistant .panel .about");
    expect(await about.textContent()).toContain("An automated helper, not a person.");
    expect(await about.textContent()).toContain("Your conversation is kept in this browser tab only.");
    expect(await about.textContent()).toContain("Ratings are not stored."); // feedback.store is false
    expect(await about.getByRole("link", { name: /Privacy notice/ }).getAttribute("href")).toBe(
      "https://www.example.org/northbridge/privacy/direct-payments-assistant",
    );
    expect(await about.locator(".contact").textContent()).toBe(CONTACT);
    expect(await about.locator(".contact a[href='tel:01632960200']").count()).toBe(1);
    // The speaker is named after the service, not "Assistant" (a word for a PA in this service).
    expect(await page.locator("dp-assistant .welcome .who").textContent()).toBe("Direct payments helper");

    for (const mode of ["error", "rate_limited", "drop"] as const) {
      server.setMode(mode);
      await ask(page, `Can I pay my son? (${mode})`);
      await lastAnswer(page).locator(".problem").waitFor();
      expect(await lastAnswer(page).locator(".contact").textContent(), mode).toBe(CONTACT);
      const violations = await runAxe(page);
      expect(violations, `${mode}: ${describeViolations(violations)}`).toEqual([]);
      await page.evaluate(() => {
        const el = document.querySelector("dp-assistant") as unknown as { blockedUntil: number };
        el.blockedUntil = 0; // the fake's 429 would hold the next question for 30 s
      });
    }
    await context.setOffline(true);
    await ask(page, "Can I pay my son? (offline)");
    await lastAnswer(page).locator(".problem").waitFor();
    expect(await lastAnswer(page).locator(".contact").textContent()).toBe(CONTACT);
    await context.close();
  });

  it("keeps what was typed: Stop puts the question back, and the busy error goes when the answer arrives", async () => {
    const { context, page } = await openPage({ width: 1280, height: 800 });
    await launcher(page).click();
    server.setMode("hang");
    await ask(page, "Can I pay my neighbour?");
    await lastAnswer(page).getByRole("button", { name: "Stop" }).click();
    expect(await input(page).inputValue()).toBe("Can I pay my neighbour?");

    server.setMode("normal");
    await ask(page, "Can I pay my son?");
    await ask(page, "And my daughter?");
    const err = page.locator("dp-assistant .composer .err");
    expect(await err.textContent()).toBe("Please wait for the current answer first.");
    await lastAnswer(page).locator(".feedback").waitFor();
    expect(await err.isVisible()).toBe(false);
    expect(await input(page).getAttribute("aria-invalid")).toBeNull();
    expect(await input(page).inputValue()).toBe("And my daughter?");

    // Start again asks first, and the question is accessible in that state too.
    await page.getByRole("button", { name: "Start again" }).click();
    expect(await page.getByRole("group", { name: "Clear this conversation and start again?" }).isVisible()).toBe(true);
    const confirming = await runAxe(page);
    expect(confirming, describeViolations(confirming)).toEqual([]);
    await page.keyboard.press("Escape"); // cancels the question, not the dialog
    expect(await page.locator("dp-assistant .panel").isVisible()).toBe(true);
    expect(await page.locator("dp-assistant li.msg.user").count()).toBe(1);
    await context.close();
  });

  it("at 400% zoom keeps a way back to the question box after a long answer (calculation)", async () => {
    server.setMode("normal");
    const { context, page } = await openPage({ width: 320, height: 256 });
    await launcher(page).click();
    await ask(page, "How much will I pay towards my care?");
    const form = page.getByRole("form", { name: "To work this out, I need a few details" });
    await form.waitFor();
    await form.getByRole("textbox", { name: "How much do you have in savings and investments?" }).fill("18000");
    await form.getByRole("textbox", { name: "How old are you?" }).fill("67");
    await form.getByRole("radio", { name: "No", exact: true }).check();
    await form.getByRole("radio", { name: "Attendance Allowance" }).check();
    await form.getByRole("button", { name: "Work it out" }).click();
    await lastAnswer(page).locator(".calc").waitFor();
    const height = await page.locator("dp-assistant .panel").evaluate((p) => p.scrollHeight);
    expect(height).toBeLessThan(3000); // the working is folded away
    const back = lastAnswer(page).getByRole("link", { name: "Ask another question" });
    await back.focus();
    await page.screenshot({ path: screenshotPath("calculation-320x256.png") });
    await page.keyboard.press("Enter");
    expect((await activeElementInfo(page))?.tag).toBe("textarea");
    const box = (await input(page).boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(256.5);
    expect(await page.getByText("Your question", { exact: true }).isVisible()).toBe(true);
    const violations = await runAxe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await context.close();
  });

  it("in dark mode: readable, accessible, and the conversation's focus ring has 3:1 contrast", async () => {
    server.setMode("normal");
    const { context, page } = await openPage({ width: 1280, height: 800 }, { colorScheme: "dark" });
    await launcher(page).click();
    await ask(page, "Can I pay my son?");
    await lastAnswer(page).locator(".feedback").waitFor();
    await ask(page, "How much will I pay towards my care?");
    const form = page.getByRole("form", { name: "To work this out, I need a few details" });
    await form.waitFor();
    await form.getByRole("button", { name: "Work it out" }).click(); // errors showing
    const bg = await page.locator("dp-assistant .panel").evaluate((p) => getComputedStyle(p).backgroundColor);
    expect(bg).toBe("rgb(27, 27, 28)");
    const violations = await runAxe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await page.screenshot({ path: screenshotPath("dark-1280.png") });

    // Keyboard focus on the conversation log: a ring contrasting 3:1 or more with the panel behind it.
    await page.locator("dp-assistant .panel .about a").first().focus();
    await page.keyboard.press("Tab");
    for (let i = 0; i < 5 && !((await activeElementInfo(page))?.className ?? "").includes("log"); i++) await page.keyboard.press("Tab");
    expect((await activeElementInfo(page))?.className).toContain("log");
    const ratio = await page.locator("dp-assistant .log").evaluate((log) => {
      const rgb = (c: string) => c.match(/\d+(\.\d+)?/g)!.slice(0, 3).map(Number);
      const lum = ([r, g, b]: number[]) => {
        const f = (v: number) => ((v /= 255) <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
        return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
      };
      const ring = lum(rgb(getComputedStyle(log).outlineColor));
      const panel = lum(rgb(getComputedStyle(log.parentElement!).backgroundColor));
      return (Math.max(ring, panel) + 0.05) / (Math.min(ring, panel) + 0.05);
    });
    expect(ratio).toBeGreaterThanOrEqual(3);
    await context.close();
  });

  it("names each answer's sources, keeps markers short, and words suggestions without jargon", async () => {
    server.setMode("normal");
    const { context, page } = await openPage({ width: 1280, height: 800 });
    await launcher(page).click();
    await ask(page, "Can I pay my son?");
    await lastAnswer(page).locator(".feedback").waitFor();
    await ask(page, "Can I pay my daughter?");
    await page.locator("dp-assistant li.msg.assistant:nth-child(5) .feedback").waitFor();
    expect(await page.getByRole("region", { name: "Sources for answer 1" }).count()).toBe(1);
    expect(await page.getByRole("region", { name: "Sources for answer 2" }).count()).toBe(1);
    const marker = lastAnswer(page).locator(".text sup.cite a").last();
    expect(await marker.getAttribute("aria-label")).toBe("Source 2");
    expect(await marker.getAttribute("title")).toBe("Paying a family member with your direct payment: If they live with you (opens in new tab)");
    expect(await lastAnswer(page).getByRole("button", { name: "Can I use my direct payment for respite?" }).count()).toBe(1);
    expect(await lastAnswer(page).getByText(/\bDP\b/).count()).toBe(0);
    await context.close();
  });

  it("stays fixed when the page transforms <body>, and clickable above a cookie banner", async () => {
    server.setMode("normal");
    const { context, page } = await openPage({ width: 1280, height: 800 });
    await page.addStyleTag({ content: "body { transform: translateZ(0); }" });
    await page.evaluate(() => {
      const banner = document.createElement("div");
      banner.id = "cookies";
      banner.textContent = "We use cookies.";
      banner.style.cssText = "position:fixed;left:0;right:0;bottom:0;height:160px;background:#eee;z-index:2147483647";
      document.body.append(banner);
      window.scrollTo(0, document.documentElement.scrollHeight);
    });
    const box = (await launcher(page).boundingBox())!;
    expect(box.y + box.height).toBeGreaterThan(800 - 40); // still at the bottom of the viewport
    expect(box.y + box.height).toBeLessThanOrEqual(800);
    const hit = await page.evaluate(([x, y]) => document.elementFromPoint(x, y)?.tagName, [box.x + box.width / 2, box.y + box.height / 2]);
    expect(hit).toBe("DP-ASSISTANT");
    await launcher(page).click();
    expect(await page.locator("dp-assistant .panel").isVisible()).toBe(true);
    await context.close();
  });
});
