import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ORDINARY_QUESTIONS } from "./fixtures/ordinary-questions.ts";
import { redactPii } from "./redact-pii.ts";

describe("redactPii: what it removes", () => {
  it.each([
    ["my name is John Smith and I need help", "my name is [name] and I need help"],
    ["My name's Priya, can I pay my son?", "My name's [name], can I pay my son?"],
    ["I'm called Mary-Jane O'Neill.", "I'm called [name]."],
    ["I’m called Bob", "I’m called [name]"],
    ["hi my name is mary jones i need help", "hi my name is [name] i need help"],
    ["This is Dorothy speaking", "This is [name] speaking"],
    ["my PA is called Dan and wants a pay rise", "my PA is called [name] and wants a pay rise"],
  ])("names: %s", (input, expected) => {
    expect(redactPii(input)).toBe(expected);
  });

  it.each([
    ["email me at jo.bloggs+dp@example.co.uk please", "email me at [email] please"],
    ["JOHN_SMITH99@Mail.com", "[email]"],
  ])("emails: %s", (input, expected) => {
    expect(redactPii(input)).toBe(expected);
  });

  it.each([
    "call me on 07700 900123",
    "call me on 07700900123",
    "call me on +44 7700 900123",
    "call me on +447700900123",
    "call me on 01632 960 100",
    "call me on 01632-960-100",
    "call me on (01632) 960100",
    "call me on +44 (0)1632 960100",
    "call me on 020 7946 0018",
    "call me on 0121 496 0000",
  ])("UK phone numbers: %s", (input) => {
    expect(redactPii(input)).toBe("call me on [phone]");
  });

  it.each(["my NI number is AB123456C", "my NI is ab 12 34 56 c", "NI: JT 123456 A"])("NI numbers: %s", (input) => {
    const out = redactPii(input);
    expect(out).toContain("[NI number]");
    expect(out).not.toMatch(/\d{2}\s?\d{2}\s?\d{2}/);
  });

  it("leaves impossible NI prefixes alone (HMRC never issues QQ, BG, GB)", () => {
    expect(redactPii("QQ123456C")).toBe("QQ123456C");
    expect(redactPii("GB123456A")).toBe("GB123456A");
  });

  it.each([
    ["I live at NB1 4XY", "I live at [postcode]"],
    ["postcode sw1a 1aa", "postcode [postcode]"],
    ["M1 1AE is the office", "[postcode] is the office"],
    ["B338TH", "[postcode]"],
    ["EC1A1BB", "[postcode]"],
  ])("postcodes: %s", (input, expected) => {
    expect(redactPii(input)).toBe(expected);
  });

  it.each([
    ["I was born on 12/03/1950", "I was born on [date]"],
    ["DOB: 1.4.48", "DOB: [date]"],
    ["date of birth 3rd of March 1947", "date of birth [date]"],
    ["my mum, 14 Feb 1939, needs care", "my mum, [date], needs care"],
    ["born March 5, 1961", "born [date]"],
    ["my dob is 1955-07-21", "my dob is [date]"],
    ["birthday is 02/02/2001", "birthday is [date]"],
  ])("dates of birth: %s", (input, expected) => {
    expect(redactPii(input)).toBe(expected);
  });

  it.each([
    ["card 4111 1111 1111 1111 was lost", "card [card] was lost"],
    ["my card is 5555-5555-5555-4444", "my card is [card]"],
    ["378282246310005", "[card]"],
    ["6011000990139424 and 4000056655665556", "[card] and [card]"],
  ])("Luhn-valid card numbers: %s", (input, expected) => {
    expect(redactPii(input)).toBe(expected);
  });

  it("keeps digit runs that fail the Luhn check", () => {
    expect(redactPii("reference 4111 1111 1111 1112")).toBe("reference 4111 1111 1111 1112");
  });

  it.each([
    ["sort code 12-34-56 account 12345678", "sort code [bank] account [bank]"],
    ["Sort code: 123456, account number: 87654321", "Sort code: [bank], account number: [bank]"],
    ["pay into 20-00-00 55779911 please", "pay into [bank] [bank] please"],
    ["a/c no. 31926819", "a/c no. [bank]"],
  ])("bank details: %s", (input, expected) => {
    expect(redactPii(input)).toBe(expected);
  });

  it("redacts several kinds in one message", () => {
    const out = redactPii("My name is Ann Lee, DOB 01/02/1944, NB1 4XY, 07700 900123, ann@example.org, NI AB123456C");
    expect(out).toBe("My name is [name], DOB [date], [postcode], [phone], [email], NI [NI number]");
  });
});

describe("redactPii: what it keeps", () => {
  it.each([
    "I have £18,000 in savings",
    "my PA earns £12.71 an hour",
    "she works 20 hours a week, 37.5 hours in total",
    "I'm 84 and my husband is 90",
    "what are the rates for 2026/27 and 2025/26?",
    "my review is on 1 May 2026",
    "payments start on 06/04/2026",
    "the capital limit is £23,250 and the lower limit £14,250",
    "my budget is £1,234.56 every 4 weeks",
    "she started on 3 March 2024 and works 16 hours",
    "This is hard to understand",
    "call me back tomorrow",
    "I'm called by the council every month",
    "Section 117 aftercare and s.42 enquiries",
    "pay 1500 a month",
  ])("keeps: %s", (input) => {
    expect(redactPii(input)).toBe(input);
  });

  it("changes none of the ordinary questions except the one that names someone", () => {
    const changed = ORDINARY_QUESTIONS.filter((q) => redactPii(q) !== q).map((q) => redactPii(q));
    expect(changed).toEqual(["My PA's name is [name], can I pay him more"]);
  });
});

describe("redactPii: properties", () => {
  const piece = fc.oneof(
    fc.string({ maxLength: 20 }),
    fc.constantFrom(
      "my name is Jo Bloggs", "07700 900123", "+44 1632 960100", "AB123456C", "NB1 4XY", "born 12/03/1950",
      "4111 1111 1111 1111", "sort code 12-34-56", "account 12345678", "a@b.co", "£18,000", "2026/27", " ", "\n",
      "I'm called", "this is", "[name]", "[card]", "DOB", "0", "-", "/",
    ),
  );
  const message = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(" "));

  it("never throws and always returns a string", () => {
    fc.assert(fc.property(fc.oneof(message, fc.string({ maxLength: 300 })), (s) => typeof redactPii(s) === "string"), { numRuns: 1_000 });
    expect(redactPii(undefined as unknown as string)).toBe("");
  });

  it("is idempotent: redacting twice gives the same as once", () => {
    fc.assert(
      fc.property(fc.oneof(message, fc.string({ maxLength: 300 })), (s) => {
        const once = redactPii(s);
        expect(redactPii(once)).toBe(once);
      }),
      { numRuns: 1_000 },
    );
  });

  it("leaves no Luhn-valid card number behind", () => {
    const luhnCard = fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 15, maxLength: 15 }).map((digits) => {
      const body = [4, ...digits];
      let sum = 0;
      for (let i = 0; i < body.length; i++) {
        let d = body[body.length - 1 - i];
        if (i % 2 === 0) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
        sum += d;
      }
      return [...body, (10 - (sum % 10)) % 10].join("");
    });
    fc.assert(fc.property(luhnCard, (card) => redactPii(`paid with ${card} today`) === "paid with [card] today"), { numRuns: 300 });
  });

  it("stays fast on long input", () => {
    const started = performance.now();
    redactPii("my name is ".repeat(5_000));
    redactPii("1 ".repeat(20_000));
    redactPii("a@".repeat(10_000));
    redactPii("4111 ".repeat(10_000));
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
