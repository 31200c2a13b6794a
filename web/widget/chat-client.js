/**
 * Talks to the assistant's HTTP API (docs/http-contract.md). POST /api/chat with Accept: text/event-stream gives
 * Server-Sent Events: `status`, `delta` (answer text in pieces), `citations`, `done` (the whole Answer), `error`
 * (typed in stream-state.js).
 * EventSource cannot POST, so the stream is read from fetch() and parsed here.
 */

import { INITIAL_STREAM, reduceStream } from "./stream-state.js";

export class ChatError extends Error {
  /**
   * @param {"offline"|"network"|"http"|"rate_limited"|"aborted"|"timeout"} kind
   * @param {{ status?: number, retryAfter?: number|null, code?: string }} [detail]
   */
  constructor(kind, message, detail = {}) {
    super(message);
    this.kind = kind;
    this.status = detail.status;
    this.retryAfter = detail.retryAfter ?? null;
    this.code = detail.code;
  }
}

/** Retry-After is seconds or an HTTP date (RFC 9110 §10.2.3). */
export function parseRetryAfter(value, now = Date.now()) {
  if (!value) return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, Math.ceil((at - now) / 1000));
}

/** Splits an SSE byte stream into { event, data } records (WHATWG HTML §9.2.6, enough of it for our server). */
export function createSseParser(onRecord) {
  let buffer = "";
  let event = "";
  let data = [];
  const dispatch = () => {
    if (data.length) onRecord({ event: event || "message", data: data.join("\n") });
    event = "";
    data = [];
  };
  return {
    push(chunk) {
      buffer += chunk;
      const lines = buffer.split(/\r\n|\r|\n/);
      buffer = lines.pop() ?? "";
      for (const line of lines) {
        if (line === "") dispatch();
        else if (line.startsWith(":")) continue;
        else {
          const colon = line.indexOf(":");
          const field = colon === -1 ? line : line.slice(0, colon);
          let value = colon === -1 ? "" : line.slice(colon + 1);
          if (value.startsWith(" ")) value = value.slice(1);
          if (field === "event") event = value;
          else if (field === "data") data.push(value);
        }
      }
    },
    end() {
      if (buffer) this.push("\n");
      dispatch();
    },
  };
}

async function errorFrom(response) {
  let code;
  let message = `HTTP ${response.status}`;
  try {
    const body = await response.json();
    if (body && body.error) {
      code = body.error.code;
      message = body.error.message || message;
    }
  } catch {
    /* a proxy's HTML error page: keep the status */
  }
  if (response.status === 429)
    return new ChatError("rate_limited", message, {
      status: 429,
      code,
      retryAfter: parseRetryAfter(response.headers.get("Retry-After")),
    });
  return new ChatError("http", message, { status: response.status, code });
}

/**
 * Sends the conversation (and, after a calculator form, the values typed: `calculation`) and reports each
 * stream state to `onState` as events arrive. Resolves with the final Answer; rejects with a ChatError.
 * A server that refuses the `calculation` field (400) is asked again without it: the user message still says
 * the answers in words, so an older server carries on as before.
 * @param {{ server: string, messages: { role: string, content: string }[], audience?: string,
 *   calculation?: { calculator: string, taxYear?: string, input: Record<string, unknown> },
 *   signal?: AbortSignal, onState?: (state: import("./stream-state.js").StreamState) => void }} args
 * @returns {Promise<import("./stream-state.js").Answer>}
 */
export async function streamChat(args) {
  try {
    return await streamOnce(args);
  } catch (err) {
    if (args.calculation && err instanceof ChatError && err.kind === "http" && err.status === 400)
      return streamOnce({ ...args, calculation: undefined });
    throw err;
  }
}

async function streamOnce({ server, messages, audience, calculation, signal, onState = () => {} }) {
  if (typeof navigator !== "undefined" && navigator.onLine === false)
    throw new ChatError("offline", "navigator.onLine is false");
  let response;
  try {
    response = await fetch(new URL("/api/chat", server), {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "text/event-stream" },
      body: JSON.stringify({ messages, ...(audience ? { audience } : {}), ...(calculation ? { calculation } : {}) }),
      signal,
      credentials: "omit",
    });
  } catch (err) {
    throw abortOr(err, signal, () =>
      typeof navigator !== "undefined" && navigator.onLine === false
        ? new ChatError("offline", String(err))
        : new ChatError("network", String(err)),
    );
  }
  if (!response.ok) throw await errorFrom(response);

  let state = INITIAL_STREAM;
  const type = response.headers.get("Content-Type") || "";
  if (!type.includes("text/event-stream")) {
    // A server (or proxy) that answers with plain JSON still works: the same as one `done` event.
    state = reduceStream(state, { event: "done", data: await response.json() });
    onState(state);
    return state.answer;
  }

  const parser = createSseParser(({ event, data }) => {
    let payload;
    try {
      payload = JSON.parse(data);
    } catch {
      return;
    }
    const next = reduceStream(state, { event, data: payload });
    if (next !== state) {
      state = next;
      onState(state);
    }
  });
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      parser.push(decoder.decode(value, { stream: true }));
    }
    parser.push(decoder.decode());
    parser.end();
  } catch (err) {
    throw abortOr(err, signal, () => new ChatError("network", String(err)));
  }
  if (state.phase === "failed") throw new ChatError("http", state.error.message, { code: state.error.code });
  if (state.phase !== "done") throw new ChatError("network", "the stream ended before the answer was complete");
  return state.answer;
}

function abortOr(err, signal, otherwise) {
  if (err instanceof ChatError) return err;
  if (signal?.aborted) {
    const reason = signal.reason;
    return reason instanceof ChatError ? reason : new ChatError("aborted", "stopped");
  }
  return otherwise();
}

/** POST /api/feedback { answerId, rating, comment? }. */
export async function sendFeedback(server, body) {
  const response = await fetch(new URL("/api/feedback", server), {
    method: "POST",
    headers: { "Content-Type": "application/json", Accept: "application/json" },
    body: JSON.stringify(body),
    credentials: "omit",
  });
  if (!response.ok) throw await errorFrom(response);
}
