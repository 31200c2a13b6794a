import { randomBytes, scrypt, type ScryptOptions } from "node:crypto";

/**
 * scrypt (RFC 7914), memory-hard, from node:crypto. N = 2^15, r = 8, p = 1 uses 32 MiB and about a tenth
 * of a second per hash here: OWASP's Password Storage Cheat Sheet gives N = 2^17 as its first choice and
 * accepts lower N with the same memory cost; 2^15 keeps a burst of sign-ins from starving the 2-core server.
 * Stored as scrypt$N$r$p$salt$hash (base64url), so the cost can be raised later without breaking old hashes.
 */
export const SCRYPT = { N: 2 ** 15, r: 8, p: 1, keyLength: 64 } as const;

export function scryptAsync(password: string, salt: Buffer, keyLength: number, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password.normalize("NFKC"), salt, keyLength, { ...options, maxmem: 256 * options.N! * options.r! }, (err, key) => (err ? reject(err) : resolve(key))),
  );
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scryptAsync(password, salt, SCRYPT.keyLength, { N: SCRYPT.N, r: SCRYPT.r, p: SCRYPT.p });
  return ["scrypt", SCRYPT.N, SCRYPT.r, SCRYPT.p, salt.toString("base64url"), key.toString("base64url")].join("$");
}
