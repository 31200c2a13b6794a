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
  it("does not take what is said after the last question as a further ask, unless it asks or requests", () => {
    const asks = splitAsks("We're moving to York in May. Will my PAs be kept on? Really worried about it all.");
    expect(asks).toHaveLength(1);
    expect(asks[0]).toMatch(/^We're moving to York in May\. Will my PAs be kept on\? Really worried/);
    expect(splitAsks("Is that right? Tell me the rule.")).toEqual(["Is that right", "Tell me the rule."]);
    expect(splitAsks("Does she get holiday? and what about sick pay")).toEqual(["Does she get holiday", "and what about sick pay"]);
  });
});
