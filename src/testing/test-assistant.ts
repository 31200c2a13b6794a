import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll } from "vitest";
import { createAssistant, type Assistant } from "../assistant.ts";
import { loadCouncilConfig } from "../config/council-config.ts";
import { loadKnowledge } from "../ingest/load-knowledge.ts";
import { harmOrdinaryQuestions } from "../pipeline/guards/harm-classifier.ts";

/**
 * An assistant over the real knowledge base, built into a temporary data folder before the file's tests and
 * closed after them. Call at the top of a describe block; read `.current` inside tests.
 */
export function useTestAssistant(prefix: string): { current: Assistant } {
  const ref = {} as { current: Assistant };
  beforeAll(async () => {
    ref.current = await createAssistant({ env: {}, dataDir: mkdtempSync(join(tmpdir(), `dp-${prefix}-`)) });
  });
  afterAll(() => ref.current?.close());
  return ref;
}

let documents: ReturnType<typeof loadKnowledge>["documents"] | undefined;

/** The knowledge pages, loaded once a test file as the server loads them (placeholders filled). */
function knowledgeDocuments(): ReturnType<typeof loadKnowledge>["documents"] {
  if (!documents) {
    const root = fileURLToPath(new URL("../../", import.meta.url));
    documents = loadKnowledge(join(root, "knowledge"), loadCouncilConfig(join(root, "config/council.json"))).documents;
  }
  return documents;
}

/** The knowledge pages' example questions that train the harm check, as the server chooses them. */
export function harmTrainingQuestions(): string[] {
  return harmOrdinaryQuestions(knowledgeDocuments());
}

/** The knowledge pages' example questions. */
export function knowledgeQuestions(): string[] {
  return knowledgeDocuments().flatMap((d) => d.meta.questions);
}
