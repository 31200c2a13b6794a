import { Hono } from "hono";
import type { FeedbackStore } from "../feedback-store.ts";
import { readJsonBody } from "../read-json-body.ts";
import { feedbackSchema } from "../request-schemas.ts";

export function feedbackRoute(store: FeedbackStore) {
  const app = new Hono();
  app.post("/api/feedback", async (c) => {
    const feedback = await readJsonBody(c, feedbackSchema);
    await store.save(feedback);
    return c.json({ ok: true, stored: store.enabled }, 202);
  });
  return app;
}
