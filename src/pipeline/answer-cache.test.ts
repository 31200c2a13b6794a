import { describe, expect, it } from "vitest";
import type { Answer } from "./answer-types.ts";
import { createAnswerCache } from "./answer-cache.ts";

const answer = (status: Answer["status"], composer: Answer["composer"] = "embedded"): Answer => ({ id: "a", status, answer: "text", citations: [], composer });
const ask = (content: string, extra: object = {}) => ({ messages: [{ role: "user" as const, content }], ...extra });

describe("createAnswerCache", () => {
  it("returns a kept answer for the same first question with a new id each time", () => {
    const cache = createAnswerCache(10);
    cache.set(ask("Can I pay my daughter?"), answer("answered"));
    const a = cache.get(ask("  can i pay my   DAUGHTER? "));
    const b = cache.get(ask("Can I pay my daughter?"));
    expect(a?.answer).toBe("text");
    expect(a?.id).not.toBe(b?.id);
    expect(cache.get(ask("Can I pay my daughter?", { audience: "social_worker" }))).toBeUndefined();
  });

  it("never keeps disclosures, errors, model answers or follow-ups, and forgets the oldest", () => {
    const cache = createAnswerCache(2);
    cache.set(ask("my PA hits me"), answer("safeguarding"));
    cache.set(ask("x"), answer("error"));
    cache.set(ask("y"), answer("answered", "model"));
    cache.set({ messages: [{ role: "user", content: "a" }, { role: "assistant", content: "b" }, { role: "user", content: "c" }] }, answer("answered"));
    expect(cache.size).toBe(0);
    cache.set(ask("one"), answer("answered"));
    cache.set(ask("two"), answer("answered"));
    cache.set(ask("three"), answer("answered"));
    expect(cache.get(ask("one"))).toBeUndefined();
    expect(cache.get(ask("three"))).toBeDefined();
    expect(createAnswerCache(0).get(ask("three"))).toBeUndefined();
  });
});
