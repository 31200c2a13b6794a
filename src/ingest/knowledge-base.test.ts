import { describe, expect, it } from "vitest";
import { loadCouncilConfig } from "../config/council-config.ts";
import { loadKnowledge } from "./load-knowledge.ts";
import { TOPICS, type Audience, type Topic } from "./knowledge-schema.ts";
import { fleschReadingEase } from "./readability.ts";

// The real knowledge base, checked as a whole: what a council editor breaks, these tests catch.
const council = loadCouncilConfig("config/council.json");
const { documents } = loadKnowledge("knowledge", council);
const today = new Date().toISOString().slice(0, 10);

/** Which audiences each area must serve (issue: "each area has documents for each audience it serves"). */
const SERVES: Record<Topic, Audience[]> = {
  "care-act": ["citizen", "social_worker", "support_staff"],
  charging: ["citizen", "social_worker", "support_staff"],
  "using-dp": ["citizen", "social_worker", "support_staff"],
  family: ["citizen", "social_worker", "support_staff"],
  "employing-pa": ["citizen", "social_worker", "support_staff"],
  money: ["citizen", "social_worker", "support_staff"],
  "getting-started": ["citizen", "social_worker", "support_staff"],
  reviews: ["citizen", "social_worker", "support_staff"],
  "other-options": ["citizen", "support_staff"],
  "scotland-wales": ["citizen", "social_worker", "support_staff"],
  "local-policy": ["citizen", "social_worker", "support_staff"],
  help: ["citizen", "social_worker", "support_staff"],
};

describe("the knowledge base", () => {
  it("has at least 50 valid documents with unique ids (schema, links and placeholders checked on load)", () => {
    expect(documents.length).toBeGreaterThanOrEqual(50);
    expect(new Set(documents.map((d) => d.meta.id)).size).toBe(documents.length);
  });

  it("cites at least one primary source with a URL in every document", () => {
    const missing = documents.filter((d) => !d.meta.sources.some((s) => /^https:\/\//.test(s.url))).map((d) => d.file);
    expect(missing).toEqual([]);
  });

  it("has no document past its review date", () => {
    const overdue = documents.filter((d) => d.meta.review_due <= today).map((d) => `${d.file} (review_due ${d.meta.review_due})`);
    expect(overdue).toEqual([]);
  });

  it.each(TOPICS)("covers %s for every audience it serves", (topic) => {
    const inTopic = documents.filter((d) => d.meta.topic === topic);
    const uncovered = SERVES[topic].filter((a) => !inTopic.some((d) => d.meta.audience.includes(a)));
    expect(uncovered, `${topic} has no document for: ${uncovered.join(", ")}`).toEqual([]);
  });

  it("writes citizen documents in plain English (Flesch reading ease of at least 60)", () => {
    const hard = documents
      .filter((d) => d.meta.audience.includes("citizen"))
      .map((d) => ({ file: d.file, score: Math.round(fleschReadingEase(d.body)) }))
      .filter((d) => d.score < 60)
      .map((d) => `${d.file}: ${d.score}`);
    expect(hard, `below 60: ${hard.join("; ")}`).toEqual([]);
  });

  it("says on every local policy page that the sample council is fictional", () => {
    const local = documents.filter((d) => d.meta.jurisdiction === "local");
    expect(local.length).toBeGreaterThan(0);
    if (council.council.isSample) for (const d of local) expect(d.body, d.file).toContain(council.council.sampleNotice);
    for (const d of local) {
      expect(d.meta.owner, d.file).toBeTruthy();
      expect(d.meta.policy_version, d.file).toBeTruthy();
    }
  });

  it("dates the money figures in every section that gives them (a tax year or the date they apply from)", () => {
    // Section by section: a figure must have its year in the same section, not somewhere else on the page.
    const unlabelled = documents
      .filter((d) => d.meta.jurisdiction !== "local")
      .flatMap((d) => d.sections.filter((s) => /£\d/.test(s.text) && !/\b20\d\d\b/.test(`${s.heading} ${s.text}`)).map((s) => `${d.file}#${s.anchor}`));
    expect(unlabelled).toEqual([]);
  });
});
