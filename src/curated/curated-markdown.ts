import matter from "gray-matter";
import type { CuratedAnswer } from "./curated-answer.ts";
import { curatedFrontMatterSchema } from "./curated-answer.ts";

/** A curated answer as a Markdown file with YAML front matter, the format of knowledge/curated/. */
export function curatedToMarkdown(a: CuratedAnswer): string {
  const front = {
    id: a.id,
    questions: a.questions,
    audience: a.audience,
    sections: a.sections,
    figures: a.figures,
    must_include: a.mustInclude,
    owner: a.owner,
    review_due: a.reviewDue,
    approved_at: a.approvedAt.toISOString(),
    approved_by: a.approvedBy,
    status: a.status,
  };
  return matter.stringify(`${a.answer.trim()}\n`, front);
}

export class CuratedFileError extends Error {
  constructor(
    readonly file: string,
    readonly field: string,
    message: string,
  ) {
    super(`${file}: ${field} ${message}`);
  }
}

/** Reads one exported file back; a bad file throws CuratedFileError naming the file and the field. */
export function curatedFromMarkdown(text: string, file: string): CuratedAnswer {
  let parsed;
  try {
    // A fresh object each time: gray-matter caches by content.
    parsed = matter(text.replace(/^\uFEFF/, ""), {});
  } catch (err) {
    throw new CuratedFileError(file, "front matter", `is not valid YAML (${(err as Error).message.split("\n")[0]})`);
  }
  if (!Object.keys(parsed.data).length) throw new CuratedFileError(file, "front matter", "is missing (the file must start with ---)");
  const result = curatedFrontMatterSchema.safeParse(parsed.data);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new CuratedFileError(file, issue.path.join(".") || "front matter", issue.message);
  }
  const answer = parsed.content.trim();
  if (!answer) throw new CuratedFileError(file, "answer", "is empty (the answer is the text after the front matter)");
  const f = result.data;
  return {
    id: f.id,
    questions: f.questions,
    answer,
    sections: f.sections,
    figures: f.figures,
    mustInclude: f.must_include,
    audience: f.audience,
    owner: f.owner,
    reviewDue: f.review_due,
    status: f.status,
    approvedAt: f.approved_at,
    approvedBy: f.approved_by,
  };
}
