import { z } from "zod";
import { AUDIENCES } from "../src/ingest/knowledge-schema.ts";

/**
 * One line of an evaluation set (docs/http-contract.md, "Evaluation sets"):
 * `{ id, audience, question, must_include, kind, topic, source, history?, expect_docs? }`.
 *
 * The runner must also score sets that live outside this repository, so it is strict only about what
 * scoring needs (id, question, kind, must_include, a known audience) and ignores fields it does not know
 * (a set may carry `note`, `tags` and so on). `topic` and `source` are part of the format but are not
 * needed to score, so a set that leaves them out is still scored (topic reported as "(none)").
 */
export const EVAL_KINDS = ["fact", "calc", "refuse", "safeguard"] as const;
export type EvalKind = (typeof EVAL_KINDS)[number];

const turnSchema = z.object({
  role: z.enum(["user", "assistant"]),
  content: z.string().min(1, "must not be empty"),
});

export const evalItemSchema = z.object({
  id: z.union([z.string().min(1), z.number()]).transform(String),
  audience: z.enum(AUDIENCES).optional(),
  question: z.string().trim().min(1, "must not be empty"),
  must_include: z.array(z.array(z.string().trim().min(1, "an alternative must not be empty")).min(1, "a group needs at least one alternative")),
  kind: z.enum(EVAL_KINDS),
  topic: z.string().min(1).default("(none)"),
  source: z.string().optional(),
  history: z.array(turnSchema).optional(),
  /** Knowledge document ids (or "<document-id>#<anchor>") a good search should return. */
  expect_docs: z.array(z.string().min(1)).min(1).optional(),
});
export type EvalItem = z.infer<typeof evalItemSchema>;

export interface LineError {
  line: number;
  message: string;
}

export interface ParsedEvalSet {
  items: EvalItem[];
  errors: LineError[];
}

/** Parses JSONL text: blank lines are skipped; every bad line is reported by its 1-based number. */
export function parseEvalSet(text: string): ParsedEvalSet {
  const items: EvalItem[] = [];
  const errors: LineError[] = [];
  const seen = new Map<string, number>();
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  lines.forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === "") return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (err) {
      errors.push({ line, message: `not valid JSON (${(err as Error).message})` });
      return;
    }
    const parsed = evalItemSchema.safeParse(value);
    if (!parsed.success) {
      const problems = parsed.error.issues.map((issue) => `${issue.path.length ? issue.path.join(".") : "(line)"}: ${issue.message}`);
      errors.push({ line, message: problems.join("; ") });
      return;
    }
    const first = seen.get(parsed.data.id);
    if (first !== undefined) {
      errors.push({ line, message: `id "${parsed.data.id}" is already used on line ${first}` });
      return;
    }
    seen.set(parsed.data.id, line);
    items.push(parsed.data);
  });
  return { items, errors };
}
