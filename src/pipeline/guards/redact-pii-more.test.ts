import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { INDEPENDENT_ORDINARY } from "./fixtures/independent-set.ts";
import { SECOND_SET_ORDINARY } from "./fixtures/independent-set-2.ts";
import { LONG_ORDINARY } from "./fixtures/long-ordinary.ts";
import { ORDINARY_QUESTIONS } from "./fixtures/ordinary-questions.ts";
import { redactPii } from "./redact-pii.ts";

// Issue: stored feedback kept names ("I'm Dave Smith"), street addresses, an IBAN, a passport number, an
// obfuscated email, an NHS number and international phone numbers.
describe("redactPii: more kinds of personal data", () => {
  it.each([
    ["I'm Dave Smith and I need help with my PA", "I'm [name] and I need help with my PA"],
    ["Hi, I am Priya Patel. Can I pay my son?", "Hi, I am [name]. Can I pay my son?"],
    ["I’m Siobhan, my mum gets a direct payment", "I’m [name], my mum gets a direct payment"],
    ["Mrs Jones is my PA", "Mrs [name] is my PA"],
    ["Dr. Ahmed Khan said I need more care", "Dr. [name] said I need more care"],
    ["Mrs O'Neill is my PA", "Mrs [name] is my PA"],
    ["Thanks, Dave", "Thanks, [name]"],
    ["Kind regards,\nSusan Clarke", "Kind regards,\n[name]"],
    ["Many thanks\nJohn", "Many thanks\n[name]"],
  ])("names: %j", (input, expected) => expect(redactPii(input)).toBe(expected));

  it.each([
    ["I live at 12 Acacia Avenue, Northbridge", "I live at [address], Northbridge"],
    ["Flat 3, 45 High Street", "[address]"],
    ["221B Baker Street", "[address]"],
    ["my address is 14 Elm Close", "my address is [address]"],
    ["send it to 7 church road please", "send it to [address] please"],
    ["she lives at 3 St Mary's Road now", "she lives at [address] now"],
  ])("street addresses: %j", (input, expected) => expect(redactPii(input)).toBe(expected));

  it.each([
    ["my IBAN is GB29 NWBK 6016 1331 9268 19", "my IBAN is [bank]"],
    ["IBAN: DE89370400440532013000", "IBAN: [bank]"],
    ["FR1420041010050500013M02606", "[bank]"],
    ["pay IE29AIBK93115212345678 thanks", "pay [bank] thanks"],
    ["gb82 west 1234 5698 7654 32", "[bank]"],
  ])("IBANs (mod-97 checked): %j", (input, expected) => expect(redactPii(input)).toBe(expected));

  it("leaves an IBAN-shaped string that fails the check", () => {
    expect(redactPii("code GB00 NWBK 6016 1331 9268 19")).toBe("code GB00 NWBK 6016 1331 9268 19");
  });

  it.each([
    ["passport number 533401372", "passport number [passport]"],
    ["my passport no. is 123456789", "my passport no. is [passport]"],
    ["Passport: GB1234567A", "Passport: [passport]"],
    ["passport # C01X00T47", "passport # [passport]"],
  ])("passport numbers: %j", (input, expected) => expect(redactPii(input)).toBe(expected));

  it.each([
    ["email john.williams (at) gmail dot com", "email [email]"],
    ["jo [at] example [dot] org", "[email]"],
    ["write to jo at gmail dot com", "write to [email]"],
    ["JOHN DOT SMITH AT HOTMAIL DOT CO DOT UK", "[email]"],
    ["mary{at}northbridge.gov.uk", "[email]"],
  ])("emails written out: %j", (input, expected) => expect(redactPii(input)).toBe(expected));

  it.each([
    ["my NHS number is 943 476 5919", "my NHS number is [NHS number]"],
    ["NHS no: 9434765919", "NHS no: [NHS number]"],
    ["nhs 943-476-5919", "nhs [NHS number]"],
    ["her number is 401 023 2137 on the letter", "her number is [NHS number] on the letter"],
  ])("NHS numbers (mod-11 checked): %j", (input, expected) => expect(redactPii(input)).toBe(expected));

  it.each([
    ["call me on +1 415 555 2671", "call me on [phone]"],
    ["+33 1 23 45 67 89", "[phone]"],
    ["ring +49 30 1234567", "ring [phone]"],
    ["+91 98765 43210", "[phone]"],
    ["00353 87 123 4567", "[phone]"],
    ["+353 (0)87 123 4567", "[phone]"],
    ["my son in Spain: +34 612-345-678", "my son in Spain: [phone]"],
  ])("international phone numbers: %j", (input, expected) => expect(redactPii(input)).toBe(expected));
});

describe("redactPii: still leaves ordinary questions alone", () => {
  it.each([
    "I'm Worried about my budget",
    "I'm Deaf and need BSL",
    "I'm not sure how the contribution works",
    "I have 2 close friends who could help",
    "pay 4 family members way more",
    "she works 20 hours a week on Park Road",
    "look at the dot com bubble",
    "passport renewal costs £88.50",
    "reference 1234567890",
    "I get £1,234.56 every 4 weeks",
    "my review is on 1 May 2026",
    "+ 20 hours",
    "she earns £12.71 + holiday",
    "thanks for your help",
    "Can I get support from Scope?",
    "Is 24 hour care covered?",
    "My PA works 3 long days",
    "Thanks!",
    "I am Muslim, can my PA cook halal food?",
    "is the 2026/27 rate £12.71 or £13.00",
  ])("keeps: %j", (input) => expect(redactPii(input)).toBe(input));

  it("changes no question in the ordinary and evaluation sets except those that name someone", () => {
    const questions: string[] = [...ORDINARY_QUESTIONS, ...SECOND_SET_ORDINARY, ...INDEPENDENT_ORDINARY, ...LONG_ORDINARY];
    for (const f of ["evals/dev.jsonl", "evals/fresh.jsonl"])
      for (const line of readFileSync(f, "utf8").split("\n").filter(Boolean)) {
        const item = JSON.parse(line) as { question?: string };
        if (item.question) questions.push(item.question);
      }
    expect(questions.length).toBeGreaterThan(300);
    const changed = [...new Set(questions.filter((q) => redactPii(q) !== q).map((q) => redactPii(q)))];
    expect(changed).toEqual(["My PA's name is [name], can I pay him more", expect.stringMatching(/^Mr \[name\]'s DP was suspended/)]);
  });
});
