import { createHash, randomBytes } from "node:crypto";
import type { Kysely } from "kysely";
import type { Database } from "./database-schema.ts";
import type { StaffRole } from "./staff-accounts.ts";

export interface StaffSession {
  userId: string;
  email: string;
  role: StaffRole;
  csrfToken: string;
  expiresAt: Date;
}

const hashToken = (token: string) => createHash("sha256").update(token).digest("base64url");

/**
 * Sign-in sessions, in the database so every instance sees them. The cookie holds a random 256-bit token;
 * the table holds only its SHA-256, with the session's CSRF token (a synchroniser token, OWASP CSRF
 * Prevention Cheat Sheet) and a fixed expiry.
 */
export function staffSessions(db: Kysely<Database>) {
  return {
    async create(userId: string, at: Date, hours: number): Promise<{ token: string; csrfToken: string; expiresAt: Date }> {
      const token = randomBytes(32).toString("base64url");
      const csrfToken = randomBytes(32).toString("base64url");
      const expiresAt = new Date(at.getTime() + hours * 3_600_000);
      await db.insertInto("staff_sessions").values({ token_hash: hashToken(token), user_id: userId, csrf_token: csrfToken, created_at: at, expires_at: expiresAt }).execute();
      return { token, csrfToken, expiresAt };
    },
    /** The live session for a cookie token, with its account; undefined when unknown or expired. */
    async find(token: string, at: Date): Promise<StaffSession | undefined> {
      const r = await db
        .selectFrom("staff_sessions")
        .innerJoin("staff_users", "staff_users.id", "staff_sessions.user_id")
        .select(["staff_sessions.user_id", "staff_users.email", "staff_users.role", "staff_sessions.csrf_token", "staff_sessions.expires_at"])
        .where("staff_sessions.token_hash", "=", hashToken(token))
        .where("staff_sessions.expires_at", ">", at)
        .executeTakeFirst();
      return r && { userId: r.user_id, email: r.email, role: r.role, csrfToken: r.csrf_token, expiresAt: new Date(r.expires_at) };
    },
    async end(token: string): Promise<void> {
      await db.deleteFrom("staff_sessions").where("token_hash", "=", hashToken(token)).execute();
    },
    async deleteExpired(at: Date): Promise<number> {
      const r = await db.deleteFrom("staff_sessions").where("expires_at", "<=", at).executeTakeFirst();
      return Number(r.numDeletedRows);
    },
  };
}

export type StaffSessions = ReturnType<typeof staffSessions>;
