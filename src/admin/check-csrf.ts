import { timingSafeEqual } from "node:crypto";

/** The form's synchroniser token matches the session's (compared in constant time). */
export function csrfMatches(sent: unknown, expected: string): boolean {
  if (typeof sent !== "string" || sent.length !== expected.length) return false;
  return timingSafeEqual(Buffer.from(sent), Buffer.from(expected));
}
