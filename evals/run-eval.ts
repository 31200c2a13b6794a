// npm run eval -- --file <set.jsonl> [--json <out>] [--audience a,b] [--kind k] [--topic t] [--id x,y]
//                 [--baseline] [--url http://127.0.0.1:8787] [--concurrency n] [--min-pass 90] [--data-dir d]
//                 [--curated <folder of exported curated answers>]
// Runs every item through the real pipeline, scores it by the rules in evals/README.md and prints the figures.
// Exit codes: 0 done; 1 below --min-pass or the assistant could not start; 2 bad arguments or bad lines.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { parseArgs } from "node:util";
import { parseEvalSet, type EvalItem } from "./eval-item.ts";
import { httpTarget, inProcessTarget } from "./eval-targets.ts";
import { formatReport } from "./format-report.ts";
import { runEvaluation, summarise, type BaselineTarget, type EvalTarget } from "./run-evaluation.ts";

const USAGE = `usage: npm run eval -- --file <set.jsonl> [options]
  --json <out.json>     also write every result and the figures as JSON
  --baseline            score a plain full-text search's top section beside ours
  --url <base>          go through a running server's HTTP API instead of in-process
  --audience <a[,b]>    only items for these audiences (citizen, social_worker, support_staff)
  --kind <k[,k]>        only items of these kinds (fact, calc, refuse, safeguard)
  --topic <t[,t]>       only items on these topics
  --id <id[,id]>        only these items
  --concurrency <n>     items answered at once (default 1, so latencies are honest)
  --min-pass <percent>  exit 1 if the pass rate is below this
  --data-dir <dir>      where the index lives (default from DATA_DIR, else .data)
  --curated <dir>       serve the curated answers exported as Markdown in this folder (in-process only;
                        e.g. knowledge/curated with evals/curated-sample.jsonl)`;

function fail(message: string, code = 2): never {
  console.error(message);
  process.exit(code);
}

let args;
try {
  args = parseArgs({
    options: {
      file: { type: "string", short: "f" },
      json: { type: "string" },
      baseline: { type: "boolean", default: false },
      url: { type: "string" },
      audience: { type: "string" },
      kind: { type: "string" },
      topic: { type: "string" },
      id: { type: "string" },
      concurrency: { type: "string" },
      "min-pass": { type: "string" },
      "data-dir": { type: "string" },
      curated: { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
    allowPositionals: true,
  }).values;
} catch (err) {
  fail(`${(err as Error).message}\n${USAGE}`);
}
if (args.help) {
  console.log(USAGE);
  process.exit(0);
}
if (!args.file) fail(`--file is required\n${USAGE}`);
if (args.curated && args.url) fail("--curated serves curated answers in this process; over --url the server serves its own");
const concurrency = args.concurrency ? Number(args.concurrency) : 1;
if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64) fail("--concurrency must be a whole number from 1 to 64");
const minPass = args["min-pass"] !== undefined ? Number(args["min-pass"]) : undefined;
if (minPass !== undefined && !(minPass >= 0 && minPass <= 100)) fail("--min-pass must be a percentage from 0 to 100");

let text: string;
try {
  text = readFileSync(args.file, "utf8");
} catch (err) {
  fail(`Cannot read ${args.file}: ${(err as Error).message}`);
}
const { items: all, errors } = parseEvalSet(text);
if (errors.length) {
  console.error(`${args.file}: ${errors.length} bad line${errors.length === 1 ? "" : "s"}:`);
  for (const e of errors) console.error(`  line ${e.line}: ${e.message}`);
  process.exit(2);
}
const list = (s?: string) => (s ? new Set(s.split(",").map((x) => x.trim()).filter(Boolean)) : null);
const filters: [Set<string> | null, (i: EvalItem) => string][] = [
  [list(args.audience), (i) => i.audience ?? ""],
  [list(args.kind), (i) => i.kind],
  [list(args.topic), (i) => i.topic],
  [list(args.id), (i) => i.id],
];
const items = all.filter((item) => filters.every(([set, get]) => !set || set.has(get(item))));
if (items.length === 0) fail(`No items to run in ${args.file}${all.length ? " after the filters" : ""}`);

let target: EvalTarget;
let baseline: BaselineTarget | undefined;
let mode: string;
let close = async () => {};
try {
  if (args.url) {
    target = httpTarget(args.url);
    mode = `over HTTP at ${args.url}`;
    if (args.baseline) {
      // The baseline is not part of the HTTP contract: it reads the same knowledge in this process.
      const local = await inProcessTarget({ dataDir: args["data-dir"] });
      baseline = local.baseline;
      close = local.close;
      mode += `; baseline in-process over ${local.describe.replace(/^in-process, /, "")}`;
    }
  } else {
    const local = await inProcessTarget({ dataDir: args["data-dir"], curatedDir: args.curated });
    target = local.target;
    baseline = args.baseline ? local.baseline : undefined;
    mode = local.describe;
    close = local.close;
  }
} catch (err) {
  fail(`The assistant could not start: ${(err as Error).message}`, 1);
}

const started = Date.now();
const interactive = process.stderr.isTTY;
const results = await runEvaluation(items, target, {
  baseline,
  concurrency,
  onResult: (_r, done, total) => {
    if (interactive) process.stderr.write(`\r  ${done}/${total}`);
  },
});
if (interactive) process.stderr.write("\r" + " ".repeat(20) + "\r");
await close().catch(() => undefined);

const ours = summarise(results, "ours");
const base = baseline ? summarise(results, "baseline") : undefined;

if (args.json) {
  try {
    mkdirSync(dirname(args.json), { recursive: true });
    writeFileSync(
      args.json,
      JSON.stringify(
        { file: args.file, mode, ranAt: new Date(started).toISOString(), seconds: (Date.now() - started) / 1000, summary: ours, baseline: base ?? null, results },
        null,
        2,
      ) + "\n",
    );
  } catch (err) {
    console.error(`Could not write ${args.json}: ${(err as Error).message}`);
  }
}

console.log(formatReport({ file: args.file, mode }, results, ours, base));
if (minPass !== undefined && ours.passRate * 100 < minPass) process.exit(1);
process.exit(0);
