import { readFileSync } from "node:fs";
import type { z } from "zod";

/**
 * Reads a data file and checks it against its schema: the one way the settings and content files
 * (config/*.json, the rates per tax year, the synonyms) are loaded. Any problem is an error of the caller's
 * class naming the file and the first field at fault ("config/tuning.json: retrieval.minCoverage Too big…"),
 * so a broken file stops start-up saying what to fix.
 */
export function readJsonFile<T extends z.ZodType>(path: string, schema: T, Failure: new (message: string) => Error = Error): z.output<T> {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, "utf8"));
  } catch (err) {
    throw new Failure(`${path}: cannot be read as JSON (${(err as Error).message})`);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Failure(`${path}: ${issue.path.join(".") || "(top level)"} ${issue.message}`);
  }
  return parsed.data;
}
