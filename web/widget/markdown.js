/**
 * Answer text to DOM. Answers are "Markdown-light": paragraphs, "- " bullets, "1. " lists, **bold**, links and
 * citation markers like [1] or [1, 2]. Everything is built with createElement/textContent, never innerHTML,
 * so nothing in an answer can become markup.
 */

const INLINE =
  /\*\*(?=\S)([^*]*?\S)\*\*|\[([^\]\n]+)\]\(([^)\s]+)\)|\[(\d{1,2}(?:\s*[,–-]\s*\d{1,2})*)\]|(\b0\d{3,4}[ ]?\d{3}[ ]?\d{3,4}\b)|([A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,})/g;

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Only web, mail and phone links, or paths on the assistant's own server. */
export function safeUrl(href, base) {
  try {
    const url = new URL(href, base);
    return /^(https?|mailto|tel):$/.test(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * @param {string} text
 * @param {{ citations?: any[], base: string, strings: any, format: Function }} ctx
 */
function appendInline(parent, text, ctx) {
  // A fresh RegExp per call: the bold case recurses, and a shared /g regex would lose its place.
  const re = new RegExp(INLINE.source, "g");
  let last = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index > last) parent.append(text.slice(last, m.index));
    last = re.lastIndex;
    if (m[1] !== undefined) {
      const strong = el("strong");
      appendInline(strong, m[1], ctx);
      parent.append(strong);
    } else if (m[2] !== undefined) {
      const href = safeUrl(m[3], ctx.base);
      if (!href) parent.append(m[2]);
      else {
        const a = el("a", "", m[2]);
        a.href = href;
        if (/^https?:/.test(href)) {
          a.target = "_blank";
          a.rel = "noopener";
          a.append(el("span", "vh", " " + ctx.strings.opensInNewTab));
        }
        parent.append(a);
      }
    } else if (m[4] !== undefined) {
      appendMarkers(parent, m[0], m[4], ctx);
    } else if (m[5] !== undefined) {
      const a = el("a", "", m[5]);
      a.href = "tel:" + m[5].replace(/\s/g, "");
      parent.append(a);
    } else {
      const a = el("a", "", m[6]);
      a.href = "mailto:" + m[6];
      parent.append(a);
    }
  }
  if (last < text.length) parent.append(text.slice(last));
}

function appendMarkers(parent, raw, list, ctx) {
  const numbers = list.split(/\s*[,–-]\s*/).map(Number);
  const citations = ctx.citations || [];
  const found = numbers.map((n) => citations.find((c) => c.n === n));
  if (!found.every(Boolean)) {
    // While streaming the citations have not arrived yet: show the marker as text for now.
    parent.append(raw);
    return;
  }
  // Keep the marker on the same line as the word it supports.
  const before = parent.lastChild;
  if (before && before.nodeType === 3 && / $/.test(before.data)) before.data = before.data.replace(/ $/, "\u00a0");
  const sup = el("sup", "cite");
  found.forEach((c, i) => {
    const a = el("a");
    const href = safeUrl(c.url, ctx.base);
    if (href) {
      a.href = href;
      a.target = "_blank";
      a.rel = "noopener";
    }
    a.append(el("span", "", "[" + c.n + "]"));
    // A short name ("Source 2"); the title is its description (and tooltip), not read as the whole name.
    a.setAttribute("aria-label", ctx.format(ctx.strings.sourceMarker, { n: c.n }));
    const about = c.heading && c.heading !== c.title ? `${c.title}: ${c.heading}` : c.title;
    if (about) a.title = href ? `${about} ${ctx.strings.opensInNewTab}` : about;
    if (i) sup.append(" ");
    sup.append(a);
  });
  parent.append(sup);
}

const BULLET = /^\s*(?:[-*•])\s+(.*)$/;
const NUMBERED = /^\s*\d+[.)]\s+(.*)$/;

/** Renders answer text into a DocumentFragment. */
export function renderAnswerText(text, ctx) {
  const frag = document.createDocumentFragment();
  const lines = String(text || "").replace(/\r\n?/g, "\n").split("\n");
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (!line.trim()) {
      i++;
      continue;
    }
    const bullet = BULLET.test(line);
    if (bullet || NUMBERED.test(line)) {
      const pattern = bullet ? BULLET : NUMBERED;
      const list = el(bullet ? "ul" : "ol");
      while (i < lines.length && pattern.test(lines[i])) {
        const li = el("li");
        appendInline(li, pattern.exec(lines[i])[1], ctx);
        list.append(li);
        i++;
      }
      frag.append(list);
      continue;
    }
    const p = el("p");
    let first = true;
    while (i < lines.length && lines[i].trim() && !BULLET.test(lines[i]) && !NUMBERED.test(lines[i])) {
      if (!first) p.append(el("br"));
      appendInline(p, lines[i].replace(/^#{1,6}\s+/, "").trim(), ctx);
      first = false;
      i++;
    }
    frag.append(p);
  }
  return frag;
}

/** Plain text for the live region: Markdown marks and citation markers removed. */
export function plainText(text) {
  return String(text || "")
    .replace(/\[(\d{1,2}(?:\s*[,–-]\s*\d{1,2})*)\]/g, "")
    .replace(/\[([^\]\n]+)\]\(([^)\s]+)\)/g, "$1")
    .replace(/\*\*/g, "")
    .replace(/^\s*[-*•]\s+/gm, "")
    .replace(/[ \t]+([.,;:])/g, "$1")
    .replace(/\s+/g, " ")
    .trim();
}
