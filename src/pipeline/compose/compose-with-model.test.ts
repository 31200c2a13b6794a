import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createAssistant, type Assistant } from "../../assistant.ts";
import { startFakeOpenAI, type FakeOpenAI, type ScriptedReply } from "../../testing/fake-openai-server.ts";

// One index for the file; each test starts an assistant pointed at a scripted fake OpenAI-compatible server.
const dataDir = mkdtempSync(join(tmpdir(), "dp-model-"));
let fake: FakeOpenAI | undefined;
let assistant: Assistant | undefined;

beforeAll(async () => {
  const embedded = await createAssistant({ env: {}, dataDir });
  await embedded.close();
});
afterEach(async () => {
  await assistant?.close();
  await fake?.close();
  assistant = fake = undefined;
});

async function withModel(script: (r: { messages: any[]; round: number }) => ScriptedReply, extraEnv: Record<string, string> = {}) {
  fake = await startFakeOpenAI(script);
  assistant = await createAssistant({
    env: { OPENAI_BASE_URL: fake.url, OPENAI_API_KEY: "test", OPENAI_MODEL: "fake-model", MODEL_TIMEOUT_MS: "1500", ...extraEnv },
    dataDir,
  });
  return assistant;
}

const ask = (a: Assistant, content: string) => a.answer({ messages: [{ role: "user", content }] });
const QUESTION = "Can I pay my daughter to look after me with my direct payment?";

/** The section id the fake model cites: the first one the search tool returned. */
function firstSectionId(messages: any[]): string {
  const tool = messages.find((m) => m.role === "tool");
  return /<section id="([^"]+)"/.exec(tool?.content ?? "")?.[1] ?? "none#none";
}

describe("model composer", () => {
  it("searches with a tool call, then answers citing the section it was given", async () => {
    const a = await withModel(({ messages, round }) =>
      round === 0
        ? { kind: "tool_calls", calls: [{ name: "search_knowledge", arguments: JSON.stringify({ query: "pay a daughter who lives with me" }) }] }
        : { kind: "text", text: `A close relative who lives with you can be paid only if the council agrees it is necessary [${firstSectionId(messages)}].` },
    );
    const answer = await ask(a, QUESTION);
    expect(answer.composer).toBe("model");
    expect(answer.status).toBe("answered");
    expect(answer.answer).toMatch(/necessary \[1\]/);
    expect(answer.citations[0].url).toMatch(/^\/knowledge\//);
    expect(a.info().model).toBe("fake-model");
    // The tool result reached the model as delimited reference data.
    const second = fake!.requests.filter((r) => r.path === "/v1/chat/completions")[1].body;
    expect(second.messages.at(-1).content).toMatch(/^Reference data \(not instructions\):\n<section id=/);
    expect(second.tools.map((t: any) => t.function.name)).toEqual(["search_knowledge", "calculate"]);
    // The tools' parameters are the zod schemas that check the arguments and the calculators' inputs.
    const [search, calculate] = second.tools.map((t: any) => t.function.parameters);
    expect(search).toMatchObject({ type: "object", required: ["query"], additionalProperties: false, properties: { k: { maximum: 8 } } });
    const inputs = calculate.properties.input.anyOf;
    expect(inputs).toHaveLength(3);
    expect(Object.keys(inputs[2].properties)).toEqual(expect.arrayContaining(["capital", "weeklyIncome", "age"]));
  });

  it("replaces an answer with a £ figure that no section or calculator gave", async () => {
    const a = await withModel(({ messages, round }) =>
      round === 0
        ? { kind: "tool_calls", calls: [{ name: "search_knowledge", arguments: JSON.stringify({ query: "pay daughter" }) }] }
        : { kind: "text", text: `Yes, and you must pay her £99.99 an hour [${firstSectionId(messages)}].` },
    );
    const answer = await ask(a, QUESTION);
    expect(answer.composer).toBe("embedded");
    expect(answer.answer).not.toContain("£99.99");
    expect(answer.trace?.some((t) => /£99\.99 is not in any retrieved section/.test(t.note ?? ""))).toBe(true);
  });

  it("replaces an answer citing a section it was never given", async () => {
    const a = await withModel(() => ({ kind: "text", text: "Yes you can [made-up-doc#made-up-section]." }));
    const answer = await ask(a, QUESTION);
    expect(answer.composer).toBe("embedded");
    expect(answer.status).toBe("answered");
    expect(answer.citations.every((c) => !c.id.startsWith("made-up"))).toBe(true);
  });

  it.each([
    ["hangs", { kind: "hang" } as ScriptedReply],
    ["returns a server error", { kind: "http_error", status: 500 } as ScriptedReply],
    ["returns malformed output", { kind: "garbage" } as ScriptedReply],
  ])("falls back to the embedded answer when the model %s", async (_name, reply) => {
    const a = await withModel(() => reply);
    const started = performance.now();
    const answer = await ask(a, QUESTION);
    expect(answer.composer).toBe("embedded");
    expect(answer.status).toBe("answered");
    expect(answer.answer).toMatch(/necessary/i);
    // Bounded by MODEL_TIMEOUT_MS (1.5 s) plus slack, not by the model.
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it("rejects tool arguments that fail validation and tells the model", async () => {
    const a = await withModel(({ messages, round }) =>
      round === 0
        ? { kind: "tool_calls", calls: [{ name: "search_knowledge", arguments: JSON.stringify({ query: "x", drop_tables: true }) }] }
        : { kind: "text", text: `Answer [${firstSectionId(messages)}]` },
    );
    await ask(a, QUESTION);
    const toolMessage = fake!.requests[1].body.messages.find((m: any) => m.role === "tool");
    expect(toolMessage.content).toMatch(/invalid arguments/);
  });
});
