import { mkdtempSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadCouncilConfig } from "../config/council-config.ts";
import { KnowledgeError } from "./knowledge-error.ts";
import { loadKnowledge, parseKnowledgeFile } from "./load-knowledge.ts";

const council = loadCouncilConfig("config/council.json");
const body = "## What it is\nA direct payment is money from the council. ".repeat(6) + "\n\n## Who to call\nCall {{council.directPaymentsTeam.phone}}.";

function doc(fields: Record<string, string>, text = body): string {
  const base: Record<string, string> = {
    id: "sample-doc",
    title: "A sample document",
    summary: "A summary that is long enough to pass the schema.",
    audience: "[citizen]",
    jurisdiction: "england",
    topic: "help",
    questions: "[one question here, two question here, three question here]",
    sources: "\n  - title: Care Act 2014\n    url: https://www.legislation.gov.uk/ukpga/2014/23",
    last_reviewed: "2026-11-01",
    review_due: "2027-11-01",
    ...fields,
  };
  const yaml = Object.entries(base)
    .filter(([, v]) => v !== "")
    .map(([k, v]) => `${k}: ${v}`)
    .join("\n");
  return `---\n${yaml}\n---\n${text}`;
}

describe("parseKnowledgeFile", () => {
  it("parses front matter, fills council placeholders and splits sections with anchors", () => {
    const d = parseKnowledgeFile("knowledge/sample-doc.md", doc({}), council);
    expect(d.meta.last_reviewed).toBe("2026-11-01");
    expect(d.sections.map((s) => s.anchor)).toEqual(["what-it-is", "who-to-call"]);
    expect(d.sections[1].text).toContain(council.council.directPaymentsTeam.phone);
    expect(d.sections[1].headingPath).toEqual(["A sample document", "Who to call"]);
  });

  it.each([
    [{ audience: "[everyone]" }, "audience.0"],
    [{ jurisdiction: "france" }, "jurisdiction"],
    [{ sources: "\n  - title: No link here\n    url: not-a-url" }, "sources.0.url"],
    [{ review_due: "2026-01-01" }, "review_due"],
    [{ id: "Bad Id" }, "id"],
    [{ id: "other-id" }, "id"],
    [{ title: "" }, "title"],
    [{ colour: "blue" }, "front matter"],
    [{ jurisdiction: "local" }, "owner"],
  ])("names the field when front matter is wrong (%o)", (fields, field) => {
    const run = () => parseKnowledgeFile("knowledge/sample-doc.md", doc(fields), council);
    expect(run).toThrow(KnowledgeError);
    try {
      run();
    } catch (err) {
      expect((err as KnowledgeError).file).toBe("knowledge/sample-doc.md");
      expect((err as KnowledgeError).field).toBe(field);
      expect((err as Error).message).toMatch(/^knowledge\/sample-doc\.md: /);
    }
  });

  it("rejects an unknown council placeholder, naming the file and field", () => {
    expect(() => parseKnowledgeFile("k/sample-doc.md", doc({}, `${body}\n{{council.nope}}`), council)).toThrow(
      /k\/sample-doc\.md: body: unknown council setting \{\{council\.nope\}\}/,
    );
  });

  it("rejects broken YAML and a missing front matter block", () => {
    expect(() => parseKnowledgeFile("k/sample-doc.md", "---\ntitle: [unclosed\n---\n" + body, council)).toThrow(/front matter: is not valid YAML/);
    expect(() => parseKnowledgeFile("k/sample-doc.md", body, council)).toThrow(/front matter: is missing/);
  });
});

describe("loadKnowledge", () => {
  function folder(files: Record<string, string>): string {
    const dir = mkdtempSync(join(tmpdir(), "kb-"));
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(join(dir, name, ".."), { recursive: true });
      writeFileSync(join(dir, name), text);
    }
    return dir;
  }

  it("checks internal links resolve to a document and section", () => {
    const ok = folder({
      "a/sample-doc.md": doc({}, `${body}\n\nSee [the other](other-doc.md#who-to-call).`),
      "other-doc.md": doc({ id: "other-doc" }),
    });
    expect(loadKnowledge(ok, council).documents).toHaveLength(2);
    const broken = folder({ "sample-doc.md": doc({}, `${body}\n\nSee [x](other-doc.md#nowhere).`), "other-doc.md": doc({ id: "other-doc" }) });
    expect(() => loadKnowledge(broken, council)).toThrow(/sample-doc\.md: body: links to missing section "other-doc\.md#nowhere"/);
  });

  it("gives the same checksum for the same files and a new one after an edit", () => {
    const dir = folder({ "sample-doc.md": doc({}) });
    const first = loadKnowledge(dir, council).checksum;
    expect(loadKnowledge(dir, council).checksum).toBe(first);
    writeFileSync(join(dir, "sample-doc.md"), doc({ title: "A changed title" }));
    expect(loadKnowledge(dir, council).checksum).not.toBe(first);
  });
});
