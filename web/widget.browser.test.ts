import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  activeElementInfo,
  describeViolations,
  launchBrowser,
  liveRegionLog,
  recordLiveRegion,
  runAxe,
  screenshotPath,
  SKIP_BROWSER,
  SKIP_REASON,
} from "../src/testing/browser-helpers.ts";
import { startTestServer, type TestServer } from "./test-server.ts";

/*
 * The widget on the demo page, against the real app when src/app.ts exists (else the contract fake): a
 * person asks, reads a cited answer, follows a citation and gives feedback — by mouse and by keyboard alone —
 * at phone and desktop widths, with axe-core finding nothing.
 */

if (SKIP_BROWSER) console.warn(SKIP_REASON);

const QUESTION = "Can I pay my daughter to look after me with my direct payment?";

describe.skipIf(SKIP_BROWSER)("widget on the demo page", () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
    console.info(`widget browser tests against the ${server.kind} server`);
    context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: "reduce" });
    page = await context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const panel = () => page.locator("dp-assistant .panel");
  const input = () => page.getByRole("textbox", { name: "Your question" });
  const lastAnswer = () => page.locator("dp-assistant li.msg.assistant").last();

  it("is installed by one script tag and opens from the launcher with focus in the question box", async () => {
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${server.url}/`);
    expect(await page.locator("script[src='/widget.js']").count()).toBe(1);
    const launcher = page.getByRole("button", { name: "Ask about direct payments" });
    await expect.poll(() => launcher.isVisible()).toBe(true);
    expect(await launcher.getAttribute("aria-expanded")).toBe("false");
    // The page's own CSS (button { all: unset }, html { font-size: 62.5% }) does not reach the widget.
    const box = await launcher.boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(44);
    expect(await launcher.evaluate((b) => parseFloat(getComputedStyle(b).fontSize))).toBeGreaterThanOrEqual(16);

    await launcher.click();
    await expect.poll(() => panel().isVisible()).toBe(true);
    expect((await activeElementInfo(page))?.tag).toBe("textarea");
    expect(await page.getByRole("dialog", { name: "Ask about direct payments" }).count()).toBe(1);
    expect(errors).toEqual([]);

    const violations = await runAxe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it("asks a question and shows the streamed answer with numbered citations, announced once", async () => {
    await recordLiveRegion(page);
    await input().fill(QUESTION);
    await page.getByRole("button", { name: "Send" }).click();
    // The question appears at once, then the answer.
    await expect.poll(() => page.locator("dp-assistant li.msg.user").last().textContent()).toContain(QUESTION);
    await page.locator("dp-assistant .feedback").last().waitFor();
    const answer = lastAnswer();
    expect(await answer.getAttribute("aria-busy")).toBeNull();
    const text = (await answer.locator(".text").textContent()) ?? "";
    expect(text.length).toBeGreaterThan(40);

    const sources = answer.locator(".sources li a");
    expect(await sources.count()).toBeGreaterThan(0);
    for (const href of await sources.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href)))
      expect(href).toMatch(new RegExp(`^${server.url}/knowledge/[a-z0-9-]+#[a-z0-9-]+$`));
    // Markers in the text link to the same sections, with an accessible name saying which source.
    const markers = answer.locator(".text sup.cite a");
    // Markers have a short name ("Source 1"); the title is their description, not the whole name.
    if ((await markers.count()) > 0) {
      expect(await markers.first().getAttribute("aria-label")).toBe("Source 1");
      expect(await markers.first().getAttribute("title")).toMatch(/\S.*\(opens in new tab\)$/);
    }
    // One "Sources" landmark per answer, each named for its answer.
    expect(await answer.getByRole("region", { name: "Sources for answer 1" }).count()).toBe(1);

    await expect.poll(async () => (await liveRegionLog(page)).some((t) => t.startsWith("Answer:"))).toBe(true);
    const announced = await liveRegionLog(page);
    // A "working" message, then the whole answer once; never a partial answer.
    expect(announced.filter((t) => t.startsWith("Answer:"))).toHaveLength(1);
    expect(announced.at(-1)).toContain(text.replace(/\[\d+\]/g, "").trim().slice(0, 30));

    const violations = await runAxe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it("follows a citation to the exact section of a readable knowledge page", async () => {
    const link = lastAnswer().locator(".sources li a").first();
    const href = (await link.getAttribute("href"))!;
    const anchor = new URL(href).hash.slice(1);
    const [doc] = await Promise.all([context.waitForEvent("page"), link.click()]);
    await doc.waitForLoadState("domcontentloaded");
    expect(doc.url()).toBe(href);
    const target = doc.locator(`[id="${anchor}"]`);
    expect(await target.evaluate((el) => el.tagName)).toMatch(/^(H2|H3|H4|SECTION)$/);
    await expect.poll(() => target.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.top < window.innerHeight;
    })).toBe(true);
    expect(await doc.getByRole("heading", { name: "Sources" }).count()).toBe(1);
    expect(await doc.getByText(/Last reviewed/).count()).toBeGreaterThan(0);
    const violations = await runAxe(doc);
    expect(violations, describeViolations(violations)).toEqual([]);
    await doc.close();
  });

  it("takes feedback: thumbs up, then an optional comment, posted to /api/feedback", async () => {
    const yes = lastAnswer().getByRole("button", { name: "Yes" });
    const [rated] = await Promise.all([page.waitForRequest("**/api/feedback"), yes.click()]);
    const body = rated.postDataJSON();
    expect(body).toMatchObject({ rating: "up" });
    expect(typeof body.answerId).toBe("string");
    expect((await rated.response())!.ok()).toBe(true);
    expect(await yes.getAttribute("aria-pressed")).toBe("true");

    await lastAnswer().getByRole("textbox", { name: "Tell us more (optional)" }).fill("Clear, thank you.");
    const [commented] = await Promise.all([
      page.waitForRequest("**/api/feedback"),
      lastAnswer().getByRole("button", { name: "Send comment" }).click(),
    ]);
    expect(commented.postDataJSON()).toMatchObject({ answerId: body.answerId, rating: "up", comment: "Clear, thank you." });
    await expect.poll(() => lastAnswer().getByText("Your comment has been sent").isVisible()).toBe(true);
  });

  it("keeps the conversation in sessionStorage across a reload, and starts again on request", async () => {
    await page.reload();
    // Restored closed (a modal dialog nobody opened would leave focus behind it), with a badge on the launcher.
    const launcher = page.getByRole("button", { name: "Ask about direct payments (your conversation is saved)" });
    await expect.poll(() => launcher.isVisible()).toBe(true);
    expect(await panel().isVisible()).toBe(false);
    await launcher.click();
    expect(await page.locator("dp-assistant li.msg.user").count()).toBe(1);
    expect(await lastAnswer().locator(".sources li").count()).toBeGreaterThan(0);
    expect(await page.evaluate(() => Object.keys(localStorage).length)).toBe(0);

    // Start again asks first; "No" keeps everything.
    await page.getByRole("button", { name: "Start again" }).click();
    const confirm = page.getByRole("group", { name: "Clear this conversation and start again?" });
    expect(await confirm.isVisible()).toBe(true);
    await confirm.getByRole("button", { name: "No, keep it" }).click();
    expect(await page.locator("dp-assistant li.msg.user").count()).toBe(1);
    await page.getByRole("button", { name: "Start again" }).click();
    await confirm.getByRole("button", { name: "Yes, clear it" }).click();
    expect(await page.locator("dp-assistant li.msg.user").count()).toBe(0);
    expect((await activeElementInfo(page))?.tag).toBe("textarea");
    await page.getByRole("button", { name: "Close the assistant" }).click();
    expect((await activeElementInfo(page))?.label ?? (await activeElementInfo(page))?.text).toContain("Ask about direct payments");
  });

  it("works by keyboard alone, with visible focus, and Escape returns focus to the launcher", async () => {
    await page.evaluate(() => sessionStorage.clear());
    await page.reload();
    // Tab from the top of the page until the launcher has focus: it must be reachable.
    let found = false;
    for (let i = 0; i < 60 && !found; i++) {
      await page.keyboard.press("Tab");
      const info = await activeElementInfo(page);
      found = !!info?.inShadow && (info.text ?? "").includes("Ask about direct payments");
    }
    expect(found).toBe(true);
    const launcherFocus = await activeElementInfo(page);
    expect(launcherFocus!.outline).toMatch(/^solid 3px/);

    await page.keyboard.press("Enter");
    expect((await activeElementInfo(page))?.tag).toBe("textarea");
    await page.keyboard.type(QUESTION);
    await page.keyboard.press("Enter");
    await page.locator("dp-assistant .feedback").last().waitFor();
    expect((await activeElementInfo(page))?.tag).toBe("textarea"); // focus was not taken away

    // Shift+Tab backwards through the answer reaches a source link, with visible focus.
    let onSource = false;
    for (let i = 0; i < 20 && !onSource; i++) {
      await page.keyboard.press("Shift+Tab");
      const info = await activeElementInfo(page);
      onSource = info?.tag === "a" && /opens in new tab/.test(info.text + (info.label ?? ""));
    }
    expect(onSource).toBe(true);
    const linkBg = await page.evaluate(() => {
      let el: Element | null = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      return getComputedStyle(el!).backgroundColor;
    });
    expect(linkBg).toBe("rgb(255, 221, 0)"); // the yellow focus style

    await page.keyboard.press("Escape");
    expect(await panel().isVisible()).toBe(false);
    const back = await activeElementInfo(page);
    expect(back!.inShadow && back!.text).toContain("Ask about direct payments");
  });

  it("looks right at 1280 px and 360 px wide (screenshots), and reflows at 320 px", async () => {
    await page.keyboard.press("Enter"); // reopen from the launcher
    await page.locator("dp-assistant .feedback").last().waitFor();
    await page.screenshot({ path: screenshotPath("widget-1280.png") });

    const phone = await browser.newContext({
      viewport: { width: 360, height: 740 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
      reducedMotion: "reduce",
    });
    const mobile = await phone.newPage();
    await mobile.goto(`${server.url}/`);
    await mobile.screenshot({ path: screenshotPath("page-360.png") });
    await mobile.getByRole("button", { name: "Ask about direct payments" }).tap();
    const mobilePanel = mobile.locator("dp-assistant .panel");
    await expect.poll(() => mobilePanel.isVisible()).toBe(true);
    const box = (await mobilePanel.boundingBox())!;
    expect(box.width).toBe(360); // full screen on a phone
    expect(await mobilePanel.getAttribute("aria-modal")).toBe("true");
    await mobile.getByRole("textbox", { name: "Your question" }).fill(QUESTION);
    await mobile.getByRole("button", { name: "Send" }).tap();
    await mobile.locator("dp-assistant .feedback").last().waitFor();
    await mobile.screenshot({ path: screenshotPath("widget-360.png") });

    // Touch targets: every button in the widget at least 24 px (WCAG 2.5.8); ours aim for 44.
    const small = await mobile.locator("dp-assistant button:visible").evaluateAll((buttons) =>
      buttons.map((b) => b.getBoundingClientRect()).filter((r) => r.height < 36 || r.width < 36).length,
    );
    expect(small).toBe(0);

    // 320 CSS px (1280 px at 400% zoom): nothing scrolls sideways.
    await mobile.setViewportSize({ width: 320, height: 256 });
    const overflow = await mobilePanel.evaluate((p) => {
      const wide = [...p.querySelectorAll("*")].filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1);
      return wide.map((el) => el.tagName + "." + el.className);
    });
    expect(overflow).toEqual([]);
    // At that height the whole panel scrolls, so the question box can still be reached.
    await mobile.getByRole("textbox", { name: "Your question" }).focus();
    expect(await mobile.getByRole("textbox", { name: "Your question" }).isVisible()).toBe(true);
    await mobile.screenshot({ path: screenshotPath("widget-320x256.png") });

    const violations = await runAxe(mobile);
    expect(violations, describeViolations(violations)).toEqual([]);
    await phone.close();
  });

  it("leads from the 'how much will I pay' starter to the form, and the form, filled with ordinary answers, to an estimate", async () => {
    const ctx2 = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: "reduce" });
    const p = await ctx2.newPage();
    await p.goto(`${server.url}/`);
    await p.getByRole("button", { name: /Ask about direct payments/ }).click();
    await p.getByRole("button", { name: "How much will I pay towards my care?" }).click();
    const form = p.getByRole("form", { name: "To work this out, I need a few details" });
    await form.waitFor({ timeout: 20_000 });
    const first = p.locator("dp-assistant li.msg.assistant").last();
    // Who decides is said, the working is in the disclosure (not also in the text), and the questions are in
    // the form, not also listed; the Minimum Income Guarantee is never asked of the resident.
    expect(await first.locator(".text").textContent()).toMatch(/assessment decides/);
    expect(await first.locator(".text").textContent()).not.toMatch(/How this was worked out/);
    // Up to three rounds of questions (savings and income, then the cost of care), then the estimate.
    for (let round = 0; round < 3 && (await form.count()) > 0; round++) {
      expect(await form.textContent()).not.toMatch(/Minimum Income Guarantee/);
      for (const field of await form.locator(".field").all()) {
        const radios = field.getByRole("radio");
        if (await radios.count()) await radios.first().check();
        else {
          const box = field.getByRole("textbox");
          const inputmode = await box.getAttribute("inputmode");
          const label = (await field.textContent()) ?? "";
          await box.fill(inputmode === "numeric" ? "67" : /cost/i.test(label) ? "150" : inputmode === "decimal" ? "0" : "State Pension £230, Attendance Allowance £77");
        }
      }
      const before = await p.locator("dp-assistant li.msg.assistant:not([aria-busy])").count();
      await form.getByRole("button", { name: "Work it out" }).click();
      await expect.poll(() => p.locator("dp-assistant li.msg.assistant:not([aria-busy])").count(), { timeout: 20_000 }).toBe(before + 1);
    }
    expect(await form.count()).toBe(0);
    const result = p.locator("dp-assistant li.msg.assistant").last();
    expect(await result.getAttribute("class")).not.toMatch(/status-error/);
    expect(await result.locator(".text").textContent()).toMatch(/Estimate for 20\d\d\/\d\d: you would pay about £\d/);
    const violations = await runAxe(p);
    expect(violations, describeViolations(violations)).toEqual([]);
    await ctx2.close();
  }, 90_000);
});
