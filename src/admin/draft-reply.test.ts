import { describe, expect, it } from "vitest";
import { useTestAssistant } from "../testing/test-assistant.ts";
import { draftReply } from "./draft-reply.ts";

describe("draftReply", () => {
  const assistant = useTestAssistant("draft-reply");

  it("greets by the name given, answers each ask in turn and keeps personal details out of the questions", async () => {
    const d = await draftReply(
      assistant.current,
      "Hello,\nI'm Tom Baker, tom.baker@example.com. Do I need employers' liability insurance before my PA starts? Also what is the minimum wage for a PA aged 21 or over?\nMany thanks\nTom",
    );
    expect(d.greeting).toBe("Dear Tom Baker,");
    expect(d.asks.map((a) => a.question)).toEqual(["Do I need employers' liability insurance before my PA starts?", "What is the minimum wage for a PA aged 21 or over?"]);
    expect(d.letter).toContain("£12.71");
    expect(d.asks[1].taxYear).toBe("2026/27");
    expect(d.checks.some((c) => c.includes("£12.71") && c.includes("2026/27"))).toBe(true);
    expect(d.sources.length).toBeGreaterThan(0);
    for (const a of d.asks) expect(a.question).not.toMatch(/Tom|example\.com/);
  });

  it("says what to check for a decision and a disclosure, and when there is no name", async () => {
    const d = await draftReply(assistant.current, "My carer hits me and takes my money. Will the council approve my direct payment?");
    expect(d.greeting).toBe("Hello,");
    expect(d.checks[0]).toMatch(/safeguarding procedure/);
    expect(d.checks.some((c) => /No name was found/.test(c))).toBe(true);
    expect(d.checks.some((c) => /Only the council can decide this/.test(c) || /safeguarding/.test(c))).toBe(true);
    const quiet = await draftReply(assistant.current, "How much holiday does my PA get? My carer hits me and takes my money.");
    expect(quiet.checks[0]).toMatch(/safeguarding procedure/);
  });

  it("finds no ask in a message that asks nothing", async () => {
    const d = await draftReply(assistant.current, "Thanks for your help last week.\nRegards,\nSam");
    expect(d.asks).toEqual([]);
    expect(d.checks).toContain("No question was found in the enquiry: write the reply yourself.");
  });
});
