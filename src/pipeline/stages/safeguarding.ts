import { detectSafeguarding, safeguardingReply } from "../guards/detect-safeguarding.ts";
import type { Stage } from "../run-pipeline.ts";

// Danger to life comes first and alone: a list of facts about direct payments would bury the 999 / Samaritans
// message. Other disclosures get the signposting first, then (where safe) the answer to what was asked.
const SIGNPOST_ONLY = new Set(["immediate_danger", "self_harm"]);

/**
 * Stage 2. Someone disclosing abuse, neglect, exploitation or risk to life gets safeguarding signposting
 * before anything else (Care Act 2014 s.42; statutory guidance ch. 14). Checks the latest message only:
 * a disclosure earlier in the conversation has already been signposted.
 */
export const safeguarding: Stage = {
  name: "safeguarding",
  run(ctx) {
    const hit = detectSafeguarding(ctx.question);
    if (!hit) return;
    ctx.safeguarding = { kind: hit.kind, reply: safeguardingReply(hit.kind, ctx.deps.council) };
    ctx.status = "safeguarding";
    if (SIGNPOST_ONLY.has(hit.kind)) ctx.finish("safeguarding", ctx.safeguarding.reply);
  },
};
