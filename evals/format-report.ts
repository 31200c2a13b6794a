import { EVAL_KINDS } from "./eval-item.ts";
import { MAX_ANSWER_CHARS, STATUSES_FOR_KIND } from "./score-answer.ts";
import type { ItemResult, Summary, Tally } from "./run-evaluation.ts";

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const frac = (a: number, b: number) => `${pct(b === 0 ? 0 : a / b)} (${a}/${b})`;
const ms = (x: number) => (x >= 100 ? `${x.toFixed(0)} ms` : `${x.toFixed(1)} ms`);

function table(rows: string[][]): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => (r[c] ?? "").length)));
  return rows.map((r) => "  " + r.map((cell, c) => cell.padEnd(widths[c])).join("   ").trimEnd()).join("\n");
}

function tallyRows(ours: Record<string, Tally>, base: Record<string, Tally> | undefined): string[][] {
  return Object.keys(ours)
    .sort()
    .map((key) => [key, frac(ours[key].passed, ours[key].total), ...(base ? [base[key] ? frac(base[key].passed, base[key].total) : "-"] : [])]);
}

export interface ReportHeader {
  file: string;
  mode: string;
}

/** The human report; its last line is `pass <n>/<total> (<percent>%)`. */
export function formatReport(header: ReportHeader, results: ItemResult[], ours: Summary, base?: Summary): string {
  const out: string[] = [];
  const head = ["", "ours", ...(base ? ["baseline (top full-text section)"] : [])];
  const both = (f: (s: Summary) => string) => [f(ours), ...(base ? [f(base)] : [])];
  out.push(`Evaluation of ${header.file}: ${results.length} items, ${header.mode}`);
  out.push("");
  const rows: string[][] = [
    head,
    ["pass rate", ...both((s) => frac(s.passed, s.total))],
    ["key-fact recall", ...both((s) => frac(s.recall.matched, s.recall.groups))],
  ];
  for (const kind of EVAL_KINDS) {
    if (!ours.byKind[kind]?.total) continue;
    rows.push([`status fits: ${kind} (${STATUSES_FOR_KIND[kind].join("/")})`, ...both((s) => frac(s.byKind[kind].statusOk, s.byKind[kind].total))]);
  }
  for (const kind of EVAL_KINDS) {
    if (!ours.byKind[kind]?.total) continue;
    rows.push([`passed: ${kind}`, ...both((s) => frac(s.byKind[kind].passed, s.byKind[kind].total))]);
  }
  rows.push([`answers over ${MAX_ANSWER_CHARS} chars`, ...both((s) => String(s.tooLong))]);
  rows.push(["median answer length", ...both((s) => `${s.medianLength} chars`)]);
  rows.push(["latency median / p95", ...both((s) => `${ms(s.medianMs)} / ${ms(s.p95Ms)}`)]);
  if (ours.retrieval) {
    rows.push([`retrieval hit@1 (${ours.retrieval.items} items)`, ...both((s) => (s.retrieval ? pct(s.retrieval.hit1) : "-"))]);
    rows.push(["retrieval hit@5", ...both((s) => (s.retrieval ? pct(s.retrieval.hit5) : "-"))]);
    rows.push(["retrieval MRR", ...both((s) => (s.retrieval ? s.retrieval.mrr.toFixed(3) : "-"))]);
  }
  if (ours.errors || base?.errors) rows.push(["errors", ...both((s) => String(s.errors))]);
  out.push(table(rows));

  out.push("", "By topic (passed)");
  out.push(table([["topic", "ours", ...(base ? ["baseline"] : [])], ...tallyRows(ours.byTopic, base?.byTopic)]));
  out.push("", "By audience (passed)");
  out.push(table([["audience", "ours", ...(base ? ["baseline"] : [])], ...tallyRows(ours.byAudience, base?.byAudience)]));
  out.push(
    "",
    `Statuses (ours): ${Object.entries(ours.statuses)
      .sort((a, b) => b[1] - a[1])
      .map(([s, n]) => `${s} ${n}`)
      .join(", ")}`,
  );

  const failures = results.filter((r) => !r.ours.score.pass);
  out.push("", failures.length ? `Failures (${failures.length}):` : "Failures: none");
  for (const r of failures) {
    const s = r.ours.score;
    const why: string[] = [];
    if (!s.statusOk) why.push(`status ${r.ours.status}, wanted ${STATUSES_FOR_KIND[r.kind].join(" or ")}`);
    if (s.missing.length) why.push(`missing ${s.missing.map((g) => `[${g.map((a) => JSON.stringify(a)).join(" | ")}]`).join(", ")}`);
    if (!s.lengthOk) why.push(`${s.length} chars > ${MAX_ANSWER_CHARS}`);
    if (r.ours.error) why.push(`error: ${r.ours.error}`);
    out.push(`- ${r.id} (${r.kind}, ${r.topic}, ${r.audience}): ${why.join("; ")}`);
    out.push(`    Q: ${r.question}`);
    const a = r.ours.answer.replace(/\s+/g, " ").trim();
    out.push(`    A: ${a.length > 220 ? a.slice(0, 220) + "…" : a || "(empty)"}`);
  }
  out.push("");
  const line = `pass ${ours.passed}/${ours.total} (${(ours.total ? (ours.passed / ours.total) * 100 : 0).toFixed(1)}%)`;
  if (base) out.push(`baseline pass ${base.passed}/${base.total} (${(base.total ? (base.passed / base.total) * 100 : 0).toFixed(1)}%)`);
  out.push(line);
  return out.join("\n");
}
