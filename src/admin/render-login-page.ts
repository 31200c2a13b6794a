import { html } from "hono/html";
import { renderErrorSummary, renderFieldError, type FieldError } from "./render-error-summary.ts";
import { renderLayout, type Html } from "./render-layout.ts";

/** The sign-in form. The e-mail address is kept after a failed attempt; the password never is. */
export function renderLoginPage(o: { council: string; email?: string; errors?: FieldError[]; notice?: string }): Html {
  const errors = o.errors ?? [];
  const has = (f: string) => errors.some((e) => e.field === f);
  const describedBy = (f: string) => (has(f) ? html` aria-describedby="${f}-error"` : "");
  return renderLayout({
    title: "Sign in",
    council: o.council,
    hasErrors: errors.length > 0,
    body: html`${renderErrorSummary(errors)}
<h1 class="govuk-heading-l">Sign in to the staff console</h1>
${o.notice ? html`<p class="govuk-body">${o.notice}</p>` : ""}
<form method="post" action="/admin/login" novalidate>
  <div class="govuk-form-group${has("email") ? " govuk-form-group--error" : ""}">
    <label class="govuk-label" for="email">Email address</label>
    ${renderFieldError(errors, "email")}
    <input class="govuk-input${has("email") ? " govuk-input--error" : ""}" id="email" name="email" type="email" autocomplete="username" spellcheck="false" value="${o.email ?? ""}"${describedBy("email")}>
  </div>
  <div class="govuk-form-group${has("password") ? " govuk-form-group--error" : ""}">
    <label class="govuk-label" for="password">Password</label>
    ${renderFieldError(errors, "password")}
    <input class="govuk-input${has("password") ? " govuk-input--error" : ""}" id="password" name="password" type="password" autocomplete="current-password"${describedBy("password")}>
  </div>
  <button type="submit" class="govuk-button">Sign in</button>
</form>`,
  });
}
