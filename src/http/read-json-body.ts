import type { Context } from "hono";
import type { z } from "zod";
import { ApiError, fieldsFromIssues } from "./api-error.ts";

/** Parses and validates a JSON body; any problem is a 400/415 that names the field. */
export async function readJsonBody<T extends z.ZodType>(c: Context, schema: T): Promise<z.infer<T>> {
  const type = c.req.header("content-type") ?? "";
  if (!/^application\/(?:[\w.+-]+\+)?json\b/i.test(type))
    throw new ApiError(415, "unsupported_media_type", "Send the request body as JSON (Content-Type: application/json).", [
      { field: "content-type", message: "must be application/json" },
    ]);
  let raw: unknown;
  try {
    raw = await c.req.json();
  } catch {
    throw new ApiError(400, "invalid_json", "The request body is not valid JSON.", [{ field: "body", message: "is not valid JSON" }]);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success)
    throw new ApiError(400, "invalid_request", "Some fields are missing or not valid.", fieldsFromIssues(parsed.error.issues));
  return parsed.data;
}
