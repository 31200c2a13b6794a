import { loadAppConfig, type AppConfig } from "./config.ts";
import { loadCouncilConfig, type CouncilConfig } from "./config/council-config.ts";
import { buildIndex, openIndex, type Embedder, type OpenedIndex } from "./ingest/build-index.ts";
import type { KnowledgeDocument } from "./ingest/load-knowledge.ts";
import { KnowledgeError } from "./ingest/knowledge-error.ts";
import type { Audience } from "./ingest/knowledge-schema.ts";
import { createEmbedder } from "./llm/create-embedder.ts";
import { createModelComposer } from "./pipeline/compose/compose-with-model.ts";
import { ANSWER_STAGES } from "./pipeline/answer-stages.ts";
import { createHarmClassifier } from "./pipeline/guards/harm-classifier.ts";
import type { Answer, ChatRequest } from "./pipeline/answer-types.ts";
import { createAnswerCache } from "./pipeline/answer-cache.ts";
import { errorReply } from "./pipeline/canned-replies.ts";
import type { ModelComposer, PipelineDeps, PipelineEvent } from "./pipeline/pipeline-context.ts";
import { runPipeline } from "./pipeline/run-pipeline.ts";
import { loadDeclineReplies } from "./config/decline-replies.ts";
import { trainIntentModel } from "./understanding/intent-model.ts";
import { createPlaceReader } from "./understanding/read-place.ts";
import { readIntentExamples, readSafeguardingExamples } from "./understanding/training-data.ts";
import { createUnderstanding } from "./understanding/understand-message.ts";
import { createKnowledgeSearch, questionsByChunk, type KnowledgeSearch, type SearchHit } from "./retrieval/search-knowledge.ts";

export interface AssistantOptions {
  env?: NodeJS.ProcessEnv;
  /** Overrides of the environment settings (tests use a temporary data folder). */
  knowledgeDir?: string;
  dataDir?: string;
  councilConfigPath?: string;
  /** Inject a model composer (tests); otherwise made from the environment, or none. */
  model?: ModelComposer | null;
  now?: () => Date;
  log?: (message: string) => void;
}

export interface Assistant {
  readonly config: AppConfig;
  readonly council: CouncilConfig;
  answer(request: ChatRequest, options?: { onEvent?: (e: PipelineEvent) => void; signal?: AbortSignal }): Promise<Answer>;
  search(q: string, options?: { k?: number; audience?: Audience }): Promise<SearchHit[]>;
  baselineSearch(q: string, k?: number): Promise<SearchHit[]>;
  getDocument(id: string): KnowledgeDocument | undefined;
  info(): { documents: number; chunks: number; model: string; builtAt: string };
  /** Rebuilds the index from the knowledge folder; a broken file leaves the last good index serving. */
  reindex(): Promise<{ ok: true; rebuilt: boolean } | { ok: false; error: string }>;
  close(): Promise<void>;
}

interface Live {
  index: OpenedIndex;
  search: KnowledgeSearch;
  documents: Map<string, KnowledgeDocument>;
  deps: PipelineDeps;
}

export async function createAssistant(options: AssistantOptions = {}): Promise<Assistant> {
  const base = loadAppConfig(options.env ?? process.env);
  const config: AppConfig = Object.freeze({
    ...base,
    knowledgeDir: options.knowledgeDir ?? base.knowledgeDir,
    dataDir: options.dataDir ?? base.dataDir,
    councilConfigPath: options.councilConfigPath ?? base.councilConfigPath,
  });
  const log = options.log ?? (() => undefined);
  const council = loadCouncilConfig(config.councilConfigPath);
  const embedder: Embedder | null = createEmbedder(config);
  const model = options.model !== undefined ? options.model : createModelComposer(config);
  const now = options.now ?? (() => new Date());

  // Read and trained once: the examples do not change with the knowledge (a broken line fails start-up
  // naming file and line).
  const safeguardingExamples = readSafeguardingExamples();
  const intentExamples = readIntentExamples();
  const understanding = createUnderstanding(trainIntentModel(intentExamples), createPlaceReader());
  const replies = loadDeclineReplies(council);
  const intentOrdinary = intentExamples.map((e) => e.text);

  async function load(force: boolean): Promise<OpenedIndex> {
    try {
      const built = await buildIndex({ knowledgeDir: config.knowledgeDir, dataDir: config.dataDir, council, force, embedder });
      log(built.rebuilt ? `Index built: ${built.documents} documents, ${built.chunks} sections in ${built.ms.toFixed(0)} ms` : "Index up to date");
      return built.index;
    } catch (err) {
      // A broken knowledge file must not take the service down if a good index exists: keep serving it.
      const previous = await openIndex(config.dataDir);
      if (err instanceof KnowledgeError && previous) {
        log(`Knowledge error, still serving the index built ${previous.manifest.builtAt}: ${err.message}`);
        return previous;
      }
      throw err;
    }
  }

  function makeLive(index: OpenedIndex): Live {
    const search = createKnowledgeSearch({ table: index.table, chunks: index.chunks, questions: questionsByChunk(index.chunks, index.documents), embedder });
    const documents = new Map(index.documents.map((d) => [d.meta.id, d]));
    const deps: PipelineDeps = {
      council,
      search,
      model,
      now,
      // Built here, at start-up and on reindex, so the first question does not pay for it.
      // The intent examples are ordinary messages too: thousands of ways of asking that disclose nothing.
      harm: createHarmClassifier(safeguardingExamples, [...intentOrdinary, ...index.documents.flatMap((d) => d.meta.questions)]),
      understanding,
      replies,
      documents: new Map(
        index.documents.map((d) => [
          d.meta.id,
          { title: d.meta.title, sources: d.meta.sources, last_reviewed: d.meta.last_reviewed, related: d.meta.related ?? [], questions: d.meta.questions },
        ]),
      ),
    };
    return { index, search, documents, deps };
  }

  let live = makeLive(await load(false));
  // Cleared on reindex, so a changed knowledge base is never answered from old text.
  let cache = createAnswerCache(model ? 0 : config.answerCacheSize);

  return {
    config,
    council,
    async answer(request, opts = {}) {
      const cached = cache.get(request);
      if (cached) return cached;
      const answer = await runPipeline(ANSWER_STAGES, request, live.deps, { emit: opts.onEvent, signal: opts.signal, errorReply: errorReply(council) });
      cache.set(request, answer);
      return answer;
    },
    search: async (q, opts = {}) =>
      (await live.search.search(q, { k: opts.k ?? 5, audience: opts.audience, strictAudience: Boolean(opts.audience) })).results,
    baselineSearch: (q, k = 1) => live.search.baseline(q, k),
    getDocument: (id) => live.documents.get(id),
    info: () => ({
      documents: live.index.manifest.documents,
      chunks: live.index.manifest.chunks,
      model: model?.name ?? "none",
      builtAt: live.index.manifest.builtAt,
    }),
    async reindex() {
      try {
        const before = live.index.manifest.checksum;
        // Built directly (not through load()): a broken file must be reported, while the index in use stays.
        const { index } = await buildIndex({ knowledgeDir: config.knowledgeDir, dataDir: config.dataDir, council, force: false, embedder });
        live = makeLive(index);
        cache = createAnswerCache(model ? 0 : config.answerCacheSize);
        return { ok: true, rebuilt: index.manifest.checksum !== before };
      } catch (err) {
        return { ok: false, error: (err as Error).message };
      }
    },
    async close() {
      live.index.table.close();
    },
  };
}
