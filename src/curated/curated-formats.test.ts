import { describe, expect, it } from "vitest";
import { parseEvalSet } from "../../evals/eval-item.ts";
import type { CuratedAnswer } from "./curated-answer.ts";
import { curatedEvalItems } from "./curated-eval-items.ts";
import { CuratedFileError, curatedFromMarkdown, curatedToMarkdown } from "./curated-markdown.ts";
import { createCuratedMatcher, CURATED_MATCH_MIN } from "./match-curated.ts";
import { figuresIn } from "./figures-in.ts";

const answer: CuratedAnswer = {
  id: "pa-minimum-wage",
  questions: ["What is the minimum wage for my PA?", "How much must I pay my PA an hour at least?"],
  answer: "From 1 April 2026 (tax year 2026/27) a PA aged 21 or over must be paid at least £12.71 an hour.",
  sections: [{ id: "minimum-wage-for-pas#the-rates", hash: "b".repeat(64) }],
  figures: ["2026/27", "£12.71"],
  mustInclude: [["£12.71"], ["21"]],
  audience: "citizen",
  owner: "Direct Payments Team",
  reviewDue: "2027-03-31",
  status: "approved",
  approvedAt: new Date("2026-12-01T10:00:00Z"),
  approvedBy: "editor@northbridge.example",
};

describe("curated answer formats", () => {
  it("round-trips through Markdown with front matter", () => {
    const md = curatedToMarkdown(answer);
    expect(md).toMatch(/^---\nid: pa-minimum-wage\n/);
    expect(curatedFromMarkdown(md, "pa-minimum-wage.md")).toEqual(answer);
  });

  it("names the file and the field of a bad import", () => {
    const md = curatedToMarkdown(answer).replace("audience: citizen", "audience: everyone");
    const full = curatedToMarkdown(answer);
    const frontOnly = full.slice(0, full.indexOf("---\n", 4) + 4);
    expect(() => curatedFromMarkdown(md, "x.md")).toThrow(CuratedFileError);
    expect(() => curatedFromMarkdown(md, "x.md")).toThrow(/^x\.md: audience /);
    expect(() => curatedFromMarkdown("just text", "y.md")).toThrow(/^y\.md: front matter is missing/);
    expect(() => curatedFromMarkdown(frontOnly, "z.md")).toThrow(/^z\.md: answer is empty/);
  });

  it("exports one eval item per wording, in the repository's eval format", () => {
    const { items, errors } = parseEvalSet(curatedEvalItems([answer, { ...answer, id: "gone", status: "withdrawn" }]));
    expect(errors).toEqual([]);
    expect(items.map((i) => [i.id, i.question, i.kind, i.audience])).toEqual([
      ["curated-pa-minimum-wage-1", "What is the minimum wage for my PA?", "fact", "citizen"],
      ["curated-pa-minimum-wage-2", "How much must I pay my PA an hour at least?", "fact", "citizen"],
    ]);
    expect(items[0].must_include).toEqual([["£12.71"], ["21"]]);
  });

  it("finds the figures an answer states", () => {
    expect(figuresIn("£12.71 an hour in 2026/27, 12.07% of hours, £1,000 and £ 5")).toEqual(["£12.71", "2026/27", "12.07%", "£1,000", "£5"]);
  });
});

describe("matching a question to a curated answer", () => {
  const matcher = createCuratedMatcher([answer]);
  it("matches the wording and close variants of it, for its audience only", () => {
    expect(matcher.match("what is the minimum wage for my PA", "citizen")?.answer.id).toBe("pa-minimum-wage");
    expect(matcher.match("What's the minimum wage for my PA please?", "citizen")?.score).toBeGreaterThanOrEqual(CURATED_MATCH_MIN);
    expect(matcher.match("What is the minimum wage for my PA?", "social_worker")).toBeNull();
  });
  it("lets a weak match, a negation or a different figure fall through", () => {
    expect(matcher.match("minimum wage for an apprentice PA aged 19 in Wales", "citizen")).toBeNull();
    expect(matcher.match("How much must I not pay my PA an hour at least?", "citizen")).toBeNull();
    const aged = createCuratedMatcher([{ ...answer, questions: ["minimum wage for a PA aged 21"] }]);
    expect(aged.match("minimum wage for a PA aged 21", "citizen")).not.toBeNull();
    expect(aged.match("minimum wage for a PA aged 18", "citizen")).toBeNull();
  });
  it("ignores withdrawn answers", () => {
    expect(createCuratedMatcher([{ ...answer, status: "withdrawn" }]).match("What is the minimum wage for my PA?", "citizen")).toBeNull();
  });
});
