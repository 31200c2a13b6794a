import { html } from "hono/html";
import type { Html } from "./render-layout.ts";

export interface FieldError {
  /** The id of the field the message is about (the link target). */
  field: string;
  message: string;
}

/** The GOV.UK error summary: a focused alert at the top, each message linking to its field. */
export function renderErrorSummary(errors: FieldError[]): Html | string {
  if (!errors.length) return "";
  return html`<div class="govuk-error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1">
  <h2 class="govuk-error-summary__title" id="error-summary-title">There is a problem</h2>
  <ul class="govuk-error-summary__list">
    ${errors.map((e) => html`<li><a href="#${e.field}">${e.message}</a></li>`)}
  </ul>
</div>`;
}

/** The message shown above a field with an error (its id goes in the field's aria-describedby). */
export function renderFieldError(errors: FieldError[], field: string): Html | string {
  const e = errors.find((x) => x.field === field);
  return e ? html`<p id="${field}-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> ${e.message}</p>` : "";
}
