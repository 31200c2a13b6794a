import { describe, expect, it } from "vitest";
import { mentionsDomain } from "./mentions-domain.ts";

describe("mentionsDomain", () => {
  it.each([
    "can i pay my daughter to look after me",
    "i want control but i dont want to manage the money myself what are my options",
    "how much holiday does my PA get",
    "what does reg 7 say",
    "ive got £30,000 put away",
    "is my mum's dementia a reason she can't have one",
    "what's the lower earnings limit for 2026/27",
    "do i need to give my PA a P60",
    "I look after my husband basically 24/7, is there anything for me",
  ])("places a care or employing question in the domain: %s", (q) => expect(mentionsDomain(q)).toBe(true));

  it.each([
    "when is the next bank holiday",
    "how do i make a will",
    "my phone contract is too expensive how do i cancel it",
    "is it going to snow this week",
    "what are the library opening hours",
  ])("does not place an everyday question in it, though it shares words with the knowledge: %s", (q) => expect(mentionsDomain(q)).toBe(false));
});
