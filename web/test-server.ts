import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { serve, type ServerType } from "@hono/node-server";
import { Hono } from "hono";
import { streamSSE } from "hono/streaming";
import { loadCouncilConfig } from "../src/config/council-config.ts";
import { renderKnowledgePage } from "../src/http/render-knowledge-page.ts";
import { listKnowledgeFiles, parseKnowledgeFile, type KnowledgeDocument } from "../src/ingest/load-knowledge.ts";
import type { Answer, Citation } from "../src/pipeline/answer-types.ts";
import { buildWidget, widgetSettingsFrom } from "./build-widget.ts";

/**
 * Servers for the browser tests.
 *
 * startTestServer(): the real app (src/app.ts + src/assistant.ts) once it exists, else the fake below.
 * startFakeServer(): a small Hono app that speaks the HTTP contract of docs/http-contract.md with scripted answers,
 * and can be switched into the states the real server cannot be asked for on demand: 429 with Retry-After,
 * 500 JSON, and a request that hangs.
 */

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");

export interface TestServer {
  url: string;
  /** "real" when src/app.ts served it, "fake" otherwise. */
  kind: "real" | "fake";
  close(): Promise<void>;
}

/** "strict": refuses a `calculation` field with 400, as a server that predates the calculator contract does. */
export type FakeMode = "normal" | "rate_limited" | "error" | "hang" | "drop" | "strict";

export interface ChatBody {
  messages: { role: string; content: string }[];
  audience?: string;
  calculation?: { calculator: string; taxYear?: string; input: Record<string, unknown> };
}

export interface FakeServer extends TestServer {
  kind: "fake";
  setMode(mode: FakeMode): void;
  /** Every /api/feedback body received. */
  feedback: unknown[];
  /** Every /api/chat body received. */
  chats: ChatBody[];
}

function listen(fetch: (req: Request) => Response | Promise<Response>): Promise<{ url: string; server: ServerType }> {
  return new Promise((done) => {
    const server = serve({ fetch, port: 0, hostname: "127.0.0.1" }, (info) =>
      done({ url: `http://127.0.0.1:${info.port}`, server }),
    );
  });
}

function closeServer(server: ServerType): Promise<void> {
  return new Promise((done) => {
    // Hanging SSE requests would keep close() waiting: end open connections first.
    (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
    server.close(() => done());
  });
}

/** DPA_TEST_SERVER=fake forces the fake (e.g. while the real app is being changed); =real insists on the app. */
export async function startTestServer(): Promise<TestServer> {
  const choice = process.env.DPA_TEST_SERVER;
  const realExists = existsSync(join(ROOT, "src/app.ts")) && existsSync(join(ROOT, "src/assistant.ts"));
  if (choice === "real" && !realExists) throw new Error("DPA_TEST_SERVER=real but src/app.ts or src/assistant.ts is missing");
  if (realExists && choice !== "fake") {
    // Non-literal specifiers: this file must type-check before those modules exist.
    const appModule = join(ROOT, "src/app.ts");
    const assistantModule = join(ROOT, "src/assistant.ts");
    const { createApp } = await import(appModule);
    const { createAssistant } = await import(assistantModule);
    const dataDir = mkdtempSync(join(tmpdir(), "dpa-web-"));
    const assistant = await createAssistant({ dataDir });
    const app = createApp({ assistant });
    const { url, server } = await listen(app.fetch);
    return {
      url,
      kind: "real",
      close: async () => {
        await closeServer(server);
        await assistant.close?.();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  }
  return startFakeServer();
}

function loadDocuments(): Map<string, KnowledgeDocument> {
  const council = loadCouncilConfig(join(ROOT, "config/council.json"));
  const docs = new Map<string, KnowledgeDocument>();
  for (const file of listKnowledgeFiles(join(ROOT, "knowledge"))) {
    try {
      const doc = parseKnowledgeFile(file, readFileSync(file, "utf8"), council);
      docs.set(doc.meta.id, doc);
    } catch {
      /* a document being written elsewhere: the fake does not need every one */
    }
  }
  return docs;
}

function citationFor(doc: KnowledgeDocument, anchor: string, n: number): Citation {
  const section = doc.sections.find((s) => s.anchor === anchor) ?? doc.sections[0];
  return {
    n,
    id: `${doc.meta.id}#${section.anchor}`,
    documentId: doc.meta.id,
    title: doc.meta.title,
    heading: section.heading,
    url: `/knowledge/${doc.meta.id}#${section.anchor}`,
    sources: doc.meta.sources,
    last_reviewed: doc.meta.last_reviewed,
  };
}

export const CONTRIBUTION_QUESTIONS = [
  { field: "capital", question: "How much do you have in savings and investments?", type: "money" as const },
  { field: "age", question: "How old are you?", type: "number" as const },
  { field: "hasPartner", question: "Do you live with a partner?", type: "boolean" as const },
  {
    field: "disabilityBenefit",
    question: "Which disability benefit do you get?",
    type: "choice" as const,
    choices: ["None", "Attendance Allowance", "Personal Independence Payment (daily living)"],
  },
];

function scriptedAnswer(body: ChatBody, docs: Map<string, KnowledgeDocument>, seq: number): Answer {
  const question = String(body.messages?.at(-1)?.content ?? "");
  const q = question.toLowerCase();
  const family = docs.get("paying-family-members");
  const id = `fake-${seq}`;
  const given = body.calculation?.calculator === "contribution" ? body.calculation.input : null;
  if (given && !CONTRIBUTION_QUESTIONS.every((m) => m.field in given)) {
    // Values arrived, but not all of them: ask for what is still missing, keeping what was read.
    return {
      id,
      status: "clarification",
      composer: "embedded",
      answer: "Thank you. I need one more detail.",
      citations: [],
      calculation: {
        calculator: "contribution",
        taxYear: "2026/27",
        input: given,
        result: null,
        steps: [],
        notes: [],
        missing: CONTRIBUTION_QUESTIONS.filter((m) => !(m.field in given)),
        summary: "",
      },
    };
  }
  if (given || q.includes("my savings and capital are")) {
    return {
      id,
      status: "answered",
      composer: "embedded",
      answer:
        "Based on what you told me, you might pay about **£42.10 a week** towards your care. This is an estimate: the council’s financial assessment decides.",
      citations: [],
      calculation: {
        calculator: "contribution",
        taxYear: "2026/27",
        input: given ?? {},
        result: { weeklyContribution: 42.1 },
        steps: [
          { label: "Tariff income from savings", amount: 15, rule: "£1 a week for every £250 between the limits", source: "https://www.legislation.gov.uk/uksi/2014/2672/regulation/25" },
          { label: "Minimum Income Guarantee", amount: -228.7, rule: "Income you keep for living costs", source: "Charging guidance, annex C" },
          { label: "Your weekly contribution", amount: 42.1, rule: "Income above the guarantee, less allowances", source: "Care Act 2014, s.14" },
        ],
        notes: ["Disability-related expenditure can lower this."],
        missing: [],
        summary: "You might pay about £42.10 a week.",
      },
      suggestions: ["What is disability-related expenditure?"],
    };
  }
  if (q.includes("pay towards") || q.includes("contribution")) {
    return {
      id,
      status: "clarification",
      composer: "embedded",
      answer: "I can estimate what you might pay towards your care. I need a few details first.",
      citations: [],
      calculation: {
        calculator: "contribution",
        taxYear: "2026/27",
        input: {},
        result: null,
        steps: [],
        notes: [],
        missing: CONTRIBUTION_QUESTIONS,
        summary: "",
      },
    };
  }
  if (q.includes("<img")) {
    return {
      id,
      status: "answered",
      composer: "embedded",
      answer: 'Here is some text <img src=x onerror="window.__pwned=1"> and [a link](javascript:window.__pwned=2).',
      citations: [],
    };
  }
  if (!family) throw new Error("the fake server needs knowledge/family/paying-family-members.md");
  return {
    id,
    status: "answered",
    composer: "embedded",
    answer: [
      "Yes, you can often pay a family member with your direct payment [1].",
      "",
      "- If they **do not live with you**, you can employ them like any other personal assistant [1].",
      "- If they **live with you**, the council must agree it is necessary first [2].",
      "",
      "Ask your social worker, or call the Direct Payments Team on 01632 960 200.",
    ].join("\n"),
    citations: [
      citationFor(family, "if-they-do-not-live-with-you", 1),
      citationFor(family, "if-they-live-with-you", 2),
    ],
    suggestions: ["Who counts as a close relative?", "Can family help for free?", "Can I use my DP for respite?"],
  };
}

/** Splits text into small pieces, as a model or the extractive composer would stream it. */
function pieces(text: string): string[] {
  return text.match(/[\s\S]{1,24}/g) ?? [];
}

export async function startFakeServer(): Promise<FakeServer> {
  const docs = loadDocuments();
  const council = loadCouncilConfig(join(ROOT, "config/council.json"));
  const widget = buildWidget({ settings: widgetSettingsFrom(council) });
  let mode: FakeMode = "normal";
  let seq = 0;
  const feedback: unknown[] = [];
  const chats: FakeServer["chats"] = [];
  const app = new Hono();

  app.get("/widget.js", (c) => {
    c.header("Content-Type", "text/javascript; charset=utf-8");
    c.header("Cache-Control", "no-cache");
    return c.body(widget.js);
  });
  app.get("/", (c) => c.html(readFileSync(join(ROOT, "web/index.html"), "utf8")));
  app.get("/demo.css", (c) => {
    c.header("Content-Type", "text/css; charset=utf-8");
    return c.body(readFileSync(join(ROOT, "web/demo.css"), "utf8"));
  });
  app.get("/knowledge/:id", (c) => {
    const doc = docs.get(c.req.param("id"));
    if (!doc) return c.json({ error: { code: "not_found", message: "No such document" } }, 404);
    return c.html(renderKnowledgePage(doc, council));
  });
  app.post("/api/feedback", async (c) => {
    feedback.push(await c.req.json());
    return c.json({ ok: true }, 202);
  });
  app.post("/api/chat", async (c) => {
    const body = await c.req.json();
    chats.push(body);
    if (mode === "rate_limited") {
      c.header("Retry-After", "30");
      return c.json({ error: { code: "rate_limited", message: "Too many requests" }, requestId: "r1" }, 429);
    }
    if (mode === "error") return c.json({ error: { code: "internal", message: "Something broke" }, requestId: "r2" }, 500);
    if (mode === "strict" && body.calculation)
      return c.json({ error: { code: "bad_request", message: "Unrecognized key: calculation", fields: [{ field: "", message: "Unrecognized key: calculation" }] } }, 400);
    const answer = scriptedAnswer(body, docs, ++seq);
    if (!(c.req.header("Accept") ?? "").includes("text/event-stream")) return c.json(answer);
    return streamSSE(c, async (stream) => {
      let aborted = false;
      stream.onAbort(() => {
        aborted = true;
      });
      await stream.writeSSE({ event: "status", data: JSON.stringify({ status: answer.status }) });
      if (mode === "hang") {
        while (!aborted) await stream.sleep(100);
        return;
      }
      const chunks = pieces(answer.answer);
      for (const [i, text] of chunks.entries()) {
        await stream.writeSSE({ event: "delta", data: JSON.stringify({ text }) });
        await stream.sleep(25);
        if (mode === "drop" && i === 1) return; // connection lost mid-answer
      }
      const { citations, suggestions, calculation, id } = answer;
      await stream.writeSSE({ event: "citations", data: JSON.stringify({ citations, suggestions, calculation, id }) });
      const { composer: _c, trace: _t, ...publicAnswer } = answer;
      await stream.writeSSE({ event: "done", data: JSON.stringify(publicAnswer) });
    });
  });
  app.notFound((c) => c.json({ error: { code: "not_found", message: "Not found" } }, 404));

  const { url, server } = await listen(app.fetch);
  return {
    url,
    kind: "fake",
    feedback,
    chats,
    setMode: (m) => {
      mode = m;
    },
    close: () => closeServer(server),
  };
}
