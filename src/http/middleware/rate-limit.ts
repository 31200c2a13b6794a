import { getConnInfo } from "@hono/node-server/conninfo";
import type { Context, MiddlewareHandler } from "hono";
import { errorResponse } from "../api-error.ts";
import { forwardedClient } from "../forwarded.ts";

export interface RateLimitOptions {
  /** Length of one window in milliseconds. Default 60 000 (one minute). */
  windowMs?: number;
  /** Requests allowed per client per window. Default 20: a person typing questions never gets near it. */
  max?: number;
  /**
   * Identifies the client. Default: the socket's remote address. Behind a load balancer, pass a function
   * that reads the address your proxy sets (for example the last hop of X-Forwarded-For that *your* proxy
   * added); the header is not trusted by default because any client can send it and pick a fresh key.
   */
  key?: (c: Context) => string;
  /**
   * Proxies in front of the server that are ours (TRUST_PROXY): the client is then read from
   * X-Forwarded-For, counting from the right. Default 0: the header is ignored. Not used with `key`.
   */
  trustProxy?: number;
  /** Most clients remembered at once; the oldest are dropped beyond this, so memory stays bounded. */
  maxKeys?: number;
  /** Clock, for tests. */
  now?: () => number;
  /** Message shown to the person. */
  message?: string;
}

/** Used when no socket address is available (in-process `app.request` tests, some adapters). */
export const UNKNOWN_CLIENT = "unknown-client";

function socketAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? UNKNOWN_CLIENT;
  } catch {
    return UNKNOWN_CLIENT;
  }
}

interface Window {
  count: number;
  resetAt: number;
}

/**
 * A fixed-window rate limit per client, in memory. Over the limit the client gets 429 Too Many Requests
 * with Retry-After in seconds (RFC 6585 s.4; Retry-After per RFC 9110 s.10.2.3), plus RateLimit-* headers
 * (IETF draft-ietf-httpapi-ratelimit-headers) so well-behaved clients can slow down before they hit it.
 *
 * Why: each chat request can cost a model call; an open endpoint without a limit is an easy way to run up
 * a council's bill or deny service to residents (OWASP API4:2023 Unrestricted Resource Consumption).
 * In memory is right for one instance; several instances behind a load balancer each count separately,
 * which is acceptable as a per-instance ceiling (docs/architecture.md, "Beyond one machine").
 */
export function rateLimit(options: RateLimitOptions = {}): MiddlewareHandler {
  const windowMs = options.windowMs ?? 60_000;
  const max = options.max ?? 20;
  const hops = options.trustProxy ?? 0;
  const key = options.key ?? ((c: Context) => forwardedClient(c, socketAddress(c), hops));
  const maxKeys = options.maxKeys ?? 10_000;
  const now = options.now ?? Date.now;
  const message = options.message ?? "You have sent a lot of messages in a short time. Please wait a moment and try again.";
  if (!(windowMs > 0) || !(max > 0) || !(maxKeys > 0)) throw new RangeError("rateLimit: windowMs, max and maxKeys must be positive");

  // Map keeps insertion order, so the first entries are the oldest windows: cheap to evict.
  const windows = new Map<string, Window>();

  function evict(at: number): void {
    for (const [k, w] of windows) {
      if (w.resetAt <= at) windows.delete(k);
      else break; // windows are inserted in time order: the rest are newer
    }
    while (windows.size >= maxKeys) {
      const oldest = windows.keys().next().value;
      if (oldest === undefined) break;
      windows.delete(oldest);
    }
  }

  return async function rateLimit(c, next) {
    const at = now();
    const id = key(c) || UNKNOWN_CLIENT;
    let w = windows.get(id);
    if (!w || w.resetAt <= at) {
      if (w) windows.delete(id);
      evict(at);
      w = { count: 0, resetAt: at + windowMs };
      windows.set(id, w);
    }
    w.count++;
    const resetSeconds = Math.max(1, Math.ceil((w.resetAt - at) / 1000));
    const remaining = Math.max(0, max - w.count);

    if (w.count > max) {
      const res = errorResponse(c, 429, "rate_limited", message);
      res.headers.set("Retry-After", String(resetSeconds));
      res.headers.set("RateLimit-Limit", String(max));
      res.headers.set("RateLimit-Remaining", "0");
      res.headers.set("RateLimit-Reset", String(resetSeconds));
      return res;
    }
    await next();
    try {
      c.res.headers.set("RateLimit-Limit", String(max));
      c.res.headers.set("RateLimit-Remaining", String(remaining));
      c.res.headers.set("RateLimit-Reset", String(resetSeconds));
    } catch {
      // A response with immutable headers (e.g. passed through from fetch) keeps its own.
    }
  };
}
