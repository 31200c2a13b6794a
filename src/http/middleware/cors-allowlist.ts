import type { MiddlewareHandler } from "hono";
import { errorResponse } from "../api-error.ts";
import { forwardedOrigin } from "../forwarded.ts";

export interface CorsAllowlistOptions {
  /** Origins allowed to call the API from a browser, e.g. from council.json `http.allowedOrigins`. */
  origins: readonly string[];
  /** Default ["GET", "POST", "OPTIONS"]. */
  allowMethods?: string[];
  /** Default ["Content-Type", "Accept", "X-Request-Id"]. */
  allowHeaders?: string[];
  /** Response headers a browser script may read. Default ["X-Request-Id", "Retry-After"]. */
  exposeHeaders?: string[];
  /** Send Access-Control-Allow-Credentials. Default false: the assistant uses no cookies. */
  credentials?: boolean;
  /** How long a browser may cache a preflight, in seconds. Default 600. */
  maxAge?: number;
  /**
   * Proxies in front of the server that are ours (TRUST_PROXY): X-Forwarded-Proto and X-Forwarded-Host then
   * count for the same-origin check (a TLS-terminating proxy talks plain http to us). Default 0.
   */
  trustProxy?: number;
}

function normaliseOrigin(origin: string): string {
  if (origin === "*") return origin;
  try {
    return new URL(origin).origin.toLowerCase();
  } catch {
    return origin.trim().toLowerCase().replace(/\/+$/, "");
  }
}

const SAFE_METHODS = new Set(["GET", "HEAD"]);

/**
 * CORS for the widget: only the council sites in the allowlist may call the API from a browser.
 *
 * Follows the Fetch standard's CORS protocol: the allowed origin is echoed (never a wildcard with
 * credentials, which browsers reject and which would let any site act with a user's cookies), Vary: Origin
 * keeps caches from serving one site's answer to another, and preflights (OPTIONS with
 * Access-Control-Request-Method) get 204.
 *
 * A request from a browser on an origin that is not allowed gets 403 JSON for preflights and for methods
 * that change or cost something (POST): the browser would hide the answer anyway, but refusing saves the
 * model call (OWASP API4:2023). Same-origin requests (the council's own demo page) and requests without an
 * Origin header (curl, server-to-server) are not affected.
 */
export function corsAllowlist(options: CorsAllowlistOptions): MiddlewareHandler {
  const credentials = options.credentials ?? false;
  const origins = new Set(options.origins.map(normaliseOrigin));
  if (credentials && origins.has("*")) {
    throw new Error("corsAllowlist: a wildcard origin cannot be used with credentials (Fetch standard, CORS protocol)");
  }
  const allowAny = origins.has("*");
  const allowMethods = (options.allowMethods ?? ["GET", "POST", "OPTIONS"]).join(", ");
  const allowHeaders = (options.allowHeaders ?? ["Content-Type", "Accept", "X-Request-Id"]).join(", ");
  const exposeHeaders = (options.exposeHeaders ?? ["X-Request-Id", "Retry-After"]).join(", ");
  const maxAge = String(options.maxAge ?? 600);

  return async function corsAllowlist(c, next) {
    const originHeader = c.req.header("Origin");
    const method = c.req.method.toUpperCase();
    const isPreflight = method === "OPTIONS" && c.req.header("Access-Control-Request-Method") !== undefined;

    if (!originHeader) {
      await next();
      return;
    }
    const origin = normaliseOrigin(originHeader);
    const sameOrigin = origin === normaliseOrigin(forwardedOrigin(c, options.trustProxy ?? 0));
    const allowed = sameOrigin || allowAny || origins.has(origin);

    if (!allowed) {
      if (isPreflight || !SAFE_METHODS.has(method)) {
        const res = errorResponse(c, 403, "origin_not_allowed", "This website is not allowed to use the assistant.");
        res.headers.append("Vary", "Origin");
        return res;
      }
      await next();
      c.res.headers.append("Vary", "Origin");
      return;
    }

    // The normalised origin, not the raw header: what is echoed is exactly what was checked.
    const allowOriginValue = allowAny && !credentials ? "*" : origin;
    if (isPreflight) {
      const headers = new Headers({
        "Access-Control-Allow-Origin": allowOriginValue,
        "Access-Control-Allow-Methods": allowMethods,
        "Access-Control-Allow-Headers": allowHeaders,
        "Access-Control-Max-Age": maxAge,
        Vary: "Origin, Access-Control-Request-Method, Access-Control-Request-Headers",
      });
      if (credentials) headers.set("Access-Control-Allow-Credentials", "true");
      return new Response(null, { status: 204, headers });
    }

    await next();
    try {
      c.res.headers.set("Access-Control-Allow-Origin", allowOriginValue);
      c.res.headers.set("Access-Control-Expose-Headers", exposeHeaders);
      if (credentials) c.res.headers.set("Access-Control-Allow-Credentials", "true");
      c.res.headers.append("Vary", "Origin");
    } catch {
      const res = new Response(c.res.body, c.res);
      res.headers.set("Access-Control-Allow-Origin", allowOriginValue);
      res.headers.set("Access-Control-Expose-Headers", exposeHeaders);
      if (credentials) res.headers.set("Access-Control-Allow-Credentials", "true");
      res.headers.append("Vary", "Origin");
      c.res = res;
    }
  };
}
