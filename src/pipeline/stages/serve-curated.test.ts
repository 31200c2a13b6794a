import { afterEach, describe, expect, it } from "vitest";
import type { CuratedAnswer } from "../../curated/curated-answer.ts";
import { sectionHash } from "../../curated/section-hash.ts";
import { useTestAssistant } from "../../testing/test-assistant.ts";

describe("serve curated stage", () => {
  const assistant = useTestAssistant("serve-curated");
  const SECTION = "holiday-and-holiday-pay#how-much-holiday";
  const curated = (over: Partial<CuratedAnswer> = {}): CuratedAnswer => {
    const section = assistant.current.section(SECTION);
    if (!section) throw new Error(`${SECTION} is not in the knowledge`);
    return {
      id: "pa-holiday-test",
      questions: ["How many weeks of paid holiday does my personal assistant get?", "What paid holiday is my PA entitled to each year?"],
      answer: "Your personal assistant is entitled to 5.6 weeks of paid holiday each year, which is 28 days for someone working five days a week.",
      sections: [{ id: SECTION, hash: sectionHash(section.text) }],
      figures: [],
      mustInclude: [["5.6 weeks"]],
      audience: "citizen",
      owner: "Direct Payments Team",
      reviewDue: "2099-01-01",
      status: "approved",
      approvedAt: new Date("2026-12-01T10:00:00Z"),
      approvedBy: "editor@northbridge.example",
      ...over,
    };
  };
  const ask = (content: string, audience?: "citizen" | "social_worker") =>
    assistant.current.answer({ messages: [{ role: "user", content }], ...(audience ? { audience } : {}) });
  afterEach(() => assistant.current.setCuratedAnswers([]));

  it("serves an approved answer to a close match of a wording, with its citations and when it was approved", async () => {
    assistant.current.setCuratedAnswers([curated()]);
    const answer = await ask("what paid holiday is my PA entitled to each year");
    expect(answer.reason).toBe("answered_curated");
    expect(answer.status).toBe("answered");
    expect(answer.curated).toEqual({ id: "pa-holiday-test", approvedAt: "2026-12-01T10:00:00.000Z" });
    expect(answer.answer).toContain("5.6 weeks of paid holiday each year");
    expect(answer.answer).toMatch(/approved by .+ on 1 December 2026/);
    expect(answer.citations.map((c) => c.id)).toEqual([SECTION]);
  });

  it("lets a weak match, another audience, a follow-up and a changed section fall through to the pipeline", async () => {
    assistant.current.setCuratedAnswers([curated()]);
    for (const answer of [
      await ask("Does my PA get paid holiday when they are off sick for a long time?"),
      await ask("What paid holiday is my PA entitled to each year?", "social_worker"),
      await assistant.current.answer({ messages: [{ role: "user", content: "Can I pay my daughter?" }, { role: "assistant", content: "Sometimes." }, { role: "user", content: "what paid holiday is she entitled to each year" }] }),
    ])
      expect(answer.reason).not.toBe("answered_curated");
    assistant.current.setCuratedAnswers([curated({ sections: [{ id: SECTION, hash: "0".repeat(64) }] })]);
    expect((await ask("What paid holiday is my PA entitled to each year?")).reason).not.toBe("answered_curated");
    assistant.current.setCuratedAnswers([curated({ reviewDue: "2020-01-01" })]);
    expect((await ask("What paid holiday is my PA entitled to each year?")).reason).not.toBe("answered_curated");
    assistant.current.setCuratedAnswers([curated({ answer: "Your PA is entitled to 5.6 weeks of paid holiday, worth £999 a year." })]);
    expect((await ask("What paid holiday is my PA entitled to each year?")).reason).not.toBe("answered_curated");
  });

  it("never overrides safeguarding or a decision, even sharing the wording's words", async () => {
    assistant.current.setCuratedAnswers([curated({ questions: ["What paid holiday is my PA entitled to each year?", "Will the council approve paid holiday for my PA?"] })]);
    const disclosure = await ask("My PA hits me and takes my money, what paid holiday is my PA entitled to each year?");
    expect(disclosure.status).toBe("safeguarding");
    expect(disclosure.curated).toBeUndefined();
    const decision = await ask("Will the council approve my direct payment?");
    expect(decision.status).toBe("decision_request");
  });

  it("is dropped from the answers served when it is withdrawn, without a restart", async () => {
    assistant.current.setCuratedAnswers([curated()]);
    expect((await ask("What paid holiday is my PA entitled to each year?")).reason).toBe("answered_curated");
    assistant.current.setCuratedAnswers([curated({ status: "withdrawn" })]);
    expect((await ask("What paid holiday is my PA entitled to each year?")).reason).not.toBe("answered_curated");
  });
});
