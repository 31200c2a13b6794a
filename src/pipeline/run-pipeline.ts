import { randomUUID } from "node:crypto";
import type { Answer, ChatRequest } from "./answer-types.ts";
import { PipelineContext, type PipelineDeps } from "./pipeline-context.ts";

export interface Stage {
  readonly name: string;
  run(ctx: PipelineContext): Promise<void> | void;
}

/**
 * A tiny runner (after GOV.UK Chat's pipeline_runner): stages run in order over one shared context, each is
 * timed, and any stage may finish the answer early. A stage that throws is an outage, not a user error:
 * the answer is an `error` status with a helpful message, never a stack trace.
 */
export async function runPipeline(
  stages: readonly Stage[],
  request: ChatRequest,
  deps: PipelineDeps,
  options: { signal?: AbortSignal; errorReply: string },
): Promise<Answer> {
  const ctx = new PipelineContext(request, deps, options.signal);
  for (const stage of stages) {
    // A request that timed out (the client already has its 504) or whose client went away: stop here
    // rather than do work nobody will read (a model call is the costly part; it also stops on the signal).
    if (options.signal?.aborted) {
      ctx.finished = false;
      ctx.finish("error", "error_cancelled", options.errorReply);
      break;
    }
    const started = performance.now();
    try {
      await stage.run(ctx);
    } catch (err) {
      ctx.trace.push({ stage: stage.name, ms: performance.now() - started, note: `failed: ${(err as Error).message}` });
      ctx.finished = false;
      ctx.finish("error", "error_stage_failed", options.errorReply);
      break;
    }
    ctx.trace.push({ stage: stage.name, ms: performance.now() - started });
    if (ctx.finished) break;
  }
  const final = ctx.final ?? { status: "error" as const, reason: "error_stage_failed", text: options.errorReply, citations: [], suggestions: [] };
  return {
    id: randomUUID(),
    status: final.status,
    reason: final.reason,
    answer: final.text,
    citations: final.citations,
    ...(ctx.calculation ? { calculation: ctx.calculation } : {}),
    ...(final.suggestions.length ? { suggestions: final.suggestions } : {}),
    ...(ctx.curated ? { curated: ctx.curated } : {}),
    composer: ctx.composer,
    trace: ctx.trace,
  };
}
