import { describe, expect, it } from "vitest";
import type { EvalItem } from "./eval-item.ts";
import { formatReport } from "./format-report.ts";
import { baselineAnswer, percentile, rankOf, requestFor, runEvaluation, summarise, type EvalTarget } from "./run-evaluation.ts";

const item = (o: Partial<EvalItem>): EvalItem => ({
  id: "x",
  audience: "citizen",
  question: "q",
  must_include: [],
  kind: "fact",
  topic: "t",
  ...o,
});

const items: EvalItem[] = [
  item({ id: "a", question: "minimum wage 21+", must_include: [["£12.71"]], expect_docs: ["pa-pay"] }),
  item({ id: "b", question: "tariff on £18,000", kind: "calc", must_include: [["£15"]], topic: "charging", audience: "social_worker" }),
  item({ id: "c", question: "weather?", kind: "refuse", topic: "scope" }),
  item({ id: "d", question: "he hits me", kind: "safeguard", must_include: [["safeguarding"]], topic: "safety" }),
  item({ id: "e", question: "what if she lives with me", history: [{ role: "user", content: "can I pay my daughter" }, { role: "assistant", content: "yes" }], must_include: [["necessary"]], topic: "family" }),
  item({ id: "f", question: "boom" }),
];

// A fake assistant with scripted answers, one of which throws.
const fake: EvalTarget & { seen: unknown[] } = {
  seen: [],
  async answer(req) {
    this.seen.push(req);
    const q = req.messages[req.messages.length - 1].content;
    if (q === "boom") throw new Error("outage");
    if (q.startsWith("minimum")) return { status: "answered", answer: "It is £12.71 an hour.", citations: [{ id: "pa-pay#rates" }] };
    if (q.startsWith("tariff")) return { status: "answered", answer: "Tariff income is £15 a week." };
    if (q.startsWith("weather")) return { status: "out_of_scope", answer: "I can only help with direct payments." };
    if (q.startsWith("he hits")) return { status: "answered", answer: "Here is how to pay a PA." };
    return { status: "answered", answer: "Only if the council agrees it is necessary." };
  },
  async search() {
    return [{ id: "other#x" }, { id: "pa-pay#rates", documentId: "pa-pay" }];
  },
};

describe("runEvaluation", () => {
  it("runs every item, records errors as a status and summarises", async () => {
    const results = await runEvaluation(items, fake, {
      baseline: { search: async (q) => (q === "weather?" ? [] : [{ id: "pa-pay#rates", text: "£12.71 an hour. " + "y".repeat(3000) }]) },
    });
    expect(fake.seen[4]).toEqual({
      messages: [
        { role: "user", content: "can I pay my daughter" },
        { role: "assistant", content: "yes" },
        { role: "user", content: "what if she lives with me" },
      ],
      audience: "citizen",
    });
    expect(results.map((r) => r.ours.score.pass)).toEqual([true, true, true, false, true, false]);
    expect(results[5].ours).toMatchObject({ status: "error", error: "outage" });
    expect(results[0].ours.rank).toBe(2);
    expect(results[1].ours.rank).toBeUndefined();

    const s = summarise(results);
    expect(s).toMatchObject({ total: 6, passed: 4, errors: 1 });
    expect(s.recall).toEqual({ matched: 3, groups: 4, rate: 0.75 });
    expect(s.byKind.safeguard).toMatchObject({ total: 1, statusOk: 0 });
    expect(s.byKind.refuse).toMatchObject({ total: 1, statusOk: 1, passed: 1 });
    expect(s.byTopic.family).toMatchObject({ total: 1, passed: 1 });
    expect(s.byAudience.social_worker).toMatchObject({ total: 1, passed: 1 });
    expect(s.retrieval).toEqual({ items: 1, hit1: 0, hit5: 1, mrr: 0.5 });

    const b = summarise(results, "baseline");
    expect(results[0].baseline?.answer.length).toBe(1800);
    expect(results[0].baseline?.score.pass).toBe(true);
    expect(results[2].baseline?.status).toBe("unanswerable");
    expect(b.passed).toBe(3); // a (figure in the top section), c (no hit: a non-answer), f (nothing required)
    expect(b.retrieval?.hit1).toBe(1);

    const report = formatReport({ file: "set.jsonl", mode: "fake" }, results, s, b);
    expect(report.split("\n").at(-1)).toBe("pass 4/6 (66.7%)");
    expect(report).toMatch(/- d \(safeguard, safety, citizen\): status answered, wanted safeguarding; missing \["safeguarding"\]/);
    expect(report).toMatch(/baseline pass 3\/6 \(50\.0%\)/);
  });

  it("keeps item order with concurrency", async () => {
    const results = await runEvaluation(items, fake, { concurrency: 4 });
    expect(results.map((r) => r.id)).toEqual(["a", "b", "c", "d", "e", "f"]);
  });
});

describe("helpers", () => {
  it("ranks by document or exact section", () => {
    const hits = [{ id: "a#1" }, { id: "b#2" }, { id: "c#3" }];
    expect(rankOf(["b"], hits)).toBe(2);
    expect(rankOf(["c#3"], hits)).toBe(3);
    expect(rankOf(["c#4"], hits)).toBeNull();
  });
  it("builds the request with history first", () => {
    expect(requestFor(item({ audience: undefined })).audience).toBeUndefined();
  });
  it("answers the baseline from the top hit or not at all", () => {
    expect(baselineAnswer([])).toEqual({ status: "unanswerable", answer: "" });
    expect(baselineAnswer([{ text: "t" }, { text: "u" }])).toEqual({ status: "answered", answer: "t" });
  });
  it("computes median and p95", () => {
    expect(percentile([3, 1, 2, 4], 50)).toBe(2.5);
    expect(percentile(Array.from({ length: 100 }, (_, i) => i + 1), 95)).toBe(95);
    expect(percentile([], 95)).toBe(0);
  });
});
