import { readFileSync } from "node:fs";
import { join } from "node:path";

export const PROMPTS_DIR = join(import.meta.dirname, "..", "..", "prompts");

/** Prompts are files, loaded by name at start-up; a missing prompt stops start-up rather than failing later. */
export function loadPrompt(name: string, values: Record<string, string> = {}, dir = PROMPTS_DIR): string {
  let text: string;
  try {
    text = readFileSync(join(dir, `${name}.md`), "utf8");
  } catch {
    throw new Error(`Prompt "${name}" not found in ${dir}`);
  }
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, key: string) => values[key] ?? whole);
}
