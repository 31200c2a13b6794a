import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";

/**
 * Trained models kept in the data folder as JSON, under the checksum of what trained them, so a restart need
 * not train again (the understanding classifiers, the harm check).
 */

/** The saved model, or null when there is none or it cannot be read (it is then trained again). */
export function readSavedModel(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}

/**
 * Writes the model whole (to a temporary file, then renamed), so a reader never sees half of it. `replaces`
 * names the earlier files of the same model, removed once this one is written: one file, not one per reindex.
 * A read-only data folder is not an error: the model still serves, and is trained again next time.
 */
export function writeSavedModel(file: string, model: unknown, replaces?: RegExp): void {
  try {
    mkdirSync(dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(model));
    renameSync(tmp, file);
    if (replaces) for (const old of readdirSync(dirname(file))) if (replaces.test(old) && old !== basename(file)) rmSync(join(dirname(file), old), { force: true });
  } catch {
    // See above: a read-only folder.
  }
}
