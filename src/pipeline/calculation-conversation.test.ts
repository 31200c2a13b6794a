import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAssistant, type Assistant } from "../assistant.ts";
import type { ChatMessage } from "./answer-types.ts";

// A money question in plain words, answered over several turns the way the widget's form sends them.
let assistant: Assistant;
beforeAll(async () => {
  assistant = await createAssistant({ env: {}, dataDir: mkdtempSync(join(tmpdir(), "dp-calc-")), now: () => new Date("2026-11-23T12:00:00Z") });
});
afterAll(() => assistant.close());

describe("a contribution worked out in conversation", () => {
  it("answers what it can from the savings, asks for the rest, then gives the estimate", async () => {
    const messages: ChatMessage[] = [{ role: "user", content: "I have £18,000 in savings, what would I pay towards my care?" }];
    const first = await assistant.answer({ messages });
    expect(first.status).toBe("clarification");
    // (18,000 − 14,250) / 250 = 15 steps → £15.00 a week tariff income (Charging Regs reg 25), 2026/27.
    expect(first.answer).toContain("£15 a week");
    expect(first.calculation?.missing.map((m) => m.field)).toEqual(expect.arrayContaining(["age", "weeklyIncome"]));

    messages.push({ role: "assistant", content: first.answer });
    messages.push({ role: "user", content: "I am 67.\nI am single.\nMy weekly income is State Pension £230, Attendance Allowance £77.\nMy housing costs are £0 a week." });
    const second = await assistant.answer({ messages });
    expect(second.status).toBe("clarification");
    // The national 2026/27 Minimum Income Guarantee for a single person at Pension Credit age (£241.45) is held, so
    // only the cost of care is asked for.
    expect(second.calculation?.missing.map((m) => m.field)).toEqual(["weeklyCostOfCare"]);

    messages.push({ role: "assistant", content: second.answer });
    messages.push({ role: "user", content: "My care costs £150 a week." });
    const third = await assistant.answer({ messages });
    expect(third.status).toBe("answered");
    // Income £230 + £77 = £307, plus £15 tariff = £322; − MIG £241.45 − housing £0 − standard DRE £20 (Attendance
    // Allowance is counted, so the council's £20 allowance applies) = £60.55 a week; under the £150 cost of care.
    expect(third.answer).toContain("£60.55");
    expect(third.answer).toMatch(/estimate, not a decision/i);
  });
});

describe("a follow-up that opens as one", () => {
  it("answers whether something is counted from the rule, not the form, when the facts come first", async () => {
    const answer = await assistant.answer({
      messages: [{ role: "user", content: "Financial assessment for home care: my client owns her house, worth about £200k, and lives there. Does its value come into the capital calculation?" }],
    });
    expect(answer.status).toBe("answered");
    expect(answer.calculation ?? null).toBeNull();
    expect(answer.answer).toMatch(/home you live in is not counted/);
  });

  it("is read with the question before it, however long: 'what if she only does 2 days a week?' after holiday", async () => {
    const answer = await assistant.answer({
      messages: [
        { role: "user", content: "how much holiday does a PA get?" },
        { role: "assistant", content: "Almost all workers are entitled to 5.6 weeks' paid holiday a year: 28 days for 5 days a week." },
        { role: "user", content: "what if she only does 2 days a week with me?" },
      ],
    });
    // 5.6 × 2 = 11.2 days (Working Time Regulations 1998, regs 13 and 13A).
    expect(answer.answer).toMatch(/11\.2 days/);
  });
});
