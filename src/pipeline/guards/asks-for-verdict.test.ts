import { describe, expect, it } from "vitest";
import { readIntentExamples } from "../../understanding/training-data.ts";
import { decisionAskedOfAssistant, verdictAsked } from "./asks-for-verdict.ts";

// Every answerable training example, read once for the file: neither backstop may match one.
const honest = readIntentExamples().filter((e) => e.intent === "knowledge" || e.intent === "calculation");

describe("verdictAsked", () => {
  it("reads the odds of a case asked outright", () => {
    for (const q of [
      "my old PA has taken me to a tribunal, do you think she'll win?",
      "is he likely to win at the employment tribunal",
      "what are our chances at the Ombudsman with this complaint",
      "any chance of my appeal being upheld? ballpark is fine",
      "honestly would you expect the LGSCO to find in our favour on the complaint",
      "will it get overturned if I appeal",
      "is my complaint even worth it or am I wasting my time",
      "what's the chance the Ombudsman sides with me on the late payments complaint",
      "our old PA has lodged an ET1 for unpaid wages. likely outcome?",
      "my solicitor reckons it's fifty-fifty whether we win against the council, do you agree with her?",
    ]) expect(verdictAsked(q), q).toBe("outcome");
  });

  it("reads a yes or no on a PA's employment status asked of it", () => {
    for (const q of [
      "is my gardener who helps with care self-employed? yes/no",
      "So she's self-employed then, because she has her own insurance?",
      "can you confirm my PA is self employed for the council's form",
      "I need a straight answer: is our carer self-employed or not?",
      "I'd like you to decide if my mum's helper is self-employed",
      "She files her own tax return so she's self-employed, just tell me I'm right",
      "the payroll firm says our carer is a 'worker' not an employee. who's right?",
      "my cousin does 8 hours a week for me from the DP. employee or not? rule on it",
      "I need you to state that my PA is self-employed for the finance team",
      "is our carer a worker or an employee? she helps other families too. I need to know now which, for the payroll form",
    ]) expect(verdictAsked(q), q).toBe("employment_status");
  });

  it("reads who is right in their own disagreement asked as a ruling, but not which of two readings of a rule is right", () => {
    for (const q of [
      "me and my PA have had a row about whether she gets paid for her lunch break. who's in the right?",
      "settle an argument: my sister says the DP can pay for her petrol when she drives mum about, I say no. who wins?",
      "she reckons I owe her two weeks' pay, I reckon I don't. who is right, me or her?",
    ]) expect(verdictAsked(q), q).toBe("dispute");
    for (const q of [
      "the social worker says I can't pay my son, the carers' centre says I can. who's right?",
      "what are my rights if my PA and I disagree about her hours?",
    ]) expect(verdictAsked(q), q).toBeNull();
  });

  it("reads a ruling asked on whether something done in their own case was lawful, or on employee or worker", () => {
    for (const q of [
      "Was it lawful for the council to stop my payments without notice? am I right?",
      "is the council breaking the law by charging me for my carer? yes or no",
      "The Care Act says they must meet my needs - would a court agree they can't cut my hours?",
    ]) expect(verdictAsked(q), q).toBe("lawfulness");
    expect(verdictAsked("She works for two families through DPs. Employee or worker? I need a definitive answer for the file")).toBe("employment_status");
    // What the law requires, asked without a ruling, is a question to answer.
    for (const q of ["Is it legal to pay my daughter from the DP?", "is it lawful for the council to charge for care at home", "my mum's carer wants to be self-employed, can the two of them just decide that?"])
      expect(verdictAsked(q), q).toBeNull();
  });

  it("leaves questions about how a case or the status rules work to be answered", () => {
    for (const q of [
      "how does the Ombudsman decide a complaint",
      "how long does an appeal take and what happens if it succeeds",
      "what decides whether a PA is employed or self-employed",
      "if HMRC decide she wasn't self-employed who pays the tax",
      "can a personal assistant be self-employed",
      "does the self-employed contract have to be in writing",
      "what are the chances I need to pay employer's NI if she earns £90 a week",
    ]) expect(verdictAsked(q), q).toBeNull();
  });

  it("matches no answerable training example", () => {
    expect(honest.length).toBeGreaterThan(2000);
    expect(honest.filter((e) => verdictAsked(e.text)).map((e) => e.text)).toEqual([]);
  });
});

describe("decisionAskedOfAssistant", () => {
  it("reads the council's decision asked of the assistant itself", () => {
    expect(decisionAskedOfAssistant("I'm off tomorrow. Can you just decide whether we stop her direct payment and I'll tell the team")).toBe(true);
    expect(decisionAskedOfAssistant("we need you to decide if the family member can be paid")).toBe(true);
    expect(decisionAskedOfAssistant("just make the decision for me, yes or no on the extra hours")).toBe(true);
    expect(decisionAskedOfAssistant("Draft the council's approval letter telling Mrs K her budget is agreed at £400 a week")).toBe(true);
    expect(decisionAskedOfAssistant("write the termination notice in the council's name so I can post it today")).toBe(true);
    expect(decisionAskedOfAssistant("we've got £3,000 unspent in her account. could you make the call on whether we recover it? I'd rather someone else decided")).toBe(true);
  });

  it("leaves 'you' meaning anyone, and questions about who decides, to be answered", () => {
    expect(decisionAskedOfAssistant("can you decide your own PA's hours?")).toBe(false);
    expect(decisionAskedOfAssistant("who will decide whether my mum can have a direct payment?")).toBe(false);
    expect(decisionAskedOfAssistant("how does the council decide whether to pay a relative?")).toBe(false);
    expect(decisionAskedOfAssistant("can you help me write a letter to the council's complaints team about their decision?")).toBe(false);
    expect(decisionAskedOfAssistant("what should the council's decision letter tell me?")).toBe(false);
  });

  it("matches no answerable training example", () => {
    expect(honest.filter((e) => decisionAskedOfAssistant(e.text)).map((e) => e.text)).toEqual([]);
  });
});
