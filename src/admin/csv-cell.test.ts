import { describe, expect, it } from "vitest";
import { csvCell } from "./csv-cell.ts";

describe("csvCell", () => {
  it("quotes every field and doubles quotes", () => {
    expect(csvCell('say "hello", please')).toBe('"say ""hello"", please"');
    expect(csvCell(3)).toBe('"3"');
  });
  it.each(["=HYPERLINK(\"http://x\")", "+1+1", "-2", "@SUM(A1)", "\tx", "\rx"])("makes %j text, not a formula", (v) => {
    expect(csvCell(v).startsWith(`"'`)).toBe(true);
  });
});
