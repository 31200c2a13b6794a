import { loadAppConfig, type AppConfig } from "./config.ts";
import { loadCouncilConfig, type CouncilConfig } from "./config/council-config.ts";
import { buildIndex, openIndex, probeTable, readManifest, type Embedder, type OpenedIndex } from "./ingest/build-index.ts";
import type { KnowledgeDocument } from "./ingest/load-knowledge.ts";
import { KnowledgeError } from "./ingest/knowledge-error.ts";
import type { Audience } from "./ingest/knowledge-schema.ts";
import { createEmbedder } from "./llm/create-embedder.ts";
import { createModelComposer } from "./pipeline/compose/compose-with-model.ts";
import { ANSWER_STAGES } from "./pipeline/answer-stages.ts";
import { createHarmClassifier, harmOrdinaryQuestions } from "./pipeline/guards/harm-classifier.ts";
import type { Answer, ChatRequest } from "./pipeline/answer-types.ts";
import { createAnswerCache } from "./pipeline/answer-cache.ts";
import { errorReply } from "./pipeline/canned-replies.ts";
import type { ModelComposer, PipelineDeps } from "./pipeline/pipeline-context.ts";
import { runPipeline } from "./pipeline/run-pipeline.ts";
import { loadDeclineReplies } from "./config/decline-replies.ts";
import { loadOrTrainIntentModel } from "./understanding/intent-model.ts";
import { createPlaceReader } from "./text/read-place.ts";
import { readIntentExamples, readSafeguardingExamples } from "./understanding/training-data.ts";
import { createUnderstanding } from "./understanding/understand-message.ts";
import type { CuratedAnswer } from "./curated/curated-answer.ts";
import { createCuratedMatcher, type CuratedMatcher } from "./curated/match-curated.ts";
import { createKnowledgeSearch, questionsByChunk, type KnowledgeSearch, type SearchHit } from "./retrieval/search-knowledge.ts";
import { createSentenceCache } from "./pipeline/compose/sentence-cache.ts";

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
  answer(
    request: ChatRequest,
    options?: { signal?: AbortSignal; onFailure?: (failure: StageFailure) => void },
  ): Promise<Answer>;
  search(q: string, options?: { k?: number; audience?: Audience }): Promise<SearchHit[]>;
  baselineSearch(q: string, k?: number): Promise<SearchHit[]>;
  getDocument(id: string): KnowledgeDocument | undefined;
  /** One section of the index being served, by chunk id ("<document-id>#<anchor>"). */
  section(id: string): SearchHit | undefined;
  /**
   * Replaces the approved curated answers served first (the console calls it when one is approved,
   * withdrawn or imported, and when its database opens); cached answers are dropped so none is stale.
   */
  setCuratedAnswers(answers: readonly CuratedAnswer[]): void;
  /** The curated answers being served. */
  curatedAnswers(): readonly CuratedAnswer[];
  info(): { documents: number; chunks: number; model: string; builtAt: string };
  /** Rebuilds the index from the knowledge folder; a broken file leaves the last good index serving. */
  reindex(): Promise<{ ok: true; rebuilt: boolean } | { ok: false; error: string }>;
  /**
   * Switches to the index the manifest names, if it is not the one in use (another process built it); the
   * current one keeps serving when the named one cannot answer. Never builds.
   */
  reopen(): Promise<{ ok: true; changed: boolean } | { ok: false; error: string }>;
  /** Whether the index in use answers a query (cached for a second, so health checks stay cheap). */
  health(): Promise<{ ok: true } | { ok: false; error: string }>;
  close(): Promise<void>;
}

/** Why an answer ended `error`: the stage and the exception it threw (for the operator's log). */
export interface StageFailure {
  stage: string;
  error: unknown;
}

/** The stages, each reporting what it threw before the runner turns it into an `error` answer. */
function reportingFailures(stages: typeof ANSWER_STAGES, onFailure: (f: StageFailure) => void): typeof ANSWER_STAGES {
  return stages.map((stage) => ({
    name: stage.name,
    async run(ctx: Parameters<(typeof stage)["run"]>[0]) {
      try {
        await stage.run(ctx);
      } catch (error) {
        onFailure({ stage: stage.name, error });
        throw error;
      }
    },
  }));
}

interface Live {
  index: OpenedIndex;
  search: KnowledgeSearch;
  documents: Map<string, KnowledgeDocument>;
  deps: PipelineDeps;
  /** Answers and searches using this index right now: it is closed only when it is idle and replaced. */
  inFlight: number;
  retired: boolean;
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
  const readPlace = createPlaceReader(undefined, { ownArea: council.council.areaPlaces });
  const understanding = createUnderstanding(loadOrTrainIntentModel(intentExamples, config.dataDir), readPlace);
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

  // Shared by every index's pipeline: curated answers change with approvals, not with the knowledge.
  let curatedList: readonly CuratedAnswer[] = [];
  let curatedMatcher: CuratedMatcher = createCuratedMatcher([]);
  const curated: CuratedMatcher = { get size() { return curatedMatcher.size; }, match: (q, a) => curatedMatcher.match(q, a) };

  function makeLive(index: OpenedIndex): Live {
    const search = createKnowledgeSearch({ table: index.table, chunks: index.chunks, questions: questionsByChunk(index.chunks, index.documents), embedder, readPlace });
    const documents = new Map(index.documents.map((d) => [d.meta.id, d]));
    const deps: PipelineDeps = {
      council,
      search,
      model,
      now,
      // Built here, at start-up and on reindex, so the first question does not pay for it.
      // The intent examples are ordinary messages too: thousands of ways of asking that disclose nothing.
      harm: createHarmClassifier(safeguardingExamples, [...intentOrdinary, ...harmOrdinaryQuestions(index.documents)], { cacheDir: config.dataDir }),
      understanding,
      replies,
      sentences: createSentenceCache(),
      curated,
      documents: new Map(
        index.documents.map((d) => [
          d.meta.id,
          { title: d.meta.title, sources: d.meta.sources, last_reviewed: d.meta.last_reviewed, related: d.meta.related ?? [], questions: d.meta.questions },
        ]),
      ),
    };
    return { index, search, documents, deps, inFlight: 0, retired: false };
  }

  let live = makeLive(await load(false));

  // A query in flight keeps the index it started with; a replaced index is closed once nothing uses it.
  async function using<T>(fn: (l: Live) => Promise<T>): Promise<T> {
    const l = live;
    l.inFlight++;
    try {
      return await fn(l);
    } finally {
      l.inFlight--;
      if (l.retired && l.inFlight === 0) closeQuietly(l);
    }
  }
  function closeQuietly(l: Live): void {
    try {
      if (l.index.table.isOpen()) l.index.table.close();
    } catch {
      // Already closed: nothing to release.
    }
  }
  function swapTo(index: OpenedIndex): void {
    const old = live;
    live = makeLive(index);
    // Cleared on reindex, so a changed knowledge base is never answered from old text.
    cache = createAnswerCache(model ? 0 : config.answerCacheSize);
    if (old.index.table === index.table) return;
    old.retired = true;
    if (old.inFlight === 0) closeQuietly(old);
  }
  // One reindex at a time in this process (the build lock also orders processes): a second SIGHUP while a
  // build runs waits for it, then finds the index up to date or builds the newer edit.
  let reindexing: Promise<unknown> = Promise.resolve();
  let healthAt = 0;
  let healingAt = 0;
  let lastHealth: { ok: true } | { ok: false; error: string } = { ok: true };
  let cache = createAnswerCache(model ? 0 : config.answerCacheSize);

  const assistant: Assistant = {
    config,
    council,
    async answer(request, opts = {}) {
      const cached = cache.get(request);
      if (cached) return cached;
      const stages = opts.onFailure ? reportingFailures(ANSWER_STAGES, opts.onFailure) : ANSWER_STAGES;
      const answer = await using((l) => runPipeline(stages, request, l.deps, { signal: opts.signal, errorReply: errorReply(council) }));
      cache.set(request, answer);
      return answer;
    },
    search: (q, opts = {}) =>
      using(async (l) => (await l.search.search(q, { k: opts.k ?? 5, audience: opts.audience, strictAudience: Boolean(opts.audience) })).results),
    baselineSearch: (q, k = 1) => using((l) => l.search.baseline(q, k)),
    getDocument: (id) => live.documents.get(id),
    section: (id) => live.search.sectionsOf(id.split("#")[0]).find((s) => s.id === id),
    setCuratedAnswers(answers) {
      curatedList = answers.filter((a) => a.status === "approved");
      curatedMatcher = createCuratedMatcher(curatedList);
      cache = createAnswerCache(model ? 0 : config.answerCacheSize);
    },
    curatedAnswers: () => curatedList,
    info: () => ({
      documents: live.index.manifest.documents,
      chunks: live.index.manifest.chunks,
      model: model?.name ?? "none",
      builtAt: live.index.manifest.builtAt,
    }),
    reindex() {
      const run = reindexing.then(async () => {
        try {
          const before = live.index.manifest.checksum;
          // Built directly (not through load()): a broken file must be reported, while the index in use stays.
          const { index } = await buildIndex({ knowledgeDir: config.knowledgeDir, dataDir: config.dataDir, council, force: false, embedder });
          swapTo(index);
          healthAt = 0;
          return { ok: true as const, rebuilt: index.manifest.checksum !== before };
        } catch (err) {
          return { ok: false as const, error: (err as Error).message };
        }
      });
      reindexing = run;
      return run;
    },
    reopen() {
      const run = reindexing.then(async () => {
        const named = readManifest(config.dataDir);
        if (named && named.table === live.index.manifest.table) return { ok: true as const, changed: false };
        const index = await openIndex(config.dataDir);
        if (!index) return { ok: false as const, error: "the index the manifest names cannot be opened" };
        swapTo(index);
        healthAt = 0;
        return { ok: true as const, changed: true };
      });
      reindexing = run.catch(() => undefined);
      return run;
    },
    async health() {
      if (Date.now() - healthAt < 1_000) return lastHealth;
      healthAt = Date.now();
      try {
        await using((l) => probeTable(l.index.table));
        lastHealth = { ok: true };
      } catch (err) {
        lastHealth = { ok: false, error: `${(err as Error).name}: ${(err as Error).message}` };
        // Heal in the background: the manifest may name a newer good index, or the build sees the damaged
        // one fail its check and builds a new one. Until then, health checks say so.
        if (Date.now() - healingAt > 10_000) {
          healingAt = Date.now();
          void assistant
            .reopen()
            .then(async (r): Promise<unknown> => (r.ok && r.changed ? r : assistant.reindex()))
            .then(() => (healthAt = 0), () => undefined);
        }
      }
      return lastHealth;
    },
    async close() {
      live.index.table.close();
    },
  };
  return assistant;
}
