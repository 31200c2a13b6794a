import { describe, expect, it } from "vitest";
import { createBm25Index } from "./bm25-index.ts";
import { stem } from "./tokenise.ts";

const terms = (...words: string[]) => words.map((w) => ({ stem: stem(w), weight: 1 }));

describe("createBm25Index", () => {
  const index = createBm25Index([
    { texts: ["holiday pay for your PA", "sick pay and sick leave rules", "employer national insurance on pay"], boost: 1 },
    { texts: ["", "", "tax"], boost: 0.5 },
  ]);

  it("ranks the section with the rarer matching word first", () => {
    const scores = index.score(terms("sick", "pay"));
    const order = [...scores.entries()].sort((a, b) => b[1] - a[1]).map(([doc]) => doc);
    expect(order[0]).toBe(1);
    expect(scores.size).toBe(3);
  });

  it("adds a boosted second field and leaves documents with no term out", () => {
    expect([...index.score(terms("tax")).keys()]).toEqual([2]);
    expect(index.score(terms("bicycle")).size).toBe(0);
  });

  it("weighs a word in every section below a word in one", () => {
    expect(index.idf(stem("pay"))).toBeLessThan(index.idf(stem("holiday")));
  });
});
