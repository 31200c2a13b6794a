import type { CouncilConfig } from "../config/council-config.ts";

/**
 * Renders one knowledge document as a readable, printable HTML page at /knowledge/<id>, with every section
 * under an <h2>/<h3 id="anchor"> so a citation's /knowledge/<id>#<anchor> lands on the exact section.
 *
 * The Markdown handled is deliberately small (paragraphs, lists, bold, italics, code, links, tables,
 * block quotes): knowledge documents are written to that subset (knowledge/README.md), and a small renderer
 * that escapes everything first is easier to trust than a general one. Raw HTML in a document is shown as
 * text, never interpreted.
 */

export interface KnowledgePageDoc {
  meta: {
    id: string;
    title: string;
    summary: string;
    audience: readonly string[];
    jurisdiction: string;
    sources: readonly { title: string; url: string; section?: string }[];
    last_reviewed: string;
    review_due: string;
    owner?: string;
    policy_version?: string;
  };
  sections: readonly { heading: string; anchor: string; level: number; text: string }[];
}

export interface RenderKnowledgePageOptions {
  /** Where the "back" link goes; defaults to the demo page at "/". */
  backHref?: string;
  /** Where the page's knowledge links point; defaults to "/knowledge/". */
  knowledgeBase?: string;
}

const AUDIENCE_LABELS: Record<string, string> = {
  citizen: "people who use care and support, and their families",
  social_worker: "social workers",
  support_staff: "direct payment support staff",
};

const JURISDICTION_LABELS: Record<string, string> = {
  england: "England",
  scotland: "Scotland",
  wales: "Wales",
  local: "local policy",
};

export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/** "2026-11-01" -> "1 November 2026"; anything else is shown as given. */
export function formatDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
}

/**
 * Turns a Markdown link target (already HTML-escaped) into a safe href, or null when it is not one we allow.
 * Only http(s), mailto, tel, same-site paths and fragments pass: "javascript:" and "data:" never do.
 * Links between documents (`other-id.md#anchor`) become `/knowledge/other-id#anchor`.
 */
export function safeHref(target: string, knowledgeBase = "/knowledge/"): string | null {
  const t = target.trim();
  const internal = /^(?:\.{1,2}\/)*(?:[a-z0-9-]+\/)*([a-z0-9]+(?:-[a-z0-9]+)*)\.md(#[a-z0-9-]+)?$/.exec(t);
  if (internal) return `${knowledgeBase}${internal[1]}${internal[2] ?? ""}`;
  if (/^(https?:\/\/|mailto:|tel:)/i.test(t)) return t;
  if (/^(\/(?!\/)|#)/.test(t)) return t;
  return null;
}

/** Bold and italics on already-escaped text. */
function emphasis(escaped: string): string {
  return escaped
    .replace(/\*\*(?=\S)([\s\S]*?\S)\*\*/g, "<strong>$1</strong>")
    .replace(/__(?=\S)([\s\S]*?\S)__/g, "<strong>$1</strong>")
    .replace(/(^|[^*\w])\*(?=\S)([^*]*?\S)\*(?!\*)/g, "$1<em>$2</em>")
    .replace(/(^|[^_\w])_(?=\S)([^_]*?\S)_(?![_\w])/g, "$1<em>$2</em>");
}

/**
 * Inline Markdown on one line of text: escapes first, then code, links, bold and italics. Code spans and links
 * are cut out into placeholders first, so emphasis can never reach inside an href.
 */
export function renderInline(text: string, knowledgeBase = "/knowledge/"): string {
  const held: string[] = [];
  const hold = (html: string) => `\u0000${held.push(html) - 1}\u0000`;
  let out = escapeHtml(text.replace(/\u0000/g, "")).replace(/`([^`]+)`/g, (_, code: string) => hold(`<code>${code}</code>`));
  out = out.replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (_, label: string, target: string) => {
    const href = safeHref(target, knowledgeBase);
    if (!href) return label;
    const rel = /^https?:\/\//i.test(href) ? ' rel="noopener"' : "";
    return hold(`<a href="${href}"${rel}>${emphasis(label)}</a>`);
  });
  out = emphasis(out);
  // A link label can hold a code span, so expand until nothing is held (each pass removes one level).
  for (let pass = 0; pass < 3 && out.includes("\u0000"); pass++)
    out = out.replace(/\u0000(\d+)\u0000/g, (_, i: string) => held[Number(i)]);
  return out;
}

const TABLE_ROW = /^\s*\|.*\|\s*$/;
const TABLE_RULE = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/;
const BULLET = /^\s*[-*+]\s+(.*)$/;
const NUMBERED = /^\s*\d+[.)]\s+(.*)$/;

function splitRow(line: string): string[] {
  return line
    .trim()
    .replace(/^\|/, "")
    .replace(/\|$/, "")
    .split("|")
    .map((cell) => cell.trim());
}

/** Block-level Markdown: paragraphs, lists, tables, block quotes and fenced code. */
export function renderMarkdown(markdown: string, knowledgeBase = "/knowledge/"): string {
  const inline = (s: string) => renderInline(s, knowledgeBase);
  const lines = markdown.replace(/\r\n?/g, "\n").split("\n");
  const html: string[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (!line.trim()) {
      i++;
      continue;
    }
    if (/^\s*(```|~~~)/.test(line)) {
      const fence = line.trim().slice(0, 3);
      const body: string[] = [];
      i++;
      while (i < lines.length && !lines[i].trim().startsWith(fence)) body.push(lines[i++]);
      i++;
      html.push(`<pre><code>${escapeHtml(body.join("\n"))}</code></pre>`);
      continue;
    }
    if (/^#{1,6}\s+/.test(line)) {
      // Headings inside a section's text (deeper than the section split) become a plain heading.
      const level = Math.min(6, Math.max(4, line.match(/^#+/)![0].length));
      html.push(`<h${level}>${inline(line.replace(/^#+\s+/, "").replace(/\s*#*\s*$/, ""))}</h${level}>`);
      i++;
      continue;
    }
    if (TABLE_ROW.test(line) && i + 1 < lines.length && TABLE_RULE.test(lines[i + 1])) {
      const head = splitRow(line);
      i += 2;
      const rows: string[][] = [];
      while (i < lines.length && TABLE_ROW.test(lines[i])) rows.push(splitRow(lines[i++]));
      const th = head.map((c) => `<th scope="col">${inline(c)}</th>`).join("");
      const body = rows
        .map((r) => `<tr>${head.map((_, k) => `<td>${inline(r[k] ?? "")}</td>`).join("")}</tr>`)
        .join("\n");
      html.push(`<div class="table-wrap"><table>\n<thead><tr>${th}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table></div>`);
      continue;
    }
    if (BULLET.test(line) || NUMBERED.test(line)) {
      const ordered = !BULLET.test(line);
      const pattern = ordered ? NUMBERED : BULLET;
      const items: string[] = [];
      while (i < lines.length && pattern.test(lines[i])) {
        let item = pattern.exec(lines[i])![1];
        i++;
        // Indented continuation lines belong to the item.
        while (i < lines.length && /^\s{2,}\S/.test(lines[i]) && !BULLET.test(lines[i]) && !NUMBERED.test(lines[i]))
          item += " " + lines[i++].trim();
        items.push(`<li>${inline(item)}</li>`);
      }
      const tag = ordered ? "ol" : "ul";
      html.push(`<${tag}>\n${items.join("\n")}\n</${tag}>`);
      continue;
    }
    if (/^\s*>/.test(line)) {
      const quoted: string[] = [];
      while (i < lines.length && /^\s*>/.test(lines[i])) quoted.push(lines[i++].replace(/^\s*>\s?/, ""));
      html.push(`<blockquote>${renderMarkdown(quoted.join("\n"), knowledgeBase)}</blockquote>`);
      continue;
    }
    const para: string[] = [];
    while (
      i < lines.length &&
      lines[i].trim() &&
      !BULLET.test(lines[i]) &&
      !NUMBERED.test(lines[i]) &&
      !/^\s*(```|~~~|>|#)/.test(lines[i]) &&
      !(TABLE_ROW.test(lines[i]) && i + 1 < lines.length && TABLE_RULE.test(lines[i + 1]))
    )
      para.push(lines[i++].trim());
    html.push(`<p>${inline(para.join(" "))}</p>`);
  }
  return html.join("\n");
}

export const KNOWLEDGE_PAGE_CSS = `
*,*::before,*::after{box-sizing:border-box}
html{font-size:100%;-webkit-text-size-adjust:100%}
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;font-size:1.1875rem;line-height:1.5;color:#0b0c0c;background:#fff}
a{color:#1d70b8;text-decoration-thickness:max(1px,.0625rem);text-underline-offset:.15em}
a:visited{color:#4c2c92}
a:hover{color:#003078;text-decoration-thickness:max(3px,.1875rem)}
a:focus,a:focus-visible{outline:3px solid transparent;color:#0b0c0c;background:#fd0;box-shadow:0 -2px #fd0,0 4px #0b0c0c;text-decoration:none}
.skip{position:absolute;left:-9999px;top:0;padding:.5rem 1rem}
.skip:focus{left:0;z-index:10}
header.site{background:#0b0c0c;color:#fff;padding:.75rem 0;border-bottom:.5rem solid #1d70b8}
header.site p{margin:0;font-weight:700;font-size:1.25rem}
.wrap{max-width:46rem;margin:0 auto;padding:0 1rem}
.sample{background:#fff7bf;border-left:.35rem solid #0b0c0c;padding:.75rem 1rem;margin:1rem 0}
.back{display:inline-block;margin:1.25rem 0 0;padding:.5rem 0}
h1{font-size:2rem;line-height:1.2;margin:1rem 0 .75rem}
h2{font-size:1.5rem;line-height:1.25;margin:2.25rem 0 .75rem}
h3{font-size:1.25rem;margin:1.75rem 0 .5rem}
h4,h5,h6{font-size:1.1875rem;margin:1.25rem 0 .5rem}
h2[id],h3[id],h4[id],section[id]{scroll-margin-top:1rem}
:target{background:#fff7bf;outline:.25rem solid #fff7bf}
.lead{font-size:1.3rem}
.meta{color:#484949;font-size:1rem;border-top:1px solid #b1b4b6;padding-top:.75rem}
.meta p{margin:.25rem 0}
nav.contents{border-left:.25rem solid #b1b4b6;padding:.25rem 1rem;margin:1.5rem 0}
nav.contents h2{font-size:1.1875rem;margin:.25rem 0}
nav.contents ol{margin:.25rem 0;padding-left:1.25rem}
nav.contents li{margin:.35rem 0}
.table-wrap{overflow-x:auto}
table{border-collapse:collapse;width:100%;margin:1rem 0}
th,td{text-align:left;vertical-align:top;padding:.5rem .75rem .5rem 0;border-bottom:1px solid #b1b4b6}
blockquote{margin:1rem 0;padding:.25rem 1rem;border-left:.35rem solid #b1b4b6}
code{font-family:ui-monospace,Consolas,monospace;font-size:.95em}
pre{overflow-x:auto;background:#f3f2f1;padding:.75rem}
.sources{margin-top:2.5rem;border-top:.25rem solid #1d70b8}
.sources li{margin:.5rem 0}
.sources .section{display:block;color:#484949;font-size:1rem}
footer{margin:3rem 0 2rem;font-size:1rem;color:#484949}
@media print{
  header.site,.skip,.back,nav.contents{display:none}
  body{font-size:12pt}
  a{color:#000}
  .sources a[href^="http"]::after{content:" (" attr(href) ")";font-size:10pt;word-break:break-all}
  h2,h3{break-after:avoid}
  :target{background:none;outline:none}
}
@media (prefers-reduced-motion:no-preference){html{scroll-behavior:smooth}}
`;

/**
 * An accessible page for one knowledge document. Escapes every value it is given; the only HTML in the output
 * is the renderer's own.
 */
export function renderKnowledgePage(
  doc: KnowledgePageDoc,
  council: CouncilConfig,
  options: RenderKnowledgePageOptions = {},
): string {
  const e = escapeHtml;
  const knowledgeBase = options.knowledgeBase ?? "/knowledge/";
  const backHref = safeHref(options.backHref ?? "/", knowledgeBase) ?? "/";
  const { meta } = doc;
  const c = council.council;
  const headed = doc.sections.filter((s) => s.level >= 2);

  const body = doc.sections
    .map((s) => {
      const content = renderMarkdown(s.text, knowledgeBase);
      if (s.level < 2) return `<section id="${e(s.anchor)}" aria-label="Introduction">\n${content}\n</section>`;
      const level = Math.min(4, s.level);
      return `<h${level} id="${e(s.anchor)}">${e(s.heading)}</h${level}>\n${content}`;
    })
    .join("\n");

  const contents =
    headed.length >= 2
      ? `<nav class="contents" aria-labelledby="contents-title">
<h2 id="contents-title">Contents</h2>
<ol>
${headed
  .filter((s) => s.level === 2)
  .map((s) => `<li><a href="#${e(s.anchor)}">${e(s.heading)}</a></li>`)
  .join("\n")}
</ol>
</nav>`
      : "";

  const sources = meta.sources
    .map((s) => {
      const href = safeHref(s.url, knowledgeBase);
      const title = href ? `<a href="${e(href)}" rel="noopener">${e(s.title)}</a>` : e(s.title);
      return `<li>${title}${s.section ? `<span class="section">${e(s.section)}</span>` : ""}</li>`;
    })
    .join("\n");

  const audience = meta.audience.map((a) => AUDIENCE_LABELS[a] ?? a).join("; ");
  const jurisdiction = JURISDICTION_LABELS[meta.jurisdiction] ?? meta.jurisdiction;
  const localPolicy =
    meta.jurisdiction === "local"
      ? `<p>This is ${e(c.name)} policy${meta.policy_version ? ` (version ${e(meta.policy_version)})` : ""}${
          meta.owner ? `, owned by ${e(meta.owner)}` : ""
        }.</p>`
      : "";

  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(meta.title)} – ${e(c.name)}</title>
<meta name="description" content="${e(meta.summary)}">
<link rel="stylesheet" href="/knowledge.css">
</head>
<body>
<a class="skip" href="#main">Skip to main content</a>
<header class="site"><div class="wrap"><p>${e(c.name)}</p></div></header>
<div class="wrap">
<main id="main">
${c.isSample ? `<div class="sample" role="note"><strong>Sample council.</strong> ${e(c.sampleNotice)}</div>` : ""}
<a class="back" href="${e(backHref)}">Back to direct payments</a>
<article>
<h1>${e(meta.title)}</h1>
<p class="lead">${e(meta.summary)}</p>
<div class="meta">
<p>Applies to: ${e(jurisdiction)}. Written for ${e(audience)}.</p>
<p>Last reviewed <time datetime="${e(meta.last_reviewed)}">${e(formatDate(meta.last_reviewed))}</time>. Next review due <time datetime="${e(meta.review_due)}">${e(formatDate(meta.review_due))}</time>.</p>
${localPolicy}
</div>
${contents}
${body}
<section class="sources" aria-labelledby="sources-title">
<h2 id="sources-title">Sources</h2>
<p>This page is a plain-English summary. The law and guidance it is based on:</p>
<ul>
${sources}
</ul>
</section>
</article>
</main>
<footer>
<p>This information is general guidance, not advice about your own situation. For that, contact the ${e(
    c.directPaymentsTeam.name,
  )} on ${e(c.directPaymentsTeam.phone)}${c.directPaymentsTeam.hours ? ` (${e(c.directPaymentsTeam.hours)})` : ""}.</p>
</footer>
</div>
</body>
</html>
`;
}
