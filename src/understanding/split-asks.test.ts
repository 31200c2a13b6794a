import { describe, expect, it } from "vitest";
import { splitAsks } from "./split-asks.ts";

describe("splitAsks", () => {
  it("splits a message that asks two things", () => {
    expect(splitAsks("can she claim the Employment Allowance, and how much is it?")).toEqual(["can she claim the Employment Allowance", "how much is it"]);
    expect(splitAsks("How much holiday does my PA get? Do bank holidays count?")).toEqual(["How much holiday does my PA get", "Do bank holidays count"]);
  });
  it("leaves a message that asks one thing whole", () => {
    expect(splitAsks("can my son and daughter both be paid")).toEqual(["can my son and daughter both be paid"]);
  });
});
