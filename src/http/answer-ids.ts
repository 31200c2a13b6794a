import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

/**
 * Answer ids the server issued, and only those: each id the browser gets is the pipeline's id with an HMAC
 * (SHA-256, truncated to 128 bits) under a secret, so feedback can only be given on an answer this service
 * wrote, and the feedback file cannot be filled with arbitrary text in the answerId field.
 *
 * The secret is ANSWER_ID_SECRET when set (keep it the same across instances behind a load balancer, and
 * across restarts, so feedback on an answer shown before a restart still counts); otherwise one is generated
 * at start (the primary hands it to its workers through the environment).
 */
export interface AnswerIds {
  sign(id: string): string;
  verify(signed: string): boolean;
}

export function generateAnswerIdSecret(): string {
  return randomBytes(32).toString("base64url");
}

export function createAnswerIds(secret: string): AnswerIds {
  const mac = (id: string) => createHmac("sha256", secret).update(id).digest().subarray(0, 16).toString("base64url");
  return {
    sign: (id) => `${id}.${mac(id)}`,
    verify(signed) {
      if (typeof signed !== "string" || signed.length > 100) return false;
      const dot = signed.lastIndexOf(".");
      if (dot <= 0) return false;
      const given = Buffer.from(signed.slice(dot + 1));
      const expected = Buffer.from(mac(signed.slice(0, dot)));
      return given.length === expected.length && timingSafeEqual(given, expected);
    },
  };
}
