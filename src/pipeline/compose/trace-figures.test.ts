import { describe, expect, it } from "vitest";
import type { SearchHit } from "../../retrieval/search-knowledge.ts";
import { findUntraceable, poundsIn } from "./trace-figures.ts";

const hit = (id: string, text: string) => ({ id, text }) as SearchHit;

describe("poundsIn", () => {
  it("reads £ figures in their usual forms", () => {
    expect(poundsIn("£1,000 and £12.71, £5 million or £10.5k")).toEqual([1000, 12.71, 5_000_000, 10_500]);
  });
});

describe("findUntraceable", () => {
  const hits = [hit("a#x", "The rate is £12.71 an hour (2026/27)."), hit("b#y", "Cover of at least £5 million.")];
  it("accepts figures found in retrieved sections or calculator results", () => {
    const calc = { result: { weekly: 254.2 }, steps: [{ amount: 12.71 }], input: {} } as never;
    const composed = { text: "It is £12.71 [1], so £254.20 a week, with £5m cover.", citations: [{ id: "a#x" }], suggestions: [] } as never;
    expect(findUntraceable(composed, hits, [calc])).toEqual([]);
  });
  it("reports an invented figure and a citation that was never retrieved", () => {
    const composed = { text: "It is £13.00 an hour.", citations: [{ id: "z#made-up" }], suggestions: [] } as never;
    expect(findUntraceable(composed, hits, [])).toEqual(["£13 is not in any retrieved section or calculation", "cites z#made-up, which was not retrieved"]);
  });
});
