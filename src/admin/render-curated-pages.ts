import { html } from "hono/html";
import { AUDIENCE_LABELS, type CuratedAnswer, type CuratedEvent } from "../curated/curated-answer.ts";
import { AUDIENCES } from "../ingest/knowledge-schema.ts";
import { renderErrorSummary, renderFieldError, type FieldError } from "./render-error-summary.ts";
import { renderLayout, type Html } from "./render-layout.ts";

type Staff = { email: string; role: string; csrfToken: string };

/** What the approval form holds: text as typed, so a form with errors comes back as it was. */
export interface ApprovalValues {
  questions: string;
  answer: string;
  sections: string;
  mustInclude: string;
  audience: string;
  owner: string;
  reviewDue: string;
  /** Set when an existing curated answer is being approved again (after review, or edited). */
  id?: string;
}

const field = (errors: FieldError[], id: string) => errors.some((e) => e.field === id);
const describedBy = (errors: FieldError[], id: string, hint = true) =>
  [hint ? `${id}-hint` : "", field(errors, id) ? `${id}-error` : ""].filter(Boolean).join(" ");

function textarea(errors: FieldError[], id: string, label: string, hint: string, value: string, rows: number): Html {
  return html`<div class="govuk-form-group${field(errors, id) ? " govuk-form-group--error" : ""}">
    <label class="govuk-label" for="${id}">${label}</label>
    <div id="${id}-hint" class="govuk-hint">${hint}</div>
    ${renderFieldError(errors, id)}
    <textarea class="govuk-textarea${field(errors, id) ? " govuk-textarea--error" : ""}" id="${id}" name="${id}" rows="${rows}" aria-describedby="${describedBy(errors, id)}">${value}</textarea>
  </div>`;
}

function input(errors: FieldError[], id: string, label: string, hint: string, value: string, type = "text"): Html {
  return html`<div class="govuk-form-group${field(errors, id) ? " govuk-form-group--error" : ""}">
    <label class="govuk-label" for="${id}">${label}</label>
    <div id="${id}-hint" class="govuk-hint">${hint}</div>
    ${renderFieldError(errors, id)}
    <input class="govuk-input${type === "date" ? " govuk-input--width-10" : ""}${field(errors, id) ? " govuk-input--error" : ""}" id="${id}" name="${id}" type="${type}" value="${value}" aria-describedby="${describedBy(errors, id)}">
  </div>`;
}

/** The approval form: the wordings, the answer, its sections, key facts, audience, owner and review date. */
export function renderApprovalForm(p: { council: string; staff: Staff; values: ApprovalValues; errors?: FieldError[]; figures: string[] }): Html {
  const errors = p.errors ?? [];
  const v = p.values;
  return renderLayout({
    title: "Approve a curated answer",
    council: p.council,
    staff: p.staff,
    current: "curated",
    hasErrors: errors.length > 0,
    body: html`${renderErrorSummary(errors)}
<h1 class="govuk-heading-l">Approve a curated answer</h1>
<p class="govuk-body">Once approved, residents who ask one of these questions get this answer first, with its sources and the date you approved it, and it is added to the regression tests. It is not given when a section it relies on changes or its review date passes.</p>
<form method="post" action="/admin/curated" novalidate>
  <input type="hidden" name="csrf" value="${p.staff.csrfToken}">
  ${v.id ? html`<input type="hidden" name="id" value="${v.id}">` : ""}
  ${textarea(errors, "questions", "Questions it answers", "One a line: the original wording first, then other ways people ask the same thing. Personal details are removed before saving.", v.questions, 5)}
  ${textarea(errors, "answer", "Answer", "Plain English, to the person, without a greeting or sign-off. Every £ figure must be in a section it relies on.", v.answer, 10)}
  ${p.figures.length ? html`<p class="govuk-body">Figures in this answer: ${p.figures.join(", ")}.</p>` : ""}
  ${textarea(errors, "sections", "Sections it relies on", "One section id a line, as listed under Sources used, for example holiday-and-holiday-pay#how-much-holiday.", v.sections, 4)}
  ${textarea(errors, "must_include", "Key facts for the regression test", "One a line; each must appear in the answer. Give alternatives on one line separated by | (for example: 5.6 weeks | 28 days).", v.mustInclude, 4)}
  <div class="govuk-form-group${field(errors, "audience") ? " govuk-form-group--error" : ""}">
    <fieldset class="govuk-fieldset"${field(errors, "audience") ? html` aria-describedby="audience-error"` : ""}>
      <legend class="govuk-fieldset__legend">Who it is for</legend>
      ${renderFieldError(errors, "audience")}
      ${AUDIENCES.map(
        (a, i) => html`<div class="govuk-radios__item"><input class="govuk-radios__input" id="${i === 0 ? "audience" : `audience-${a}`}" name="audience" type="radio" value="${a}" ${a === v.audience ? html`checked` : ""}><label class="govuk-label govuk-radios__label" for="${i === 0 ? "audience" : `audience-${a}`}">${AUDIENCE_LABELS[a]}</label></div>`,
      )}
    </fieldset>
  </div>
  ${input(errors, "owner", "Owner", "Who answers for it: a person's email address or a team.", v.owner)}
  ${input(errors, "review_due", "Review date", "After this date it is not given to residents until it is approved again. At most two years ahead.", v.reviewDue, "date")}
  <button type="submit" class="govuk-button">Approve as a curated answer</button>
</form>`,
  });
}

const when = (d: Date) => d.toISOString().slice(0, 16).replace("T", " ");

/** Every curated answer, with whether it is being given and why not. */
export function renderCuratedList(p: { council: string; staff: Staff; answers: { answer: CuratedAnswer; problems: string[] }[]; canEdit: boolean; notice?: string }): Html {
  return renderLayout({
    title: "Curated answers",
    council: p.council,
    staff: p.staff,
    current: "curated",
    body: html`<h1 class="govuk-heading-l">Curated answers</h1>
${p.notice ? html`<div class="govuk-notification-banner" role="status"><p class="govuk-body">${p.notice}</p></div>` : ""}
<p class="govuk-body">Answers staff approved, given first to residents who ask the same question. Draft one from <a class="govuk-link" href="/admin/drafts">Draft a reply</a>.</p>
<p class="govuk-body app-button-group"><a class="govuk-link" href="/admin/curated.jsonl" download>Download the approved answers as evaluation items (JSONL)</a>${p.canEdit ? html` <a class="govuk-link" href="/admin/curated/import">Import curated answers from Markdown</a>` : ""}</p>
${
  p.answers.length
    ? html`<table class="govuk-table">
  <caption class="govuk-table__caption">Curated answers, approved first</caption>
  <thead><tr><th scope="col">Question</th><th scope="col">Status</th><th scope="col">Approved (UTC)</th><th scope="col">Review date</th></tr></thead>
  <tbody>${p.answers.map(
    ({ answer: a, problems }) => html`<tr>
    <td><a class="govuk-link" href="/admin/curated/${a.id}">${a.questions[0]}</a></td>
    <td>${a.status === "withdrawn" ? html`<strong class="app-tag">Withdrawn</strong>` : problems.length ? html`<strong class="app-tag app-tag--red">Needs review</strong> ${problems.join("; ")}` : html`<strong class="app-tag">Being given</strong>`}</td>
    <td>${when(a.approvedAt)} by ${a.approvedBy}</td>
    <td>${a.reviewDue}</td>
  </tr>`,
  )}</tbody>
</table>`
    : html`<p class="govuk-body">There are no curated answers yet.</p>`
}`,
  });
}

/** One curated answer: everything it holds, why it is not being given (if so), and its history. */
export function renderCuratedAnswer(p: { council: string; staff: Staff; answer: CuratedAnswer; problems: string[]; history: CuratedEvent[]; canEdit: boolean; notice?: string }): Html {
  const a = p.answer;
  return renderLayout({
    title: "Curated answer",
    council: p.council,
    staff: p.staff,
    current: "curated",
    body: html`<h1 class="govuk-heading-l">Curated answer: ${a.questions[0]}</h1>
${p.notice ? html`<div class="govuk-notification-banner" role="status"><p class="govuk-body">${p.notice}</p></div>` : ""}
${
  a.status === "withdrawn"
    ? html`<div class="govuk-inset-text">Withdrawn: it is not given to residents.</div>`
    : p.problems.length
      ? html`<div class="govuk-inset-text"><strong class="app-tag app-tag--red">Needs review</strong> It is not given to residents until it is approved again: ${p.problems.join("; ")}.</div>`
      : ""
}
<dl class="govuk-summary-list">
  <dt>Questions it answers</dt><dd>${a.questions.join("\n")}</dd>
  <dt>Answer</dt><dd>${a.answer}</dd>
  <dt>Sections it relies on</dt><dd>${a.sections.map((s, i) => html`${i ? ", " : ""}<a class="govuk-link" href="/knowledge/${s.id}">${s.id}</a>`)}</dd>
  <dt>Figures it states</dt><dd>${a.figures.length ? a.figures.join(", ") : "None"}</dd>
  <dt>Key facts (regression test)</dt><dd>${a.mustInclude.map((g) => g.join(" or ")).join("\n")}</dd>
  <dt>Who it is for</dt><dd>${AUDIENCE_LABELS[a.audience]}</dd>
  <dt>Owner</dt><dd>${a.owner}</dd>
  <dt>Review date</dt><dd>${a.reviewDue}</dd>
</dl>
<p class="govuk-body"><a class="govuk-link" href="/admin/curated/${a.id}.md" download>Download as Markdown</a></p>
${
  p.canEdit
    ? html`<form method="post" action="/admin/curated/new">
  <input type="hidden" name="csrf" value="${p.staff.csrfToken}">
  <input type="hidden" name="id" value="${a.id}">
  <input type="hidden" name="questions" value="${a.questions.join("\n")}">
  <input type="hidden" name="answer" value="${a.answer}">
  <input type="hidden" name="sections" value="${a.sections.map((s) => s.id).join("\n")}">
  <input type="hidden" name="must_include" value="${a.mustInclude.map((g) => g.join(" | ")).join("\n")}">
  <input type="hidden" name="audience" value="${a.audience}">
  <input type="hidden" name="owner" value="${a.owner}">
  <button type="submit" class="govuk-button govuk-button--secondary">Review, edit and approve again</button>
</form>`
    : ""
}
${
  p.canEdit && a.status === "approved"
    ? html`<form method="post" action="/admin/curated/${a.id}/withdraw"><input type="hidden" name="csrf" value="${p.staff.csrfToken}"><button type="submit" class="govuk-button govuk-button--warning">Withdraw this curated answer</button></form>`
    : ""
}
<h2 class="govuk-heading-m">History</h2>
<table class="govuk-table">
  <caption class="govuk-table__caption">Who approved, withdrew or imported it, and when</caption>
  <thead><tr><th scope="col">When (UTC)</th><th scope="col">What</th><th scope="col">Who</th></tr></thead>
  <tbody>${p.history.map((e) => html`<tr><td>${when(e.at)}</td><td>${e.action[0].toUpperCase() + e.action.slice(1)}</td><td>${e.by}</td></tr>`)}</tbody>
</table>`,
  });
}

/** Importing exported Markdown files back (editors). */
export function renderImportPage(p: { council: string; staff: Staff; errors?: FieldError[]; markdown?: string }): Html {
  const errors = p.errors ?? [];
  return renderLayout({
    title: "Import curated answers",
    council: p.council,
    staff: p.staff,
    current: "curated",
    hasErrors: errors.length > 0,
    body: html`${renderErrorSummary(errors)}
<h1 class="govuk-heading-l">Import curated answers</h1>
<p class="govuk-body">Import files exported from this or another console (knowledge/curated/ in the repository holds examples). An answer with the same id is replaced, and the import is kept in its history.</p>
<form method="post" action="/admin/curated/import" enctype="multipart/form-data" novalidate>
  <input type="hidden" name="csrf" value="${p.staff.csrfToken}">
  <div class="govuk-form-group${field(errors, "files") ? " govuk-form-group--error" : ""}">
    <label class="govuk-label" for="files">Markdown files</label>
    <div id="files-hint" class="govuk-hint">One or more .md files, 16 KB in all at most.</div>
    ${renderFieldError(errors, "files")}
    <input class="govuk-input" id="files" name="files" type="file" accept=".md,text/markdown" multiple aria-describedby="${describedBy(errors, "files")}">
  </div>
  ${textarea(errors, "markdown", "Or paste one file", "The whole file, from the first --- line.", p.markdown ?? "", 10)}
  <button type="submit" class="govuk-button">Import</button>
</form>`,
  });
}
