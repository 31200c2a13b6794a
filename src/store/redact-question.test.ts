import { describe, expect, it } from "vitest";
import { redactQuestion } from "./redact-question.ts";

describe("redactQuestion", () => {
  it("removes a name given as \"I'm <Name>\", which redactPii alone leaves, with the email and phone", () => {
    expect(redactQuestion("I'm Dave Smith, email dave@example.com, 07700 900123")).toBe("I'm [name], email [email], [phone]");
    expect(redactQuestion("I am Priya and my mum needs care")).toBe("I am [name] and my mum needs care");
    expect(redactQuestion("My name is Dave Smith")).toBe("My name is [name]");
  });
  it("leaves ordinary openings alone", () => {
    for (const q of ["I'm not sure if I can pay my son", "I'm a carer for my wife", "I am 67 and on pension credit", "I'm Worried About Money", "i'm dave"])
      expect(redactQuestion(q)).toBe(q);
  });
});
