import { randomBytes } from "node:crypto";
import type { Context, Hono, MiddlewareHandler } from "hono";
import type { Assistant } from "../assistant.ts";
import { curatedProblems, describeProblem } from "../curated/check-curated.ts";
import { CURATED_ID, type CuratedAnswer } from "../curated/curated-answer.ts";
import { curatedEvalItems } from "../curated/curated-eval-items.ts";
import { CuratedFileError, curatedFromMarkdown, curatedToMarkdown } from "../curated/curated-markdown.ts";
import { figuresIn } from "../curated/figures-in.ts";
import { sectionHash as sectionHashOf } from "../curated/section-hash.ts";
import { AUDIENCES, type Audience } from "../ingest/knowledge-schema.ts";
import { findUntraceable } from "../pipeline/compose/trace-figures.ts";
import { contentTerms } from "../retrieval/tokenise.ts";
import { wordSet } from "../retrieval/word-overlap.ts";
import type { ConsoleStore } from "../store/open-store.ts";
import { redactQuestion } from "../store/redact-question.ts";
import { csrfMatches } from "./check-csrf.ts";
import { draftReply, MAX_ENQUIRY_CHARS } from "./draft-reply.ts";
import type { FieldError } from "./render-error-summary.ts";
import { renderApprovalForm, renderCuratedAnswer, renderCuratedList, renderImportPage, type ApprovalValues } from "./render-curated-pages.ts";
import { renderDraftPage } from "./render-draft-page.ts";
import type { StaffEnv } from "./staff-session.ts";

export interface CuratedRoutesOptions {
  app: Hono<StaffEnv>;
  store: Promise<ConsoleStore>;
  assistant: Assistant;
  council: string;
  now: () => Date;
  log: (line: Record<string, unknown>) => void;
  /** Any member of staff, and editors or admins. */
  staff: MiddlewareHandler<StaffEnv>;
  editor: MiddlewareHandler<StaffEnv>;
}

const DAY_MS = 86_400_000;
/** A curated answer is approved for at most this long before it must be looked at again. */
export const MAX_REVIEW_DAYS = 730;
/** The default review date: six months, about how often the knowledge's own figures change (April, October). */
const DEFAULT_REVIEW_DAYS = 182;
const MAX_ANSWER_CHARS = 1_500;
const MAX_QUESTIONS = 20;
const MAX_SECTIONS = 8;
/**
 * How often the curated answers are re-read from the database, for changes made on another instance
 * (this instance reloads at once on its own changes). A minute: a withdrawal elsewhere takes effect quickly,
 * and one small query a minute costs nothing.
 */
export const CURATED_RELOAD_MS = 60_000;

const text = (v: unknown) => (typeof v === "string" ? v.replace(/\r\n?/g, "\n") : "");
const lines = (v: string) => v.split("\n").map((l) => l.trim()).filter(Boolean);
const isoDay = (d: Date) => d.toISOString().slice(0, 10);
const canEdit = (role: string) => role === "editor" || role === "admin";

/** A readable id from the first question's meaningful words, with a random tail so two never collide. */
function newId(question: string): string {
  const words = contentTerms(question.replace(/\[[^\]]*\]/g, " ")).filter((w) => /^[a-z0-9]+$/.test(w)).slice(0, 6);
  return `${words.join("-") || "answer"}-${randomBytes(3).toString("hex")}`;
}

/**
 * Drafting replies and curated answers in the console (docs/http-contract.md, "Staff console"): any member
 * of staff drafts; editors and admins approve, withdraw and import. Every change reloads the curated answers
 * the assistant serves, so an approval or withdrawal counts from the next question, without a restart.
 */
export function curatedRoutes(o: CuratedRoutesOptions): void {
  const { app, store, assistant, council, now, log } = o;
  const form = async (c: Context<StaffEnv>) => {
    const body = await c.req.parseBody({ all: true });
    return csrfMatches(body.csrf, c.get("staff").csrfToken) ? body : null;
  };
  const expired = (c: Context) => c.text("This form has expired or did not come from the console. Go back, reload the page and try again.", 403);

  // One reload at a time, in order, so a slow earlier one never overwrites a later approval.
  let reloading: Promise<void> = Promise.resolve();
  const reload = () => {
    reloading = reloading.then(async () => assistant.setCuratedAnswers(await (await store).curated.approved())).catch((err: Error) => log({ event: "curated_reload_failed", level: "error", error: err.name }));
    return reloading;
  };
  void reload();
  // Another instance on the same PostgreSQL approves and withdraws too: pick its changes up within a minute.
  const timer = setInterval(() => void reload(), CURATED_RELOAD_MS);
  timer.unref();

  const problemsOf = (a: CuratedAnswer) => (a.status === "approved" ? curatedProblems(a, (id) => assistant.section(id), now()).map(describeProblem) : []);

  // ---- drafting (any member of staff) ----
  app.get("/admin/drafts", o.staff, (c) => {
    const staff = c.get("staff");
    return c.html(renderDraftPage({ council, staff, canApprove: canEdit(staff.role) }));
  });

  app.post("/admin/drafts", o.staff, async (c) => {
    const body = await form(c);
    if (!body) return expired(c);
    const staff = c.get("staff");
    const enquiry = text(body.enquiry).trim();
    const page = (errors: FieldError[], status: 400) => c.html(renderDraftPage({ council, staff, canApprove: canEdit(staff.role), enquiry, errors }), status);
    if (!enquiry) return page([{ field: "enquiry", message: "Enter the enquiry" }], 400);
    if (enquiry.length > MAX_ENQUIRY_CHARS) return page([{ field: "enquiry", message: `The enquiry must be ${MAX_ENQUIRY_CHARS.toLocaleString("en-GB")} characters or fewer` }], 400);
    const draft = await draftReply(assistant, enquiry);
    if (!draft.asks.length) return page([{ field: "enquiry", message: "Enter an enquiry that asks a question about direct payments" }], 400);
    // Counted, never the words: the enquiry may hold personal details.
    log({ event: "draft_reply", asks: draft.asks.length, statuses: draft.asks.map((a) => a.status) });
    return c.html(renderDraftPage({ council, staff, canApprove: canEdit(staff.role), draft }));
  });

  // ---- approving (editors and admins) ----
  const approval = (c: Context<StaffEnv>, values: ApprovalValues, errors: FieldError[] = [], status: 200 | 400 = 200) =>
    c.html(renderApprovalForm({ council, staff: c.get("staff"), values, errors, figures: figuresIn(values.answer) }), status);

  // From a draft: the form filled in with the draft's question, answer and sections. Nothing is saved yet.
  app.post("/admin/curated/new", o.editor, async (c) => {
    const body = await form(c);
    if (!body) return expired(c);
    const answer = text(body.answer).trim();
    const id = text(body.id);
    const mustInclude = text(body.must_include).trim();
    return approval(c, {
      ...(CURATED_ID.test(id) ? { id } : {}),
      questions: `${lines(redactQuestion(text(body.questions))).join("\n")}\n`,
      answer,
      sections: lines(text(body.sections)).join("\n"),
      mustInclude: mustInclude || figuresIn(answer).filter((f) => f.startsWith("£") || f.endsWith("%")).join("\n"),
      audience: AUDIENCES.includes(text(body.audience) as Audience) ? text(body.audience) : "citizen",
      owner: text(body.owner).trim() || c.get("staff").email,
      reviewDue: isoDay(new Date(now().getTime() + DEFAULT_REVIEW_DAYS * DAY_MS)),
    });
  });

  app.post("/admin/curated", o.editor, async (c) => {
    const body = await form(c);
    if (!body) return expired(c);
    const values: ApprovalValues = {
      questions: text(body.questions),
      answer: text(body.answer).trim(),
      sections: text(body.sections),
      mustInclude: text(body.must_include),
      audience: text(body.audience),
      owner: text(body.owner).trim(),
      reviewDue: text(body.review_due).trim(),
      ...(CURATED_ID.test(text(body.id)) ? { id: text(body.id) } : {}),
    };
    const errors: FieldError[] = [];
    const questions = [...new Set(lines(values.questions).map(redactQuestion))];
    if (!questions.length) errors.push({ field: "questions", message: "Enter at least one question it answers" });
    else if (questions.length > MAX_QUESTIONS) errors.push({ field: "questions", message: `Enter ${MAX_QUESTIONS} questions or fewer` });
    else if (questions.some((q) => wordSet(q).size < 2 || q.length > 300))
      errors.push({ field: "questions", message: "Each question needs at least two meaningful words and at most 300 characters" });

    const sectionIds = [...new Set(lines(values.sections))];
    const sections = sectionIds.map((id) => ({ id, hit: assistant.section(id) }));
    const missing = sections.filter((s) => !s.hit).map((s) => s.id);
    if (!sectionIds.length) errors.push({ field: "sections", message: "Enter at least one section the answer relies on" });
    else if (sectionIds.length > MAX_SECTIONS) errors.push({ field: "sections", message: `Enter ${MAX_SECTIONS} sections or fewer` });
    else if (missing.length) errors.push({ field: "sections", message: `There is no section ${missing.join(", ")} in the knowledge` });

    if (!values.answer) errors.push({ field: "answer", message: "Enter the answer" });
    else if (values.answer.length > MAX_ANSWER_CHARS) errors.push({ field: "answer", message: `The answer must be ${MAX_ANSWER_CHARS.toLocaleString("en-GB")} characters or fewer` });
    else if (redactQuestion(values.answer) !== values.answer) errors.push({ field: "answer", message: "Remove the personal details (a name, contact details or a reference number) from the answer" });
    else if (!missing.length && sectionIds.length) {
      // The figure check the pipeline applies to a model's answer: every £ figure must be in a cited section.
      const untraceable = findUntraceable({ text: values.answer, citations: [], suggestions: [] }, sections.map((s) => s.hit!), []).filter((p) => p.startsWith("£"));
      if (untraceable.length) errors.push({ field: "answer", message: `The figure ${untraceable[0].replace("is not in any retrieved section or calculation", "is not in any of the sections it relies on")}: correct it or add the section` });
    }

    const mustInclude = lines(values.mustInclude).map((l) => l.split("|").map((x) => x.trim()).filter(Boolean)).filter((g) => g.length);
    const inAnswer = (fact: string) => values.answer.toLowerCase().includes(fact.toLowerCase());
    if (!mustInclude.length) errors.push({ field: "must_include", message: "Enter at least one key fact the answer must include" });
    else {
      const absent = mustInclude.find((g) => !g.some(inAnswer));
      if (absent) errors.push({ field: "must_include", message: `The key fact "${absent.join(" | ")}" is not in the answer` });
    }
    if (!AUDIENCES.includes(values.audience as Audience)) errors.push({ field: "audience", message: "Select who it is for" });
    if (values.owner.length < 2 || values.owner.length > 120) errors.push({ field: "owner", message: "Enter an owner: an email address or a team, 120 characters at most" });
    const today = isoDay(now());
    const latest = isoDay(new Date(now().getTime() + MAX_REVIEW_DAYS * DAY_MS));
    const validDay = /^\d{4}-\d{2}-\d{2}$/.test(values.reviewDue) && isoDay(new Date(`${values.reviewDue}T00:00:00Z`)) === values.reviewDue;
    if (!validDay) errors.push({ field: "review_due", message: "Enter a review date, for example 2027-06-30" });
    else if (values.reviewDue <= today) errors.push({ field: "review_due", message: "The review date must be in the future" });
    else if (values.reviewDue > latest) errors.push({ field: "review_due", message: `The review date must be on or before ${latest}` });
    if (errors.length) return approval(c, values, errors, 400);

    const staff = c.get("staff");
    const at = now();
    // Approving an existing answer again (after review, or edited) keeps its id, so its history stays whole.
    const existing = values.id ? await (await store).curated.byId(values.id) : undefined;
    const answer: CuratedAnswer = {
      id: existing?.id ?? newId(questions[0]),
      questions,
      answer: values.answer,
      sections: sections.map((s) => ({ id: s.id, hash: sectionHashOf(s.hit!.text) })),
      figures: figuresIn(values.answer),
      mustInclude,
      audience: values.audience as Audience,
      owner: values.owner,
      reviewDue: values.reviewDue,
      status: "approved",
      approvedAt: at,
      approvedBy: staff.email,
    };
    await (await store).curated.save(answer, { action: "approved", by: staff.email, at });
    await reload();
    log({ event: "curated_approved", questions: questions.length, sections: sections.length });
    return c.redirect(`/admin/curated/${answer.id}?approved=1`, 303);
  });

  // ---- the list, exports and import ----
  app.get("/admin/curated", o.staff, async (c) => {
    const answers = await (await store).curated.list();
    const imported = Number(c.req.query("imported"));
    return c.html(
      renderCuratedList({
        council,
        staff: c.get("staff"),
        answers: answers.map((answer) => ({ answer, problems: problemsOf(answer) })),
        canEdit: canEdit(c.get("staff").role),
        notice: imported > 0 ? `${imported} curated ${imported === 1 ? "answer was" : "answers were"} imported.` : undefined,
      }),
    );
  });

  app.get("/admin/curated.jsonl", o.staff, async (c) => {
    c.header("Content-Type", "application/x-ndjson; charset=utf-8");
    c.header("Content-Disposition", `attachment; filename="curated-${isoDay(now())}.jsonl"`);
    return c.body(curatedEvalItems(await (await store).curated.approved()));
  });

  app.get("/admin/curated/import", o.editor, (c) => c.html(renderImportPage({ council, staff: c.get("staff") })));

  app.post("/admin/curated/import", o.editor, async (c) => {
    const body = await form(c);
    if (!body) return expired(c);
    const markdown = text(body.markdown).trim();
    const files = [body.files].flat().filter((f): f is File => typeof f === "object" && f !== null && "text" in f && (f as File).size > 0);
    const page = (errors: FieldError[]) => c.html(renderImportPage({ council, staff: c.get("staff"), errors, markdown }), 400);
    if (!markdown && !files.length) return page([{ field: "files", message: "Choose a Markdown file, or paste one" }]);
    const parsed: CuratedAnswer[] = [];
    try {
      for (const f of files) parsed.push(curatedFromMarkdown(await f.text(), f.name));
      if (markdown) parsed.push(curatedFromMarkdown(markdown, "the pasted file"));
    } catch (err) {
      if (!(err instanceof CuratedFileError)) throw err;
      return page([{ field: markdown && err.file === "the pasted file" ? "markdown" : "files", message: err.message }]);
    }
    const bad = parsed.find((a) => a.questions.some((q) => redactQuestion(q) !== q) || redactQuestion(a.answer) !== a.answer);
    if (bad) return page([{ field: markdown ? "markdown" : "files", message: `${bad.id}: remove the personal details from its questions and answer` }]);
    const s = await store;
    const staff = c.get("staff");
    for (const a of parsed) await s.curated.save(a, { action: "imported", by: staff.email, at: now() });
    await reload();
    log({ event: "curated_imported", count: parsed.length });
    return c.redirect(`/admin/curated?imported=${parsed.length}`, 303);
  });

  // ---- one curated answer ----
  app.get("/admin/curated/:file{[a-z0-9][a-z0-9-]*\\.md}", o.staff, async (c) => {
    const id = c.req.param("file").replace(/\.md$/, "");
    const answer = await (await store).curated.byId(id);
    if (!answer) return c.text("There is no curated answer with that id.", 404);
    c.header("Content-Type", "text/markdown; charset=utf-8");
    c.header("Content-Disposition", `attachment; filename="${id}.md"`);
    return c.body(curatedToMarkdown(answer));
  });

  app.get("/admin/curated/:id", o.staff, async (c) => {
    const id = c.req.param("id");
    const s = await store;
    const answer = CURATED_ID.test(id) ? await s.curated.byId(id) : undefined;
    if (!answer) return c.text("There is no curated answer with that id.", 404);
    const notice = c.req.query("approved") ? "The curated answer was approved. Residents asking one of its questions get it from now on." : c.req.query("withdrawn") ? "The curated answer was withdrawn." : undefined;
    return c.html(renderCuratedAnswer({ council, staff: c.get("staff"), answer, problems: problemsOf(answer), history: await s.curated.history(id), canEdit: canEdit(c.get("staff").role), notice }));
  });

  app.post("/admin/curated/:id/withdraw", o.editor, async (c) => {
    if (!(await form(c))) return expired(c);
    const id = c.req.param("id");
    const done = CURATED_ID.test(id) && (await (await store).curated.withdraw(id, c.get("staff").email, now()));
    if (!done) return c.text("There is no approved curated answer with that id.", 404);
    await reload();
    log({ event: "curated_withdrawn" });
    return c.redirect(`/admin/curated/${id}?withdrawn=1`, 303);
  });
}
