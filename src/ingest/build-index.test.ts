import { appendFileSync, cpSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { spawn } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadCouncilConfig } from "../config/council-config.ts";
import { buildIndex, openIndex, probeTable, readManifest, withBuildLock } from "./build-index.ts";

// Issue: a reindex could corrupt the index for good (two builders dropping each other's tables).
const council = loadCouncilConfig("config/council.json");

function copyOfKnowledge(): string {
  const dir = mkdtempSync(join(tmpdir(), "dp-bi-kb-"));
  cpSync("knowledge", dir, { recursive: true });
  return dir;
}
let edits = 0;
/** Changes the knowledge checksum the way an editor would: one more sentence in a page. */
function edit(knowledgeDir: string): void {
  const area = readdirSync(knowledgeDir).find((d) => d === "help") ?? readdirSync(knowledgeDir)[0];
  const file = readdirSync(join(knowledgeDir, area)).find((f) => f.endsWith(".md"))!;
  appendFileSync(join(knowledgeDir, area, file), `\n\nThis sentence was added by edit ${++edits}.\n`);
}
const tableDirs = (dataDir: string) => readdirSync(join(dataDir, "lancedb")).filter((d) => d.endsWith(".lance"));

describe("buildIndex: one builder at a time, tables in use are kept", () => {
  it("two builds of different edits at once leave an index that answers, and the previous table still answers", async () => {
    const knowledgeDir = copyOfKnowledge();
    const dataDir = mkdtempSync(join(tmpdir(), "dp-bi-data-"));
    const first = await buildIndex({ knowledgeDir, dataDir, council });
    edit(knowledgeDir);
    const a = buildIndex({ knowledgeDir, dataDir, council });
    await new Promise((r) => setTimeout(r, 20));
    edit(knowledgeDir);
    const b = buildIndex({ knowledgeDir, dataDir, council });
    const [ra, rb] = await Promise.all([a, b]);
    // Each builder's own table still answers (neither dropped the other's), and so does the one before.
    await probeTable(ra.index.table);
    await probeTable(rb.index.table);
    const opened = await openIndex(dataDir);
    expect(opened).not.toBeNull();
    await probeTable(opened!.table);
    expect(readManifest(dataDir)!.table).toBe(opened!.manifest.table);
    for (const r of [first, ra, rb]) r.index.table.close();
    opened!.table.close();
  });

  it("keeps the previous generation and drops older ones, never the table the manifest names", async () => {
    const knowledgeDir = copyOfKnowledge();
    const dataDir = mkdtempSync(join(tmpdir(), "dp-bi-data-"));
    const g1 = await buildIndex({ knowledgeDir, dataDir, council });
    edit(knowledgeDir);
    const g2 = await buildIndex({ knowledgeDir, dataDir, council });
    // A reader that opened generation 1 before generation 2 was built can still answer from it.
    await probeTable(g1.index.table);
    expect(readManifest(dataDir)!.retired?.[0]?.table).toBe(g1.manifest.table);
    // Make generation 1 look long retired: the next build may drop it, but keeps generation 2.
    const m = readManifest(dataDir)!;
    writeFileSync(join(dataDir, "manifest.json"), JSON.stringify({ ...m, retired: m.retired!.map((r) => ({ ...r, at: "2000-01-01T00:00:00.000Z" })) }));
    edit(knowledgeDir);
    const g3 = await buildIndex({ knowledgeDir, dataDir, council });
    const names = tableDirs(dataDir).map((d) => d.replace(/\.lance$/, ""));
    expect(names).toContain(g3.manifest.table);
    expect(names).toContain(g2.manifest.table);
    expect(names).not.toContain(g1.manifest.table);
    for (const r of [g1, g2, g3]) r.index.table.close();
  });

  it("rebuilds at start-up when the manifest matches but the table's full-text index files are gone", async () => {
    const knowledgeDir = copyOfKnowledge();
    const dataDir = mkdtempSync(join(tmpdir(), "dp-bi-data-"));
    const built = await buildIndex({ knowledgeDir, dataDir, council });
    built.index.table.close();
    rmSync(join(dataDir, "lancedb", `${built.manifest.table}.lance`, "_indices"), { recursive: true });
    expect(await openIndex(dataDir)).toBeNull();
    const again = await buildIndex({ knowledgeDir, dataDir, council });
    expect(again.rebuilt).toBe(true);
    await probeTable(again.index.table);
    again.index.table.close();
  });
});

describe("withBuildLock", () => {
  it("runs builders one after another, within a process", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "dp-lock-"));
    const order: string[] = [];
    const job = (name: string) =>
      withBuildLock(dataDir, async () => {
        order.push(`${name} in`);
        await new Promise((r) => setTimeout(r, 50));
        order.push(`${name} out`);
      });
    await Promise.all([job("a"), job("b"), job("c")]);
    for (let i = 0; i < order.length; i += 2) expect(order[i + 1]).toBe(order[i].replace(" in", " out"));
    expect(existsSync(join(dataDir, "build.lock"))).toBe(false);
  });

  it("takes over a lock left by a process that has died", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "dp-lock-"));
    const dead = spawn(process.execPath, ["-e", "0"]);
    await new Promise((r) => dead.on("exit", r));
    writeFileSync(join(dataDir, "build.lock"), JSON.stringify({ pid: dead.pid, at: Date.now(), token: "x" }));
    const ran = await withBuildLock(dataDir, async () => "ran", { waitMs: 2_000 });
    expect(ran).toBe("ran");
  });

  it("waits for a live holder in another process, and says so when it waits too long", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "dp-lock-"));
    const holder = spawn(process.execPath, ["-e", "setTimeout(() => {}, 5000)"]);
    writeFileSync(join(dataDir, "build.lock"), JSON.stringify({ pid: holder.pid, at: Date.now(), token: "x" }));
    await expect(withBuildLock(dataDir, async () => "ran", { waitMs: 400 })).rejects.toThrow(/Another index build is still running/);
    holder.kill();
    await new Promise((r) => holder.on("exit", r));
    expect(await withBuildLock(dataDir, async () => "ran", { waitMs: 2_000 })).toBe("ran");
  });
});
