import { inRepository } from "../repository-root.ts";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { CuratedAnswer } from "./curated-answer.ts";
import { curatedFromMarkdown } from "./curated-markdown.ts";

/** The repository's own sample curated answers, in the console's export format. */
export const CURATED_SAMPLE_DIR = inRepository("knowledge", "curated");

/** Every exported curated answer in a folder (README.md aside); a bad file throws naming file and field. */
export function loadCuratedFolder(dir: string): CuratedAnswer[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".md") && f.toLowerCase() !== "readme.md")
    .sort()
    .map((f) => curatedFromMarkdown(readFileSync(join(dir, f), "utf8"), join(dir, f)));
}
