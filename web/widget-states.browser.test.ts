import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
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
import { startFakeServer, type FakeServer } from "./test-server.ts";

/*
 * States the real server cannot be asked for on demand, against the contract fake (web/test-server.ts):
 * token-by-token streaming, the calculator form, 429 with Retry-After, 500, a hanging request, a dropped
 * stream, offline, and hostile answer text.
 */

if (SKIP_BROWSER) console.warn(SKIP_REASON);

describe.skipIf(SKIP_BROWSER)("widget states (contract fake)", () => {
  let server: FakeServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startFakeServer(), launchBrowser()]);
    context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: "reduce" });
    page = await context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  beforeEach(async () => {
    server.setMode("normal");
    await context.setOffline(false);
    await page.goto(`${server.url}/`);
    await page.evaluate(() => sessionStorage.clear());
    await page.reload();
    await page.getByRole("button", { name: "Ask about direct payments" }).click();
  });

  const input = () => page.getByRole("textbox", { name: "Your question" });
  const lastAssistant = () => page.locator("dp-assistant li.msg.assistant").last();
  async function ask(question: string) {
    await input().fill(question);
    await input().press("Enter");
  }

  it("shows the answer growing as delta events arrive, but announces it only when finished", async () => {
    await recordLiveRegion(page);
    // Record the answer text each time it changes while the message is still busy.
    await page.evaluate(() => {
      const w = window as unknown as { __seen: number[] };
      w.__seen = [];
      const list = document.querySelector("dp-assistant")!.shadowRoot!.querySelector(".msgs")!;
      new MutationObserver(() => {
        const busy = list.querySelector("li[aria-busy='true'] .text");
        if (busy) w.__seen.push((busy.textContent ?? "").length);
      }).observe(list, { childList: true, subtree: true, characterData: true });
    });
    await ask("Can I pay my son to be my PA?");
    await lastAssistant().locator(".feedback").waitFor();
    const seen = await page.evaluate(() => (window as unknown as { __seen: number[] }).__seen);
    const distinct = new Set(seen.filter((n) => n > 0));
    expect(distinct.size).toBeGreaterThan(2);
    // The announcement is set 120 ms after the answer finishes (dp-assistant.js announce), so wait for it.
    await expect.poll(async () => (await liveRegionLog(page)).filter((t) => t.startsWith("Answer:")).length).toBe(1);
    const announced = await liveRegionLog(page);
    expect(announced.filter((t) => t.startsWith("Answer:"))).toHaveLength(1);
    expect(announced.every((t) => !t.startsWith("Answer:") || t.includes("the council must agree"))).toBe(true);
    expect(announced.at(-1)).toMatch(/2 sources are listed after the answer\.$/);
    expect(announced.join(" ")).not.toMatch(/\[\d\]/); // markers are not read out
    // Markers became links to the sections once citations arrived; a phone number became a tel: link.
    expect(await lastAssistant().locator(".text sup.cite a").count()).toBe(3);
    expect(await lastAssistant().locator("a[href='tel:01632960200']").count()).toBe(1);
    // Follow-ups are offered, and asking one sends it.
    await lastAssistant().getByRole("button", { name: "Who counts as a close relative?" }).click();
    await expect.poll(() => server.chats.at(-1)?.messages.at(-1)?.content).toBe("Who counts as a close relative?");
    expect(server.chats.at(-1)!.messages).toHaveLength(3); // the history travels with the request
    expect(server.chats.at(-1)!.audience).toBe("citizen");
  });

  const formName = "To work this out, I need a few details";
  const savings = () => page.getByRole("textbox", { name: "How much do you have in savings and investments?" });

  async function fillContribution(capital: string) {
    const form = page.getByRole("form", { name: formName });
    await savings().fill(capital);
    await form.getByRole("textbox", { name: "How old are you?" }).fill("67");
    await form.getByRole("group", { name: "Do you live with a partner?" }).getByRole("radio", { name: "No" }).check();
    await form.getByRole("radio", { name: "Attendance Allowance" }).check();
  }

  it("leads the contribution starter to a form whose errors name each field (GOV.UK), and sends values", async () => {
    // The starter on the welcome message, not a typed question.
    await page.getByRole("button", { name: "How much will I pay towards my care?" }).click();
    const form = page.getByRole("form", { name: formName });
    await form.waitFor();
    expect((await activeElementInfo(page))?.tag).toBe("input"); // focus moved to the first question
    const violations = await runAxe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await page.screenshot({ path: screenshotPath("form-1280.png") });

    // Submitting empty: an error summary that takes focus; each message names its field and how to fix it.
    await form.getByRole("button", { name: "Work it out" }).click();
    const summary = form.locator(".summary");
    expect(await summary.isVisible()).toBe(true);
    expect((await activeElementInfo(page))?.className).toContain("summary");
    expect(await summary.locator("li").allTextContents()).toEqual([
      "Enter how much you have in savings and investments, for example £18,000",
      "Enter your age, for example 67",
      "Select whether you live with a partner",
      "Select which disability benefit you get",
    ]);
    expect(await form.locator(".err:not([hidden])").first().textContent()).toBe(
      "Error: Enter how much you have in savings and investments, for example £18,000",
    );
    expect(await form.locator("[aria-invalid='true']").count()).toBeGreaterThanOrEqual(3);
    const withErrors = await runAxe(page);
    expect(withErrors, describeViolations(withErrors)).toEqual([]);
    // The summary's links move focus to their field.
    await summary.getByRole("link", { name: "Enter your age, for example 67" }).click();
    expect((await activeElementInfo(page))?.id).toMatch(/-form-1$/);

    // Money is checked: letters are refused, with a message saying what a good answer looks like.
    await fillContribution("lots");
    await form.getByRole("button", { name: "Work it out" }).click();
    expect(await summary.locator("li").allTextContents()).toEqual([
      "How much you have in savings and investments must be an amount in pounds, for example £18,000",
    ]);

    await savings().fill("£18,000");
    const [request] = await Promise.all([
      page.waitForRequest("**/api/chat"),
      form.getByRole("button", { name: "Work it out" }).click(),
    ]);
    await lastAssistant().locator(".calc").waitFor();
    // Values, not sentences: the calculator's input travels as numbers, booleans and strings.
    const body = request.postDataJSON();
    expect(body.calculation).toEqual({
      calculator: "contribution",
      taxYear: "2026/27",
      input: { capital: 18000, age: 67, hasPartner: false, disabilityBenefit: "Attendance Allowance" },
    });
    expect(body.messages.at(-1).content).toMatch(/^Here are my answers:\n/);
    expect((await activeElementInfo(page))?.tag).toBe("textarea"); // the form went away: focus to the question box
    expect(await page.getByRole("form", { name: formName }).count()).toBe(0);
  });

  it("shows a result's headline once, its working behind a disclosure, and announces only the headline", async () => {
    await ask("How much will I pay towards my care?");
    await page.getByRole("form", { name: formName }).waitFor();
    await fillContribution("18000");
    await recordLiveRegion(page);
    await page.getByRole("button", { name: "Work it out" }).click();
    const answer = lastAssistant();
    await answer.locator(".calc").waitFor();
    await expect.poll(async () => (await liveRegionLog(page)).some((t) => t.startsWith("Answer:"))).toBe(true);
    const said = (await liveRegionLog(page)).filter((t) => t.startsWith("Answer:"));
    expect(said).toEqual(["Answer: You might pay about £42.10 a week."]);
    // "£42.10" appears once in what is shown (the answer text says it; no repeated headline), and the
    // working is folded away until asked for.
    const visible = await answer.locator(".bubble").evaluate((b) => (b as HTMLElement).innerText);
    expect(visible.match(/£42\.10/g)).toHaveLength(1);
    const details = answer.locator("details.calc");
    expect(await details.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await answer.locator(".steps").isVisible()).toBe(false);
    await details.getByText("How this was worked out").click();
    expect(await answer.locator(".steps li").count()).toBe(3);
    expect(await answer.locator(".steps").textContent()).toContain("£1 a week for every £250 between the limits");
    expect(await answer.locator(".steps a[href='https://www.legislation.gov.uk/uksi/2014/2672/regulation/25']").count()).toBe(1);
    expect(await details.textContent()).toContain("2026/27");
    await page.screenshot({ path: screenshotPath("calculation-1280.png") });
    const done = await runAxe(page);
    expect(done, describeViolations(done)).toEqual([]);
  });

  it("degrades when the server refuses the calculation field: asks again with the answers in words", async () => {
    await ask("How much will I pay towards my care?");
    await page.getByRole("form", { name: formName }).waitFor();
    await fillContribution("18000");
    server.setMode("strict");
    const before = server.chats.length;
    await page.getByRole("button", { name: "Work it out" }).click();
    await lastAssistant().locator(".calc").waitFor();
    const [refused, retried] = server.chats.slice(before);
    expect(refused.calculation).toBeDefined();
    expect(retried.calculation).toBeUndefined();
    expect(retried.messages.at(-1)!.content).toContain("My savings and capital are £18,000.");
  });

  it("keeps what was typed in the form when the panel is closed (Escape or Close) and reopened", async () => {
    await ask("How much will I pay towards my care?");
    await page.getByRole("form", { name: formName }).waitFor();
    await savings().fill("12,500");
    await page.getByRole("radio", { name: "Attendance Allowance" }).check();
    await page.keyboard.press("Escape");
    await page.getByRole("button", { name: /Ask about direct payments/ }).click();
    expect(await savings().inputValue()).toBe("12,500");
    expect(await page.getByRole("radio", { name: "Attendance Allowance" }).isChecked()).toBe(true);
    await page.getByRole("button", { name: "Close the assistant" }).click();
    await page.getByRole("button", { name: /Ask about direct payments/ }).click();
    expect(await savings().inputValue()).toBe("12,500");
  });

  it("says the service is busy (429) without blaming the person, and counts down Retry-After", async () => {
    server.setMode("rate_limited");
    await ask("What is a direct payment?");
    const problem = lastAssistant().locator(".problem");
    await problem.waitFor();
    expect(await problem.textContent()).toContain("shared connection, such as in a library or care home");
    expect(await problem.textContent()).not.toMatch(/you have asked/i);
    const wait = lastAssistant().locator(".wait");
    expect(await wait.textContent()).toMatch(/You can try again in (29|30) seconds\./);
    await expect.poll(() => wait.textContent(), { timeout: 4000 }).toMatch(/in (26|27|28) seconds/);
    // Sending again straight away is refused in the widget, not hammered at the server.
    const before = server.chats.length;
    await ask("And again?");
    expect(await page.locator("dp-assistant .composer .err").textContent()).toMatch(/try again in \d+ seconds/);
    expect(server.chats.length).toBe(before);
    expect(await input().inputValue()).toBe("And again?"); // what they typed is kept
  });

  it("offers a retry after a server error, and the retry works", async () => {
    server.setMode("error");
    await ask("Can I pay my daughter?");
    await lastAssistant().locator(".problem").waitFor();
    expect(await lastAssistant().locator(".problem").textContent()).toContain("something went wrong");
    expect(await lastAssistant().locator(".contact").textContent()).toBe(
      "To speak to a person, call the Direct Payments Team on 01632 960 200, Monday to Friday, 9am to 5pm.",
    );
    server.setMode("normal");
    await lastAssistant().getByRole("button", { name: "Try again" }).click();
    await lastAssistant().locator(".feedback").waitFor();
    expect(await page.locator("dp-assistant li.msg.user").count()).toBe(1);
  });

  it("tells the person when an answer is slow, stays accessible while answering, and can be stopped", async () => {
    await page.locator("dp-assistant").evaluate((el) => el.setAttribute("slow-after", "400"));
    server.setMode("hang");
    await recordLiveRegion(page);
    await ask("Can I pay my daughter?");
    const pending = lastAssistant().locator(".pending");
    await expect.poll(() => pending.textContent()).toContain("taking longer than usual");
    expect(await lastAssistant().getAttribute("aria-busy")).toBe("true");
    const answering = await runAxe(page);
    expect(answering, describeViolations(answering)).toEqual([]);
    await page.screenshot({ path: screenshotPath("answering-1280.png") });
    await lastAssistant().getByRole("button", { name: "Stop" }).click();
    expect(await page.locator("dp-assistant li.msg.user").count()).toBe(0);
    expect((await activeElementInfo(page))?.tag).toBe("textarea");
    expect(await liveRegionLog(page)).toEqual(
      expect.arrayContaining([expect.stringContaining("Finding an answer"), expect.stringContaining("taking longer")]),
    );
  });

  it("shows an error, not half an answer, when the stream is cut off", async () => {
    server.setMode("drop");
    await ask("Can I pay my daughter?");
    await lastAssistant().locator(".problem").waitFor();
    expect(await lastAssistant().getByRole("button", { name: "Try again" }).isVisible()).toBe(true);
  });

  it("says when the device is offline", async () => {
    await context.setOffline(true);
    await expect.poll(() => page.locator("dp-assistant .notice.offline").isVisible()).toBe(true);
    await ask("Can I pay my daughter?");
    await lastAssistant().locator(".problem").waitFor();
    expect(await lastAssistant().locator(".problem").textContent()).toContain("offline");
    await context.setOffline(false);
    await expect.poll(() => page.locator("dp-assistant .notice.offline").isVisible()).toBe(false);
  });

  it("never turns answer text into markup", async () => {
    await ask("show me <img>");
    await lastAssistant().locator(".feedback").waitFor();
    expect(await lastAssistant().locator("img").count()).toBe(0);
    expect(await lastAssistant().locator(".text").textContent()).toContain("<img src=x");
    expect(await lastAssistant().locator(".text a").count()).toBe(0); // javascript: link dropped
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });

  it("switches language from registered strings, keeping the conversation", async () => {
    await ask("Can I pay my daughter?");
    await lastAssistant().locator(".feedback").waitFor();
    await page.evaluate(() => {
      const w = window as unknown as { DpAssistant: { registerStrings(l: string, s: object): void } };
      w.DpAssistant.registerStrings("cy", { send: "Anfon", inputLabel: "Eich cwestiwn", statusLabels: {} });
      document.querySelector("dp-assistant")!.setAttribute("lang", "cy");
    });
    expect(await page.getByRole("button", { name: "Anfon" }).isVisible()).toBe(true);
    expect(await page.getByRole("textbox", { name: "Eich cwestiwn" }).isVisible()).toBe(true);
    expect(await page.getByRole("button", { name: "Start again" }).isVisible()).toBe(true); // untranslated: English
    expect(await page.locator("dp-assistant li.msg.user").count()).toBe(1);
    expect(await page.locator("dp-assistant .root").getAttribute("lang")).toBe("cy");
  });
});
