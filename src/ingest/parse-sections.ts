import { slugify } from "./slugify.ts";

export interface Section {
  /** Headings from the document title down to this section, e.g. ["Paying family", "If they live with you"]. */
  headingPath: string[];
  heading: string;
  /** Unique within the document; stable while the heading text is unchanged. */
  anchor: string;
  level: number;
  text: string;
}

/**
 * Splits a Markdown body at ## and ### headings. Text before the first heading becomes an "overview" section
 * under the document title. Headings inside fenced code are ignored.
 */
export function parseSections(title: string, body: string): Section[] {
  const sections: Section[] = [];
  const used = new Map<string, number>();
  let path: string[] = [];
  let current: Section = { headingPath: [title], heading: title, anchor: "overview", level: 1, text: "" };
  used.set("overview", 1);
  let inFence = false;
  const lines: string[] = [];
  const flush = () => {
    current.text = lines.join("\n").trim();
    lines.length = 0;
    if (current.text) sections.push(current);
  };
  for (const line of body.split(/\r?\n/)) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    const m = !inFence && /^(#{1,4})\s+(.+?)\s*#*\s*$/.exec(line);
    if (m) {
      flush();
      const level = m[1].length;
      const heading = m[2].trim();
      if (level <= 2) path = [heading];
      else path = [...path.slice(0, Math.max(0, level - 2)), heading].slice(-(level - 1));
      let anchor = slugify(heading) || "section";
      const n = used.get(anchor) ?? 0;
      used.set(anchor, n + 1);
      if (n > 0) anchor = `${anchor}-${n}`;
      current = { headingPath: [title, ...path], heading, anchor, level, text: "" };
      continue;
    }
    lines.push(line);
  }
  flush();
  return sections;
}
