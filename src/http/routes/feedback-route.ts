import { Hono } from "hono";
import type { AnswerRecorder } from "../../store/answer-recorder.ts";
import { ApiError } from "../api-error.ts";
import type { FeedbackStore } from "../feedback-store.ts";
import { readJsonBody } from "../read-json-body.ts";
import { feedbackSchema } from "../request-schemas.ts";

/**
 * With RECORD_QUESTIONS on, feedback is kept with the recorded answer, and must name an answer this server
 * gave; otherwise it goes to the JSON-lines store as before (when the council config turns that on).
 */
export function feedbackRoute(store: FeedbackStore, recorder?: AnswerRecorder | null) {
  const app = new Hono();
  app.post("/api/feedback", async (c) => {
    const feedback = await readJsonBody(c, feedbackSchema);
    if (recorder) {
      if (!(await recorder.feedback(feedback)))
        throw new ApiError(400, "unknown_answer", "There is no answer with that id.", [{ field: "answerId", message: "does not name an answer this server gave" }]);
      return c.json({ ok: true, stored: true }, 202);
    }
    await store.save(feedback);
    return c.json({ ok: true, stored: store.enabled }, 202);
  });
  return app;
}
