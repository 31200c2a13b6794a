import { basename } from "node:path";
import type { Assistant } from "../assistant.ts";
import { curatedProblems, describeProblem } from "../curated/check-curated.ts";
import { listKnowledgeFiles } from "../ingest/load-knowledge.ts";
import type { ConsoleStore } from "../store/open-store.ts";
import { groupQuestions, type QuestionGroup } from "./group-questions.ts";
import type { ReviewDue } from "./render-gap-report.ts";
import type { StatusDay } from "./render-status-chart.ts";

const DAY_MS = 86_400_000;
/** Documents due for review within this many days (or overdue) are listed. */
export const REVIEW_WINDOW_DAYS = 60;

export interface GapReportData {
  groups: QuestionGroup[];
  reviews: ReviewDue[];
  cited: { section: string; title: string; url: string; count: number }[];
  statusDays: StatusDay[];
  dayList: string[];
  /** Approved curated answers not being given: a section changed, the review date passed, a figure no longer traces. */
  curatedToReview: { id: string; question: string; problems: string[] }[];
}

/** Everything the gap report shows for the last `days` days, from the store and the live knowledge. */
export async function gapReportData(store: ConsoleStore, assistant: Assistant, days: number, now: Date): Promise<GapReportData> {
  const since = new Date(now.getTime() - days * DAY_MS);
  const [rows, cited, statusDays, curated] = await Promise.all([store.answers.gaps(since), store.answers.topCitations(since, 10), store.answers.statusByDay(since), store.curated.approved()]);
  const today = now.toISOString().slice(0, 10);
  const reviews: ReviewDue[] = [];
  // Document ids are their file names; getDocument answers from the index being served.
  for (const file of listKnowledgeFiles(assistant.config.knowledgeDir)) {
    const doc = assistant.getDocument(basename(file, ".md"));
    if (!doc) continue;
    const daysLeft = Math.round((Date.parse(doc.meta.review_due) - Date.parse(today)) / DAY_MS);
    if (daysLeft <= REVIEW_WINDOW_DAYS) reviews.push({ id: doc.meta.id, title: doc.meta.title, reviewDue: doc.meta.review_due, daysLeft });
  }
  reviews.sort((a, b) => a.daysLeft - b.daysLeft || a.title.localeCompare(b.title));
  const dayList: string[] = [];
  for (let t = Date.parse(since.toISOString().slice(0, 10)) + DAY_MS; t <= Date.parse(today); t += DAY_MS) dayList.push(new Date(t).toISOString().slice(0, 10));
  return {
    groups: groupQuestions(rows),
    reviews,
    cited: cited.map((c) => {
      const [docId, anchor] = c.section.split("#");
      const doc = assistant.getDocument(docId);
      const heading = doc?.sections.find((s) => s.anchor === anchor)?.heading;
      return { ...c, title: doc ? `${doc.meta.title}${heading && heading !== doc.meta.title ? `: ${heading}` : ""}` : c.section, url: `/knowledge/${docId}${anchor ? `#${anchor}` : ""}` };
    }),
    statusDays,
    dayList,
    curatedToReview: curated
      .map((a) => ({ id: a.id, question: a.questions[0], problems: curatedProblems(a, (id) => assistant.section(id), now).map(describeProblem) }))
      .filter((a) => a.problems.length),
  };
}
