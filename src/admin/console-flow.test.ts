import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../app.ts";
import { createAssistant, type Assistant } from "../assistant.ts";
import { openStore, type ConsoleStore } from "../store/open-store.ts";
import { testDatabases } from "../store/test-databases.ts";

/*
 * The console end to end, in process: with RECORD_QUESTIONS on and a first admin set, a resident's question
 * and thumbs-down reach the gap report and its CSV after signing in; nothing is shown without a session; a
 * wrong password is refused and repeated ones are locked out; personal details never reach the database.
 * Run against PGlite, and against PostgreSQL when TEST_DATABASE_URL is set (always in CI).
 */
const ADMIN = { email: "console.admin@northbridge.example", password: "correct horse battery staple" };
const env = { RECORD_QUESTIONS: "true", STAFF_ADMIN_EMAIL: ADMIN.email, STAFF_ADMIN_PASSWORD: ADMIN.password, RATE_LIMIT_MAX: "10000" };

let assistant: Assistant;
beforeAll(async () => {
  assistant = await createAssistant({ env, dataDir: mkdtempSync(join(tmpdir(), "dp-console-")) });
});
afterAll(() => assistant?.close());

for (const database of testDatabases()) {
  describe.skipIf(database.skip)(`staff console flow on ${database.kind}`, () => {
    let store: ConsoleStore;
    let app: ReturnType<typeof createApp>;
    beforeAll(async () => {
      const opening = openStore({ ...database.fresh(), retentionDays: 90, bootstrapAdmin: ADMIN, dailyPurge: false });
      app = createApp({ assistant, store: opening });
      store = await opening;
    });
    afterAll(async () => {
      await store?.close();
      await database.dispose();
    });

    const json = (path: string, body: unknown) =>
      app.request(path, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    const form = (path: string, fields: Record<string, string>, headers: Record<string, string> = {}) =>
      app.request(path, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded", ...headers }, body: new URLSearchParams(fields).toString() });
    const ask = async (question: string) => {
      const res = await json("/api/chat", { messages: [{ role: "user", content: question }] });
      expect(res.status).toBe(200);
      return (await res.json()) as { id: string; status: string };
    };
    const signIn = async (email: string, password: string) => form("/admin/login", { email, password });
    const cookieOf = (res: Response) => res.headers.get("set-cookie")?.split(";")[0] ?? "";
    const get = (path: string, cookie = "") => app.request(path, { headers: cookie ? { cookie } : {} });

    it("shows nothing without a session: /admin redirects to the sign-in page, the CSV is 401", async () => {
      const page = await get("/admin");
      expect([302, 303]).toContain(page.status);
      expect(page.headers.get("location")).toBe("/admin/login");
      expect(await page.text()).toBe("");
      const csv = await get("/admin/gaps.csv");
      expect(csv.status).toBe(401);
      expect(await csv.text()).not.toMatch(/hot tub/i);
      expect((await get("/admin/users")).status).toBe(303);
      const login = await get("/admin/login");
      expect(login.status).toBe(200);
      expect(await login.text()).toContain('<label class="govuk-label" for="email">');
    });

    it("takes a question and its thumbs-down to the gap report and the CSV after signing in", async () => {
      const question = "Can I use my direct payment to buy a hot tub for my garden";
      const answer = await ask(question);
      const feedback = await json("/api/feedback", { answerId: answer.id, rating: "down" });
      expect(feedback.status).toBe(202);
      expect(await feedback.json()).toEqual({ ok: true, stored: true });

      const wrong = await signIn(ADMIN.email, "not the password");
      expect(wrong.status).toBe(401);
      expect(wrong.headers.get("set-cookie")).toBeNull();
      expect(await wrong.text()).toContain("Enter a correct email address and password");

      const res = await signIn(ADMIN.email.toUpperCase(), ADMIN.password);
      expect(res.status).toBe(303);
      expect(res.headers.get("location")).toBe("/admin");
      const setCookie = res.headers.get("set-cookie") ?? "";
      expect(setCookie).toMatch(/HttpOnly/i);
      expect(setCookie).toMatch(/SameSite=Lax/i);
      expect(setCookie).toMatch(/Path=\/admin/);
      expect(setCookie).not.toMatch(/Secure/i); // plain http here; see the TRUST_PROXY test
      const cookie = cookieOf(res);

      const page = await get("/admin?days=7", cookie);
      expect(page.status).toBe(200);
      expect(page.headers.get("cache-control")).toBe("no-store");
      const html = await page.text();
      expect(html).toContain(question);
      expect(html).toContain("Thumbs down");
      expect(html).toMatch(/<h2 class="govuk-heading-m">Knowledge due for review<\/h2>/);

      const csv = await get("/admin/gaps.csv?days=7", cookie);
      expect(csv.status).toBe(200);
      expect(csv.headers.get("content-type")).toMatch(/^text\/csv/);
      const lines = (await csv.text()).trim().split("\r\n");
      expect(lines[0]).toBe('"redacted text","count","last seen","status","topic"');
      const line = lines.find((l) => l.includes(question));
      expect(line).toMatch(new RegExp(`^"${question}","1","\\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z","[^"]*thumbs_down[^"]*","[a-z-]*"$`));
    });

    it("records streamed answers too", async () => {
      const res = await app.request("/api/chat", {
        method: "POST",
        headers: { "content-type": "application/json", accept: "text/event-stream" },
        body: JSON.stringify({ messages: [{ role: "user", content: "Can I spend my direct payment on a hot tub, streamed" }] }),
      });
      const done = (await res.text()).split("event: done\ndata: ")[1]?.split("\n")[0];
      const { id } = JSON.parse(done ?? "{}") as { id: string };
      expect((await json("/api/feedback", { answerId: id, rating: "down" })).status).toBe(202);
    });

    it("refuses feedback on an answer the server never gave, naming answerId", async () => {
      const res = await json("/api/feedback", { answerId: "not-an-answer-we-gave", rating: "down" });
      expect(res.status).toBe(400);
      const body = await res.json();
      expect(body.error.fields).toEqual([{ field: "answerId", message: "is not an answer id this service issued" }]);
    });

    it("stores a question without the email address, phone number and name in it", async () => {
      const question = "I'm Dave Smith, email dave@example.com, 07700 900123. Can I use my direct payment for a hot tub?";
      const answer = await ask(question);
      expect((await json("/api/feedback", { answerId: answer.id, rating: "down", comment: "Ring me on 07700 900123" })).status).toBe(202);
      const rows = await store.answers.gaps(new Date(Date.now() - 86_400_000));
      // The browser gets the id signed (src/http/answer-ids.ts); the store keeps the pipeline's own.
      const row = rows.find((r) => r.id === answer.id.slice(0, answer.id.lastIndexOf(".")));
      expect(row?.question).toBe("I'm [name], email [email], [phone]. Can I use my direct payment for a hot tub?");
      const cookie = cookieOf(await signIn(ADMIN.email, ADMIN.password));
      const csv = await (await get("/admin/gaps.csv?days=7", cookie)).text();
      expect(csv).toContain("I'm [name], email [email], [phone]");
      for (const personal of ["Dave", "Smith", "dave@example.com", "07700", "900123"]) expect(csv).not.toContain(personal);
    });

    it("locks an account after five wrong passwords, even against the right one", async () => {
      const email = "locked.out@northbridge.example";
      const cookie = cookieOf(await signIn(ADMIN.email, ADMIN.password));
      const page = await (await get("/admin/users", cookie)).text();
      const csrf = page.match(/name="csrf" value="([^"]+)"/)![1];
      expect((await form("/admin/users", { csrf, email, role: "viewer", password: "a viewer's long password" }, { cookie })).status).toBe(303);
      for (let i = 0; i < 5; i++) expect((await signIn(email, `wrong ${i}`)).status).toBe(401);
      const locked = await signIn(email, "a viewer's long password");
      expect(locked.status).toBe(429);
      expect(locked.headers.get("retry-after")).toBe("900");
      expect(locked.headers.get("set-cookie")).toBeNull();
      expect(await locked.text()).toContain("too many failed attempts");
    });

    it("gives each role its pages, and needs the session's CSRF token on every form", async () => {
      const admin = cookieOf(await signIn(ADMIN.email, ADMIN.password));
      const csrf = (await (await get("/admin/users", admin)).text()).match(/name="csrf" value="([^"]+)"/)![1];
      const viewerEmail = "viewer@northbridge.example";
      expect((await form("/admin/users", { email: viewerEmail, role: "viewer", password: "another long password" }, { cookie: admin })).status).toBe(403);
      expect((await form("/admin/users", { csrf: "x".repeat(csrf.length), email: viewerEmail, role: "viewer", password: "another long password" }, { cookie: admin })).status).toBe(403);
      const short = await form("/admin/users", { csrf, email: "not an email", role: "viewer", password: "short" }, { cookie: admin });
      expect(short.status).toBe(400);
      expect(await short.text()).toContain('<a href="#password">Password must be 12 characters or more</a>');
      expect((await form("/admin/users", { csrf, email: viewerEmail, role: "viewer", password: "another long password" }, { cookie: admin })).status).toBe(303);

      const viewer = cookieOf(await signIn(viewerEmail, "another long password"));
      expect((await get("/admin", viewer)).status).toBe(200);
      expect((await get("/admin/gaps.csv", viewer)).status).toBe(403);
      expect((await get("/admin/users", viewer)).status).toBe(403);

      const viewerId = (await store.staff.byEmail(viewerEmail))!.id;
      expect((await form(`/admin/users/${viewerId}/remove`, { csrf }, { cookie: admin })).status).toBe(303);
      // A removed account's sessions end with it.
      expect((await get("/admin", viewer)).status).toBe(303);

      expect((await form("/admin/logout", {}, { cookie: admin })).status).toBe(403);
      const out = await form("/admin/logout", { csrf }, { cookie: admin });
      expect(out.status).toBe(303);
      expect(out.headers.get("location")).toBe("/admin/login");
      expect((await get("/admin", admin)).status).toBe(303);
    });

    it("with RECORD_QUESTIONS off, stores nothing about questions and keeps today's feedback behaviour", async () => {
      const config = { ...assistant.config, store: { ...assistant.config.store, recordQuestions: false } };
      const quiet = createApp({ assistant: { ...assistant, config }, store: Promise.resolve(store) });
      const question = "Can my direct payment pay for a jacuzzi on the moon";
      const res = await quiet.request("/api/chat", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ messages: [{ role: "user", content: question }] }) });
      const { id } = (await res.json()) as { id: string };
      const feedback = await quiet.request("/api/feedback", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ answerId: id, rating: "down" }) });
      expect(feedback.status).toBe(202);
      expect(await feedback.json()).toEqual({ ok: true, stored: assistant.council.feedback.store });
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect((await store.answers.gaps(new Date(0))).some((r) => r.id === id || r.question === question)).toBe(false);
    });

    it("refuses a sign-in form posted from another site", async () => {
      const attempts: Record<string, string>[] = [{ origin: "https://evil.example" }, { "sec-fetch-site": "cross-site", origin: "null" }, { "sec-fetch-site": "same-site" }];
      for (const headers of attempts) {
        const res = await form("/admin/login", ADMIN, headers);
        expect(res.status).toBe(403);
        expect(res.headers.get("set-cookie")).toBeNull();
      }
      expect((await form("/admin/login", ADMIN, { "sec-fetch-site": "same-origin", origin: "null" })).status).toBe(303);
    });
  });
}
