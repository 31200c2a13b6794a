import { Hono } from "hono";
import type { AnswerRecorder } from "../../store/answer-recorder.ts";
import type { AnswerIds } from "../answer-ids.ts";
import { ApiError } from "../api-error.ts";
import type { FeedbackStore } from "../feedback-store.ts";
import { readJsonBody } from "../read-json-body.ts";
import { feedbackSchema } from "../request-schemas.ts";

/**
 * Only answers this service gave can be rated (their ids are signed). With RECORD_QUESTIONS on, feedback is
 * kept with the recorded answer; otherwise it goes to the JSON-lines store as before (when the council config
 * turns that on).
 */
export function feedbackRoute(store: FeedbackStore, ids?: AnswerIds, recorder?: AnswerRecorder | null) {
  const app = new Hono();
  app.post("/api/feedback", async (c) => {
    const feedback = await readJsonBody(c, feedbackSchema);
    // Only answers this service gave can be rated: anything else in answerId would be stored as it came.
    if (ids && !ids.verify(feedback.answerId))
      throw new ApiError(400, "invalid_request", "That answer id was not issued by this service.", [{ field: "answerId", message: "is not an answer id this service issued" }]);
    if (recorder) {
      // The store keeps the pipeline's own id; the browser was given it signed.
      const answerId = ids ? feedback.answerId.slice(0, feedback.answerId.lastIndexOf(".")) : feedback.answerId;
      if (!(await recorder.feedback({ ...feedback, answerId })))
        throw new ApiError(400, "unknown_answer", "There is no answer with that id.", [{ field: "answerId", message: "does not name an answer this server gave" }]);
      return c.json({ ok: true, stored: true }, 202);
    }
    await store.save(feedback);
    return c.json({ ok: true, stored: store.enabled }, 202);
  });
  return app;
}
