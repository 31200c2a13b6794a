import { html } from "hono/html";
import type { QuestionGroup } from "./group-questions.ts";
import { renderLayout, type Html } from "./render-layout.ts";
import { renderStatusChart, type StatusDay } from "./render-status-chart.ts";
import type { GapReportData } from "./gap-report-data.ts";

export const PERIODS = [7, 30, 90] as const;

export interface ReviewDue {
  id: string;
  title: string;
  reviewDue: string;
  /** Negative when overdue. */
  daysLeft: number;
}

export interface GapReport extends GapReportData {
  council: string;
  staff: { email: string; role: string; csrfToken: string };
  days: number;
  recording: boolean;
}

const REASON: Record<string, string> = { unanswerable: "Could not answer", out_of_scope: "Out of scope", thumbs_down: "Thumbs down" };
const when = (d: Date) => d.toISOString().slice(0, 16).replace("T", " ");

/** The console's first page: gaps grouped by topic and wording, reviews due, most cited sections, statuses. */
export function renderGapReport(r: GapReport): Html {
  const byTopic = new Map<string, QuestionGroup[]>();
  for (const g of r.groups) {
    const key = g.topic ?? "No topic";
    byTopic.set(key, [...(byTopic.get(key) ?? []), g]);
  }
  const topics = [...byTopic].sort((a, b) => b[1].reduce((n, g) => n + g.count, 0) - a[1].reduce((n, g) => n + g.count, 0));
  const total = r.groups.reduce((n, g) => n + g.count, 0);
  return renderLayout({
    title: "Gap report",
    council: r.council,
    staff: r.staff,
    current: "report",
    body: html`<h1 class="govuk-heading-l">What residents asked that the knowledge could not answer</h1>
${r.recording ? "" : html`<div class="govuk-inset-text">Questions are not being recorded (RECORD_QUESTIONS is off), so only earlier records appear here.</div>`}
<form method="get" action="/admin" class="app-period">
  <div class="govuk-form-group">
    <label class="govuk-label" for="days">Period</label>
    <select class="govuk-select" id="days" name="days">
      ${PERIODS.map((d) => html`<option value="${d}" ${d === r.days ? html`selected` : ""}>Last ${d} days</option>`)}
    </select>
  </div>
  <button type="submit" class="govuk-button govuk-button--secondary">Show</button>
</form>
<p class="govuk-body">${total} ${total === 1 ? "question" : "questions"} in the last ${r.days} days could not be answered, were out of scope or got a thumbs down, in ${r.groups.length} ${r.groups.length === 1 ? "group" : "groups"} of similar wording.
  <a class="govuk-link" href="/admin/gaps.csv?days=${r.days}" download>Download these groups as CSV</a></p>

<h2 class="govuk-heading-m">Unanswered questions by topic</h2>
${
  topics.length
    ? topics.map(
        ([topic, groups], i) => html`<table class="govuk-table">
  <caption class="govuk-table__caption govuk-table__caption--s" id="topic-${i}">${topic} (${groups.reduce((n, g) => n + g.count, 0)})</caption>
  <thead><tr><th scope="col">Question (personal details removed)</th><th scope="col" class="govuk-table__header--numeric">Times asked</th><th scope="col">Last seen (UTC)</th><th scope="col">Why</th></tr></thead>
  <tbody>
    ${groups.map(
      (g) => html`<tr>
      <td>${g.text}${g.variants.length ? html`<details class="app-variants"><summary>${g.variants.length} other ${g.variants.length === 1 ? "wording" : "wordings"}</summary><ul>${g.variants.map((v) => html`<li>${v}</li>`)}</ul></details>` : ""}</td>
      <td class="govuk-table__cell--numeric">${g.count}</td>
      <td>${when(g.lastSeen)}</td>
      <td>${g.reasons.map((x) => REASON[x] ?? x).join(", ")}</td>
    </tr>`,
    )}
  </tbody>
</table>`,
      )
    : html`<p class="govuk-body">None in this period.</p>`
}

<h2 class="govuk-heading-m">Knowledge due for review</h2>
${
  r.reviews.length
    ? html`<table class="govuk-table">
  <caption class="govuk-table__caption">Documents whose review date has passed or falls within 60 days</caption>
  <thead><tr><th scope="col">Document</th><th scope="col">Review due</th><th scope="col">Status</th></tr></thead>
  <tbody>${r.reviews.map(
    (d) => html`<tr><td><a class="govuk-link" href="/knowledge/${d.id}">${d.title}</a></td><td>${d.reviewDue}</td><td>${
      d.daysLeft < 0 ? html`<strong class="app-tag app-tag--red">Overdue by ${-d.daysLeft} days</strong>` : html`<strong class="app-tag">Due in ${d.daysLeft} days</strong>`
    }</td></tr>`,
  )}</tbody>
</table>`
    : html`<p class="govuk-body">No document is due for review in the next 60 days.</p>`
}

<h2 class="govuk-heading-m">Curated answers to review</h2>
${
  r.curatedToReview.length
    ? html`<table class="govuk-table">
  <caption class="govuk-table__caption">Approved curated answers that are not being given until they are approved again</caption>
  <thead><tr><th scope="col">Curated answer</th><th scope="col">Why</th></tr></thead>
  <tbody>${r.curatedToReview.map((a) => html`<tr><td><a class="govuk-link" href="/admin/curated/${a.id}">${a.question}</a></td><td>${a.problems.join("; ")}</td></tr>`)}</tbody>
</table>`
    : html`<p class="govuk-body">Every approved curated answer is being given.</p>`
}

<h2 class="govuk-heading-m">Most cited sections</h2>
${
  r.cited.length
    ? html`<table class="govuk-table">
  <caption class="govuk-table__caption">Sections cited most often in answers in the last ${r.days} days</caption>
  <thead><tr><th scope="col">Section</th><th scope="col" class="govuk-table__header--numeric">Times cited</th></tr></thead>
  <tbody>${r.cited.map((c) => html`<tr><td><a class="govuk-link" href="${c.url}">${c.title}</a></td><td class="govuk-table__cell--numeric">${c.count}</td></tr>`)}</tbody>
</table>`
    : html`<p class="govuk-body">No answers with citations in this period.</p>`
}

<h2 class="govuk-heading-m">Answers by status</h2>
${renderStatusChart(r.statusDays, r.dayList)}`,
  });
}
