import { existsSync } from "node:fs";
import { dirname, join } from "node:path";

/**
 * The repository's own folder (the one holding package.json), where the data files live: config/, training/,
 * prompts/, web/. Found by walking up from this module, so the same paths work when the server runs from
 * TypeScript (src/…) and from the built bundle (dist/server.mjs), whose modules no longer sit where their
 * sources did.
 */
function findRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, "package.json")) && existsSync(join(dir, "config"))) return dir;
    if (dirname(dir) === dir) throw new Error(`Cannot find the repository folder above ${from}`);
  }
}

export const REPOSITORY_ROOT = findRoot(import.meta.dirname);

/** A path inside the repository. */
export const inRepository = (...parts: string[]) => join(REPOSITORY_ROOT, ...parts);
