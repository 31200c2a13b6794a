import { describe, expect, it } from "vitest";
import type { MessageFrame, Understanding } from "../../understanding/understand-message.ts";
import { PipelineContext, type PipelineDeps } from "../pipeline-context.ts";
import { understand } from "./understand.ts";

describe("understand stage", () => {
  it("puts the understanding's frame on the context, read with the person's earlier turns", () => {
    const seen: [string, readonly string[]][] = [];
    const frame = { intent: "knowledge", confidence: 0.9 } as MessageFrame;
    const understanding: Understanding = { understand: (q, earlier) => (seen.push([q, earlier]), frame) };
    const ctx = new PipelineContext(
      { messages: [{ role: "user", content: "can I pay my daughter" }, { role: "assistant", content: "…" }, { role: "user", content: "what if she lives with me" }] },
      { understanding } as unknown as PipelineDeps,
    );
    understand.run(ctx);
    expect(ctx.frame).toBe(frame);
    expect(seen).toEqual([["what if she lives with me", ["can I pay my daughter"]]]);
  });

  it("overrules an unsure 'out of scope' when a section covers the question well, and only then", async () => {
    const unsure = { intent: "out_of_scope", confidence: 0.73, declineTopic: "out_of_scope:unrelated", runnerUp: { intent: "knowledge", confidence: 0.2 }, topics: {} } as unknown as MessageFrame;
    const withCoverage = (coverage: number, frame: MessageFrame) => {
      const searched: string[] = [];
      const deps = {
        understanding: { understand: () => frame },
        search: { search: async (q: string) => (searched.push(q), { results: [{ coverage }] }) },
      } as unknown as PipelineDeps;
      const ctx = new PipelineContext({ messages: [{ role: "user", content: "How much can I pay my PA per mile without it being taxed?" }] }, deps);
      return { ctx, searched, run: () => understand.run(ctx) };
    };
    const covered = withCoverage(0.92, unsure);
    await covered.run();
    expect(covered.ctx.frame?.intent).toBe("knowledge");
    expect(covered.ctx.frame?.declineTopic).toBeNull();
    const uncovered = withCoverage(0.31, unsure);
    await uncovered.run();
    expect(uncovered.ctx.frame?.intent).toBe("out_of_scope");
    // A sure reading is not checked at all.
    const sure = withCoverage(0.92, { ...unsure, confidence: 0.95 } as MessageFrame);
    await sure.run();
    expect(sure.ctx.frame?.intent).toBe("out_of_scope");
    expect(sure.searched).toEqual([]);
  });
});
