import { Hono } from "hono";
import type { AnswerIds } from "../answer-ids.ts";
import { ApiError } from "../api-error.ts";
import type { FeedbackStore } from "../feedback-store.ts";
import { readJsonBody } from "../read-json-body.ts";
import { feedbackSchema } from "../request-schemas.ts";

export function feedbackRoute(store: FeedbackStore, ids?: AnswerIds) {
  const app = new Hono();
  app.post("/api/feedback", async (c) => {
    const feedback = await readJsonBody(c, feedbackSchema);
    // Only answers this service gave can be rated: anything else in answerId would be stored as it came.
    if (ids && !ids.verify(feedback.answerId))
      throw new ApiError(400, "invalid_request", "That answer id was not issued by this service.", [{ field: "answerId", message: "is not an answer id this service issued" }]);
    await store.save(feedback);
    return c.json({ ok: true, stored: store.enabled }, 202);
  });
  return app;
}
