import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { STATUS_TABLE, statusOfReason } from "./answer-statuses.ts";
import { STATUSES } from "./answer-types.ts";

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith(".ts") && !e.name.endsWith(".test.ts") ? [join(dir, e.name)] : []));

describe("the status and reason table", () => {
  it("describes every status", () => {
    for (const s of STATUSES) expect(STATUS_TABLE.statuses[s]).toBeTruthy();
  });

  it("lists every reason the pipeline finishes with, under the status it is used with", () => {
    const used = new Map<string, string>();
    for (const file of files(join(import.meta.dirname)))
      for (const m of readFileSync(file, "utf8").matchAll(/finish\(\s*"([a-z_]+)",\s*"([a-z_]+)"/g)) used.set(m[2], m[1]);
    expect(used.size).toBeGreaterThan(8);
    for (const [reason, status] of used) expect(statusOfReason(reason), reason).toBe(status);
  });

  it("refuses a reason it does not list", () => {
    expect(() => statusOfReason("answered_by_magic")).toThrow(/unknown answer reason/);
  });
});
