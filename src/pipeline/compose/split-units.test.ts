import { describe, expect, it } from "vitest";
import { splitSentences, splitUnits } from "./split-units.ts";

describe("splitSentences", () => {
  it("does not split after abbreviations such as reg. and e.g.", () => {
    expect(splitSentences("See reg. 3 for details. It applies e.g. to parents. Ask the council.")).toEqual([
      "See reg. 3 for details.",
      "It applies e.g. to parents.",
      "Ask the council.",
    ]);
  });
});

describe("splitUnits", () => {
  it("keeps list items with their lead-in and turns table rows into readable units", () => {
    const units = splitUnits("It may agree if:\n- no one else can help\n- you need care at night\n\n| Age | 2026/27 | 2025/26 |\n|---|---|---|\n| 21 and over | £12.71 | £12.21 |");
    expect(units[0]).toMatchObject({ kind: "sentence", leadIn: true });
    expect(units.slice(1, 3).map((u) => u.kind)).toEqual(["item", "item"]);
    expect(units[1].block).toBe(units[0].block);
    expect(units[3]).toMatchObject({ kind: "row", text: "21 and over: £12.71 (2026/27), £12.21 (2025/26)" });
  });
});
