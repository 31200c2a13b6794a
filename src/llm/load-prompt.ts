import { inRepository } from "../repository-root.ts";
import { readFileSync } from "node:fs";
import { join } from "node:path";

export const PROMPTS_DIR = inRepository("prompts");

/** Prompts are files, loaded by name at start-up; a missing prompt stops start-up rather than failing later. */
export function loadPrompt(name: string, dir = PROMPTS_DIR): string {
  try {
    return readFileSync(join(dir, `${name}.md`), "utf8");
  } catch {
    throw new Error(`Prompt "${name}" not found in ${dir}`);
  }
}

/** Fills {{name}} placeholders in a loaded prompt; unknown ones are left as they are. */
export function fillPrompt(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, key: string) => values[key] ?? whole);
}
