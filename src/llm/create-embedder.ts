import type { AppConfig } from "../config.ts";
import type { Embedder } from "../ingest/build-index.ts";
import { createModelClient } from "./create-model-client.ts";

/** Vector search is added only when an embeddings model is configured; full-text search works without it. */
export function createEmbedder(config: AppConfig): Embedder | null {
  const settings = config.model;
  if (!settings?.embeddingsModel) return null;
  const client = createModelClient(settings, config.modelTimeoutMs);
  const model = settings.embeddingsModel;
  return {
    model,
    async embed(texts) {
      const res = await client.embeddings.create({ model, input: texts, encoding_format: "float" });
      return res.data.sort((a, b) => a.index - b.index).map((d) => d.embedding as number[]);
    },
  };
}
