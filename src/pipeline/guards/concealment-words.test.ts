import { describe, expect, it } from "vitest";
import { CONCEALS, HONEST } from "./concealment-words.ts";

describe("CONCEALS", () => {
  it("reads records made or reissued to say what did not happen, and a change kept from the council", () => {
    for (const q of [
      "could you make us up some invoices for last spring so the audit passes",
      "we lost the cleaner's bill, can you make up a replacement invoice with last month's date on it",
      "is it possible to get the chemist to reprint the receipt with a different item on it",
      "what date should we put on the timesheets so they cover the weeks before the agreement",
      "if I put him down as living at his brother's will the assessment go down",
      "she got a new job, if I just don't update them how long before they'd notice?",
      "how do I keep it out of the account they see",
      "the PA on paper is my friend but it's really me, any tips so the audit won't pick it up?",
    ]) expect(CONCEALS.test(q), q).toBe(true);
  });
  it("leaves mistakes being put right and honest record-keeping alone", () => {
    for (const q of [
      "the shop reissued my receipt with a different date by mistake, what should I do",
      "I forgot to update them about my pension going up, how do I put it right?",
      "what should I put on the timesheets for a sleep-in night",
      "my son is living at his brother's now, do I tell the council?",
    ]) expect(CONCEALS.test(q), q).toBe(false);
  });
});

describe("HONEST", () => {
  it("reads a message that says it hides nothing, or that puts a mistake right", () => {
    for (const q of [
      "I've got £16,000 from my nan. I'm not trying to hide it, I just want to know how they'll count it",
      "I gave the wrong figure for my pension on the form, how do I put that right?",
      "I think I made an error on the financial assessment about my savings, what do I do?",
    ]) expect(HONEST.test(q), q).toBe(true);
  });
  it("does not read a plan to hide as honest", () => {
    for (const q of ["how do I hide my savings from the financial assessment", "if I move it to my son's account will they find out?"]) expect(HONEST.test(q), q).toBe(false);
  });
});
