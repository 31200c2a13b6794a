import { z } from "zod";

export const AUDIENCES = ["citizen", "social_worker", "support_staff"] as const;
export type Audience = (typeof AUDIENCES)[number];

export const JURISDICTIONS = ["england", "scotland", "wales", "local"] as const;
export type Jurisdiction = (typeof JURISDICTIONS)[number];

/** The knowledge areas (docs/architecture.md, "Knowledge"); the coverage test checks each has documents for its audiences. */
export const TOPICS = [
  "care-act",
  "charging",
  "using-dp",
  "family",
  "employing-pa",
  "money",
  "getting-started",
  "reviews",
  "other-options",
  "scotland-wales",
  "local-policy",
  "help",
] as const;
export type Topic = (typeof TOPICS)[number];

// gray-matter (js-yaml) turns an unquoted 2026-11-01 into a Date; accept both and normalise to ISO text.
const isoDate = z.preprocess(
  (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date written YYYY-MM-DD"),
);

export const sourceSchema = z.object({
  title: z.string().min(3),
  url: z.string().url(),
  section: z.string().min(1).optional(),
});

export const frontMatterSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be kebab-case (a-z, 0-9 and hyphens)"),
    title: z.string().min(5).max(120),
    summary: z.string().min(20).max(400),
    audience: z.array(z.enum(AUDIENCES)).min(1),
    jurisdiction: z.enum(JURISDICTIONS),
    topic: z.enum(TOPICS),
    questions: z.array(z.string().min(3)).min(3),
    sources: z.array(sourceSchema).min(1),
    last_reviewed: isoDate,
    review_due: isoDate,
    tax_years: z.array(z.string().regex(/^\d{4}\/\d{2}$/)).optional(),
    owner: z.string().min(3).optional(),
    policy_version: z.string().min(1).optional(),
    related: z.array(z.string()).optional(),
    /**
     * false for a document about harm itself (raising a safeguarding concern): its questions speak of abuse
     * and neglect without disclosing any, so they do not train the harm check as ordinary messages, which
     * would teach it that the words of a disclosure are ordinary (src/pipeline/guards/harm-classifier.ts).
     */
    harm_examples: z.boolean().optional(),
    /**
     * The questions each section answers, keyed by the section's heading exactly as written ("" or the
     * title for the text before the first heading). The question-to-section matcher learns from these.
     */
    section_questions: z.record(z.string(), z.array(z.string().min(3)).min(1)).optional(),
  })
  .strict()
  .superRefine((fm, ctx) => {
    if (fm.jurisdiction === "local") {
      if (!fm.owner) ctx.addIssue({ code: "custom", path: ["owner"], message: "local policy needs an owner" });
      if (!fm.policy_version)
        ctx.addIssue({ code: "custom", path: ["policy_version"], message: "local policy needs a policy_version" });
    }
    if (fm.review_due <= fm.last_reviewed)
      ctx.addIssue({ code: "custom", path: ["review_due"], message: "must be after last_reviewed" });
  });

export type FrontMatter = z.infer<typeof frontMatterSchema>;
export type Source = z.infer<typeof sourceSchema>;
