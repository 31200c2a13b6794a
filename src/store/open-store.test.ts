import { afterAll, describe, expect, it } from "vitest";
import { verifyPassword } from "../admin/verify-password.ts";
import { openStore, type ConsoleStore } from "./open-store.ts";
import { testDatabases } from "./test-databases.ts";

for (const database of testDatabases()) {
  describe.skipIf(database.skip)(`console store on ${database.kind}`, () => {
    let clock = new Date("2026-12-01T12:00:00Z");
    const now = () => clock;
    const stores: ConsoleStore[] = [];
    const open = async (options = database.fresh()) => {
      const store = await openStore({ ...options, retentionDays: 90, now, dailyPurge: false, bootstrapAdmin: { email: "Admin@Example.org", password: "a long test password" } });
      stores.push(store);
      return store;
    };
    // One store for the tests that need no fresh database (a new PGlite folder takes seconds to initialise).
    let shared: Promise<ConsoleStore> | undefined;
    const sharedStore = () => (shared ??= open());
    afterAll(async () => {
      for (const s of stores) await s.close();
      await database.dispose();
    });

    it("migrates, creates the first admin once, and reopens without migrating again", async () => {
      const options = database.fresh();
      const store = await open(options);
      expect(store.kind).toBe(database.kind);
      const admin = await store.staff.byEmail("admin@example.org");
      expect(admin?.role).toBe("admin");
      expect(admin?.passwordHash).toMatch(/^scrypt\$32768\$8\$1\$[\w-]{22}\$[\w-]{86}$/);
      expect(await verifyPassword("a long test password", admin?.passwordHash)).toBe(true);
      expect(await verifyPassword("a wrong password", admin?.passwordHash)).toBe(false);
      await store.close();
      stores.pop();
      const again = await open(options);
      expect(await again.staff.count()).toBe(1);
    });

    it("records answers, takes feedback only for answers it holds, and reports gaps, statuses and citations", async () => {
      const store = await sharedStore();
      const base = { audience: "citizen", composer: "embedded", topic: "family" };
      await store.answers.record({ ...base, id: "a1", at: clock, status: "unanswerable", citations: [], question: "Can I pay for a hot tub?" });
      await store.answers.record({ ...base, id: "a2", at: clock, status: "answered", citations: ["paying-family#rules", "pa-pay#rates"], question: "Can I pay my son?" });
      await store.answers.record({ ...base, id: "a3", at: clock, status: "answered", citations: ["paying-family#rules"], question: "What is a DP?" });
      // The same id twice (a retry) is kept once.
      await store.answers.record({ ...base, id: "a3", at: clock, status: "answered", citations: ["paying-family#rules"], question: "What is a DP?" });
      expect(await store.answers.setFeedback("a2", { rating: "down", comment: "not what I asked", at: clock })).toBe(true);
      expect(await store.answers.setFeedback("nope", { rating: "down", comment: null, at: clock })).toBe(false);
      const since = new Date(clock.getTime() - 7 * 86_400_000);
      const gaps = await store.answers.gaps(since);
      expect(gaps.map((g) => g.id).sort()).toEqual(["a1", "a2"]);
      expect(gaps.find((g) => g.id === "a2")?.rating).toBe("down");
      expect(await store.answers.statusByDay(since)).toEqual([
        { day: "2026-12-01", status: "answered", count: 2 },
        { day: "2026-12-01", status: "unanswerable", count: 1 },
      ]);
      expect(await store.answers.topCitations(since)).toEqual([
        { section: "paying-family#rules", count: 2 },
        { section: "pa-pay#rates", count: 1 },
      ]);
    });

    it("deletes answers older than the retention period at start and on purge", async () => {
      const options = database.fresh();
      const store = await open(options);
      await store.answers.record({ id: "old", at: new Date("2026-08-01T00:00:00Z"), status: "unanswerable", audience: "citizen", topic: null, citations: [], composer: "embedded", question: "old" });
      await store.answers.record({ id: "new", at: clock, status: "unanswerable", audience: "citizen", topic: null, citations: [], composer: "embedded", question: "new" });
      expect((await store.purge()).answers).toBe(1);
      const all = await store.answers.gaps(new Date(0));
      expect(all.map((g) => g.id)).toEqual(["new"]);
      // At start: 91 days on, the remaining record goes when the store is opened.
      await store.close();
      stores.splice(stores.indexOf(store), 1);
      clock = new Date(clock.getTime() + 91 * 86_400_000);
      const reopened = await open(options);
      expect(await reopened.answers.gaps(new Date(0))).toEqual([]);
      clock = new Date("2026-12-01T12:00:00Z");
    });

    it("keeps sessions until they expire, and counts sign-in failures per key", async () => {
      const store = await sharedStore();
      const admin = (await store.staff.byEmail("admin@example.org"))!;
      const s = await store.sessions.create(admin.id, clock, 8);
      expect((await store.sessions.find(s.token, clock))?.role).toBe("admin");
      expect(await store.sessions.find(s.token, new Date(clock.getTime() + 8 * 3_600_000 + 1))).toBeUndefined();
      expect(await store.sessions.find("not-a-token", clock)).toBeUndefined();
      await store.failures.add(["account:a", "address:1"], clock);
      await store.failures.add(["account:a"], clock);
      const counts = await store.failures.count(["account:a", "address:1", "address:2"], new Date(clock.getTime() - 60_000));
      expect([...counts]).toEqual([["account:a", 2], ["address:1", 1], ["address:2", 0]]);
      await store.sessions.end(s.token);
      expect(await store.sessions.find(s.token, clock)).toBeUndefined();
    });
  });
}
