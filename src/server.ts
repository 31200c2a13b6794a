import { serve } from "@hono/node-server";
import { createApp } from "./app.ts";
import { createAssistant } from "./assistant.ts";

// The only file that listens: load settings, build or open the index, create the app, serve.
const started = performance.now();
const log = (message: string) => console.log(`[dp-assistant] ${message}`);
try {
  const assistant = await createAssistant({ log });
  const app = createApp({
    assistant,
    log: assistant.config.logLevel === "silent" ? undefined : (line) => console.log(JSON.stringify({ at: new Date().toISOString(), ...line })),
  });
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
    void assistant.close().finally(() => process.exit(0));
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
} catch (err) {
  console.error(`[dp-assistant] Could not start: ${(err as Error).message}`);
  process.exit(1);
}
