import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadOffTopicSignposts, offTopicSignpost, SignpostsError } from "./off-topic-signposts.ts";

describe("off-topic signposts", () => {
  it("names where a subject outside direct payments is dealt with, and nothing for a subject it does not know", () => {
    const signposts = loadOffTopicSignposts();
    expect(offTopicSignpost(signposts, "the brakes on my motability car are squealing, is it safe?")).toMatch(/garage/);
    expect(offTopicSignpost(signposts, "my landlord won't fix the boiler")).toMatch(/Shelter/);
    expect(offTopicSignpost(signposts, "what's a good recipe for a quick tea")).toBeNull();
  });

  it("stops start-up naming the entry whose pattern does not compile", () => {
    const path = join(mkdtempSync(join(tmpdir(), "signposts-")), "bad.json");
    writeFileSync(path, JSON.stringify({ signposts: [{ subject: "cars", words: "(unclosed", line: "A garage can check it for you." }] }));
    expect(() => loadOffTopicSignposts(path)).toThrow(SignpostsError);
    expect(() => loadOffTopicSignposts(path)).toThrow(/signposts\.0\.words/);
  });
});
