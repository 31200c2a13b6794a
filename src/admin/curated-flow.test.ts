import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { serve } from "@hono/node-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseEvalSet } from "../../evals/eval-item.ts";
import { runEvaluation, summarise } from "../../evals/run-evaluation.ts";
import { createApp } from "../app.ts";
import { createAssistant, type Assistant } from "../assistant.ts";
import { openStore, type ConsoleStore } from "../store/open-store.ts";
import { testDatabases } from "../store/test-databases.ts";

/*
 * Drafting replies and curated answers end to end, in process, on PGlite and on PostgreSQL when
 * TEST_DATABASE_URL is set: nothing without a session; a draft of a two-question enquiry; approval with
 * field errors, then with variants; a resident's variant gets the curated answer and a disclosure sharing its
 * words still gets safeguarding; the JSONL export passes the eval runner; withdraw, export and import back.
 */
const ADMIN = { email: "curated.admin@northbridge.example", password: "correct horse battery staple" };
const env = { RECORD_QUESTIONS: "true", RATE_LIMIT_MAX: "10000" };
const ENQUIRY = `From: mary.jones@example.com
Subject: my PA

Hi,

My name is Mary Jones. I employ a personal assistant. How many weeks of paid holiday does my personal assistant get each year? Also can I pay my daughter to look after me with my direct payment?

Thanks,
Mary Jones
07700 900123`;

let assistant: Assistant;
beforeAll(async () => {
  assistant = await createAssistant({ env, dataDir: mkdtempSync(join(tmpdir(), "dp-curated-")) });
});
afterAll(() => assistant?.close());

/** Every route this feature adds, with a method, for the no-session checks. */
export const CURATED_ROUTES: { method: "GET" | "POST"; path: string; data?: boolean }[] = [
  { method: "GET", path: "/admin/drafts" },
  { method: "POST", path: "/admin/drafts" },
  { method: "GET", path: "/admin/curated" },
  { method: "POST", path: "/admin/curated" },
  { method: "POST", path: "/admin/curated/new" },
  { method: "GET", path: "/admin/curated.jsonl", data: true },
  { method: "GET", path: "/admin/curated/import" },
  { method: "POST", path: "/admin/curated/import" },
  { method: "GET", path: "/admin/curated/some-answer-1a2b3c" },
  { method: "GET", path: "/admin/curated/some-answer-1a2b3c.md", data: true },
  { method: "POST", path: "/admin/curated/some-answer-1a2b3c/withdraw" },
];

for (const database of testDatabases()) {
  describe.skipIf(database.skip)(`drafting and curated answers on ${database.kind}`, () => {
    let store: ConsoleStore;
    let app: ReturnType<typeof createApp>;
    beforeAll(async () => {
      const opening = openStore({ ...database.fresh(), retentionDays: 90, bootstrapAdmin: ADMIN, dailyPurge: false });
      app = createApp({ assistant, store: opening });
      store = await opening;
    });
    afterAll(async () => {
      assistant.setCuratedAnswers([]);
      await store?.close();
      await database.dispose();
    });

    const cookieOf = (res: Response) => res.headers.get("set-cookie")?.split(";")[0] ?? "";
    const get = (path: string, cookie = "") => app.request(path, { headers: cookie ? { cookie } : {} });
    const post = (path: string, fields: Record<string, string>, cookie = "") =>
      app.request(path, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded", ...(cookie ? { cookie } : {}) }, body: new URLSearchParams(fields).toString() });
    const signIn = async (email: string, password: string) => cookieOf(await post("/admin/login", { email, password }));
    const csrfOf = async (cookie: string) => (await (await get("/admin/drafts", cookie)).text()).match(/name="csrf" value="([^"]+)"/)![1];
    const chat = async (content: string) => {
      const res = await app.request("/api/chat", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ messages: [{ role: "user", content }] }) });
      expect(res.status).toBe(200);
      return (await res.json()) as { status: string; reason: string; answer: string; citations: { id: string; url: string }[]; curated?: { id: string; approvedAt: string } };
    };
    const fieldOf = (html: string, name: string) => html.match(new RegExp(`<textarea[^>]*name="${name}"[^>]*>([^<]*)</textarea>`))?.[1] ?? "";
    const unescape = (s: string) => s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

    it("does nothing without a session: pages redirect to sign-in, data and forms are 401", async () => {
      for (const r of CURATED_ROUTES) {
        const res = r.method === "GET" ? await get(r.path) : await post(r.path, { enquiry: "How much holiday does my PA get?", csrf: "x" });
        if (r.method === "GET" && !r.data) {
          expect(res.status, `${r.method} ${r.path}`).toBe(303);
          expect(res.headers.get("location")).toBe("/admin/login");
        } else expect(res.status, `${r.method} ${r.path}`).toBe(401);
        expect(await res.text()).not.toMatch(/holiday/i);
      }
      expect(await store.curated.list()).toEqual([]);
    });

    let admin = "";
    let csrf = "";
    let curatedId = "";
    const VARIANTS = ["How much paid holiday is my PA entitled to a year?", "What paid holiday does a personal assistant get every year?"];

    it("drafts a reply to a two-question enquiry for any member of staff, storing nothing of it", async () => {
      admin = await signIn(ADMIN.email, ADMIN.password);
      csrf = await csrfOf(admin);
      expect((await post("/admin/users", { csrf, email: "drafting.viewer@northbridge.example", role: "viewer", password: "a viewer's long password" }, admin)).status).toBe(303);
      const viewer = await signIn("drafting.viewer@northbridge.example", "a viewer's long password");
      const viewerCsrf = await csrfOf(viewer);

      const empty = await post("/admin/drafts", { csrf: viewerCsrf, enquiry: "  " }, viewer);
      expect(empty.status).toBe(400);
      expect(await empty.text()).toContain('<a href="#enquiry">Enter the enquiry</a>');
      expect((await post("/admin/drafts", { csrf: "wrong", enquiry: ENQUIRY }, viewer)).status).toBe(403);

      const res = await post("/admin/drafts", { csrf: viewerCsrf, enquiry: ENQUIRY }, viewer);
      expect(res.status).toBe(200);
      const html = await res.text();
      const letter = unescape(fieldOf(html, "letter"));
      expect(letter).toMatch(/^Dear Mary Jones,\n\n/);
      expect(letter).toContain("You asked about 2 things");
      expect(letter).toContain("How many weeks of paid holiday does my personal assistant get each year?");
      expect(letter).toContain("Can I pay my daughter to look after me with my direct payment?");
      expect(letter).toMatch(/5\.6 weeks/);
      expect(letter).toMatch(/01632 960 200/);
      expect(letter).not.toMatch(/\[\d\]/);
      expect(html).toContain("Check before sending");
      expect(html).toMatch(/<h2 class="govuk-heading-m">Sources used<\/h2>\s*<ul class="govuk-list"><li><a class="govuk-link" href="\/knowledge\//);
      // A viewer drafts but does not approve.
      expect(html).not.toContain("as a curated answer</button>");
      expect((await post("/admin/curated/new", { csrf: viewerCsrf, questions: "q", answer: "a" }, viewer)).status).toBe(403);
      const stored = JSON.stringify([await store.answers.gaps(new Date(0)), await store.curated.list()]);
      for (const personal of ["Mary", "Jones", "07700", "mary.jones"]) expect(stored).not.toContain(personal);
    });

    it("approves an edited answer with two variants, after naming each bad field", async () => {
      const draft = await (await post("/admin/drafts", { csrf, enquiry: ENQUIRY }, admin)).text();
      const firstAsk = draft.split('<form method="post" action="/admin/curated/new"')[1];
      const hidden = (name: string) => unescape(firstAsk.match(new RegExp(`name="${name}" value="([^"]*)"`))![1]);
      expect(hidden("questions")).toBe("How many weeks of paid holiday does my personal assistant get each year?");
      const sections = hidden("sections");
      expect(sections).toMatch(/holiday-and-holiday-pay#/);

      const formRes = await post("/admin/curated/new", { csrf, questions: hidden("questions"), sections, answer: unescape(fieldOf(firstAsk, "answer")) }, admin);
      expect(formRes.status).toBe(200);
      const form = await formRes.text();
      expect(form).toContain(">Approve as a curated answer</button>");
      expect(await store.curated.list()).toEqual([]);

      const edited = "Your personal assistant is entitled to 5.6 weeks of paid holiday each year. For someone working five days a week that is 28 days, which is also the most the law requires.";
      const fields = {
        csrf,
        questions: [hidden("questions"), ...VARIANTS].join("\n"),
        answer: edited,
        sections: "holiday-and-holiday-pay#how-much-holiday",
        must_include: "5.6 weeks\n28 days",
        audience: "citizen",
        owner: "Direct Payments Team",
        review_due: new Date(Date.now() + 365 * 86_400_000).toISOString().slice(0, 10),
      };
      const bad = await post("/admin/curated", { ...fields, questions: "", answer: `${edited} It costs £123.45.`, sections: "no-such-doc#nowhere", must_include: "six weeks", audience: "everyone", owner: "", review_due: "2020-01-01" }, admin);
      expect(bad.status).toBe(400);
      const errors = await bad.text();
      for (const f of ["questions", "sections", "must_include", "audience", "owner", "review_due"]) expect(errors).toContain(`<a href="#${f}">`);
      const figure = await post("/admin/curated", { ...fields, answer: `${edited} It costs £123.45 a year.`, must_include: "5.6 weeks" }, admin);
      expect(figure.status).toBe(400);
      expect(await figure.text()).toMatch(/<a href="#answer">The figure £123.45 is not in any of the sections it relies on/);
      const personal = await post("/admin/curated", { ...fields, answer: `${edited} Call Mary on 07700 900123.` }, admin);
      expect(personal.status).toBe(400);
      expect(await personal.text()).toContain('<a href="#answer">Remove the personal details');
      expect(await store.curated.list()).toEqual([]);

      const ok = await post("/admin/curated", fields, admin);
      expect(ok.status).toBe(303);
      curatedId = ok.headers.get("location")!.match(/^\/admin\/curated\/([a-z0-9-]+)\?approved=1$/)![1];
      const saved = await store.curated.byId(curatedId);
      expect(saved?.questions).toEqual([hidden("questions"), ...VARIANTS]);
      expect(saved?.sections[0].hash).toMatch(/^[a-f0-9]{64}$/);
      expect(saved?.approvedBy).toBe(ADMIN.email);
      const page = await (await get(`/admin/curated/${curatedId}?approved=1`, admin)).text();
      expect(page).toContain("The curated answer was approved");
      expect(page).toMatch(/<td>Approved<\/td><td>curated\.admin@northbridge\.example<\/td>/);
    });

    it("gives a resident asking a variant the curated answer; a disclosure sharing its words still gets safeguarding", async () => {
      const answer = await chat("how much paid holiday is my PA entitled to a year");
      expect(answer.reason).toBe("answered_curated");
      expect(answer.curated?.id).toBe(curatedId);
      expect(answer.answer).toContain("5.6 weeks of paid holiday each year");
      expect(answer.citations.map((c) => c.id)).toEqual(["holiday-and-holiday-pay#how-much-holiday"]);
      const disclosure = await chat("My PA hits me and I am scared. How much paid holiday is my PA entitled to a year?");
      expect(disclosure.status).toBe("safeguarding");
      expect(disclosure.curated).toBeUndefined();
    });

    it("exports the approved answer as eval items that the eval runner passes", async () => {
      const res = await get("/admin/curated.jsonl", admin);
      expect(res.status).toBe(200);
      const { items, errors } = parseEvalSet(await res.text());
      expect(errors).toEqual([]);
      expect(items.map((i) => i.question)).toEqual(["How many weeks of paid holiday does my personal assistant get each year?", ...VARIANTS]);
      expect(items[0]).toMatchObject({ kind: "fact", audience: "citizen", must_include: [["5.6 weeks"], ["28 days"]] });
      const results = await runEvaluation(items, {
        answer: async (request) => {
          const r = await app.request("/api/chat", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(request) });
          return (await r.json()) as { status: string; answer: string };
        },
      });
      expect(summarise(results, "ours").passRate).toBe(1);
    });

    it("passes `npm run eval -- --file <export> --url <server>`", async () => {
      const file = join(mkdtempSync(join(tmpdir(), "dp-curated-export-")), "curated.jsonl");
      writeFileSync(file, await (await get("/admin/curated.jsonl", admin)).text());
      const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
        const s = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, () => resolve(s));
      });
      try {
        const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
        const { stdout } = await promisify(execFile)("npx", ["tsx", "evals/run-eval.ts", "--file", file, "--url", base, "--min-pass", "100"], { cwd: join(import.meta.dirname, "..", "..") });
        expect(stdout).toMatch(/^pass 3\/3 \(100\.0%\)$/m);
      } finally {
        await new Promise((resolve) => server.close(resolve));
      }
    });

    it("withdraws it (no longer given), exports it as Markdown and imports it back, keeping the history", async () => {
      const md = await get(`/admin/curated/${curatedId}.md`, admin);
      expect(md.status).toBe(200);
      const markdown = await md.text();
      expect(markdown).toMatch(new RegExp(`^---\\nid: ${curatedId}\\n`));
      expect((await post(`/admin/curated/${curatedId}/withdraw`, { csrf }, admin)).status).toBe(303);
      expect((await chat(VARIANTS[0])).reason).not.toBe("answered_curated");
      expect((await post(`/admin/curated/${curatedId}/withdraw`, { csrf }, admin)).status).toBe(404);
      expect(await (await get("/admin/curated.jsonl", admin)).text()).toBe("");

      const broken = await post("/admin/curated/import", { csrf, markdown: markdown.replace("audience: citizen", "audience: everyone") }, admin);
      expect(broken.status).toBe(400);
      expect(await broken.text()).toContain('<a href="#markdown">the pasted file: audience');
      const imported = await post("/admin/curated/import", { csrf, markdown }, admin);
      expect(imported.status).toBe(303);
      expect(imported.headers.get("location")).toBe("/admin/curated?imported=1");
      expect((await chat(VARIANTS[0])).reason).toBe("answered_curated");
      expect((await store.curated.history(curatedId)).map((e) => e.action)).toEqual(["approved", "withdrawn", "imported"]);

      // Imported with a section hash that no longer matches: not given, and on the gap report for review.
      const stale = markdown.replace(/hash: [a-f0-9]{64}/, `hash: '${"0".repeat(64)}'`).replace(`id: ${curatedId}`, "id: stale-holiday-answer");
      expect((await post("/admin/curated/import", { csrf, markdown: stale }, admin)).status).toBe(303);
      await post(`/admin/curated/${curatedId}/withdraw`, { csrf }, admin);
      expect((await chat(VARIANTS[0])).reason).not.toBe("answered_curated");
      const report = await (await get("/admin", admin)).text();
      expect(report).toMatch(/Curated answers to review[^]*href="\/admin\/curated\/stale-holiday-answer"[^]*has changed since approval/);
      expect(await (await get("/admin/curated", admin)).text()).toContain("Needs review");

      // Reviewed and approved again from its page: same id, fresh hashes, given again, history kept.
      const detail = await (await get("/admin/curated/stale-holiday-answer", admin)).text();
      const again = detail.split('<form method="post" action="/admin/curated/new">')[1].split("</form>")[0];
      const fields = Object.fromEntries([...again.matchAll(/name="([a-z_]+)" value="([^"]*)"/g)].map((m) => [m[1], unescape(m[2])]));
      expect(fields.id).toBe("stale-holiday-answer");
      const review = await (await post("/admin/curated/new", fields, admin)).text();
      expect(review).toContain('name="id" value="stale-holiday-answer"');
      const reviewDue = new Date(Date.now() + 200 * 86_400_000).toISOString().slice(0, 10);
      const approved = await post("/admin/curated", { ...fields, review_due: reviewDue }, admin);
      expect(approved.headers.get("location")).toBe("/admin/curated/stale-holiday-answer?approved=1");
      expect((await chat(VARIANTS[0])).curated?.id).toBe("stale-holiday-answer");
      expect((await store.curated.history("stale-holiday-answer")).map((e) => e.action)).toEqual(["imported", "approved"]);
    });
  });
}
