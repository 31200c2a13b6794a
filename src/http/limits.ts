import type { AppConfig } from "../config.ts";

// The server's request limits in one place: the schemas enforce them, /healthz publishes them (so the widget
// and other clients can trim what they send), and the README documents them.

/** Characters in one chat message (user or assistant turn). */
export const MAX_MESSAGE_CHARS = 2_000;
/** Messages in one chat request (the history travels with each request; user and assistant turns count). */
export const MAX_TURNS = 20;

export interface ServerLimits {
  /** Characters per message. */
  messageChars: number;
  /** Bytes per request body (BODY_LIMIT_BYTES); a full history of long messages must also fit in this. */
  bodyBytes: number;
  /** Messages per chat request. */
  turns: number;
}

export function serverLimits(config: Pick<AppConfig, "bodyLimitBytes">): ServerLimits {
  return { messageChars: MAX_MESSAGE_CHARS, bodyBytes: config.bodyLimitBytes, turns: MAX_TURNS };
}
