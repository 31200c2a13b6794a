import { availableParallelism } from "node:os";
import { resolve } from "node:path";
import { z } from "zod";

/**
 * The only reader of process.env. Everything tunable about the running service is here, parsed once and
 * frozen; council-specific settings (contacts, rates, policy) live in the council config file instead.
 */
const intFrom = (def: number, min: number, max: number) =>
  z.coerce.number().int().min(min).max(max).default(def);

// true/false, 1/0, yes/no, on/off, any case; unset or empty is false.
const flag = z
  .string()
  .default("false")
  .transform((v) => v.trim().toLowerCase())
  .pipe(z.enum(["true", "false", "1", "0", "yes", "no", "on", "off", ""], { message: "must be true or false" }))
  .transform((v) => v === "true" || v === "1" || v === "yes" || v === "on");

const envSchema = z.object({
  PORT: intFrom(8787, 0, 65535),
  HOST: z.string().default("0.0.0.0"),
  KNOWLEDGE_DIR: z.string().default("knowledge"),
  DATA_DIR: z.string().default(".data"),
  COUNCIL_CONFIG: z.string().default("config/council.json"),
  // Any OpenAI-compatible endpoint: OpenAI, Ollama, vLLM, llama.cpp. Absent = the embedded default.
  OPENAI_BASE_URL: z.string().url().optional(),
  OPENAI_API_KEY: z.string().optional(),
  OPENAI_MODEL: z.string().optional(),
  OPENAI_EMBEDDINGS_MODEL: z.string().optional(),
  AZURE_OPENAI_ENDPOINT: z.string().url().optional(),
  AZURE_OPENAI_API_KEY: z.string().optional(),
  AZURE_OPENAI_DEPLOYMENT: z.string().optional(),
  AZURE_OPENAI_API_VERSION: z.string().default("2024-10-21"),
  AZURE_OPENAI_EMBEDDINGS_DEPLOYMENT: z.string().optional(),
  // A model answer slower than this is abandoned for the embedded answer.
  MODEL_TIMEOUT_MS: intFrom(20_000, 500, 120_000),
  MODEL_MAX_TOOL_ROUNDS: intFrom(3, 1, 8),
  RATE_LIMIT_WINDOW_MS: intFrom(60_000, 1_000, 3_600_000),
  RATE_LIMIT_MAX: intFrom(30, 1, 100_000),
  REQUEST_TIMEOUT_MS: intFrom(30_000, 1_000, 300_000),
  BODY_LIMIT_BYTES: intFrom(32_768, 1_024, 1_048_576),
  // Identical first questions ("can I pay my daughter?") are common: their embedded answers are kept in memory.
  ANSWER_CACHE_SIZE: intFrom(500, 0, 100_000),
  // Processes serving requests; each opens the same index read-only. 0 = one per CPU core (at most 8).
  // Default 1: on 2 cores LanceDB's own threads already use the second core, and a second worker only
  // added contention (bench: same throughput, higher p95).
  WORKERS: intFrom(1, 0, 64),
  // Reverse proxies in front of the server that are ours (hops). Unset/0: X-Forwarded-* headers are ignored.
  TRUST_PROXY: intFrom(0, 0, 10),
  // Secret for signing answer ids (feedback is accepted only on ids the server issued). Unset: generated at start.
  ANSWER_ID_SECRET: z.string().min(16, "must be at least 16 characters").optional(),
  // Strict-Transport-Security max-age in seconds; unset or 0 = not sent (set it only when served over HTTPS).
  HSTS_MAX_AGE: intFrom(0, 0, 63_072_000),
  // Who may frame the pages (CSP frame-ancestors): 'none', 'self' and/or origins, separated by spaces or commas.
  FRAME_ANCESTORS: z
    .string()
    .default("'none'")
    .transform((v) => v.split(/[\s,]+/).filter(Boolean).map((s) => (/^(none|self)$/i.test(s) ? `'${s.toLowerCase()}'` : s)))
    .refine((list) => list.length > 0 && list.every((s) => /^'(none|self)'$/.test(s) || /^https?:\/\/(\*\.)?[a-z0-9.-]+(:\d+)?$/i.test(s)), "must be 'none', 'self' or origins such as https://www.council.gov.uk")
    .refine((list) => !list.includes("'none'") || list.length === 1, "'none' cannot be combined with other sources"),
  // On SIGTERM/SIGINT, answers and streams in flight get this long to finish before connections are closed.
  SHUTDOWN_GRACE_MS: intFrom(10_000, 0, 120_000),
  LOG_LEVEL: z.enum(["silent", "error", "info", "debug"]).default("info"),
  // The staff console's database: unset = embedded PGlite in DATA_DIR; postgres://… = shared PostgreSQL.
  DATABASE_URL: z.string().regex(/^postgres(?:ql)?:\/\//, "must start with postgres://").optional(),
  // Questions and their answers are only kept when the council turns this on.
  RECORD_QUESTIONS: flag,
  RETENTION_DAYS: intFrom(90, 1, 730),
  STAFF_ADMIN_EMAIL: z.string().trim().regex(/^[^\s@]+@[^\s@]+$/, "must be an email address").optional(),
  // Any length is accepted for the first admin (start-up logs a warning under 12); the users page asks for 12.
  STAFF_ADMIN_PASSWORD: z.string().min(1).optional(),
  SESSION_HOURS: intFrom(8, 1, 168),
});

export interface ModelSettings {
  kind: "openai" | "azure";
  baseURL: string;
  apiKey: string;
  model: string;
  embeddingsModel?: string;
  apiVersion?: string;
}

export interface AppConfig {
  port: number;
  host: string;
  knowledgeDir: string;
  dataDir: string;
  councilConfigPath: string;
  /** null = no model configured: the embedded composer answers (decided once, here). */
  model: ModelSettings | null;
  modelTimeoutMs: number;
  modelMaxToolRounds: number;
  rateLimit: { windowMs: number; max: number };
  requestTimeoutMs: number;
  bodyLimitBytes: number;
  answerCacheSize: number;
  workers: number;
  shutdownGraceMs: number;
  /** Strict-Transport-Security max-age in seconds; 0 = off. */
  hstsMaxAge: number;
  /** CSP frame-ancestors sources for the pages. */
  frameAncestors: string[];
  /** HMAC secret for answer ids; null = generate one at start. */
  answerIdSecret: string | null;
  /** Trusted reverse-proxy hops: the client is read from X-Forwarded-For and the origin from X-Forwarded-Proto/Host. */
  trustProxy: number;
  logLevel: "silent" | "error" | "info" | "debug";
  /** The staff console and question recording (src/store, src/admin). */
  store: StoreSettings;
}

export interface StoreSettings {
  /** null = embedded PGlite in dataDir/console-db. */
  databaseUrl: string | null;
  recordQuestions: boolean;
  retentionDays: number;
  /** The first admin, created on start when no staff account exists. */
  bootstrapAdmin: { email: string; password: string } | null;
  sessionHours: number;
  /** Trusted proxy hops (TRUST_PROXY): the console reads X-Forwarded-* only through these. */
  trustProxy: number;
  /** Whether a database is opened at all: recording is on, a database is named, or a first admin is given. */
  enabled: boolean;
}

export class ConfigError extends Error {}

export function loadAppConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    throw new ConfigError(`Invalid environment settings:\n  ${problems.join("\n  ")}`);
  }
  const e = parsed.data;
  let model: ModelSettings | null = null;
  if (e.AZURE_OPENAI_ENDPOINT || e.AZURE_OPENAI_DEPLOYMENT) {
    if (!e.AZURE_OPENAI_ENDPOINT || !e.AZURE_OPENAI_API_KEY || !e.AZURE_OPENAI_DEPLOYMENT)
      throw new ConfigError("Azure OpenAI needs AZURE_OPENAI_ENDPOINT, AZURE_OPENAI_API_KEY and AZURE_OPENAI_DEPLOYMENT");
    model = {
      kind: "azure",
      baseURL: e.AZURE_OPENAI_ENDPOINT,
      apiKey: e.AZURE_OPENAI_API_KEY,
      model: e.AZURE_OPENAI_DEPLOYMENT,
      embeddingsModel: e.AZURE_OPENAI_EMBEDDINGS_DEPLOYMENT,
      apiVersion: e.AZURE_OPENAI_API_VERSION,
    };
  } else if (e.OPENAI_BASE_URL || e.OPENAI_MODEL || e.OPENAI_API_KEY) {
    if (!e.OPENAI_MODEL) throw new ConfigError("OPENAI_MODEL is required when a model endpoint is configured");
    model = {
      kind: "openai",
      baseURL: e.OPENAI_BASE_URL ?? "https://api.openai.com/v1",
      // Local servers (Ollama, llama.cpp) accept any key; the SDK insists on one.
      apiKey: e.OPENAI_API_KEY ?? "not-needed",
      model: e.OPENAI_MODEL,
      embeddingsModel: e.OPENAI_EMBEDDINGS_MODEL,
    };
  }
  if ((e.STAFF_ADMIN_EMAIL === undefined) !== (e.STAFF_ADMIN_PASSWORD === undefined))
    throw new ConfigError("STAFF_ADMIN_EMAIL and STAFF_ADMIN_PASSWORD must be set together");
  const store: StoreSettings = {
    databaseUrl: e.DATABASE_URL ?? null,
    recordQuestions: e.RECORD_QUESTIONS,
    retentionDays: e.RETENTION_DAYS,
    bootstrapAdmin: e.STAFF_ADMIN_EMAIL && e.STAFF_ADMIN_PASSWORD ? { email: e.STAFF_ADMIN_EMAIL, password: e.STAFF_ADMIN_PASSWORD } : null,
    sessionHours: e.SESSION_HOURS,
    trustProxy: e.TRUST_PROXY,
    enabled: e.RECORD_QUESTIONS || Boolean(e.DATABASE_URL) || Boolean(e.STAFF_ADMIN_EMAIL),
  };
  const workers = e.WORKERS === 0 ? Math.min(8, availableParallelism()) : e.WORKERS;
  // PGlite is one process's database: several workers must share PostgreSQL.
  if (store.enabled && !store.databaseUrl && workers > 1)
    throw new ConfigError("WORKERS above 1 needs DATABASE_URL when the staff console or RECORD_QUESTIONS is on (the embedded database serves one process)");
  return Object.freeze({
    port: e.PORT,
    host: e.HOST,
    knowledgeDir: resolve(e.KNOWLEDGE_DIR),
    dataDir: resolve(e.DATA_DIR),
    councilConfigPath: resolve(e.COUNCIL_CONFIG),
    model,
    modelTimeoutMs: e.MODEL_TIMEOUT_MS,
    modelMaxToolRounds: e.MODEL_MAX_TOOL_ROUNDS,
    rateLimit: { windowMs: e.RATE_LIMIT_WINDOW_MS, max: e.RATE_LIMIT_MAX },
    requestTimeoutMs: e.REQUEST_TIMEOUT_MS,
    bodyLimitBytes: e.BODY_LIMIT_BYTES,
    answerCacheSize: e.ANSWER_CACHE_SIZE,
    workers,
    shutdownGraceMs: e.SHUTDOWN_GRACE_MS,
    hstsMaxAge: e.HSTS_MAX_AGE,
    frameAncestors: e.FRAME_ANCESTORS,
    answerIdSecret: e.ANSWER_ID_SECRET ?? null,
    trustProxy: e.TRUST_PROXY,
    logLevel: e.LOG_LEVEL,
    store: Object.freeze(store),
  });
}
