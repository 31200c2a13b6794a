import { harmOrdinaryQuestions } from "../pipeline/guards/harm-classifier.ts";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll } from "vitest";
import { createAssistant, type Assistant } from "../assistant.ts";
import { loadCouncilConfig } from "../config/council-config.ts";
import { loadKnowledge } from "../ingest/load-knowledge.ts";

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

/** The knowledge pages' example questions that train the harm check, as the server chooses them. */
export function harmTrainingQuestions(): string[] {
  const root = fileURLToPath(new URL("../../", import.meta.url));
  const council = loadCouncilConfig(join(root, "config/council.json"));
  return harmOrdinaryQuestions(loadKnowledge(join(root, "knowledge"), council).documents);
}

/** The knowledge pages' example questions, loaded as the server loads them (placeholders filled). */
export function knowledgeQuestions(): string[] {
  const root = fileURLToPath(new URL("../../", import.meta.url));
  const council = loadCouncilConfig(join(root, "config/council.json"));
  return loadKnowledge(join(root, "knowledge"), council).documents.flatMap((d) => d.meta.questions);
}
