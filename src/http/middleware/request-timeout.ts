import type { MiddlewareHandler } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { errorResponse } from "../api-error.ts";

export interface RequestTimeoutOptions {
  /** Time allowed for the handler to produce a response, in milliseconds. Default 30 000. */
  ms?: number;
  /**
   * 504 Gateway Timeout (default): the slow part is almost always the upstream model (RFC 9110 s.15.6.5).
   * Use 503 Service Unavailable (RFC 9110 s.15.6.4) if you prefer to signal overload.
   */
  status?: 503 | 504;
  /** Message shown to the person. */
  message?: string;
  /** Seconds to suggest in Retry-After. Default 10. */
  retryAfterSeconds?: number;
}

/** Set on the context for handlers: abort model calls and searches when the request has timed out. */
export type RequestTimeoutVariables = { timeoutSignal: AbortSignal };

/**
 * Answers with a JSON error after `ms` if the handler has not produced a response, and aborts
 * `c.get("timeoutSignal")` so the pipeline can stop work nobody will read. Never sends a stack trace.
 *
 * Why: people on slow connections and screen readers need a clear message rather than a spinner that
 * never ends, and a hung model call must not hold a connection for ever (OWASP API4:2023).
 * A streamed (SSE) response counts as produced once its headers are returned; the stream must enforce its
 * own limits.
 */
export function requestTimeout(options: RequestTimeoutOptions = {}): MiddlewareHandler {
  const ms = options.ms ?? 30_000;
  const status: ContentfulStatusCode = options.status ?? 504;
  const message = options.message ?? "Sorry, this is taking too long. Please try again in a moment.";
  const retryAfter = String(options.retryAfterSeconds ?? 10);
  if (!(ms > 0)) throw new RangeError("requestTimeout: ms must be positive");

  return async function requestTimeout(c, next) {
    const controller = new AbortController();
    (c.set as (key: string, value: unknown) => void)("timeoutSignal", controller.signal);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timedOut = new Promise<"timeout">((resolve) => {
      timer = setTimeout(() => resolve("timeout"), ms);
    });
    const work = next().then(() => "done" as const);
    // If the handler fails after we have already answered, its error has nowhere to go: swallow it here
    // rather than crash the process with an unhandled rejection.
    work.catch(() => {});
    try {
      const outcome = await Promise.race([work, timedOut]);
      if (outcome === "timeout") {
        controller.abort(new Error("request timed out"));
        const res = errorResponse(c, status, "timeout", message);
        res.headers.set("Retry-After", retryAfter);
        return res;
      }
    } finally {
      clearTimeout(timer);
    }
  };
}
