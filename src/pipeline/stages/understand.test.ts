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
});
