import { inRepository } from "./repository-root.ts";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Hono } from "hono";
import { requestId } from "hono/request-id";
import { HTTPException } from "hono/http-exception";
import type { Assistant } from "./assistant.ts";
import { ApiError, errorResponse } from "./http/api-error.ts";
import { createAnswerIds, generateAnswerIdSecret } from "./http/answer-ids.ts";
import { drainRequestBody, lingerOnClose } from "./http/drain-body.ts";
import { serverLimits } from "./http/limits.ts";
import { createFeedbackStore, type FeedbackStore } from "./http/feedback-store.ts";
import { bodyLimit } from "./http/middleware/body-limit.ts";
import { corsAllowlist } from "./http/middleware/cors-allowlist.ts";
import { rateLimit } from "./http/middleware/rate-limit.ts";
import { requestTimeout } from "./http/middleware/request-timeout.ts";
import { securityHeaders } from "./http/middleware/security-headers.ts";
import { KNOWLEDGE_PAGE_CSS, renderKnowledgePage } from "./http/render-knowledge-page.ts";
import { calculateRoute } from "./http/routes/calculate-route.ts";
import { chatRoute } from "./http/routes/chat-route.ts";
import { feedbackRoute } from "./http/routes/feedback-route.ts";
import { searchRoute } from "./http/routes/search-route.ts";
import { buildWidget, widgetSettingsFrom } from "./http/widget-bundle.ts";
import { redactPii } from "./pipeline/guards/redact-pii.ts";
import { adminRoutes } from "./admin/admin-routes.ts";
import { createAnswerRecorder } from "./store/answer-recorder.ts";
import type { ConsoleStore } from "./store/open-store.ts";
import { recordingAssistant } from "./store/recording-assistant.ts";

export interface AppDeps {
  assistant: Assistant;
  feedback?: FeedbackStore;
  /** Structured log lines (already free of personal data); default: none. */
  log?: (line: Record<string, unknown>) => void;
  /**
   * The staff console's database, still opening while the index loads (server.ts). Absent: no console and
   * nothing recorded. With RECORD_QUESTIONS on, answers are recorded once it is open.
   */
  store?: Promise<ConsoleStore>;
}

const WEB_DIR = inRepository("web");

/** For a path, the methods the app's routes answer on it (GET also answers HEAD); read once, lazily. */
function methodsByPath(app: Hono): (path: string) => string[] {
  let table: { pattern: RegExp; method: string }[] | null = null;
  return (path) => {
    table ??= app.routes
      .filter((r) => r.method !== "ALL")
      .map((r) => ({
        method: r.method,
        pattern: new RegExp(`^${r.path.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\/:[^/]+/g, "/[^/]+").replace(/\*/g, ".*")}$`),
      }));
    const methods = new Set(table.filter((r) => r.pattern.test(path)).map((r) => r.method));
    if (methods.has("GET")) methods.add("HEAD");
    return [...methods];
  };
}

const LEVELS = { silent: 0, error: 1, info: 2, debug: 3 } as const;
/** LOG_LEVEL: a line's `level` (default "info") is written only when the setting lets that level through. */
function atLevel(sink: AppDeps["log"], setting: keyof typeof LEVELS): (line: Record<string, unknown>) => void {
  if (!sink || setting === "silent") return () => undefined;
  return (line) => {
    const level = (line.level as keyof typeof LEVELS | undefined) ?? "info";
    if ((LEVELS[level] ?? LEVELS.info) <= LEVELS[setting]) sink(line);
  };
}

/** createApp(deps): middleware, routes and one error handler. The only file that listens is server.ts. */
export function createApp(deps: AppDeps) {
  const { assistant } = deps;
  const config = assistant.config;
  const council = assistant.council;
  const log = atLevel(deps.log, config.logLevel);
  const feedback =
    deps.feedback ??
    createFeedbackStore({ enabled: council.feedback.store, file: join(config.dataDir, "feedback.jsonl"), retentionDays: council.feedback.retentionDays });
  // Built once: the widget is static for the life of the process.
  const widget = buildWidget({ settings: widgetSettingsFrom(council) });
  const demoPage = readFileSync(join(WEB_DIR, "index.html"), "utf8");
  const demoCss = readFileSync(join(WEB_DIR, "demo.css"), "utf8");

  const app = new Hono();
  app.use("*", requestId());
  app.use("*", securityHeaders({ hsts: config.hstsMaxAge, frameAncestors: config.frameAncestors }));
  app.use("/api/*", corsAllowlist({ origins: council.http.allowedOrigins, trustProxy: config.trustProxy }));
  app.use("/api/*", rateLimit({ windowMs: config.rateLimit.windowMs, max: config.rateLimit.max, trustProxy: config.trustProxy }));
  app.use("/api/*", requestTimeout({ ms: config.requestTimeoutMs }));
  app.use(
    "/api/*",
    bodyLimit({
      maxSize: config.bodyLimitBytes,
      onError: async (c) => {
        // The body was refused unread: read it away (bounded) so the connection works for the next request,
        // or else close the connection after this answer.
        const drained = await drainRequestBody(c);
        const res = errorResponse(c, 413, "payload_too_large", `The request body must be at most ${config.bodyLimitBytes} bytes.`, [{ field: "body", message: "is too large" }]);
        if (!drained) {
          res.headers.set("Connection", "close");
          lingerOnClose(c);
        }
        return res;
      },
    }),
  );

  // What a client may send: published so the widget can trim history to fit.
  const limits = serverLimits(config);
  // Unhealthy (503) when the index cannot answer a query, so a load balancer or supervisor takes it out.
  app.get("/healthz", async (c) => {
    const info = assistant.info();
    const health = await assistant.health();
    const body = { status: health.ok ? "ok" : "unhealthy", documents: info.documents, chunks: info.chunks, builtAt: info.builtAt, model: info.model, limits };
    if (!health.ok) {
      log({ event: "unhealthy", level: "error", cause: health.error });
      return c.json({ ...body, problem: "The search index cannot answer queries." }, 503);
    }
    return c.json(body);
  });
  const store = deps.store;
  const recorder =
    store && config.store.recordQuestions
      ? createAnswerRecorder({ store, topicOf: (id) => assistant.getDocument(id)?.meta.topic ?? null, log })
      : null;
  const ids = createAnswerIds(config.answerIdSecret ?? generateAnswerIdSecret());
  app.route("/", chatRoute(recorder ? recordingAssistant(assistant, recorder) : assistant, log, ids));
  app.route("/", searchRoute(assistant));
  app.route("/", calculateRoute(assistant));
  app.route("/", feedbackRoute(feedback, ids, recorder));
  if (store) app.route("/", adminRoutes({ store, assistant, settings: config.store, log }));

  app.get("/widget.js", (c) => {
    c.header("Content-Type", "text/javascript; charset=utf-8");
    c.header("Cache-Control", "public, max-age=300");
    return c.body(widget.js);
  });
  app.get("/", (c) => c.html(demoPage));
  // Page styles are files, not inline <style>, so the pages keep a strict Content Security Policy.
  const css = (text: string) => (c: import("hono").Context) => {
    c.header("Content-Type", "text/css; charset=utf-8");
    c.header("Cache-Control", "public, max-age=300");
    return c.body(text);
  };
  app.get("/demo.css", css(demoCss));
  app.get("/knowledge.css", css(KNOWLEDGE_PAGE_CSS));
  app.get("/knowledge/:id", (c) => {
    const doc = assistant.getDocument(c.req.param("id"));
    if (!doc) throw new ApiError(404, "not_found", "There is no knowledge page with that id.");
    return c.html(renderKnowledgePage(doc, council));
  });

  // A known path with another method is 405 with Allow (RFC 9110 s.15.5.6), not 404.
  const allowedMethods = methodsByPath(app);
  app.notFound((c) => {
    const path = new URL(c.req.url).pathname;
    const allow = allowedMethods(path);
    if (allow.length) {
      const res = errorResponse(c, 405, "method_not_allowed", `${c.req.method} is not allowed here; use ${allow.join(" or ")}.`);
      res.headers.set("Allow", allow.join(", "));
      return res;
    }
    return errorResponse(c, 404, "not_found", `No route for ${c.req.method} ${path}.`);
  });
  app.onError((err, c) => {
    if (err instanceof ApiError) return errorResponse(c, err.status, err.code, err.message, err.fields);
    if (err instanceof HTTPException) {
      const status = err.status >= 400 && err.status < 500 ? err.status : 500;
      return errorResponse(c, status as 400, status === 500 ? "internal_error" : "bad_request", status === 500 ? "Something went wrong." : err.message);
    }
    // Unexpected: logged for the operator, never shown (no stack traces to the internet).
    log({ event: "error", level: "error", errorClass: (err as Error)?.constructor?.name, message: redactPii(String((err as Error).message)), requestId: c.get("requestId") });
    return errorResponse(c, 500, "internal_error", "Something went wrong on our side. Please try again.");
  });
  return app;
}
