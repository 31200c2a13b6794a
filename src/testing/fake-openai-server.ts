import { serve, type ServerType } from "@hono/node-server";
import { Hono } from "hono";
import { streamSSE } from "hono/streaming";

/**
 * A local server speaking the OpenAI wire protocol (chat completions, plain and streamed, with tool calls;
 * embeddings), scripted per test. Tests of the model path use it; no test ever talks to a real provider.
 */
export type ScriptedReply =
  | { kind: "tool_calls"; calls: { name: string; arguments: string }[] }
  | { kind: "text"; text: string }
  | { kind: "hang" }
  | { kind: "http_error"; status: number }
  | { kind: "garbage" };

export interface FakeOpenAI {
  url: string;
  /** Every request body received, in order. */
  requests: { path: string; body: any }[];
  close(): Promise<void>;
}

export async function startFakeOpenAI(script: (request: { messages: any[]; tools?: any[]; round: number }) => ScriptedReply): Promise<FakeOpenAI> {
  const requests: FakeOpenAI["requests"] = [];
  let round = 0;
  const app = new Hono();
  app.post("/v1/embeddings", async (c) => {
    const body = await c.req.json();
    requests.push({ path: "/v1/embeddings", body });
    const inputs: string[] = Array.isArray(body.input) ? body.input : [body.input];
    // Deterministic toy vectors: letter counts, so similar texts land near each other.
    const embed = (t: string) => {
      const v = new Array(26).fill(0);
      for (const ch of t.toLowerCase()) if (ch >= "a" && ch <= "z") v[ch.charCodeAt(0) - 97]++;
      const norm = Math.hypot(...v) || 1;
      return v.map((x) => x / norm);
    };
    return c.json({ object: "list", model: body.model, data: inputs.map((t, index) => ({ object: "embedding", index, embedding: embed(t) })), usage: { prompt_tokens: 0, total_tokens: 0 } });
  });
  app.post("/v1/chat/completions", async (c) => {
    const body = await c.req.json();
    requests.push({ path: "/v1/chat/completions", body });
    const reply = script({ messages: body.messages, tools: body.tools, round: round++ });
    if (reply.kind === "hang") return new Promise<Response>(() => undefined);
    if (reply.kind === "http_error") return c.json({ error: { message: "scripted failure", type: "server_error" } }, reply.status as 500);
    const base = { id: `chatcmpl-${round}`, object: "chat.completion.chunk", created: 0, model: body.model };
    if (!body.stream) {
      if (reply.kind === "garbage") return c.text("this is not json", 200);
      const message =
        reply.kind === "text"
          ? { role: "assistant", content: reply.text }
          : { role: "assistant", content: null, tool_calls: reply.calls.map((t, i) => ({ id: `call_${i}`, type: "function", function: t })) };
      return c.json({ ...base, object: "chat.completion", choices: [{ index: 0, message, finish_reason: reply.kind === "text" ? "stop" : "tool_calls" }] });
    }
    return streamSSE(c, async (stream) => {
      if (reply.kind === "garbage") {
        await stream.writeSSE({ data: "{not json at all" });
        return;
      }
      if (reply.kind === "text") {
        for (const piece of reply.text.match(/.{1,12}/gs) ?? []) {
          await stream.writeSSE({ data: JSON.stringify({ ...base, choices: [{ index: 0, delta: { content: piece }, finish_reason: null }] }) });
        }
      } else {
        for (const [i, t] of reply.calls.entries()) {
          // Arguments arrive in pieces, as real providers send them.
          await stream.writeSSE({ data: JSON.stringify({ ...base, choices: [{ index: 0, delta: { tool_calls: [{ index: i, id: `call_${i}`, type: "function", function: { name: t.name, arguments: "" } }] }, finish_reason: null }] }) });
          for (const piece of t.arguments.match(/.{1,10}/gs) ?? [])
            await stream.writeSSE({ data: JSON.stringify({ ...base, choices: [{ index: 0, delta: { tool_calls: [{ index: i, function: { arguments: piece } }] }, finish_reason: null }] }) });
        }
      }
      await stream.writeSSE({ data: JSON.stringify({ ...base, choices: [{ index: 0, delta: {}, finish_reason: reply.kind === "text" ? "stop" : "tool_calls" }] }) });
      await stream.writeSSE({ data: "[DONE]" });
    });
  });
  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, () => resolve(s));
  });
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    close: () =>
      new Promise((resolve) => {
        (server as any).closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}
