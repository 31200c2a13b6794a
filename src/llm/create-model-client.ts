import OpenAI, { AzureOpenAI } from "openai";
import type { ModelSettings } from "../config.ts";

/** One client for any OpenAI-compatible endpoint (OpenAI, Ollama, vLLM, llama.cpp) or Azure OpenAI. */
export function createModelClient(settings: ModelSettings, timeoutMs: number): OpenAI {
  // Retries would multiply the wait for a person watching the widget; the embedded answer is the fallback.
  if (settings.kind === "azure")
    return new AzureOpenAI({
      endpoint: settings.baseURL,
      apiKey: settings.apiKey,
      deployment: settings.model,
      apiVersion: settings.apiVersion,
      maxRetries: 0,
      timeout: timeoutMs,
    });
  return new OpenAI({ baseURL: settings.baseURL, apiKey: settings.apiKey, maxRetries: 0, timeout: timeoutMs });
}
