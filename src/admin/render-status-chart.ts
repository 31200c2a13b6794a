import { html } from "hono/html";
import { STATUSES } from "../pipeline/answer-types.ts";
import type { Html } from "./render-layout.ts";

export interface StatusDay {
  day: string;
  status: string;
  count: number;
}

/**
 * Answers per day as stacked bars in server-drawn SVG (no script; colours from the stylesheet by class),
 * followed by the same figures as a table, which is what screen reader users and anyone copying numbers need.
 */
export function renderStatusChart(rows: StatusDay[], days: string[]): Html {
  const statuses = STATUSES.filter((s) => rows.some((r) => r.status === s));
  const at = new Map(rows.map((r) => [`${r.day}|${r.status}`, r.count]));
  const totals = days.map((d) => statuses.reduce((n, s) => n + (at.get(`${d}|${s}`) ?? 0), 0));
  const max = Math.max(1, ...totals);
  const width = 720;
  const height = 200;
  const bar = width / Math.max(1, days.length);
  const bars = days.map((d, i) => {
    let y = height;
    return statuses.map((s) => {
      const n = at.get(`${d}|${s}`) ?? 0;
      if (!n) return "";
      const h = (n / max) * (height - 10);
      y -= h;
      return html`<rect class="app-chart__bar app-status--${s}" x="${(i * bar + bar * 0.1).toFixed(1)}" y="${y.toFixed(1)}" width="${(bar * 0.8).toFixed(1)}" height="${h.toFixed(1)}"></rect>`;
    });
  });
  const shown = days.filter((d, i) => totals[i] > 0);
  return html`<figure class="app-chart">
  <svg class="app-chart__svg" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="chart-title chart-desc" focusable="false">
    <title id="chart-title">Answers by status each day, ${days[0]} to ${days.at(-1)}</title>
    <desc id="chart-desc">Stacked bars, one per day, highest day ${max} answers. The table that follows gives the same figures.</desc>
    <line class="app-chart__axis" x1="0" y1="${height}" x2="${width}" y2="${height}"></line>
    ${bars}
  </svg>
  <figcaption>
    <ul class="app-chart__legend">
      ${statuses.map((s) => html`<li><span class="app-chart__key app-status--${s}"></span>${s.replace(/_/g, " ")}</li>`)}
    </ul>
  </figcaption>
</figure>
${
  shown.length
    ? html`<table class="govuk-table">
  <caption class="govuk-table__caption">Answers by status on each day with answers</caption>
  <thead><tr><th scope="col">Day</th>${statuses.map((s) => html`<th scope="col" class="govuk-table__header--numeric">${s.replace(/_/g, " ")}</th>`)}<th scope="col" class="govuk-table__header--numeric">Total</th></tr></thead>
  <tbody>
    ${shown.map(
      (d) => html`<tr><th scope="row">${d}</th>${statuses.map((s) => html`<td class="govuk-table__cell--numeric">${at.get(`${d}|${s}`) ?? 0}</td>`)}<td class="govuk-table__cell--numeric">${totals[days.indexOf(d)]}</td></tr>`,
    )}
  </tbody>
</table>`
    : html`<p class="govuk-body">No answers were recorded in this period.</p>`
}`;
}
