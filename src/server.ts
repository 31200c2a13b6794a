import cluster from "node:cluster";
import { serve } from "@hono/node-server";
import { createApp } from "./app.ts";
import { createAssistant } from "./assistant.ts";
import { loadAppConfig } from "./config.ts";
import { loadCouncilConfig } from "./config/council-config.ts";
import { buildIndex } from "./ingest/build-index.ts";
import { createEmbedder } from "./llm/create-embedder.ts";
import { openStore, type ConsoleStore } from "./store/open-store.ts";

// The only file that listens. With more than one worker (WORKERS, default one per core) the primary builds
// the index once, then forks workers that each open it read-only and share the port; the service is
// stateless, so any worker can answer any request.
const started = performance.now();
const log = (message: string) => console.log(`[dp-assistant${cluster.isPrimary ? "" : ` ${process.pid}`}] ${message}`);

async function primary(): Promise<void> {
  const config = loadAppConfig();
  if (config.workers <= 1) return serveHere();
  try {
    const council = loadCouncilConfig(config.councilConfigPath);
    const built = await buildIndex({ knowledgeDir: config.knowledgeDir, dataDir: config.dataDir, council, embedder: createEmbedder(config) });
    log(built.rebuilt ? `Index built: ${built.documents} documents, ${built.chunks} sections in ${built.ms.toFixed(0)} ms` : "Index up to date");
  } catch (err) {
    // Workers fall back to the last good index if there is one, or stop with the same message.
    log(`Index not rebuilt: ${(err as Error).message}`);
  }
  let stopping = false;
  for (let i = 0; i < config.workers; i++) cluster.fork();
  cluster.on("exit", (worker, code) => {
    if (stopping) return;
    if (code === 1) {
      log("A worker could not start; stopping.");
      stopping = true;
      for (const w of Object.values(cluster.workers ?? {})) w?.kill();
      process.exitCode = 1;
      return;
    }
    log(`Worker ${worker.process.pid} exited (${code}); starting another.`);
    cluster.fork();
  });
  process.on("SIGHUP", () => {
    for (const w of Object.values(cluster.workers ?? {})) w?.process.kill("SIGHUP");
  });
  const stop = () => {
    stopping = true;
    for (const w of Object.values(cluster.workers ?? {})) w?.kill();
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  log(`Started ${config.workers} workers`);
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
      store = openStore({ databaseUrl: s.databaseUrl, dataDir: config.dataDir, retentionDays: s.retentionDays, bootstrapAdmin: s.bootstrapAdmin, log: logLine });
      store.then(
        (opened) => log(`Console database open (${opened.kind}${s.recordQuestions ? ", recording questions" : ""})`),
        (err: Error) => log(`Console database could not be opened; answers are still served: ${err.message}`),
      );
    }
    const assistant = await createAssistant({ log });
    const app = createApp({ assistant, store, log: logLine });
    const { port, host } = assistant.config;
    const server = serve({ fetch: app.fetch, port, hostname: host }, (info) => {
      const i = assistant.info();
      log(`Ready in ${(performance.now() - started).toFixed(0)} ms: http://localhost:${info.port}/ (${i.documents} documents, ${i.chunks} sections, model: ${i.model})`);
    });
    // `kill -HUP <pid>` re-reads the knowledge folder; a broken file leaves the last good index serving.
    process.on("SIGHUP", async () => {
      const r = await assistant.reindex();
      log(r.ok ? `Reindexed (${r.rebuilt ? "rebuilt" : "unchanged"})` : `Reindex failed, still serving the last good index: ${r.error}`);
    });
    const stop = () => {
      server.close();
      const closing = [assistant.close(), store?.then((s) => s.close())];
      void Promise.allSettled(closing).finally(() => process.exit(0));
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  } catch (err) {
    console.error(`[dp-assistant] Could not start: ${(err as Error).message}`);
    process.exit(1);
  }
}

if (cluster.isPrimary) await primary();
else await serveHere();
