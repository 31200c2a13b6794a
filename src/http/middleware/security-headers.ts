import type { MiddlewareHandler } from "hono";

export interface SecurityHeadersOptions {
  /**
   * Who may put our pages in a frame (CSP frame-ancestors). Default "'self'" only. A council that shows the
   * chat page in an iframe on its own site adds its origin here, e.g. ["'self'", "https://www.council.gov.uk"].
   */
  frameAncestors?: string[];
  /** Extra origins the page may call with fetch (CSP connect-src), e.g. a separate API host. */
  connectSrc?: string[];
  /**
   * Paths served to other sites as scripts or styles (the embeddable widget). These get
   * Cross-Origin-Resource-Policy: cross-origin so a council page can load them; everything else is
   * same-origin. Default ["/widget.js", "/widget.css"].
   */
  crossOriginPaths?: string[];
  /** Path prefix of JSON APIs, which get the strictest CSP (nothing may load). Default "/api/". */
  apiPrefix?: string;
  /**
   * Send Strict-Transport-Security: true (one year) or the max-age in seconds (HSTS_MAX_AGE). Default off:
   * turn on only when the site is served over HTTPS.
   */
  hsts?: boolean | number;
}

/**
 * Sets the browser security headers for pages, the widget script and the API.
 *
 * - Content-Security-Policy: scripts and styles from our own origin only, no inline script, no plugins,
 *   no <base> hijack; frame-ancestors stops other sites framing the chat to trick people (clickjacking).
 *   (W3C CSP Level 3; OWASP Secure Headers Project.) For JSON the policy is "default-src 'none'" as OWASP's
 *   REST Security Cheat Sheet recommends.
 * - X-Content-Type-Options: nosniff, so a JSON answer is never run as script (Fetch standard, "nosniff").
 * - Referrer-Policy: no-referrer. Search URLs carry the question; people ask about abuse and money, and
 *   that must not leak to other sites.
 * - Permissions-Policy: the assistant needs no camera, microphone, location or payment features.
 * - Cross-Origin-Resource-Policy: same-origin, except the widget files that council sites load from us
 *   (Fetch standard, CORP); a stricter value would stop the widget loading on a site with COEP.
 * - X-Frame-Options for older browsers that ignore frame-ancestors, only when it can express the same
 *   rule (DENY or SAMEORIGIN); it cannot express an allowlist, so then it is left out.
 */
export function securityHeaders(options: SecurityHeadersOptions = {}): MiddlewareHandler {
  const frameAncestors = options.frameAncestors?.length ? options.frameAncestors : ["'self'"];
  const connectSrc = ["'self'", ...(options.connectSrc ?? [])];
  const crossOriginPaths = new Set(options.crossOriginPaths ?? ["/widget.js", "/widget.css"]);
  const apiPrefix = options.apiPrefix ?? "/api/";
  const hsts =
    options.hsts === true ? "max-age=31536000; includeSubDomains" : typeof options.hsts === "number" && options.hsts > 0 ? `max-age=${Math.floor(options.hsts)}` : null;

  const pageCsp = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src ${connectSrc.join(" ")}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors.join(" ")}`,
  ].join("; ");
  const apiCsp = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";
  const xFrameOptions =
    frameAncestors.length === 1 && frameAncestors[0] === "'none'"
      ? "DENY"
      : frameAncestors.length === 1 && frameAncestors[0] === "'self'"
        ? "SAMEORIGIN"
        : undefined;

  return async function securityHeaders(c, next) {
    await next();
    const path = c.req.path;
    const isApi = path.startsWith(apiPrefix);
    const headers: Record<string, string> = {
      "Content-Security-Policy": isApi ? apiCsp : pageCsp,
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "no-referrer",
      "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()",
      "Cross-Origin-Resource-Policy": crossOriginPaths.has(path) ? "cross-origin" : "same-origin",
      "Cross-Origin-Opener-Policy": "same-origin",
      "X-Permitted-Cross-Domain-Policies": "none",
    };
    if (xFrameOptions) headers["X-Frame-Options"] = isApi ? "DENY" : xFrameOptions;
    else if (isApi) headers["X-Frame-Options"] = "DENY";
    if (hsts) headers["Strict-Transport-Security"] = hsts;
    try {
      for (const [name, value] of Object.entries(headers)) c.res.headers.set(name, value);
      c.res.headers.delete("X-Powered-By");
    } catch {
      // Immutable headers (a Response passed through from fetch): copy it so the headers still apply.
      const res = new Response(c.res.body, c.res);
      for (const [name, value] of Object.entries(headers)) res.headers.set(name, value);
      c.res = res;
    }
  };
}
