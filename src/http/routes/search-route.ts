import { Hono } from "hono";
import type { Assistant } from "../../assistant.ts";
import { ApiError, fieldsFromIssues } from "../api-error.ts";
import { searchQuerySchema } from "../request-schemas.ts";

export function searchRoute(assistant: Assistant) {
  const app = new Hono();
  app.get("/api/search", async (c) => {
    const parsed = searchQuerySchema.safeParse(c.req.query());
    if (!parsed.success) throw new ApiError(400, "invalid_request", "Some query parameters are missing or not valid.", fieldsFromIssues(parsed.error.issues));
    const { q, k, audience } = parsed.data;
    const hits = await assistant.search(q, { k, audience });
    return c.json({
      results: hits.map((h) => ({ id: h.id, title: h.title, heading: h.heading, url: h.url, text: h.text, score: Number(h.score.toFixed(4)) })),
    });
  });
  return app;
}
