import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { redactPii } from "../pipeline/guards/redact-pii.ts";

export interface FeedbackStore {
  readonly enabled: boolean;
  save(f: { answerId: string; rating: "up" | "down"; comment?: string }): Promise<void>;
}

/**
 * Nothing personal is kept by default: feedback is only stored when the council turns it on, comments are
 * redacted first, and lines older than the retention period are removed at start-up (UK GDPR art. 5(1)(e),
 * storage limitation).
 */
export function createFeedbackStore(options: { enabled: boolean; file: string; retentionDays: number; now?: () => Date }): FeedbackStore {
  const now = options.now ?? (() => new Date());
  if (options.enabled && existsSync(options.file)) {
    const cutoff = now().getTime() - options.retentionDays * 86_400_000;
    const kept = readFileSync(options.file, "utf8")
      .split("\n")
      .filter((line) => {
        try {
          return line && Date.parse((JSON.parse(line) as { at: string }).at) >= cutoff;
        } catch {
          return false;
        }
      });
    writeFileSync(options.file, kept.length ? `${kept.join("\n")}\n` : "");
  }
  return {
    enabled: options.enabled,
    async save(f) {
      if (!options.enabled) return;
      mkdirSync(dirname(options.file), { recursive: true });
      const line = { at: now().toISOString(), answerId: f.answerId, rating: f.rating, ...(f.comment ? { comment: redactPii(f.comment) } : {}) };
      appendFileSync(options.file, `${JSON.stringify(line)}\n`);
    },
  };
}
