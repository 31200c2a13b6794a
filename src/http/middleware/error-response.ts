import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";

/** The one error body shape for every route and middleware (shared/DESIGN.md, "HTTP contract"). */
export interface ErrorBody {
  error: { code: string; message: string; fields?: Record<string, string> };
  requestId: string;
}

/**
 * The request id set by hono's requestId middleware, or a fresh one when it has not run (for example in a
 * test that mounts one middleware alone), so every error body can be traced in the logs.
 */
export function getRequestId(c: Context): string {
  const fromContext = (c.get as (key: string) => unknown)("requestId");
  if (typeof fromContext === "string" && fromContext !== "") return fromContext;
  const generated = crypto.randomUUID();
  (c.set as (key: string, value: unknown) => void)("requestId", generated);
  return generated;
}

/** Builds the JSON error response. Never includes a stack trace or internal detail. */
export function errorResponse(
  c: Context,
  status: ContentfulStatusCode,
  code: string,
  message: string,
  fields?: Record<string, string>,
): Response {
  const body: ErrorBody = { error: fields ? { code, message, fields } : { code, message }, requestId: getRequestId(c) };
  return c.json(body, status);
}
