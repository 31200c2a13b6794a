import { csvCell } from "./csv-cell.ts";
import type { QuestionGroup } from "./group-questions.ts";

export const GAPS_CSV_COLUMNS = ["redacted text", "count", "last seen", "status", "topic"] as const;

/** The gap report's groups as CSV (RFC 4180, CRLF line ends), every cell safe to open in a spreadsheet. */
export function gapsCsv(groups: QuestionGroup[]): string {
  const lines = [GAPS_CSV_COLUMNS.map(csvCell).join(",")];
  for (const g of groups)
    lines.push([g.text, g.count, g.lastSeen.toISOString(), g.reasons.join("; "), g.topic ?? ""].map(csvCell).join(","));
  return `${lines.join("\r\n")}\r\n`;
}
