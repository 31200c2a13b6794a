import { describe, expect, it } from "vitest";
import { loadCouncilConfig } from "../config/council-config.ts";
import type { PipelineDeps } from "./pipeline-context.ts";
import { runPipeline, type Stage } from "./run-pipeline.ts";

const deps = { council: loadCouncilConfig("config/council.json"), now: () => new Date("2026-11-23") } as unknown as PipelineDeps;
const request = { messages: [{ role: "user" as const, content: "hello" }] };

describe("runPipeline", () => {
  it("runs stages in order over one context and stops at the stage that finishes", async () => {
    const seen: string[] = [];
    const stage = (name: string, finish = false): Stage => ({
      name,
      run(ctx) {
        seen.push(name);
        if (finish) ctx.finish("out_of_scope", "out_of_scope_unrelated", `stopped by ${name}`);
      },
    });
    const answer = await runPipeline([stage("a"), stage("b", true), stage("c")], request, deps, { errorReply: "sorry" });
    expect(seen).toEqual(["a", "b"]);
    expect(answer).toMatchObject({ status: "out_of_scope", answer: "stopped by b" });
    expect(answer.trace?.map((t) => t.stage)).toEqual(["a", "b"]);
    expect(answer.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("turns a stage that throws into an error status with the helpful reply, never the exception", async () => {
    const boom: Stage = { name: "boom", run: () => Promise.reject(new Error("database on fire")) };
    const answer = await runPipeline([boom], request, deps, { errorReply: "Please try again later." });
    expect(answer.status).toBe("error");
    expect(answer.answer).toBe("Please try again later.");
    expect(answer.answer).not.toContain("database");
    expect(answer.trace?.[0].note).toMatch(/database on fire/);
  });

  it("stops before the next stage once the request is cancelled (timed out, or the client went away)", async () => {
    const controller = new AbortController();
    const seen: string[] = [];
    const first: Stage = { name: "first", run: () => void (seen.push("first"), controller.abort(new Error("request timed out"))) };
    const second: Stage = { name: "second", run: () => void seen.push("second") };
    const answer = await runPipeline([first, second], request, deps, { errorReply: "sorry", signal: controller.signal });
    expect(seen).toEqual(["first"]);
    expect(answer).toMatchObject({ status: "error", reason: "error_cancelled" });
  });

  it("fails closed when no stage produced an answer", async () => {
    const answer = await runPipeline([{ name: "noop", run: () => undefined }], request, deps, { errorReply: "sorry" });
    expect(answer.status).toBe("error");
  });
});
