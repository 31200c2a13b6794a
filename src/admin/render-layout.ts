import { html } from "hono/html";
import type { HtmlEscapedString } from "hono/utils/html";

export type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

export interface LayoutOptions {
  title: string;
  council: string;
  /** The signed-in member of staff, with the session's CSRF token for the sign-out form. */
  staff?: { email: string; role: string; csrfToken: string };
  /** Which navigation link is the current page. */
  current?: "report" | "draft" | "curated" | "users";
  /** Put "Error: " before the title, as the GOV.UK Design System asks when a form has errors. */
  hasErrors?: boolean;
  body: Html;
}

/** The console's page shell in the GOV.UK Design System's pattern: skip link, header, navigation, main. */
export function renderLayout(o: LayoutOptions): Html {
  const nav = o.staff
    ? html`<nav class="app-nav" aria-label="Console">
        <ul class="app-nav__list">
          <li><a class="govuk-link" href="/admin" ${o.current === "report" ? html`aria-current="page"` : ""}>Gap report</a></li>
          <li><a class="govuk-link" href="/admin/drafts" ${o.current === "draft" ? html`aria-current="page"` : ""}>Draft a reply</a></li>
          <li><a class="govuk-link" href="/admin/curated" ${o.current === "curated" ? html`aria-current="page"` : ""}>Curated answers</a></li>
          ${o.staff.role === "admin" ? html`<li><a class="govuk-link" href="/admin/users" ${o.current === "users" ? html`aria-current="page"` : ""}>Staff accounts</a></li>` : ""}
        </ul>
        <form method="post" action="/admin/logout" class="app-nav__signout">
          <input type="hidden" name="csrf" value="${o.staff.csrfToken}">
          <span class="app-nav__who">${o.staff.email} (${o.staff.role})</span>
          <button type="submit" class="govuk-button govuk-button--secondary app-button--small">Sign out</button>
        </form>
      </nav>`
    : "";
  return html`<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>${o.hasErrors ? "Error: " : ""}${o.title} – Staff console – ${o.council}</title>
<link rel="stylesheet" href="/admin/admin.css">
</head>
<body>
<a href="#main-content" class="govuk-skip-link">Skip to main content</a>
<header class="app-header">
  <div class="govuk-width-container app-header__inner">
    <span class="app-header__title">${o.council}</span>
    <span class="app-header__service">Direct payments assistant: staff console</span>
  </div>
</header>
<div class="govuk-width-container">
  ${nav}
  <main class="govuk-main-wrapper" id="main-content" tabindex="-1">
    ${o.body}
  </main>
</div>
<footer class="app-footer"><div class="govuk-width-container">Questions are shown with personal details removed. Records are deleted after the retention period. Enquiries pasted in to draft a reply are not stored.</div></footer>
</body>
</html>`;
}
