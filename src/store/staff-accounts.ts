import { randomUUID } from "node:crypto";
import type { Kysely, Selectable } from "kysely";
import type { Database } from "./database-schema.ts";

export type StaffRole = "viewer" | "editor" | "admin";
export const STAFF_ROLES: readonly StaffRole[] = ["viewer", "editor", "admin"];

export interface StaffUser {
  id: string;
  email: string;
  role: StaffRole;
  passwordHash: string;
  createdAt: Date;
  lastSignInAt: Date | null;
}

const toUser = (r: Selectable<Database["staff_users"]>): StaffUser => ({
  id: r.id,
  email: r.email,
  role: r.role,
  passwordHash: r.password_hash,
  createdAt: new Date(r.created_at),
  lastSignInAt: r.last_sign_in_at ? new Date(r.last_sign_in_at) : null,
});

/** Staff accounts. E-mail addresses are kept lower case, so sign-in ignores case. */
export function staffAccounts(db: Kysely<Database>) {
  return {
    async count(): Promise<number> {
      const r = await db.selectFrom("staff_users").select((eb) => eb.fn.countAll<string>().as("n")).executeTakeFirstOrThrow();
      return Number(r.n);
    },
    async list(): Promise<StaffUser[]> {
      return (await db.selectFrom("staff_users").selectAll().orderBy("email").execute()).map(toUser);
    },
    async byEmail(email: string): Promise<StaffUser | undefined> {
      const r = await db.selectFrom("staff_users").selectAll().where("email", "=", email.trim().toLowerCase()).executeTakeFirst();
      return r && toUser(r);
    },
    async byId(id: string): Promise<StaffUser | undefined> {
      const r = await db.selectFrom("staff_users").selectAll().where("id", "=", id).executeTakeFirst();
      return r && toUser(r);
    },
    /** Adds an account; false when the e-mail address already has one. */
    async add(u: { email: string; role: StaffRole; passwordHash: string; at: Date }): Promise<StaffUser | null> {
      const r = await db
        .insertInto("staff_users")
        .values({ id: randomUUID(), email: u.email.trim().toLowerCase(), role: u.role, password_hash: u.passwordHash, created_at: u.at })
        .onConflict((oc) => oc.column("email").doNothing())
        .returningAll()
        .executeTakeFirst();
      return r ? toUser(r) : null;
    },
    async remove(id: string): Promise<boolean> {
      const r = await db.deleteFrom("staff_users").where("id", "=", id).executeTakeFirst();
      return Number(r.numDeletedRows) > 0;
    },
    async countAdmins(): Promise<number> {
      const r = await db.selectFrom("staff_users").select((eb) => eb.fn.countAll<string>().as("n")).where("role", "=", "admin").executeTakeFirstOrThrow();
      return Number(r.n);
    },
    async signedIn(id: string, at: Date): Promise<void> {
      await db.updateTable("staff_users").set({ last_sign_in_at: at }).where("id", "=", id).execute();
    },
  };
}

export type StaffAccounts = ReturnType<typeof staffAccounts>;
