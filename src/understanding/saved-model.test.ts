import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readSavedModel, writeSavedModel } from "./saved-model.ts";

describe("saved models", () => {
  it("reads back what was written, and nothing for a missing or damaged file", () => {
    const dir = mkdtempSync(join(tmpdir(), "saved-model-"));
    writeSavedModel(join(dir, "m-1.json"), { weights: [1, 2] });
    expect(readSavedModel(join(dir, "m-1.json"))).toEqual({ weights: [1, 2] });
    expect(readSavedModel(join(dir, "missing.json"))).toBeNull();
    writeFileSync(join(dir, "broken.json"), "{ not json");
    expect(readSavedModel(join(dir, "broken.json"))).toBeNull();
  });

  it("removes the earlier files it replaces, and only those", () => {
    const dir = mkdtempSync(join(tmpdir(), "saved-model-"));
    writeSavedModel(join(dir, "m-aa.json"), 1);
    writeSavedModel(join(dir, "other.json"), 2);
    writeSavedModel(join(dir, "m-bb.json"), 3, /^m-[a-z]+\.json$/);
    expect(readdirSync(dir).sort()).toEqual(["m-bb.json", "other.json"]);
  });
});
