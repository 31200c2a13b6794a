import { mkdtempSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serve, type ServerType } from "@hono/node-server";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseEvalSet } from "../../evals/eval-item.ts";
import { describeViolations, launchBrowser, runAxe, screenshotPath, SKIP_BROWSER, SKIP_REASON } from "../testing/browser-helpers.ts";
import { createApp } from "../app.ts";
import { createAssistant, type Assistant } from "../assistant.ts";
import { openStore, type ConsoleStore } from "../store/open-store.ts";
import { hashPassword } from "./hash-password.ts";

/*
 * Drafting and curated answers in Debian's Chromium under the server's real Content Security Policy, signed
 * in as an editor: draft a reply to an enquiry asking two things, edit an answer, approve it as a curated
 * answer with two variants; a resident asking a variant through /api/chat then gets it with its citations,
 * and a disclosure sharing its words still gets safeguarding; the JSONL export holds it. Every page has zero
 * axe-core violations for WCAG 2.2 AA and nothing is blocked by the policy.
 */
if (SKIP_BROWSER) console.warn(SKIP_REASON);

const ADMIN = { email: "curated.browser.admin@northbridge.example", password: "a long browser password" };
const EDITOR = { email: "curated.browser.editor@northbridge.example", password: "an editor's long password" };
const ENQUIRY = `Dear Direct Payments Team,

My name is Priya Shah. I have just taken on a personal assistant who works five days a week. How many weeks of paid holiday does my personal assistant get each year? And can I pay my daughter to look after me with my direct payment?

Kind regards,
Priya Shah`;
const VARIANTS = ["How much paid holiday is my PA entitled to a year?", "What paid holiday does a personal assistant get every year?"];
const EDITED = "Your personal assistant is entitled to 5.6 weeks of paid holiday each year. For someone working five days a week that is 28 days, the most the law requires.";

describe.skipIf(SKIP_BROWSER)("drafting and curated answers in Chromium", () => {
  let assistant: Assistant;
  let store: ConsoleStore;
  let server: ServerType;
  let base: string;
  let browser: Browser;
  let page: Page;
  const cspErrors: string[] = [];

  beforeAll(async () => {
    const env = { RECORD_QUESTIONS: "true", RATE_LIMIT_MAX: "10000" };
    const dataDir = mkdtempSync(join(tmpdir(), "dp-curated-browser-"));
    const opening = openStore({ databaseUrl: null, dataDir, retentionDays: 90, bootstrapAdmin: ADMIN, dailyPurge: false });
    [assistant, browser] = await Promise.all([createAssistant({ env, dataDir }), launchBrowser()]);
    store = await opening;
    await store.staff.add({ email: EDITOR.email, role: "editor", passwordHash: await hashPassword(EDITOR.password), at: new Date() });
    const app = createApp({ assistant, store: opening });
    await new Promise<void>((resolve) => {
      server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, () => resolve());
    });
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
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

  async function submit(name: string) {
    await Promise.all([page.waitForNavigation(), page.getByRole("button", { name }).click()]);
  }

  async function expectAccessible(name: string) {
    await page.screenshot({ path: screenshotPath(`console-${name}.png`), fullPage: true });
    const violations = await runAxe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    expect(cspErrors).toEqual([]);
  }

  const chat = async (content: string) => {
    const res = await fetch(`${base}/api/chat`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ messages: [{ role: "user", content }] }) });
    return (await res.json()) as { status: string; reason: string; answer: string; citations: { id: string; url: string }[]; curated?: { id: string; approvedAt: string } };
  };

  it("drafts a reply to an enquiry asking two things", async () => {
    await page.goto(`${base}/admin/drafts`);
    expect(new URL(page.url()).pathname).toBe("/admin/login");
    await page.getByLabel("Email address").fill(EDITOR.email);
    await page.getByLabel("Password").fill(EDITOR.password);
    await submit("Sign in");
    await page.goto(`${base}/admin/drafts`);
    await submit("Draft a reply");
    await expect(page.title()).resolves.toMatch(/^Error: Draft a reply/);
    await expectAccessible("draft-error");

    await page.getByLabel("The enquiry: an email, or a note of a call").fill(ENQUIRY);
    await submit("Draft a reply");
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Draft reply");
    const letter = await page.getByLabel("Draft reply (edit before sending)").inputValue();
    expect(letter).toMatch(/^Dear Priya Shah,/);
    expect(letter).toContain("You asked about 2 things");
    await expect(page.getByRole("heading", { name: "Check before sending" }).count()).resolves.toBe(1);
    await expect(page.getByRole("heading", { name: "Sources used" }).count()).resolves.toBe(1);
    await expect(page.getByRole("button", { name: /as a curated answer/ }).count()).resolves.toBe(2);
    await expectAccessible("draft");
  });

  it("edits the first answer and approves it as a curated answer with two variants", async () => {
    await page.getByLabel("Answer to question 1").fill(EDITED);
    await submit("Approve answer 1 as a curated answer");
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Approve a curated answer");
    await expect(page.getByLabel("Answer", { exact: true }).inputValue()).resolves.toBe(EDITED);
    const original = (await page.getByLabel("Questions it answers").inputValue()).trim();
    expect(original).toBe("How many weeks of paid holiday does my personal assistant get each year?");
    await page.getByLabel("Questions it answers").fill([original, ...VARIANTS].join("\n"));
    await page.getByLabel("Sections it relies on").fill("holiday-and-holiday-pay#how-much-holiday");
    // A key fact the answer does not hold is refused, naming the field.
    await page.getByLabel("Key facts for the regression test").fill("six weeks");
    await submit("Approve as a curated answer");
    await expect(page.getByRole("alert").getByRole("link").first().getAttribute("href")).resolves.toBe("#must_include");
    await expectAccessible("curated-approve-error");
    await page.getByLabel("Key facts for the regression test").fill("5.6 weeks\n28 days");
    await submit("Approve as a curated answer");
    expect(new URL(page.url()).pathname).toMatch(/^\/admin\/curated\/[a-z0-9-]+$/);
    await expect(page.getByRole("status").textContent()).resolves.toContain("approved");
    await expectAccessible("curated-answer");
    await Promise.all([page.waitForNavigation(), page.getByRole("link", { name: "Curated answers", exact: true }).click()]);
    await expect(page.getByRole("cell", { name: "Being given" }).count()).resolves.toBe(1);
    await expectAccessible("curated-list");
  });

  it("gives a resident asking a variant the curated answer with its citations; a disclosure still gets safeguarding", async () => {
    const answer = await chat(VARIANTS[1]);
    expect(answer.reason).toBe("answered_curated");
    expect(answer.answer).toContain(EDITED);
    expect(answer.curated?.approvedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(answer.citations.map((c) => c.url)).toEqual(["/knowledge/holiday-and-holiday-pay#how-much-holiday"]);
    const disclosure = await chat("My carer hits me and takes my money. What paid holiday does a personal assistant get every year?");
    expect(disclosure.status).toBe("safeguarding");
    expect(disclosure.curated).toBeUndefined();
  });

  it("exports it as eval items, and the import page is accessible", async () => {
    const res = await page.request.get(`${base}/admin/curated.jsonl`);
    expect(res.status()).toBe(200);
    const { items, errors } = parseEvalSet(await res.text());
    expect(errors).toEqual([]);
    expect(items.map((i) => i.question).slice(1)).toEqual(VARIANTS);
    await page.goto(`${base}/admin/curated/import`);
    await submit("Import");
    await expect(page.getByRole("alert").getByRole("link").first().getAttribute("href")).resolves.toBe("#files");
    await expectAccessible("curated-import-error");
  });
});
