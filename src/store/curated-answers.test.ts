import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CuratedAnswer } from "../curated/curated-answer.ts";
import { openStore, type ConsoleStore } from "./open-store.ts";
import { testDatabases } from "./test-databases.ts";

const answer = (over: Partial<CuratedAnswer> = {}): CuratedAnswer => ({
  id: "pa-holiday-entitlement",
  questions: ["How much holiday does my PA get?", "What holiday is my personal assistant entitled to?"],
  answer: "A personal assistant is entitled to 5.6 weeks of paid holiday a year.",
  sections: [{ id: "holiday-and-holiday-pay#how-much-holiday", hash: "a".repeat(64) }],
  figures: [],
  mustInclude: [["5.6 weeks"]],
  audience: "citizen",
  owner: "Direct Payments Team",
  reviewDue: "2027-06-01",
  status: "approved",
  approvedAt: new Date("2026-12-01T10:00:00Z"),
  approvedBy: "editor@northbridge.example",
  ...over,
});

for (const database of testDatabases()) {
  describe.skipIf(database.skip)(`curated answers on ${database.kind}`, () => {
    let store: ConsoleStore;
    beforeAll(async () => {
      store = await openStore({ ...database.fresh(), retentionDays: 90, dailyPurge: false });
    });
    afterAll(async () => {
      await store?.close();
      await database.dispose();
    });

    it("saves, lists, withdraws and keeps the history of who did what", async () => {
      await store.curated.save(answer(), { action: "approved", by: "editor@northbridge.example", at: new Date("2026-12-01T10:00:00Z") });
      expect(await store.curated.byId("pa-holiday-entitlement")).toEqual(answer());
      expect((await store.curated.approved()).map((a) => a.id)).toEqual(["pa-holiday-entitlement"]);

      const edited = answer({ answer: "Your PA gets 5.6 weeks of paid holiday a year, including bank holidays if you choose.", approvedAt: new Date("2026-12-02T09:00:00Z") });
      await store.curated.save(edited, { action: "approved", by: "admin@northbridge.example", at: new Date("2026-12-02T09:00:00Z") });
      expect((await store.curated.byId(edited.id))?.answer).toBe(edited.answer);

      expect(await store.curated.withdraw(edited.id, "admin@northbridge.example", new Date("2026-12-03T09:00:00Z"))).toBe(true);
      expect(await store.curated.withdraw(edited.id, "admin@northbridge.example", new Date("2026-12-03T09:00:00Z"))).toBe(false);
      expect(await store.curated.withdraw("no-such-answer", "admin@northbridge.example", new Date())).toBe(false);
      expect(await store.curated.approved()).toEqual([]);
      expect((await store.curated.list()).map((a) => [a.id, a.status])).toEqual([["pa-holiday-entitlement", "withdrawn"]]);

      const history = await store.curated.history(edited.id);
      expect(history.map((e) => [e.action, e.by, e.at.toISOString()])).toEqual([
        ["approved", "editor@northbridge.example", "2026-12-01T10:00:00.000Z"],
        ["approved", "admin@northbridge.example", "2026-12-02T09:00:00.000Z"],
        ["withdrawn", "admin@northbridge.example", "2026-12-03T09:00:00.000Z"],
      ]);
      expect(history[0].snapshot.answer).toBe(answer().answer);
      expect(history[1].snapshot.answer).toBe(edited.answer);
    });
  });
}
