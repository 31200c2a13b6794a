import { html } from "hono/html";
import type { Draft } from "./draft-reply.ts";
import { renderErrorSummary, renderFieldError, type FieldError } from "./render-error-summary.ts";
import { renderLayout, type Html } from "./render-layout.ts";

export interface DraftPage {
  council: string;
  staff: { email: string; role: string; csrfToken: string };
  /** The enquiry, shown back only when the form has an error (it is never stored). */
  enquiry?: string;
  errors?: FieldError[];
  draft?: Draft;
  /** Editors and admins may approve an answer as a curated answer. */
  canApprove: boolean;
}

/** Drafting a reply: the enquiry form, then the editable letter, what to check, the sources, and approval. */
export function renderDraftPage(p: DraftPage): Html {
  const errors = p.errors ?? [];
  const d = p.draft;
  return renderLayout({
    title: d ? "Draft reply" : "Draft a reply",
    council: p.council,
    staff: p.staff,
    current: "draft",
    hasErrors: errors.length > 0,
    body: html`${renderErrorSummary(errors)}
${d ? renderDraft(p, d) : ""}
<h${d ? "2" : "1"} class="${d ? "govuk-heading-m" : "govuk-heading-l"}">${d ? "Draft another reply" : "Draft a reply"}</h${d ? "2" : "1"}>
<form method="post" action="/admin/drafts" novalidate>
  <input type="hidden" name="csrf" value="${p.staff.csrfToken}">
  <div class="govuk-form-group${errors.length ? " govuk-form-group--error" : ""}">
    <label class="govuk-label" for="enquiry">The enquiry: an email, or a note of a call</label>
    <div id="enquiry-hint" class="govuk-hint">Paste or type it as it came. Names and contact details are used for the greeting of this draft only: the enquiry is not stored.</div>
    ${renderFieldError(errors, "enquiry")}
    <textarea class="govuk-textarea${errors.length ? " govuk-textarea--error" : ""}" id="enquiry" name="enquiry" rows="10" spellcheck="true" aria-describedby="enquiry-hint${errors.length ? " enquiry-error" : ""}">${p.enquiry ?? ""}</textarea>
  </div>
  <button type="submit" class="govuk-button">Draft a reply</button>
</form>`,
  });
}

function renderDraft(p: DraftPage, d: Draft): Html {
  return html`<h1 class="govuk-heading-l">Draft reply</h1>
<div class="govuk-inset-text">This draft is not saved. Edit it, copy it into your reply, and check the list below before sending.</div>
<div class="govuk-form-group">
  <label class="govuk-label" for="letter">Draft reply (edit before sending)</label>
  <textarea class="govuk-textarea" id="letter" name="letter" rows="24" spellcheck="true">${d.letter}</textarea>
</div>

<h2 class="govuk-heading-m">Check before sending</h2>
${d.checks.length ? html`<ul class="govuk-list">${d.checks.map((c) => html`<li>${c}</li>`)}</ul>` : html`<p class="govuk-body">Nothing flagged. Still read the letter through against the enquiry.</p>`}

<h2 class="govuk-heading-m">Sources used</h2>
${
  d.sources.length
    ? html`<ul class="govuk-list">${d.sources.map(
        (s) => html`<li><a class="govuk-link" href="${s.url}">${s.title}${s.heading && s.heading !== s.title ? `: ${s.heading}` : ""}</a> (section <code>${s.id}</code>${s.last_reviewed ? `, last reviewed ${s.last_reviewed}` : ""})${
          s.sources.length ? html`. Primary sources: ${s.sources.slice(0, 3).map((x, i) => html`${i ? "; " : ""}<a class="govuk-link" href="${x.url}">${x.title}</a>`)}` : ""
        }</li>`,
      )}</ul>`
    : html`<p class="govuk-body">No knowledge section was used.</p>`
}

<h2 class="govuk-heading-m">Keep an answer as a curated answer</h2>
<p class="govuk-body">An approved curated answer is given first to residents who ask the same question, and becomes a regression test.${p.canApprove ? "" : " Ask an editor to approve one."}</p>
${d.asks.map(
  (a, i) => html`<form method="post" action="/admin/curated/new" class="app-ask" novalidate>
  <input type="hidden" name="csrf" value="${p.staff.csrfToken}">
  <input type="hidden" name="questions" value="${a.question}">
  <input type="hidden" name="sections" value="${a.citations.map((c) => c.id).join("\n")}">
  <h3 class="govuk-heading-s" id="ask-${i + 1}-title">Question ${i + 1}: ${a.question}</h3>
  <div class="govuk-form-group">
    <label class="govuk-label" for="ask-${i + 1}-answer">Answer to question ${i + 1}</label>
    <textarea class="govuk-textarea" id="ask-${i + 1}-answer" name="answer" rows="8" spellcheck="true">${a.answer}</textarea>
  </div>
  ${a.curatedId ? html`<p class="govuk-body">This is already the curated answer <a class="govuk-link" href="/admin/curated/${a.curatedId}">${a.curatedId}</a>.</p>` : ""}
  ${p.canApprove && a.citations.length ? html`<button type="submit" class="govuk-button govuk-button--secondary">Approve answer ${i + 1} as a curated answer</button>` : ""}
</form>`,
)}`;
}
