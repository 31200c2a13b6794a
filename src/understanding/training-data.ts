import { inRepository } from "../repository-root.ts";
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { z } from "zod";

/**
 * The labelled examples the understanding classifiers learn from. They are data (`training/*.jsonl`), not
 * code, so a council or a content author can add phrasings without editing TypeScript. No evaluation item,
 * and nothing derived from one, may be added here (evals/README.md, "Held out means held out").
 */
export const TRAINING_DIR = inRepository("training");

export const INTENTS = [
  "knowledge",
  "calculation",
  "decision",
  "out_of_scope",
  "deceive",
  "personal_data",
  "injection",
  "greeting",
  "thanks",
] as const;
export type Intent = (typeof INTENTS)[number];

export { SUMS, type SumName } from "../calculators/sum-names.ts";
import { SUMS } from "../calculators/sum-names.ts";

const intentExample = z
  .object({
    text: z.string().trim().min(1),
    intent: z.enum(INTENTS),
    topic: z.string().min(1).nullable().optional(),
    sum: z.enum(SUMS).nullable().optional(),
  })
  .passthrough();
export type IntentExample = z.infer<typeof intentExample>;

const safeguardingExample = z
  .object({
    text: z.string().trim().min(1),
    label: z.enum(["disclosure", "ordinary"]),
    kind: z.string().min(1).nullable().optional(),
    set: z.string().optional(),
  })
  .passthrough();
export type SafeguardingExample = z.infer<typeof safeguardingExample>;

/** Thrown for a bad line: names the file, the line and the field, like a broken knowledge file. */
export class TrainingDataError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly field: string,
    detail: string,
  ) {
    super(`${file}:${line}: ${field} ${detail}`);
    this.name = "TrainingDataError";
  }
}

function readJsonLines<T>(file: string, schema: z.ZodType<T>): T[] {
  const out: T[] = [];
  readFileSync(file, "utf8")
    .split("\n")
    .forEach((raw, i) => {
      if (!raw.trim()) return;
      let value: unknown;
      try {
        value = JSON.parse(raw);
      } catch {
        throw new TrainingDataError(file, i + 1, "line", "is not valid JSON");
      }
      const parsed = schema.safeParse(value);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new TrainingDataError(file, i + 1, issue.path.join(".") || "line", issue.message);
      }
      out.push(parsed.data);
    });
  return out;
}

const filesLike = (dir: string, prefix: string) =>
  readdirSync(dir)
    .filter((f) => f.startsWith(prefix) && f.endsWith(".jsonl"))
    .sort();

/** Every `intents*.jsonl` file in the folder, in name order. */
export function readIntentExamples(dir = TRAINING_DIR, files = filesLike(dir, "intents")): IntentExample[] {
  return files.flatMap((f) => readJsonLines(join(dir, f), intentExample));
}

/** Every `safeguarding*.jsonl` file in the folder, in name order. */
export function readSafeguardingExamples(dir = TRAINING_DIR, files = filesLike(dir, "safeguarding")): SafeguardingExample[] {
  return files.flatMap((f) => readJsonLines(join(dir, f), safeguardingExample));
}
