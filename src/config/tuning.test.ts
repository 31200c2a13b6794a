import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_TUNING_PATH, loadTuning, TUNING, TuningError } from "./tuning.ts";

describe("loadTuning", () => {
  const dir = mkdtempSync(join(tmpdir(), "tuning-"));
  const shipped = JSON.parse(readFileSync(DEFAULT_TUNING_PATH, "utf8"));
  const write = (value: unknown) => {
    const file = join(dir, `t-${Math.random().toString(36).slice(2)}.json`);
    writeFileSync(file, typeof value === "string" ? value : JSON.stringify(value));
    return file;
  };

  it("reads the repository's file", () => {
    expect(TUNING.retrieval.minCoverage).toBeGreaterThan(0);
    expect(TUNING.composer.passageBudget).toBeLessThanOrEqual(1_800);
  });

  it("names the field of a bad value, and refuses a misspelt one", () => {
    const bad = structuredClone(shipped);
    bad.retrieval.minCoverage = 3;
    expect(() => loadTuning(write(bad))).toThrow(/retrieval\.minCoverage/);
    const misspelt = structuredClone(shipped);
    misspelt.composer.leadMarginn = 1.2;
    expect(() => loadTuning(write(misspelt))).toThrow(TuningError);
  });

  it("says when the file is not JSON", () => {
    expect(() => loadTuning(write("{ not json"))).toThrow(/cannot be read as JSON/);
  });
});
