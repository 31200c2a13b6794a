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

export function requestIdOf(c: Context): string {
  return (c.get("requestId" as never) as string | undefined) ?? "unknown";
}

/** The one error shape of shared/DESIGN.md: { error: { code, message, fields? }, requestId }. */
export function errorResponse(c: Context, status: ContentfulStatusCode, code: string, message: string, fields?: FieldProblem[]) {
  return c.json({ error: { code, message, ...(fields?.length ? { fields } : {}) }, requestId: requestIdOf(c) }, status);
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
