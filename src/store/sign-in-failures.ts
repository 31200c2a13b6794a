import type { Kysely } from "kysely";
import type { Database } from "./database-schema.ts";

/** Failed sign-ins by key ("account:<email>", "address:<ip>"), shared by every instance. */
export function signInFailures(db: Kysely<Database>) {
  return {
    async add(keys: string[], at: Date): Promise<void> {
      if (keys.length) await db.insertInto("sign_in_failures").values(keys.map((key) => ({ key, at }))).execute();
    },
    /** Failures per key since `since`. */
    async count(keys: string[], since: Date): Promise<Map<string, number>> {
      const counts = new Map(keys.map((k) => [k, 0]));
      if (!keys.length) return counts;
      const rows = await db
        .selectFrom("sign_in_failures")
        .select(["key", (eb) => eb.fn.countAll<string>().as("n")])
        .where("key", "in", keys)
        .where("at", ">=", since)
        .groupBy("key")
        .execute();
      for (const r of rows) counts.set(r.key, Number(r.n));
      return counts;
    },
    async clear(key: string): Promise<void> {
      await db.deleteFrom("sign_in_failures").where("key", "=", key).execute();
    },
    async deleteBefore(cutoff: Date): Promise<void> {
      await db.deleteFrom("sign_in_failures").where("at", "<", cutoff).execute();
    },
  };
}

export type SignInFailures = ReturnType<typeof signInFailures>;
