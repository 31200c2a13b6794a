/**
 * The wire contract of POST /api/chat, and a pure reducer for one answer's stream.
 *
 * With `Accept: text/event-stream` the server sends Server-Sent Events, each `data:` one JSON object:
 *
 * @typedef {{ n: number, id?: string, documentId?: string, title: string, heading?: string, url: string,
 *   sources?: { title: string, url: string, section?: string }[], last_reviewed?: string }} Citation
 * @typedef {{ field: string, question: string, type: "number"|"money"|"boolean"|"choice"|"text",
 *   choices?: string[] }} MissingInput
 * @typedef {{ label: string, amount: number|null, rule?: string,
 *   source?: string | { title?: string, url?: string } }} CalculationStep
 * @typedef {{ calculator: string, taxYear?: string, input?: Record<string, unknown>, missing?: MissingInput[],
 *   result?: Record<string, unknown>|null, steps?: CalculationStep[], notes?: string[], summary?: string }} Calculation
 * @typedef {{ id?: string, status?: string, answer: string, citations?: Citation[], suggestions?: string[],
 *   calculation?: Calculation }} Answer
 *
 * @typedef {{ event: "status", data: { status: string } }} StatusEvent         the pipeline's status so far
 * @typedef {{ event: "delta", data: { text: string } }} DeltaEvent             the next piece of answer text
 * @typedef {{ event: "citations", data: { citations?: Citation[], suggestions?: string[],
 *   calculation?: Calculation, id?: string } }} CitationsEvent                   what the markers point at
 * @typedef {{ event: "done", data: Answer }} DoneEvent                          the whole answer; the last event
 * @typedef {{ event: "error", data: { error?: { code?: string, message?: string } } }} ErrorEvent  the server gave up
 * @typedef {StatusEvent|DeltaEvent|CitationsEvent|DoneEvent|ErrorEvent} StreamEvent
 *
 * A plain JSON response is the same as a lone `done` event.
 *
 * @typedef {{ phase: "waiting"|"streaming"|"done"|"failed", status: string|null, text: string,
 *   extra: { citations: Citation[], suggestions?: string[], calculation?: Calculation, id?: string },
 *   answer: Answer|null, error: { code?: string, message: string }|null }} StreamState
 */

/** @type {StreamState} */
export const INITIAL_STREAM = Object.freeze({
  phase: "waiting",
  status: null,
  text: "",
  extra: Object.freeze({ citations: [] }),
  answer: null,
  error: null,
});

/**
 * The next state after one event. Pure: never mutates `state`. Events after `done` or `error` are ignored (a
 * proxy may repeat the tail of a stream), and so are unknown events and malformed payloads.
 * @param {StreamState} state
 * @param {StreamEvent} ev
 * @returns {StreamState}
 */
export function reduceStream(state, ev) {
  if (state.phase === "done" || state.phase === "failed" || !ev || typeof ev !== "object") return state;
  const data = ev.data && typeof ev.data === "object" ? ev.data : {};
  switch (ev.event) {
    case "status":
      return typeof data.status === "string" ? { ...state, status: data.status } : state;
    case "delta":
      return { ...state, phase: "streaming", text: state.text + String(data.text ?? "") };
    case "citations":
      return {
        ...state,
        extra: { ...state.extra, ...data, citations: Array.isArray(data.citations) ? data.citations : state.extra.citations },
      };
    case "done": {
      const answer = {
        ...state.extra,
        ...data,
        answer: typeof data.answer === "string" ? data.answer : state.text,
        citations: Array.isArray(data.citations) ? data.citations : state.extra.citations || [],
      };
      return { ...state, phase: "done", status: answer.status ?? state.status, text: answer.answer, answer };
    }
    case "error":
      return {
        ...state,
        phase: "failed",
        error: { code: data.error?.code, message: data.error?.message || "stream error" },
      };
    default:
      return state;
  }
}

/** The answer so far, for painting while it streams: the text with whatever citations have arrived. */
export function partialAnswer(state) {
  return state.answer || { ...state.extra, status: state.status || undefined, answer: state.text };
}
