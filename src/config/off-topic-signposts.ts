import { z } from "zod";
import { inRepository } from "../repository-root.ts";
import { readJsonFile } from "./read-json-file.ts";

/**
 * Where to go for a request wholly outside direct payments, by its subject (config/off-topic-signposts.json):
 * a reply that only says "I can only help with direct payments" leaves the person where they started. Content,
 * not code; a broken entry (a pattern that does not compile) stops start-up naming it.
 */
export const DEFAULT_SIGNPOSTS_PATH = inRepository("config", "off-topic-signposts.json");

const schema = z
  .object({
    $comment: z.string().optional(),
    $sources: z.array(z.string()).optional(),
    signposts: z.array(z.object({ subject: z.string().min(3), words: z.string().min(3), line: z.string().min(20) }).strict()),
  })
  .strict();

export class SignpostsError extends Error {
  override name = "SignpostsError";
}

export interface OffTopicSignpost {
  subject: string;
  words: RegExp;
  line: string;
}

export function loadOffTopicSignposts(path = DEFAULT_SIGNPOSTS_PATH): readonly OffTopicSignpost[] {
  const data = readJsonFile(path, schema, SignpostsError);
  return Object.freeze(
    data.signposts.map((s, i) => {
      let words: RegExp;
      try {
        words = new RegExp(s.words, "i");
      } catch (err) {
        throw new SignpostsError(`${path}: signposts.${i}.words does not compile (${(err as Error).message})`);
      }
      return Object.freeze({ subject: s.subject, words, line: s.line });
    }),
  );
}

/** The line for the first subject a message names, if any. */
export function offTopicSignpost(signposts: readonly OffTopicSignpost[], message: string): string | null {
  return signposts.find((s) => s.words.test(message))?.line ?? null;
}
