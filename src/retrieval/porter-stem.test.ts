import { describe, expect, it } from "vitest";
import { porterStem } from "./porter-stem.ts";

describe("porterStem", () => {
  // Pairs from Porter's 1980 paper and its published test vocabulary.
  it.each([
    ["caresses", "caress"], ["ponies", "poni"], ["cats", "cat"], ["agreed", "agre"], ["plastered", "plaster"],
    ["motoring", "motor"], ["hopping", "hop"], ["falling", "fall"], ["filing", "file"], ["happy", "happi"],
    ["relational", "relat"], ["conditional", "condit"], ["valenci", "valenc"], ["triplicate", "triplic"],
    ["hopeful", "hope"], ["revival", "reviv"], ["allowance", "allow"], ["adjustment", "adjust"], ["adoption", "adopt"],
    ["controll", "control"], ["generalization", "gener"],
  ])("%s -> %s", (word, expected) => expect(porterStem(word)).toBe(expected));

  it("brings the forms of a word people use together", () => {
    expect(new Set(["enrol", "enrolled", "enrolment", "enrolling"].map(porterStem)).size).toBe(1);
    expect(new Set(["pay", "pays", "paying"].map(porterStem)).size).toBe(1);
    expect(new Set(["redundancy", "redundancies"].map(porterStem)).size).toBe(1);
  });
});
