/**
 * One CSV field (RFC 4180), safe to open in a spreadsheet: a value starting with = + - @ (or a tab or
 * carriage return) is prefixed with a single quote so it is read as text, not a formula (OWASP, "CSV
 * Injection"); then quoted, with quotes doubled.
 */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}
