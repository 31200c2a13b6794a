// npm run index [-- --force]: validate the knowledge folder and (re)build the search index.
import { loadAppConfig } from "../config.ts";
import { loadCouncilConfig } from "../config/council-config.ts";
import { buildIndex } from "../ingest/build-index.ts";
import { createEmbedder } from "../llm/create-embedder.ts";

const config = loadAppConfig();
try {
  const council = loadCouncilConfig(config.councilConfigPath);
  const result = await buildIndex({
    knowledgeDir: config.knowledgeDir,
    dataDir: config.dataDir,
    council,
    force: process.argv.includes("--force"),
    embedder: createEmbedder(config),
  });
  console.log(
    result.rebuilt
      ? `Built the index: ${result.documents} documents, ${result.chunks} sections in ${result.ms.toFixed(0)} ms (${config.dataDir})`
      : `The index is up to date: ${result.documents} documents, ${result.chunks} sections`,
  );
} catch (err) {
  console.error(`Index build failed: ${(err as Error).message}`);
  process.exit(1);
}
