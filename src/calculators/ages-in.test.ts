import { describe, expect, it } from "vitest";
import { agesIn } from "./ages-in.ts";

describe("agesIn", () => {
  it("reads an age said in the past ('my PA was 20 that year'), but not a time, a sum or a length", () => {
    expect(agesIn("my PA was 20 that whole tax year")).toEqual([20]);
    expect(agesIn("she was 20 minutes late again")).toEqual([]);
    expect(agesIn("the bill she was 20 quid short on")).toEqual([]);
    expect(agesIn("he was 12 years with the agency")).toEqual([]);
  });

  it("reads 'now 23', but not the birthday someone started on, a date or an hour", () => {
    expect(agesIn("she started with me on her 19th birthday, now 23 with 4 years done")).toEqual([23]);
    expect(agesIn("the review is now 15 December")).toEqual([]);
    expect(agesIn("her shift is now 11 am to 3")).toEqual([]);
    expect(agesIn("she now does 16 hours")).toEqual([]);
  });
});
