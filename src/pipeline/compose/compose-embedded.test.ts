import { describe, expect, it } from "vitest";
import { agesIn } from "../../calculators/ages-in.ts";
import { useTestAssistant } from "../../testing/test-assistant.ts";
import { coversAmount, coversNumber } from "./compose-embedded.ts";

describe("agesIn and coversNumber", () => {
  it("reads ages as people write them and matches them to stated ranges", () => {
    expect(agesIn("and if shes only 19?")).toEqual([19]);
    expect(agesIn("min wage for a 17 yr old PA from april 2026")).toEqual([17]);
    expect(agesIn("I work 20 hours a week")).toEqual([]);
    expect(agesIn("she is 20 hours a week")).toEqual([]);
    expect(agesIn("PA aged 35 earning £250 a week")).toEqual([35]);
    expect(coversNumber("aged 18 to 20: £10.85", 19)).toBe(true);
    expect(coversNumber("aged 21 and over (National Living Wage): £12.71", 19)).toBe(false);
    expect(coversNumber("under 18: £8.00", 17)).toBe(true);
  });
});

describe("coversAmount", () => {
  it("matches an amount to the band of money a sentence states", () => {
    const limits = "If they are between £14,250 and £23,250, you pay from your income and a set amount from your savings.";
    expect(coversAmount(limits, 20_000)).toBe(true);
    expect(coversAmount(limits, 30_000)).toBe(false);
    expect(coversAmount("If your savings are over £23,250, you pay the full cost.", 30_000)).toBe(true);
    expect(coversAmount("If your savings are over £23,250, you pay the full cost.", 20_000)).toBe(false);
    expect(coversAmount("If they are £14,250 or less, your savings are ignored.", 14_000)).toBe(true);
    expect(coversAmount("If they are £14,250 or less, your savings are ignored.", 15_000)).toBe(false);
    expect(coversAmount("The allowance cuts your bill by up to £10,500 a year.", 2_000)).toBe(true);
    // A figure that is not a band says nothing about other amounts.
    expect(coversAmount("A PA aged 30 earns £15,000 in 2026/27.", 15_000)).toBe(false);
  });
});

describe("composeEmbedded on the real knowledge base", () => {
  const assistant = useTestAssistant("compose");

  it("tells someone in Scotland which nation's law the answer is under, straight after the answer", async () => {
    const question = "Just moved up to Glasgow from Leeds. I had direct payments down south, does it all work the same here?";
    const answer = await assistant.current.answer({ messages: [{ role: "user", content: question }] });
    expect(answer.status).toBe("answered");
    expect(answer.answer.slice(0, 300)).toMatch(/self-directed support/);
  });

  it("reads a further ask that names nothing of its own with the ask before it ('…and does he have to agree?')", async () => {
    const question = "My mum has capacity and wants my cousin to take the direct payment for her. What is that person called, and does he have to agree?";
    const answer = await assistant.current.answer({ messages: [{ role: "user", content: question }] });
    expect(answer.status).toBe("answered");
    // The answer to the second ask comes among the first sentences, not after the conditions for having one.
    expect(answer.answer.slice(0, 400)).toMatch(/nominated person|nominee/);
  });

  it("quotes a list's condition with the sentence its lead-in refers back to ('At least one of these must also apply:')", async () => {
    const question = "Glasgow here - could my SDS option 1 pay my daughter who lives with me? I struggle to communicate with anyone else";
    const answer = await assistant.current.answer({ messages: [{ role: "user", content: question }] });
    expect(answer.status).toBe("answered");
    const at = answer.answer.indexOf("At least one of these must also apply");
    expect(at).toBeGreaterThan(-1);
    expect(answer.answer.slice(0, at)).toMatch(/must all agree/);
  });

  it("leads with the sentence that states the figure asked for, cited to its own section", async () => {
    const question = "what is the fine for not having employers liability insurance";
    const answer = await assistant.current.answer({ messages: [{ role: "user", content: question }] });
    expect(answer.status).toBe("answered");
    expect(answer.answer.split("\n\n")[0]).toContain("£2,500");
    expect(answer.citations[0].id).toBe("employers-liability-insurance#the-fines");
  });

  // End to end only: the band preference itself is tested in coversAmount above, '14 grand' in search-knowledge.test.ts.
  it("answers '14 grand' in savings with the limits, including the band below £14,250", async () => {
    const answer = await assistant.current.answer({ messages: [{ role: "user", content: "are savings below 14 grand ignored" }] });
    expect(answer.status).toBe("answered");
    expect(answer.answer).toMatch(/£14,250 or less, your savings are ignored/);
  });

  it("follows a rule that leads with the next sentence when that one gives the figure asked about", async () => {
    const answer = await assistant.current.answer({ messages: [{ role: "user", content: "what are the employer national insurance rate and threshold this year?" }] });
    const first = answer.answer.split("\n\n")[0];
    expect(first).toContain("15%");
    expect(first).toContain("£5,000 a year");
  });

  it("reads on through the steps of the section that leads when asked what to do", async () => {
    const answer = await assistant.current.answer({ messages: [{ role: "user", content: "the audit says I owe £800 back, what can I do?" }] });
    const first = answer.answer.split("\n\n")[0];
    expect(first).toMatch(/do not have to agree at once/);
    expect(first).toMatch(/instalments/);
    expect(first).toMatch(/Ombudsman/);
  });

  it("answers someone who makes their own decisions with the nominated person, not the authorised person", async () => {
    const answer = await assistant.current.answer({ messages: [{ role: "user", content: "can someone else get the direct payment for me? I make my own decisions but I hate the admin" }] });
    expect(answer.answer.split("\n\n")[0]).toMatch(/nominated person/);
  });

  it("quotes every condition of a short list when one of them leads, in the list's order", async () => {
    const answer = await assistant.current.answer({ messages: [{ role: "user", content: "My PA is 19. Do I have to auto enrol her into a pension?" }] });
    expect(answer.answer).toMatch(/workplace pension if they:\n- are aged 22 or over[^\n]*\n- earn more than £10,000 a year/);
  });
});

describe("composeEmbedded and the year asked about", () => {
  const assistant = useTestAssistant("compose-year");

  it("answers 'last tax year' with that year's figures first, not a sentence that shares the words", async () => {
    const answer = await assistant.current.answer({ messages: [{ role: "user", content: "what was the national living wage last tax year" }] });
    expect(answer.status).toBe("answered");
    const first = answer.answer.split("\n\n")[0];
    expect(first).toContain("2025/26");
    expect(first).toContain("£12.21");
  });
});
