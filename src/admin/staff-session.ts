import type { Context, MiddlewareHandler } from "hono";
import { getCookie } from "hono/cookie";
import type { ConsoleStore } from "../store/open-store.ts";
import type { StaffRole } from "../store/staff-accounts.ts";
import type { StaffSession } from "../store/staff-sessions.ts";

export const SESSION_COOKIE = "dpa_staff_session";

export type StaffEnv = { Variables: { staff: StaffSession; sessionToken: string } };

const RANK: Record<StaffRole, number> = { viewer: 0, editor: 1, admin: 2 };

/**
 * Lets a request through only with a live staff session of at least `role`. Without one, pages redirect to
 * the sign-in form (303); the exports and any form post get 401; with too low a role, 403.
 */
export function requireStaff(store: Promise<ConsoleStore>, role: StaffRole, now: () => Date): MiddlewareHandler<StaffEnv> {
  return async (c, next) => {
    c.header("Cache-Control", "no-store");
    const token = getCookie(c, SESSION_COOKIE);
    const session = token ? await (await store).sessions.find(token, now()) : undefined;
    if (!session || !token) return unauthenticated(c);
    if (RANK[session.role] < RANK[role]) return c.text(`Your account (${session.role}) cannot open this page. Ask a console admin.`, 403);
    c.set("staff", session);
    c.set("sessionToken", token);
    await next();
  };
}

function unauthenticated(c: Context) {
  // Pages redirect to the sign-in form; data (the CSV, JSONL and Markdown exports) and forms get 401.
  if (c.req.method === "GET" && !/\.(csv|jsonl|md)$/.test(c.req.path)) return c.redirect("/admin/login", 303);
  c.header("WWW-Authenticate", 'Cookie realm="staff console"');
  return c.text("Sign in at /admin/login first.", 401);
}
