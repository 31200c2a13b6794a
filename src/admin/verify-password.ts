import { timingSafeEqual } from "node:crypto";
import { hashPassword, scryptAsync } from "./hash-password.ts";

// Checked when the e-mail address has no account, so an unknown address takes as long as a wrong password.
const DUMMY = hashPassword("not a password of anyone's");

/** True when `password` matches a stored scrypt$N$r$p$salt$hash; a malformed or missing hash is false. */
export async function verifyPassword(password: string, stored: string | undefined): Promise<boolean> {
  const parts = (stored ?? (await DUMMY)).split("$");
  if (parts.length !== 6 || parts[0] !== "scrypt") return false;
  const [N, r, p] = parts.slice(1, 4).map(Number);
  if (![N, r, p].every(Number.isInteger) || N > 2 ** 20 || r > 32 || p > 16) return false;
  const expected = Buffer.from(parts[5], "base64url");
  const key = await scryptAsync(password, Buffer.from(parts[4], "base64url"), expected.length, { N, r, p });
  return stored !== undefined && timingSafeEqual(key, expected);
}
