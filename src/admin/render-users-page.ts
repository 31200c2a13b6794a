import { html } from "hono/html";
import { STAFF_ROLES, type StaffUser } from "../store/staff-accounts.ts";
import { renderErrorSummary, renderFieldError, type FieldError } from "./render-error-summary.ts";
import { renderLayout, type Html } from "./render-layout.ts";

const ROLE_HINT: Record<string, string> = {
  viewer: "Viewer: reads the gap report",
  editor: "Editor: also downloads the CSV export",
  admin: "Admin: also adds and removes staff accounts",
};

export interface UsersPage {
  council: string;
  staff: { userId: string; email: string; role: string; csrfToken: string };
  users: StaffUser[];
  errors?: FieldError[];
  values?: { email?: string; role?: string };
  notice?: string;
}

/** Staff accounts (admins only): the list, a remove button for each, and a form to add one. */
export function renderUsersPage(p: UsersPage): Html {
  const errors = p.errors ?? [];
  const has = (f: string) => errors.some((e) => e.field === f);
  const role = p.values?.role ?? "viewer";
  return renderLayout({
    title: "Staff accounts",
    council: p.council,
    staff: p.staff,
    current: "users",
    hasErrors: errors.length > 0,
    body: html`${renderErrorSummary(errors)}
<h1 class="govuk-heading-l">Staff accounts</h1>
${p.notice ? html`<div class="govuk-notification-banner" role="status"><p class="govuk-body">${p.notice}</p></div>` : ""}
<table class="govuk-table">
  <caption class="govuk-table__caption">Everyone who can sign in to the console</caption>
  <thead><tr><th scope="col">Email address</th><th scope="col">Role</th><th scope="col">Last signed in (UTC)</th><th scope="col"><span class="govuk-visually-hidden">Action</span></th></tr></thead>
  <tbody>
    ${p.users.map(
      (u) => html`<tr>
      <td>${u.email}</td><td>${u.role}</td><td>${u.lastSignInAt ? u.lastSignInAt.toISOString().slice(0, 16).replace("T", " ") : "Never"}</td>
      <td>${
        u.id === p.staff.userId
          ? "You"
          : html`<form method="post" action="/admin/users/${u.id}/remove"><input type="hidden" name="csrf" value="${p.staff.csrfToken}"><button type="submit" class="govuk-button govuk-button--warning app-button--small">Remove<span class="govuk-visually-hidden"> ${u.email}</span></button></form>`
      }</td>
    </tr>`,
    )}
  </tbody>
</table>
<h2 class="govuk-heading-m">Add a member of staff</h2>
<form method="post" action="/admin/users" novalidate>
  <input type="hidden" name="csrf" value="${p.staff.csrfToken}">
  <div class="govuk-form-group${has("email") ? " govuk-form-group--error" : ""}">
    <label class="govuk-label" for="email">Email address</label>
    ${renderFieldError(errors, "email")}
    <input class="govuk-input${has("email") ? " govuk-input--error" : ""}" id="email" name="email" type="email" autocomplete="off" spellcheck="false" value="${p.values?.email ?? ""}"${has("email") ? html` aria-describedby="email-error"` : ""}>
  </div>
  <div class="govuk-form-group">
    <fieldset class="govuk-fieldset">
      <legend class="govuk-fieldset__legend">Role</legend>
      ${STAFF_ROLES.map(
        (r) => html`<div class="govuk-radios__item"><input class="govuk-radios__input" id="role-${r}" name="role" type="radio" value="${r}" ${r === role ? html`checked` : ""}><label class="govuk-label govuk-radios__label" for="role-${r}">${ROLE_HINT[r]}</label></div>`,
      )}
    </fieldset>
  </div>
  <div class="govuk-form-group${has("password") ? " govuk-form-group--error" : ""}">
    <label class="govuk-label" for="password">Password</label>
    <div id="password-hint" class="govuk-hint">At least 12 characters. Give it to them in person or by phone, not by email.</div>
    ${renderFieldError(errors, "password")}
    <input class="govuk-input${has("password") ? " govuk-input--error" : ""}" id="password" name="password" type="password" autocomplete="new-password" aria-describedby="password-hint${has("password") ? " password-error" : ""}">
  </div>
  <button type="submit" class="govuk-button">Add account</button>
</form>`,
  });
}
