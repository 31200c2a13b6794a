import type { ChatRequest } from "../src/pipeline/answer-types.ts";
import type { BaselineTarget, EvalTarget } from "./run-evaluation.ts";

/** The assistant, in this process (the default): the same pipeline the server runs. */
export async function inProcessTarget(options: { dataDir?: string; curatedDir?: string }): Promise<{
  target: EvalTarget;
  baseline: BaselineTarget;
  describe: string;
  close: () => Promise<void>;
}> {
  const { createAssistant } = await import("../src/assistant.ts");
  const assistant = await createAssistant({ ...(options.dataDir ? { dataDir: options.dataDir } : {}) });
  // Curated answers exported from a console (or the repository's samples) are served as the server would.
  if (options.curatedDir) {
    const { loadCuratedFolder } = await import("../src/curated/load-curated-folder.ts");
    assistant.setCuratedAnswers(loadCuratedFolder(options.curatedDir));
  }
  const info = assistant.info();
  return {
    target: {
      answer: (request) => assistant.answer(request),
      // No audience filter: the expected documents are about the subject, whoever they are written for.
      search: (q, k) => assistant.search(q, { k }),
    },
    baseline: { search: (q, k) => assistant.baselineSearch(q, k) },
    describe: `in-process, model ${info.model === "none" ? "none (embedded default)" : info.model}, ${info.documents} documents, ${info.chunks} sections`,
    close: () => assistant.close(),
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * A running server, through its public HTTP contract. A 429 (the server's rate limit) is waited out and
 * retried, so a set runs against a default server too — start it with a higher RATE_LIMIT_MAX to go faster.
 */
export function httpTarget(baseUrl: string, options: { retries?: number; timeoutMs?: number } = {}): EvalTarget {
  const root = baseUrl.replace(/\/+$/, "");
  const retries = options.retries ?? 8;
  const timeoutMs = options.timeoutMs ?? 60_000;
  async function call(path: string, init: RequestInit = {}): Promise<unknown> {
    for (let attempt = 0; ; attempt++) {
      const res = await fetch(root + path, { ...init, signal: AbortSignal.timeout(timeoutMs) });
      if (res.status === 429 && attempt < retries) {
        const wait = Number(res.headers.get("retry-after"));
        await sleep(Number.isFinite(wait) && wait > 0 ? Math.min(wait, 120) * 1000 : 1000 * 2 ** attempt);
        continue;
      }
      const body = await res.json().catch(() => null);
      if (!res.ok) {
        const message = (body as { error?: { message?: string } } | null)?.error?.message ?? res.statusText;
        throw new Error(`HTTP ${res.status} from ${path}: ${message}`);
      }
      return body;
    }
  }
  return {
    async answer(request: ChatRequest) {
      const body = (await call("/api/chat", {
        method: "POST",
        headers: { "content-type": "application/json", accept: "application/json" },
        body: JSON.stringify(request),
      })) as { status: string; answer: string; citations?: { id: string }[] };
      return { status: body.status, answer: body.answer, citations: body.citations };
    },
    async search(q, k) {
      const body = (await call(`/api/search?q=${encodeURIComponent(q)}&k=${k}`)) as { results: { id: string }[] };
      return body.results;
    },
  };
}
