import { describe, expect, it } from "vitest";
import type { GapRow } from "../store/answer-records.ts";
import { groupQuestions } from "./group-questions.ts";

const row = (id: string, question: string, extra: Partial<GapRow> = {}): GapRow => ({
  id,
  at: new Date(`2026-11-${String(30 - Number(id.slice(1))).padStart(2, "0")}T10:00:00Z`),
  status: "unanswerable",
  topic: "using-dp",
  question,
  rating: null,
  ...extra,
});

describe("groupQuestions", () => {
  it("puts the same question in other words together, within a topic, and keeps different ones apart", () => {
    const groups = groupQuestions([
      row("r1", "Can I use my direct payment for a hot tub?"),
      row("r2", "can i use direct payments to buy a hot tub", { rating: "down", status: "answered" }),
      row("r3", "Can I use my direct payment for hot tubs"),
      row("r4", "Can I use my direct payment for a holiday abroad?"),
      row("r5", "Can I use my direct payment for a hot tub?", { topic: "money" }),
    ]);
    expect(groups.map((g) => [g.topic, g.count])).toEqual([
      ["using-dp", 3],
      ["using-dp", 1],
      ["money", 1],
    ]);
    expect(groups[0].text).toBe("Can I use my direct payment for a hot tub?");
    expect(groups[0].reasons).toEqual(["unanswerable", "thumbs_down"]);
    expect(groups[0].lastSeen.toISOString()).toBe("2026-11-29T10:00:00.000Z");
    expect(groups[0].variants).toHaveLength(2);
  });

  it("ignores redaction placeholders, and groups questions of no content words by their text", () => {
    const groups = groupQuestions([
      row("r1", "I'm [name], email [email]: can my PA be paid in cash?"),
      row("r2", "Can my PA be paid in cash?"),
      row("r3", "???"),
      row("r4", "???"),
      row("r5", "hmm"),
    ]);
    expect(groups.map((g) => g.count)).toEqual([2, 2, 1]);
  });
});
