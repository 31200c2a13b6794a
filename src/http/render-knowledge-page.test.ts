import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { loadCouncilConfig } from "../config/council-config.ts";
import { readFileSync } from "node:fs";
import { listKnowledgeFiles, parseKnowledgeFile } from "../ingest/load-knowledge.ts";
import {
  formatDate,
  renderInline,
  renderKnowledgePage,
  renderMarkdown,
  safeHref,
  type KnowledgePageDoc,
} from "./render-knowledge-page.ts";

const council = loadCouncilConfig(resolve("config/council.json"));

const doc: KnowledgePageDoc = {
  meta: {
    id: "paying-family-members",
    title: "Paying a family member <script>",
    summary: "When you can pay a relative & when the council must agree.",
    audience: ["citizen", "support_staff"],
    jurisdiction: "england",
    sources: [
      { title: "Direct Payments Regulations 2014", url: "https://www.legislation.gov.uk/uksi/2014/2871", section: "reg. 3" },
      { title: "Bad source", url: "javascript:alert(1)" },
    ],
    last_reviewed: "2026-11-01",
    review_due: "2027-11-01",
  },
  sections: [
    { heading: "Paying a family member", anchor: "overview", level: 1, text: "Yes, you **often** can." },
    {
      heading: "If they live with you",
      anchor: "if-they-live-with-you",
      level: 2,
      text: "Only if the council agrees.\n\n- parents\n- children\n\nSee [employing a PA](employing-a-pa-overview.md#your-duties).",
    },
    { heading: "Close relatives", anchor: "close-relatives", level: 3, text: "| Who | Counts |\n|---|---|\n| Aunt | Yes |" },
  ],
};

describe("renderKnowledgePage", () => {
  const html = renderKnowledgePage(doc, council);

  it("puts each section under a heading whose id is its anchor", () => {
    expect(html).toContain('<h2 id="if-they-live-with-you">If they live with you</h2>');
    expect(html).toContain('<h3 id="close-relatives">Close relatives</h3>');
    expect(html).toContain('<section id="overview"');
  });

  it("escapes the document's text", () => {
    expect(html).not.toContain("<script>");
    expect(html).toContain("Paying a family member &lt;script&gt;");
    expect(html).toContain("a relative &amp; when");
  });

  it("rewrites links between documents to /knowledge/<id>#<anchor>", () => {
    expect(html).toContain('<a href="/knowledge/employing-a-pa-overview#your-duties">employing a PA</a>');
  });

  it("renders lists, bold and tables", () => {
    expect(html).toContain("<strong>often</strong>");
    expect(html).toMatch(/<ul>\s*<li>parents<\/li>\s*<li>children<\/li>\s*<\/ul>/);
    expect(html).toContain('<th scope="col">Who</th>');
    expect(html).toContain("<td>Aunt</td>");
  });

  it("shows sources, review dates, a back link and a contents list", () => {
    expect(html).toContain('<a href="https://www.legislation.gov.uk/uksi/2014/2871" rel="noopener">Direct Payments Regulations 2014</a>');
    expect(html).toContain("reg. 3");
    expect(html).not.toContain("javascript:");
    expect(html).toContain("Bad source");
    expect(html).toContain('Last reviewed <time datetime="2026-11-01">1 November 2026</time>');
    expect(html).toContain("Next review due <time datetime=\"2027-11-01\">1 November 2027</time>");
    expect(html).toContain('<a class="back" href="/">');
    expect(html).toMatch(/<nav class="contents"[\s\S]*href="#if-they-live-with-you"/);
    expect(html).toContain('<html lang="en-GB">');
    expect(html).toContain('<main id="main">');
  });

  it("shows the sample-council notice only for a sample council", () => {
    expect(html).toContain(council.council.sampleNotice);
    const real = { ...council, council: { ...council.council, isSample: false } };
    expect(renderKnowledgePage(doc, real)).not.toContain(council.council.sampleNotice);
  });

  it("renders every real knowledge document with one heading per section", () => {
    // Each file on its own: cross-document link checks belong to the knowledge tests, not this renderer.
    const files = listKnowledgeFiles(resolve("knowledge"));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const d = parseKnowledgeFile(file, readFileSync(file, "utf8"), council);
      const page = renderKnowledgePage(d, council);
      for (const s of d.sections) expect(page).toContain(`id="${s.anchor}"`);
      expect(page.match(/<h1>/g)).toHaveLength(1);
    }
  });
});

describe("safe Markdown", () => {
  it("drops unsafe link targets but keeps the text", () => {
    expect(renderInline("[click](javascript:alert(1))")).not.toMatch(/href|javascript/);
    expect(renderInline("[click](javascript:void)")).toBe("click");
    expect(renderInline("[x](data:text/html,hi)")).toBe("x");
    expect(safeHref("//evil.example")).toBeNull();
    expect(safeHref("mailto:a@b.example")).toBe("mailto:a@b.example");
    expect(safeHref("../money/keeping-records.md")).toBe("/knowledge/keeping-records");
  });

  it("never lets emphasis reach inside an href", () => {
    expect(renderInline("[a](https://x.example/_b_/c) and _d_")).toBe(
      '<a href="https://x.example/_b_/c" rel="noopener">a</a> and <em>d</em>',
    );
  });

  it("shows raw HTML as text", () => {
    expect(renderMarkdown('<img src=x onerror="alert(1)">')).toBe("<p>&lt;img src=x onerror=&quot;alert(1)&quot;&gt;</p>");
  });

  it("handles numbered lists, code and quotes", () => {
    expect(renderMarkdown("1. one\n2. two")).toBe("<ol>\n<li>one</li>\n<li>two</li>\n</ol>");
    expect(renderInline("use `**not bold**`")).toBe("use <code>**not bold**</code>");
    expect(renderMarkdown("> quoted")).toBe("<blockquote><p>quoted</p></blockquote>");
  });

  it("formats ISO dates in UK style", () => {
    expect(formatDate("2027-03-09")).toBe("9 March 2027");
    expect(formatDate("soon")).toBe("soon");
  });
});
