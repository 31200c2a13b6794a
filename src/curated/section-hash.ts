import { createHash } from "node:crypto";

/**
 * The fingerprint of a section's text, taken when a curated answer is approved: a different hash later
 * means the section was edited, so the approved answer may no longer say what the knowledge says.
 */
export function sectionHash(text: string): string {
  return createHash("sha256").update(text.replace(/\r\n/g, "\n").trim()).digest("hex");
}
