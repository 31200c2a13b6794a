import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createAssistant } from "./assistant.ts";

// Faults in the knowledge folder and the index must not take the service down (issue: robustness).
function copyOfKnowledge(): string {
  const dir = mkdtempSync(join(tmpdir(), "dp-kb-"));
  cpSync("knowledge", dir, { recursive: true });
  return dir;
}
const ask = { messages: [{ role: "user" as const, content: "Can I pay my daughter with my direct payment?" }] };

describe("createAssistant faults", () => {
  it("rebuilds a missing or corrupt index at start", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "dp-data-"));
    const first = await createAssistant({ env: {}, dataDir });
    const builtAt = first.info().builtAt;
    await first.close();
    // Corrupt it: the manifest is garbage and the table files are gone.
    writeFileSync(join(dataDir, "manifest.json"), "{ not json");
    for (const f of readdirSync(join(dataDir, "lancedb"))) rmSync(join(dataDir, "lancedb", f), { recursive: true });
    const second = await createAssistant({ env: {}, dataDir });
    expect(second.info().builtAt).not.toBe(builtAt);
    expect((await second.answer(ask)).status).toBe("answered");
    await second.close();
  });

  it("keeps serving the last good index when a knowledge file breaks on reindex, and names the file", async () => {
    const knowledgeDir = copyOfKnowledge();
    const dataDir = mkdtempSync(join(tmpdir(), "dp-data-"));
    const assistant = await createAssistant({ env: {}, dataDir, knowledgeDir });
    const documents = assistant.info().documents;
    writeFileSync(join(knowledgeDir, "broken-doc.md"), "---\nid: broken-doc\ntitle: [oops\n---\nbody");
    const result = await assistant.reindex();
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/broken-doc\.md: front matter/);
    expect(assistant.info().documents).toBe(documents);
    expect((await assistant.answer(ask)).status).toBe("answered");
    // A restart with the broken file still serves the last good index rather than failing.
    const restarted = await createAssistant({ env: {}, dataDir, knowledgeDir });
    expect(restarted.info().documents).toBe(documents);
    await restarted.close();
    await assistant.close();
  });

  it("fails to start with a broken file and no index to fall back on, naming the file and field", async () => {
    const knowledgeDir = copyOfKnowledge();
    writeFileSync(join(knowledgeDir, "bad-source.md"), "---\nid: bad-source\ntitle: A bad source doc\nsummary: A summary long enough to pass.\naudience: [citizen]\njurisdiction: england\ntopic: help\nquestions: [a b c, d e f, g h i]\nsources:\n  - title: Nowhere\n    url: not-a-url\nlast_reviewed: 2026-11-01\nreview_due: 2027-11-01\n---\n" + "Body text. ".repeat(30));
    await expect(createAssistant({ env: {}, dataDir: mkdtempSync(join(tmpdir(), "dp-data-")), knowledgeDir })).rejects.toThrow(/bad-source\.md: sources\.0\.url/);
  });
});
