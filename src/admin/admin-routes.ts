import { inRepository } from "../repository-root.ts";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Hono, type Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import { deleteCookie, setCookie } from "hono/cookie";
import type { Assistant } from "../assistant.ts";
import type { StoreSettings } from "../config.ts";
import type { ConsoleStore } from "../store/open-store.ts";
import { STAFF_ROLES, type StaffRole } from "../store/staff-accounts.ts";
import { csrfMatches } from "./check-csrf.ts";
import { curatedRoutes } from "./curated-routes.ts";
import { gapReportData } from "./gap-report-data.ts";
import { gapsCsv } from "./gaps-csv.ts";
import { hashPassword } from "./hash-password.ts";
import type { IdentityProvider } from "./identity-provider.ts";
import { passwordIdentity } from "./password-identity.ts";
import type { FieldError } from "./render-error-summary.ts";
import { PERIODS, renderGapReport } from "./render-gap-report.ts";
import { renderLoginPage } from "./render-login-page.ts";
import { renderUsersPage } from "./render-users-page.ts";
import { requestFacts } from "./request-facts.ts";
import { requireStaff, SESSION_COOKIE, type StaffEnv } from "./staff-session.ts";

export interface AdminRoutesOptions {
  /** Resolves when the database is open. */
  store: Promise<ConsoleStore>;
  assistant: Assistant;
  settings: StoreSettings;
  now?: () => Date;
  log?: (line: Record<string, unknown>) => void;
}

/** Failed sign-ins allowed in the window, per account and per address, before sign-in is refused (429). */
export const SIGN_IN_LIMITS = { windowMs: 15 * 60_000, perAccount: 5, perAddress: 20 } as const;

const ADMIN_CSS = readFileSync(inRepository("src", "admin", "admin.css"), "utf8");

/** The staff console under /admin: sign-in, the gap report and its CSV, and staff accounts. */
export function adminRoutes(o: AdminRoutesOptions) {
  const now = o.now ?? (() => new Date());
  const log = o.log ?? (() => undefined);
  const council = o.assistant.council.council.name;
  const app = new Hono<StaffEnv>();
  const store = o.store;
  // The store may still be opening; a page that needs it waits, the rest of the server does not.
  let identity: IdentityProvider | undefined;

  app.use("/admin/*", bodyLimit({ maxSize: 16_384, onError: (c) => c.text("The form is too large.", 413) }));

  app.get("/admin/admin.css", (c) => {
    c.header("Content-Type", "text/css; charset=utf-8");
    c.header("Cache-Control", "public, max-age=300");
    return c.body(ADMIN_CSS);
  });

  // ---- signing in and out ----
  app.get("/admin/login", (c) => {
    c.header("Cache-Control", "no-store");
    return c.html(renderLoginPage({ council }));
  });

  app.post("/admin/login", async (c) => {
    c.header("Cache-Control", "no-store");
    const facts = requestFacts(c, o.settings.trustProxy);
    // Login CSRF: there is no session yet to tie a token to, so a form posted from another site is refused
    // by Sec-Fetch-Site, which browsers send on every request, or else by Origin. (Our Referrer-Policy,
    // no-referrer, makes browsers send "Origin: null" even from our own page, so Sec-Fetch-Site comes first.)
    const site = c.req.header("sec-fetch-site");
    const origin = c.req.header("origin");
    if (site ? site !== "same-origin" && site !== "none" : origin !== undefined && origin !== facts.origin)
      return c.text("Sign in from the console's own page.", 403);
    const form = await c.req.parseBody();
    const email = typeof form.email === "string" ? form.email.trim() : "";
    const password = typeof form.password === "string" ? form.password : "";
    const errors: FieldError[] = [];
    if (!email) errors.push({ field: "email", message: "Enter your email address" });
    if (!password) errors.push({ field: "password", message: "Enter your password" });
    if (errors.length) return c.html(renderLoginPage({ council, email, errors }), 400);

    const s = await store;
    const at = now();
    const accountKey = `account:${email.toLowerCase()}`;
    const addressKey = `address:${facts.address}`;
    const counts = await s.failures.count([accountKey, addressKey], new Date(at.getTime() - SIGN_IN_LIMITS.windowMs));
    if ((counts.get(accountKey) ?? 0) >= SIGN_IN_LIMITS.perAccount || (counts.get(addressKey) ?? 0) >= SIGN_IN_LIMITS.perAddress) {
      log({ event: "sign_in_locked" });
      c.header("Retry-After", String(SIGN_IN_LIMITS.windowMs / 1000));
      const message = "There have been too many failed attempts to sign in. Wait 15 minutes, then try again";
      return c.html(renderLoginPage({ council, email, errors: [{ field: "email", message }] }), 429);
    }
    identity ??= passwordIdentity(s);
    const verified = await identity.complete({ email, password });
    const user = verified && (await s.staff.byEmail(verified.email));
    if (!user) {
      await s.failures.add([accountKey, addressKey], at);
      log({ event: "sign_in_failed" });
      return c.html(
        renderLoginPage({ council, email, errors: [{ field: "email", message: "Enter a correct email address and password" }, { field: "password", message: "Check your password" }] }),
        401,
      );
    }
    await s.failures.clear(accountKey);
    const session = await s.sessions.create(user.id, at, o.settings.sessionHours);
    await s.staff.signedIn(user.id, at);
    setCookie(c, SESSION_COOKIE, session.token, {
      path: "/admin",
      httpOnly: true,
      sameSite: "Lax",
      secure: facts.https,
      expires: session.expiresAt,
    });
    log({ event: "sign_in", role: user.role });
    return c.redirect("/admin", 303);
  });

  const signedIn = requireStaff(store, "viewer", now);
  const form = async (c: Context<StaffEnv>) => {
    const body = await c.req.parseBody();
    return csrfMatches(body.csrf, c.get("staff").csrfToken) ? body : null;
  };
  const expired = (c: Context) => c.text("This form has expired or did not come from the console. Go back, reload the page and try again.", 403);

  app.post("/admin/logout", signedIn, async (c) => {
    if (!(await form(c))) return expired(c);
    await (await store).sessions.end(c.get("sessionToken"));
    deleteCookie(c, SESSION_COOKIE, { path: "/admin", secure: requestFacts(c, o.settings.trustProxy).https });
    return c.redirect("/admin/login", 303);
  });

  // ---- the gap report ----
  const daysOf = (c: Context) => {
    const d = Number(c.req.query("days"));
    return (PERIODS as readonly number[]).includes(d) ? d : 30;
  };

  app.get("/admin", signedIn, async (c) => {
    const staff = c.get("staff");
    const days = daysOf(c);
    const data = await gapReportData(await store, o.assistant, days, now());
    return c.html(renderGapReport({ council, staff, days, recording: o.settings.recordQuestions, ...data }));
  });
  app.get("/admin/", (c) => c.redirect("/admin", 301));

  app.get("/admin/gaps.csv", requireStaff(store, "editor", now), async (c) => {
    const days = daysOf(c);
    const at = now();
    const data = await gapReportData(await store, o.assistant, days, at);
    c.header("Content-Type", "text/csv; charset=utf-8");
    c.header("Content-Disposition", `attachment; filename="gaps-${days}-days-${at.toISOString().slice(0, 10)}.csv"`);
    return c.body(gapsCsv(data.groups));
  });

  // ---- drafting replies and curated answers ----
  curatedRoutes({ app, store, assistant: o.assistant, council, now, log, staff: signedIn, editor: requireStaff(store, "editor", now) });

  // ---- staff accounts (admins) ----
  const adminOnly = requireStaff(store, "admin", now);
  const usersPage = async (c: Context<StaffEnv>, extra: { errors?: FieldError[]; values?: { email?: string; role?: string }; notice?: string } = {}, status: 200 | 400 | 409 = 200) =>
    c.html(renderUsersPage({ council, staff: c.get("staff"), users: await (await store).staff.list(), ...extra }), status);

  app.get("/admin/users", adminOnly, (c) =>
    usersPage(c, { notice: c.req.query("added") ? "The account was added." : c.req.query("removed") ? "The account was removed." : undefined }),
  );

  app.post("/admin/users", adminOnly, async (c) => {
    const body = await form(c);
    if (!body) return expired(c);
    const email = typeof body.email === "string" ? body.email.trim().toLowerCase() : "";
    const role = typeof body.role === "string" && (STAFF_ROLES as readonly string[]).includes(body.role) ? (body.role as StaffRole) : "viewer";
    const password = typeof body.password === "string" ? body.password : "";
    const errors: FieldError[] = [];
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) errors.push({ field: "email", message: "Enter an email address in the correct format, like name@council.gov.uk" });
    if (password.length < 12) errors.push({ field: "password", message: "Password must be 12 characters or more" });
    if (errors.length) return usersPage(c, { errors, values: { email, role } }, 400);
    const added = await (await store).staff.add({ email, role, passwordHash: await hashPassword(password), at: now() });
    if (!added) return usersPage(c, { errors: [{ field: "email", message: "There is already an account with that email address" }], values: { email, role } }, 409);
    log({ event: "staff_added", role });
    return c.redirect("/admin/users?added=1", 303);
  });

  app.post("/admin/users/:id/remove", adminOnly, async (c) => {
    if (!(await form(c))) return expired(c);
    const id = c.req.param("id");
    if (id === c.get("staff").userId) return usersPage(c, { errors: [{ field: "email", message: "You cannot remove your own account" }] }, 400);
    await (await store).staff.remove(id);
    log({ event: "staff_removed" });
    return c.redirect("/admin/users?removed=1", 303);
  });

  return app;
}
