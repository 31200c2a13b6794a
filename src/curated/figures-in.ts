/**
 * The figures a text states: £ amounts, percentages and tax years ("£12.71", "12.07%", "2026/27"), in the
 * order they first appear. These are what a reviewer checks and what the figure check traces.
 */
const FIGURE = /£\s?\d[\d,]*(?:\.\d+)?(?:\s?(?:million|m|k)\b)?|\b\d+(?:\.\d+)?%|\b20\d\d\/\d\d\b/gi;

export function figuresIn(text: string): string[] {
  return [...new Set([...text.matchAll(FIGURE)].map((m) => m[0].replace(/£\s+/, "£").replace(/\s+/g, " ")))];
}
