import { mkdtempSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serve, type ServerType } from "@hono/node-server";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeViolations, launchBrowser, runAxe, screenshotPath, SKIP_BROWSER, SKIP_REASON } from "../testing/browser-helpers.ts";
import { createApp } from "../app.ts";
import { createAssistant, type Assistant } from "../assistant.ts";
import { openStore, type ConsoleStore } from "../store/open-store.ts";

/*
 * The console's pages in Debian's Chromium under the server's real Content Security Policy: the sign-in
 * page with an error, the gap report with data in it, and the users page with an error, each with zero
 * axe-core violations for WCAG 2.2 AA, and no resource or inline code blocked by the policy.
 */
if (SKIP_BROWSER) console.warn(SKIP_REASON);

const ADMIN = { email: "browser.admin@northbridge.example", password: "a long browser password" };

describe.skipIf(SKIP_BROWSER)("staff console in Chromium", () => {
  let assistant: Assistant;
  let store: ConsoleStore;
  let server: ServerType;
  let base: string;
  let browser: Browser;
  let page: Page;
  const cspErrors: string[] = [];

  beforeAll(async () => {
    const env = { RECORD_QUESTIONS: "true", STAFF_ADMIN_EMAIL: ADMIN.email, STAFF_ADMIN_PASSWORD: ADMIN.password, RATE_LIMIT_MAX: "10000" };
    const dataDir = mkdtempSync(join(tmpdir(), "dp-console-browser-"));
    const opening = openStore({ databaseUrl: null, dataDir, retentionDays: 90, bootstrapAdmin: ADMIN, dailyPurge: false });
    [assistant, browser] = await Promise.all([createAssistant({ env, dataDir }), launchBrowser()]);
    store = await opening;
    const app = createApp({ assistant, store: opening });
    await new Promise<void>((resolve) => {
      server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, () => resolve());
    });
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    for (const q of ["Can I use my direct payment to buy a hot tub?", "Can my direct payment pay for a hot tub", "What is the weather in Leeds?"]) {
      const res = await fetch(`${base}/api/chat`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ messages: [{ role: "user", content: q }] }) });
      const { id } = (await res.json()) as { id: string };
      await fetch(`${base}/api/feedback`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ answerId: id, rating: "down" }) });
    }
    page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    page.on("console", (m) => {
      if (/Content Security Policy/i.test(m.text())) cspErrors.push(m.text());
    });
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
    await store?.close();
    await assistant?.close();
  });

  /** Presses a button that submits a form and waits for the page it leads to. */
  async function submit(name: string) {
    await Promise.all([page.waitForNavigation(), page.getByRole("button", { name }).click()]);
  }

  async function expectAccessible(name: string) {
    await page.screenshot({ path: screenshotPath(`console-${name}.png`), fullPage: true });
    const violations = await runAxe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    expect(cspErrors).toEqual([]);
  }

  it("sign-in page with an error: the summary links to the field, and no axe violations", async () => {
    await page.goto(`${base}/admin`);
    expect(new URL(page.url()).pathname).toBe("/admin/login");
    await page.getByLabel("Email address").fill(ADMIN.email);
    await page.getByLabel("Password").fill("the wrong password");
    await submit("Sign in");
    await expect(page.title()).resolves.toMatch(/^Error: Sign in/);
    const summary = page.getByRole("alert");
    await expect(summary.getByRole("link", { name: "Enter a correct email address and password" }).getAttribute("href")).resolves.toBe("#email");
    await expect(page.getByLabel("Email address").getAttribute("aria-describedby")).resolves.toBe("email-error");
    // The stylesheet loaded (GOV.UK error colour on the summary's border).
    await expect(summary.evaluate((el) => getComputedStyle(el).borderTopColor)).resolves.toBe("rgb(212, 53, 28)");
    await expectAccessible("login-error");
  });

  it("gap report with grouped questions, reviews, citations and the status chart", async () => {
    await page.getByLabel("Password").fill(ADMIN.password);
    await submit("Sign in");
    expect(page.url()).toBe(`${base}/admin`);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toContain("could not answer");
    await expect(page.getByRole("cell", { name: /hot tub/ }).first().isVisible()).resolves.toBe(true);
    await expect(page.getByRole("img", { name: /Answers by status each day/ }).count()).resolves.toBe(1);
    await page.getByLabel("Period").selectOption("90");
    await submit("Show");
    expect(page.url()).toMatch(/days=90$/);
    await expectAccessible("gap-report");
  });

  it("users page, after a form error", async () => {
    await Promise.all([page.waitForNavigation(), page.getByRole("link", { name: "Staff accounts" }).click()]);
    await page.getByLabel("Email address").fill("not an address");
    await submit("Add account");
    await expect(page.getByRole("alert").getByRole("link").count()).resolves.toBe(2);
    await expectAccessible("users");
  });
});
