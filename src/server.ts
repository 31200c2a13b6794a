import cluster, { type Worker } from "node:cluster";
import type { Server } from "node:http";
import net from "node:net";
import { serve } from "@hono/node-server";
import { createApp } from "./app.ts";
import { generateAnswerIdSecret } from "./http/answer-ids.ts";
import { answerClientErrorsAsJson } from "./http/client-errors.ts";
import { createAssistant } from "./assistant.ts";
import { loadAppConfig } from "./config.ts";
import { loadCouncilConfig } from "./config/council-config.ts";
import { buildIndex } from "./ingest/build-index.ts";
import { createEmbedder } from "./llm/create-embedder.ts";
import type { ConsoleStore } from "./store/open-store.ts";

// The only file that listens. With more than one worker (WORKERS) the primary builds the index once, then
// forks workers that each open it read-only and share the port; the service is stateless, so any worker can
// answer any request.
//
// Signals go to the process `npm start` starts (package.json runs node itself, with tsx as a loader):
// - SIGHUP re-reads the knowledge folder. With workers, the primary builds (one build at a time, under the
//   build lock) and then tells each worker to reopen the new index; nobody else builds.
// - SIGTERM / SIGINT stop gracefully: stop accepting, let answers and streams in flight finish (at most
//   SHUTDOWN_GRACE_MS), then exit 0.
const started = performance.now();
const log = (message: string) => console.log(`[dp-assistant${cluster.isPrimary ? "" : ` ${process.pid}`}] ${message}`);
/** Primary -> worker: the manifest names a new index; reopen it. */
const REOPEN = "dp:reopen-index";
/** On SIGTERM, connections already queued are still accepted (and answered) for this long. */
const ACCEPT_QUEUED_MS = 250;

async function primary(): Promise<void> {
  const config = loadAppConfig();
  if (config.workers <= 1) return serveHere();
  const SHUTDOWN_GRACE_MS = config.shutdownGraceMs;
  // Every worker must accept the answer ids the others issued: one secret, handed down in the environment.
  process.env.ANSWER_ID_SECRET ??= generateAnswerIdSecret();
  const council = (() => {
    try {
      return loadCouncilConfig(config.councilConfigPath);
    } catch (err) {
      log(`Could not read the council settings: ${(err as Error).message}`);
      return null;
    }
  })();
  const build = async () => {
    if (!council) throw new Error("no council settings");
    return buildIndex({ knowledgeDir: config.knowledgeDir, dataDir: config.dataDir, council, embedder: createEmbedder(config) });
  };
  try {
    const built = await build();
    built.index.table.close();
    log(built.rebuilt ? `Index built: ${built.documents} documents, ${built.chunks} sections in ${built.ms.toFixed(0)} ms` : "Index up to date");
  } catch (err) {
    // Workers fall back to the last good index if there is one, or stop with the same message.
    log(`Index not rebuilt: ${(err as Error).message}`);
  }
  let stopping = false;
  // A worker that exits before it listens could not start. With no worker serving, the same failure would
  // repeat, so the service stops (and says why); with others still serving (a replacement that met a
  // reindex in progress), it is tried again after a pause that doubles up to 30 s, so answering carries on.
  // One that exits after it listened is replaced.
  const listening = new Set<number>();
  let retryMs = 1_000;
  cluster.on("listening", (worker) => {
    listening.add(worker.id);
    retryMs = 1_000;
  });
  for (let i = 0; i < config.workers; i++) cluster.fork();
  cluster.on("exit", (worker, code) => {
    if (stopping) return;
    if (code === 1 && !listening.has(worker.id)) {
      if (!workers().some((w) => listening.has(w.id))) {
        log("A worker could not start; stopping.");
        stopping = true;
        for (const w of workers()) w.process.kill("SIGTERM");
        process.exitCode = 1;
        return;
      }
      log(`A replacement worker could not start; trying again in ${retryMs / 1000} s (the others are serving).`);
      setTimeout(() => stopping || cluster.fork(), retryMs).unref();
      retryMs = Math.min(30_000, retryMs * 2);
      return;
    }
    log(`Worker ${worker.process.pid} exited (${code}); starting another.`);
    cluster.fork();
  });
  let reindexing: Promise<void> = Promise.resolve();
  process.on("SIGHUP", () => {
    reindexing = reindexing.then(async () => {
      try {
        const built = await build();
        built.index.table.close();
        log(built.rebuilt ? `Reindexed (rebuilt); telling ${workers().length} workers` : "Reindexed (unchanged)");
        if (built.rebuilt) for (const w of workers()) w.send({ type: REOPEN });
      } catch (err) {
        log(`Reindex failed, still serving the last good index: ${(err as Error).message}`);
      }
    });
  });
  const stop = () => {
    if (stopping) return;
    stopping = true;
    log("Stopping: waiting for workers to finish what they are answering");
    const live = workers();
    for (const w of live) w.process.kill("SIGTERM");
    const force = setTimeout(() => {
      for (const w of workers()) w.process.kill("SIGKILL");
      process.exit(0);
    }, SHUTDOWN_GRACE_MS + 2_000);
    force.unref();
    const check = () => {
      if (workers().length === 0) {
        log("Stopped");
        process.exit(process.exitCode ?? 0);
      }
    };
    cluster.on("exit", check);
    check();
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  log(`Started ${config.workers} workers (pid ${process.pid}: send SIGHUP to reindex, SIGTERM to stop)`);
}

function workers(): Worker[] {
  return Object.values(cluster.workers ?? {}).filter((w): w is Worker => Boolean(w) && !w!.isDead());
}

async function serveHere(): Promise<void> {
  try {
    const config = loadAppConfig();
    const logLine = config.logLevel === "silent" ? undefined : (line: Record<string, unknown>) => console.log(JSON.stringify({ at: new Date().toISOString(), ...line }));
    // The staff console's database opens alongside the index, not before it: the first answer never waits
    // for it, and recording waits for it instead.
    let store: Promise<ConsoleStore> | undefined;
    if (config.store.enabled) {
      const s = config.store;
      // Loaded only when the console is on: the database drivers are not needed otherwise.
      store = import("./store/open-store.ts").then(({ openStore }) => openStore({ databaseUrl: s.databaseUrl, dataDir: config.dataDir, retentionDays: s.retentionDays, bootstrapAdmin: s.bootstrapAdmin, log: logLine }));
      store.then(
        (opened) => log(`Console database open (${opened.kind}${s.recordQuestions ? ", recording questions" : ""})`),
        (err: Error) => log(`Console database could not be opened; answers are still served: ${err.message}`),
      );
    }
    const assistant = await createAssistant({ log });
    const app = createApp({ assistant, store, log: logLine });
    const { port, host, shutdownGraceMs: SHUTDOWN_GRACE_MS } = assistant.config;
    const server = serve({ fetch: app.fetch, port, hostname: host }, (info) => {
      const i = assistant.info();
      const pid = cluster.isPrimary ? `pid ${process.pid}` : `pid ${process.ppid}, worker ${process.pid}`;
      log(`Ready in ${(performance.now() - started).toFixed(0)} ms: http://localhost:${info.port}/ (${pid}; ${i.documents} documents, ${i.chunks} sections, model: ${i.model})`);
    }) as Server;
    answerClientErrorsAsJson(server);
    // `kill -HUP <pid>` re-reads the knowledge folder; a broken file leaves the last good index serving.
    process.on("SIGHUP", async () => {
      const r = await assistant.reindex();
      log(r.ok ? `Reindexed (${r.rebuilt ? "rebuilt" : "unchanged"})` : `Reindex failed, still serving the last good index: ${r.error}`);
    });
    const reopen = async (why: string) => {
      try {
        const r = await assistant.reopen();
        if (!r.ok) log(`Could not open the new index (${why}), still serving the one in use: ${r.error}`);
        else if (r.changed) log(`Opened the new index (${why})`);
      } catch (err) {
        log(`Could not open the new index (${why}), still serving the one in use: ${(err as Error).name}: ${(err as Error).message}`);
      }
    };
    // A stray rejection (a native call failing after its caller gave up) is logged, not allowed to take
    // down a process that is answering people.
    process.on("unhandledRejection", (err) => log(`Unhandled rejection: ${(err as Error)?.name}: ${(err as Error)?.message}`));
    process.on("message", (m: unknown) => {
      if ((m as { type?: string } | null)?.type === REOPEN) void reopen("reindexed by the primary");
    });
    // `npm run index` in another terminal builds a new index under the same lock: pick it up.
    setInterval(() => void reopen("the manifest changed"), 2_000).unref();

    let stopping = false;
    const stop = (signal: string) => {
      if (stopping) return;
      stopping = true;
      log(`${signal}: no new connections; finishing the answers in flight (at most ${SHUTDOWN_GRACE_MS / 1000} s)`);
      const exit = (code: number) => void Promise.allSettled([assistant.close(), store?.then((st) => st.close())]).finally(() => process.exit(code));
      // Responses from now on close their connection.
      server.on("request", (_req, res) => {
        res.shouldKeepAlive = false;
      });
      // Stop listening a moment later: closing a listening socket resets the connections still queued in the
      // kernel, which clients sent before the signal. And not with http's close(), which also drops
      // connections just accepted whose request has not been read yet. Connections still idle a second
      // after that are closed.
      setTimeout(() => {
        net.Server.prototype.close.call(server, () => {
          log("Stopped");
          exit(0);
        });
        setTimeout(() => {
          server.closeIdleConnections();
          setInterval(() => server.closeIdleConnections(), 200).unref();
        }, 1_000).unref();
      }, ACCEPT_QUEUED_MS).unref();
      setTimeout(() => {
        log("Stopped (connections still open after the grace period were closed)");
        server.closeAllConnections();
        exit(0);
      }, SHUTDOWN_GRACE_MS).unref();
    };
    process.on("SIGINT", () => stop("SIGINT"));
    process.on("SIGTERM", () => stop("SIGTERM"));
  } catch (err) {
    console.error(`[dp-assistant] Could not start: ${(err as Error).message}`);
    process.exit(1);
  }
}

if (cluster.isPrimary) await primary();
else await serveHere();
