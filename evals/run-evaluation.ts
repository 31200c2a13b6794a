import type { ChatRequest } from "../src/pipeline/answer-types.ts";
import type { EvalItem, EvalKind } from "./eval-item.ts";
import { EVAL_KINDS } from "./eval-item.ts";
import { MAX_ANSWER_CHARS, scoreAnswer, type ItemScore } from "./score-answer.ts";

/** What the runner needs from the system under test: in-process, over HTTP, or a fake in tests. */
export interface EvalTarget {
  answer(request: ChatRequest): Promise<{ status: string; answer: string; citations?: { id: string }[] }>;
  /** Ranked search results, for `expect_docs`. */
  search?(question: string, k: number): Promise<{ id: string; documentId?: string }[]>;
}

/** The comparison: a plain full-text search's top sections, nothing else. */
export interface BaselineTarget {
  search(question: string, k: number): Promise<{ id: string; documentId?: string; text: string }[]>;
}

export interface Run {
  status: string;
  answer: string;
  score: ItemScore;
  ms: number;
  citations: string[];
  /** 1-based rank of the first expected document in the top 5; null if absent; undefined without expect_docs. */
  rank?: number | null;
  error?: string;
}

export interface ItemResult {
  id: string;
  kind: EvalKind;
  topic: string;
  audience: string;
  question: string;
  ours: Run;
  baseline?: Run;
}

export const RETRIEVAL_K = 5;

export function requestFor(item: EvalItem): ChatRequest {
  return {
    messages: [...(item.history ?? []), { role: "user", content: item.question }],
    ...(item.audience ? { audience: item.audience } : {}),
  };
}

/** Rank (1-based) of the first hit naming an expected document; "<doc>#<anchor>" must match exactly. */
export function rankOf(expected: string[], hits: { id: string; documentId?: string }[]): number | null {
  for (let i = 0; i < hits.length; i++) {
    const hit = hits[i];
    const doc = hit.documentId ?? hit.id.split("#")[0];
    if (expected.some((e) => (e.includes("#") ? e === hit.id : e === doc))) return i + 1;
  }
  return null;
}

/** The baseline's answer: the top section's text, cut to the length limit as it is. */
export function baselineAnswer(hits: { text: string }[]): { status: string; answer: string } {
  const top = hits[0];
  return top ? { status: "answered", answer: [...top.text].slice(0, MAX_ANSWER_CHARS).join("") } : { status: "unanswerable", answer: "" };
}

async function runOurs(item: EvalItem, target: EvalTarget): Promise<Run> {
  const started = performance.now();
  let status = "error";
  let answer = "";
  let citations: string[] = [];
  let error: string | undefined;
  try {
    const got = await target.answer(requestFor(item));
    status = String(got.status);
    answer = typeof got.answer === "string" ? got.answer : "";
    citations = (got.citations ?? []).map((c) => c.id);
  } catch (err) {
    error = (err as Error).message ?? String(err);
  }
  const ms = performance.now() - started;
  let rank: number | null | undefined;
  if (item.expect_docs && target.search) {
    try {
      rank = rankOf(item.expect_docs, await target.search(item.question, RETRIEVAL_K));
    } catch (err) {
      rank = null;
      error ??= `search: ${(err as Error).message}`;
    }
  }
  return { status, answer, score: scoreAnswer(item, { status, answer }), ms, citations, rank, error };
}

async function runBaseline(item: EvalItem, baseline: BaselineTarget): Promise<Run> {
  const started = performance.now();
  try {
    const hits = await baseline.search(item.question, RETRIEVAL_K);
    const got = baselineAnswer(hits);
    const ms = performance.now() - started;
    return {
      ...got,
      score: scoreAnswer(item, got),
      ms,
      citations: hits.slice(0, 1).map((h) => h.id),
      rank: item.expect_docs ? rankOf(item.expect_docs, hits) : undefined,
    };
  } catch (err) {
    const got = { status: "error", answer: "" };
    return { ...got, score: scoreAnswer(item, got), ms: performance.now() - started, citations: [], error: (err as Error).message };
  }
}

export interface RunOptions {
  baseline?: BaselineTarget;
  /** Items answered at once (1 keeps latency figures honest). */
  concurrency?: number;
  onResult?: (result: ItemResult, done: number, total: number) => void;
}

/** Runs every item (never throws for one item's failure: it is recorded as status "error"). */
export async function runEvaluation(items: EvalItem[], target: EvalTarget, options: RunOptions = {}): Promise<ItemResult[]> {
  const results: ItemResult[] = new Array(items.length);
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      const item = items[i];
      const ours = await runOurs(item, target);
      const baseline = options.baseline ? await runBaseline(item, options.baseline) : undefined;
      results[i] = {
        id: item.id,
        kind: item.kind,
        topic: item.topic,
        audience: item.audience ?? "(default)",
        question: item.question,
        ours,
        ...(baseline ? { baseline } : {}),
      };
      options.onResult?.(results[i], ++done, items.length);
    }
  };
  const n = Math.max(1, Math.min(options.concurrency ?? 1, items.length));
  await Promise.all(Array.from({ length: n }, worker));
  return results;
}

// ---------------------------------------------------------------------------------------------------------
// Summary figures

export interface Tally {
  total: number;
  passed: number;
  rate: number;
}

export interface Summary {
  total: number;
  passed: number;
  passRate: number;
  /** Key-fact recall: must_include groups matched / groups asked for, over all items. */
  recall: { matched: number; groups: number; rate: number };
  /** Per kind: how often the status fitted the kind, and how many passed. */
  byKind: Record<string, { total: number; statusOk: number; statusRate: number; passed: number; recall: number }>;
  byTopic: Record<string, Tally>;
  byAudience: Record<string, Tally>;
  statuses: Record<string, number>;
  tooLong: number;
  errors: number;
  medianLength: number;
  medianMs: number;
  p95Ms: number;
  retrieval: { items: number; hit1: number; hit5: number; mrr: number } | null;
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  if (p === 50) {
    const mid = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }
  // Nearest rank.
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);

function tally(into: Record<string, Tally>, key: string, pass: boolean) {
  const t = (into[key] ??= { total: 0, passed: 0, rate: 0 });
  t.total++;
  if (pass) t.passed++;
  t.rate = ratio(t.passed, t.total);
}

/** Summarises one side (ours or the baseline) of the results. */
export function summarise(results: ItemResult[], side: "ours" | "baseline" = "ours"): Summary {
  const runs = results.map((r) => ({ r, run: side === "ours" ? r.ours : r.baseline })).filter((x): x is { r: ItemResult; run: Run } => !!x.run);
  const byKind: Summary["byKind"] = {};
  for (const kind of EVAL_KINDS) byKind[kind] = { total: 0, statusOk: 0, statusRate: 0, passed: 0, recall: 0 };
  const kindGroups: Record<string, { matched: number; groups: number }> = {};
  const byTopic: Record<string, Tally> = {};
  const byAudience: Record<string, Tally> = {};
  const statuses: Record<string, number> = {};
  let matched = 0;
  let groups = 0;
  for (const { r, run } of runs) {
    const k = (byKind[r.kind] ??= { total: 0, statusOk: 0, statusRate: 0, passed: 0, recall: 0 });
    k.total++;
    if (run.score.statusOk) k.statusOk++;
    if (run.score.pass) k.passed++;
    const g = (kindGroups[r.kind] ??= { matched: 0, groups: 0 });
    const m = run.score.groups.filter((x) => x.matched !== null).length;
    g.matched += m;
    g.groups += run.score.groups.length;
    matched += m;
    groups += run.score.groups.length;
    tally(byTopic, r.topic, run.score.pass);
    tally(byAudience, r.audience, run.score.pass);
    statuses[run.status] = (statuses[run.status] ?? 0) + 1;
  }
  for (const [kind, k] of Object.entries(byKind)) {
    k.statusRate = ratio(k.statusOk, k.total);
    k.recall = ratio(kindGroups[kind]?.matched ?? 0, kindGroups[kind]?.groups ?? 0);
  }
  const ranked = runs.filter(({ run }) => run.rank !== undefined).map(({ run }) => run.rank ?? null);
  const passed = runs.filter(({ run }) => run.score.pass).length;
  return {
    total: runs.length,
    passed,
    passRate: ratio(passed, runs.length),
    recall: { matched, groups, rate: ratio(matched, groups) },
    byKind,
    byTopic,
    byAudience,
    statuses,
    tooLong: runs.filter(({ run }) => !run.score.lengthOk).length,
    errors: runs.filter(({ run }) => run.status === "error").length,
    medianLength: percentile(runs.map(({ run }) => run.score.length), 50),
    medianMs: percentile(runs.map(({ run }) => run.ms), 50),
    p95Ms: percentile(runs.map(({ run }) => run.ms), 95),
    retrieval: ranked.length
      ? {
          items: ranked.length,
          hit1: ratio(ranked.filter((x) => x === 1).length, ranked.length),
          hit5: ratio(ranked.filter((x) => x !== null && x <= RETRIEVAL_K).length, ranked.length),
          mrr: ratio(ranked.reduce<number>((s, x) => s + (x ? 1 / x : 0), 0), ranked.length),
        }
      : null,
  };
}
