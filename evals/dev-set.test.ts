import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { AUDIENCES, TOPICS } from "../src/ingest/knowledge-schema.ts";
import { EVAL_KINDS, parseEvalSet } from "./eval-item.ts";

// The development set keeps the shape the issue asked for; this fails if an edit breaks it.
const text = readFileSync(new URL("./dev.jsonl", import.meta.url), "utf8");
const { items, errors } = parseEvalSet(text);
const raw = text.split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as Record<string, unknown>);

describe("evals/dev.jsonl", () => {
  it("parses with no bad lines", () => {
    expect(errors).toEqual([]);
    expect(items.length).toBeGreaterThanOrEqual(150);
    expect(items.length).toBeLessThanOrEqual(180);
  });
  it("covers every kind, audience and knowledge area", () => {
    for (const kind of EVAL_KINDS) expect(items.filter((i) => i.kind === kind).length, kind).toBeGreaterThanOrEqual(10);
    for (const audience of AUDIENCES) expect(items.filter((i) => i.audience === audience).length, audience).toBeGreaterThanOrEqual(15);
    const topics = new Set(items.map((i) => i.topic));
    for (const topic of TOPICS) expect(topics.has(topic), topic).toBe(true);
  });
  it("has follow-ups with history", () => {
    expect(items.filter((i) => i.history?.length).length).toBeGreaterThanOrEqual(10);
  });
  it("cites a source for every item and shows the working of every calculation", () => {
    for (const r of raw) {
      expect(typeof r.source === "string" && r.source.length > 3, String(r.id)).toBe(true);
      if (r.kind === "calc") expect(typeof r.note === "string" && /=/.test(r.note as string), String(r.id)).toBe(true);
    }
  });
  it("asks every fact and calc item for at least one key fact", () => {
    for (const i of items) if (i.kind === "fact" || i.kind === "calc") expect(i.must_include.length, i.id).toBeGreaterThan(0);
  });
});
