import { Hono } from "hono";
import { streamSSE } from "hono/streaming";
import type { Assistant, StageFailure } from "../../assistant.ts";
import type { Answer } from "../../pipeline/answer-types.ts";
import type { AnswerIds } from "../answer-ids.ts";
import { describeFailure } from "../describe-failure.ts";
import { readJsonBody } from "../read-json-body.ts";
import { chatRequestSchema } from "../request-schemas.ts";

/** What the browser gets: the answer without the internal trace (and, given `ids`, with a signed id). */
export function publicAnswer(answer: Answer, ids?: AnswerIds) {
  const { trace: _trace, composer: _composer, ...rest } = answer;
  return ids ? { ...rest, id: ids.sign(answer.id) } : rest;
}

/** Splits an answer into word-aligned pieces for the SSE `delta` events. */
export function deltas(text: string, size = 48): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < text.length) {
    let end = Math.min(text.length, i + size);
    if (end < text.length) {
      const space = text.lastIndexOf(" ", end);
      if (space > i) end = space + 1;
    }
    out.push(text.slice(i, end));
    i = end;
  }
  return out;
}

export function chatRoute(assistant: Assistant, log: (line: Record<string, unknown>) => void, ids?: AnswerIds) {
  const app = new Hono();
  app.post("/api/chat", async (c) => {
    const request = await readJsonBody(c, chatRequestSchema);
    const wantsStream = (c.req.header("accept") ?? "").includes("text/event-stream");
    // Stop the pipeline when the client goes away or the request times out (requestTimeout's signal).
    const timeout = (c.get as (key: string) => AbortSignal | undefined)("timeoutSignal");
    const signal = timeout ? AbortSignal.any([c.req.raw.signal, timeout]) : c.req.raw.signal;
    // An `error` answer is an outage: its cause goes to the log (class and message, never the person's words).
    let failure: StageFailure | undefined;
    const onFailure = (f: StageFailure) => (failure ??= f);
    const logAnswer = (answer: Answer, extra: Record<string, unknown>) => {
      const cause = answer.status === "error" && failure
        ? { failedStage: failure.stage, ...describeFailure(failure.error, request.messages.map((m) => m.content)) }
        : {};
      log({ event: "answer", level: answer.status === "error" ? "error" : "info", status: answer.status, composer: answer.composer, ...extra, ...cause });
    };
    if (!wantsStream) {
      const answer = await assistant.answer(request, { signal, onFailure });
      logAnswer(answer, { ms: answer.trace?.reduce((s, t) => s + t.ms, 0) });
      return c.json(publicAnswer(answer, ids));
    }
    return streamSSE(c, async (stream) => {
      // Answers are checked before any of them is shown (figures and citations), so the text is streamed
      // after the check: a person never sees words that are then taken back.
      const answer = await assistant.answer(request, { signal, onFailure });
      logAnswer(answer, { stream: true });
      const body = publicAnswer(answer, ids);
      await stream.writeSSE({ event: "status", data: JSON.stringify({ status: answer.status }) });
      for (const text of deltas(answer.answer)) {
        if (stream.aborted) return;
        await stream.writeSSE({ event: "delta", data: JSON.stringify({ text }) });
      }
      await stream.writeSSE({
        event: "citations",
        data: JSON.stringify({ id: body.id, citations: body.citations, suggestions: body.suggestions ?? [], calculation: body.calculation }),
      });
      await stream.writeSSE({ event: "done", data: JSON.stringify(body) });
    });
  });
  return app;
}
