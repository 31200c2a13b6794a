import { detectSafeguarding, safeguardingReply, type SafeguardingHit } from "../guards/detect-safeguarding.ts";
import type { PipelineDeps } from "../pipeline-context.ts";
import type { Stage } from "../run-pipeline.ts";

// Danger to life comes first and alone: a list of facts about direct payments would bury the 999 / Samaritans
// message. Other disclosures get the signposting first, then (where safe) the answer to what was asked.
const SIGNPOST_ONLY = new Set(["immediate_danger", "self_harm"]);

/** The rules first (they name the kind of harm); then the statistical check for what they do not describe. */
function findDisclosure(question: string, deps: PipelineDeps): SafeguardingHit | null {
  const hit = detectSafeguarding(question);
  if (hit) return hit;
  return deps.harm.score(question) > deps.harm.threshold ? { kind: "concern", evidence: "harm classifier" } : null;
}

/**
 * Stage 2. Someone disclosing abuse, neglect, exploitation or risk to life gets safeguarding signposting
 * before anything else (Care Act 2014 s.42; statutory guidance ch. 14). Checks the latest message only:
 * a disclosure earlier in the conversation has already been signposted.
 */
export const safeguarding: Stage = {
  name: "safeguarding",
  run(ctx) {
    const hit = findDisclosure(ctx.question, ctx.deps);
    if (!hit) return;
    ctx.safeguarding = { kind: hit.kind, reply: safeguardingReply(hit.kind, ctx.deps.council) };
    ctx.status = "safeguarding";
    if (SIGNPOST_ONLY.has(hit.kind)) ctx.finish("safeguarding", "safeguarding_signpost_only", ctx.safeguarding.reply);
  },
};
