import { appendFileSync, cpSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** A throwaway copy of the knowledge folder, for tests that edit it under a running assistant or server. */
export function copyOfKnowledge(prefix = "dp-kb-"): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cpSync("knowledge", dir, { recursive: true });
  return dir;
}

let edits = 0;
/** Changes one document (a sentence appended), so the next reindex has something to rebuild. */
export function editKnowledge(knowledgeDir: string): void {
  const file = readdirSync(join(knowledgeDir, "help")).find((f) => f.endsWith(".md"))!;
  appendFileSync(join(knowledgeDir, "help", file), `\n\nThis sentence was added by edit ${++edits}.\n`);
}
