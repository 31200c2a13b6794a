/** A sentence, list item or table row of a section: the smallest piece the embedded composer quotes. */
export interface TextUnit {
  text: string;
  kind: "sentence" | "item" | "row";
  /** Index of the paragraph/list/table the unit belongs to, to keep lead-ins with their lists. */
  block: number;
  order: number;
  /** True for a sentence that introduces the list after it ("It may agree if:"). */
  leadIn: boolean;
}

// Abbreviations whose full stop does not end a sentence.
const ABBREVIATIONS = /\b(e\.g|i\.e|etc|reg|regs|s|ss|para|paras|no|art|sch|vs|approx|incl|st|mr|mrs|ms|dr)\.$/i;

export function splitSentences(paragraph: string): string[] {
  const out: string[] = [];
  let current = "";
  const pieces = paragraph.split(/(?<=[.!?])\s+(?=[A-Z£0-9"“(])/);
  for (const piece of pieces) {
    current = current ? `${current} ${piece}` : piece;
    if (!ABBREVIATIONS.test(current)) {
      out.push(current.trim());
      current = "";
    }
  }
  if (current.trim()) out.push(current.trim());
  return out;
}

function tableRowText(cells: string[], header: string[] | null): string {
  if (!header || header.length !== cells.length) return cells.join(" – ");
  const [first, ...rest] = cells;
  return `${first}: ${rest.map((c, i) => `${c} (${header[i + 1]})`).join(", ")}`;
}

export function splitUnits(markdown: string): TextUnit[] {
  const units: TextUnit[] = [];
  let block = 0;
  let order = 0;
  const blocks = markdown.split(/\n\s*\n/);
  for (const raw of blocks) {
    const lines = raw.split("\n").map((l) => l.trim()).filter(Boolean);
    if (lines.length === 0) continue;
    if (lines.every((l) => l.startsWith("|"))) {
      const rows = lines.filter((l) => !/^\|[\s:|-]+\|$/.test(l)).map((l) => l.replace(/^\||\|$/g, "").split("|").map((c) => c.trim()));
      const header = rows.length > 1 ? rows[0] : null;
      for (const cells of rows.slice(header ? 1 : 0))
        units.push({ text: tableRowText(cells, header), kind: "row", block, order: order++, leadIn: false });
      block++;
      continue;
    }
    let paragraph: string[] = [];
    const flushParagraph = () => {
      if (!paragraph.length) return;
      const sentences = splitSentences(paragraph.join(" "));
      sentences.forEach((text) => units.push({ text, kind: "sentence", block, order: order++, leadIn: /:$/.test(text) }));
      paragraph = [];
    };
    for (const line of lines) {
      const item = /^(?:[-*+]|\d+[.)])\s+(.*)$/.exec(line);
      if (item) {
        flushParagraph();
        units.push({ text: item[1], kind: "item", block, order: order++, leadIn: false });
      } else if (paragraph.length === 0 && units.at(-1)?.kind === "item" && units.at(-1)?.block === block && /^[a-z(]/.test(line)) {
        // A list item wrapped onto the next line.
        units[units.length - 1].text += ` ${line}`;
      } else paragraph.push(line);
    }
    flushParagraph();
    block++;
  }
  return units;
}
