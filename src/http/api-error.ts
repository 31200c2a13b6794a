import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";

export interface FieldProblem {
  field: string;
  message: string;
}

/** An expected client error: becomes a 4xx JSON body naming the fields, never a stack trace. */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly fields?: FieldProblem[],
  ) {
    super(message);
  }
}

/** The one error body shape for every route and middleware (docs/http-contract.md, "Errors"). */
export interface ErrorBody {
  error: { code: string; message: string; fields?: FieldProblem[] };
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

/** Builds the JSON error response: { error: { code, message, fields? }, requestId }. Never a stack trace. */
export function errorResponse(c: Context, status: ContentfulStatusCode, code: string, message: string, fields?: FieldProblem[]): Response {
  const body: ErrorBody = { error: { code, message, ...(fields?.length ? { fields } : {}) }, requestId: getRequestId(c) };
  return c.json(body, status);
}

/** zod issues -> named fields ("messages.0.content"); an unexpected key is named itself. */
export function fieldsFromIssues(
  issues: readonly { path: readonly PropertyKey[]; message: string; code?: string; keys?: readonly string[] }[],
  prefix = "",
): FieldProblem[] {
  const join = (path: readonly PropertyKey[]) => [prefix, ...path.map(String)].filter(Boolean).join(".");
  return issues.flatMap((i) =>
    i.code === "unrecognized_keys" && i.keys?.length
      ? i.keys.map((k) => ({ field: join([...i.path, k]), message: "is not an accepted field" }))
      : [{ field: join(i.path) || "body", message: i.message }],
  );
}
