import { describe, expect, it } from "vitest";
import { PipelineContext, type PipelineDeps } from "../pipeline-context.ts";
import { rewriteFollowUp } from "./rewrite-follow-up.ts";

const deps = {} as PipelineDeps;
function rewrite(turns: string[]): string {
  const messages = turns.map((content, i) => ({ role: (i % 2 === 0 ? "user" : "assistant") as "user" | "assistant", content }));
  const ctx = new PipelineContext({ messages }, deps);
  rewriteFollowUp.run(ctx);
  return ctx.searchQuery;
}

describe("rewriteFollowUp", () => {
  it("carries the earlier question's meaningful words into a follow-up", () => {
    const q = rewrite(["Can I pay my daughter to look after me with my direct payment?", "Yes, often…", "and if she lives with me?"]);
    expect(q).toMatch(/^and if she lives with me\?/);
    expect(q).toContain("daughter");
    expect(q).toContain("pay");
  });

  it("leaves a first question and a long standalone question alone", () => {
    expect(rewrite(["How much holiday does a PA get?"])).toBe("How much holiday does a PA get?");
    const standalone = "Do I need employer's liability insurance before my personal assistant starts work?";
    expect(rewrite(["Can I pay my daughter?", "Yes…", standalone])).toBe(standalone);
  });

  it("reads a pronoun as pointing back only in a short question", () => {
    const earlier = ["I employ one PA for 12 hours a week. How do annual reviews work?", "The council reviews it…"];
    const long = "We're moving to Perth next spring to be nearer my brother. Will all this direct payment business carry on the same up there, or do we begin again?";
    expect(rewrite([...earlier, long])).toBe(long);
    expect(rewrite([...earlier, "does that happen every year?"])).toContain("reviews");
  });
});
