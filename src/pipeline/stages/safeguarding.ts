import { TUNING } from "../../config/tuning.ts";
import { detectSafeguarding, safeguardingReply, type SafeguardingHit } from "../guards/detect-safeguarding.ts";
import type { PipelineDeps } from "../pipeline-context.ts";
import { cannedReply, classifyRequest } from "../guards/classify-request.ts";
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
 * before anything else (Care Act 2014 s.42; statutory guidance ch. 14). The latest message first; then the
 * person's last messages before it (harm.followUpTurns in config/tuning.json): a follow-up to a disclosure ("what do I do about her wages then?")
 * gets the signposting again before its answer, since whether it was given before cannot be known from a
 * conversation the client sends (and must not be read from the assistant's own wording). Safety first: a
 * repeat of the numbers costs little, a missed disclosure a great deal.
 */
export const safeguarding: Stage = {
  name: "safeguarding",
  run(ctx) {
    const hit = findDisclosure(ctx.question, ctx.deps);
    let earlier: SafeguardingHit | null = null;
    // slice(-0) would be every turn: none are looked at when the setting is 0.
    const recent = hit || TUNING.harm.followUpTurns === 0 ? [] : ctx.earlierUserTurns.slice(-TUNING.harm.followUpTurns);
    for (const turn of recent) if ((earlier = findDisclosure(turn, ctx.deps))) break;
    const found = hit ?? earlier;
    if (!found) return;
    // A request for medical advice that only the statistical check flagged (no rule named any harm: "how many
    // paracetamol can I give dad tonight, he's on warfarin") is answered with the medical signposting (GP,
    // pharmacist, NHS 111, 999) and then the safeguarding line, not the other way round. On the never-trained
    // checks no disclosure is both unflagged by the rules and a request for medical advice (2 December 2026).
    if (hit && hit.kind === "concern" && classifyRequest(ctx.question)?.topic === "medical") {
      ctx.finish("out_of_scope", "out_of_scope_medical", `${cannedReply("out_of_scope", "medical", ctx.deps.council)}\n\n${ctx.deps.replies.safeguarding.medical_concern}`);
      return;
    }
    const signposting = { kind: found.kind, reply: safeguardingReply(found.kind, ctx.deps.council, ctx.audience) };
    // Only the statistical check flagged this message: a request the assistant must decline anyway, told with
    // feeling ("she's taking me to a tribunal, will I win? I'm in bits"), gets its decline and then the
    // safeguarding line; anything else gets the signposting first, as below. Routing decides which
    // (stages/route-question.ts). The never-trained disclosure checks keep every disclosure signposted.
    if (hit && hit.kind === "concern") {
      ctx.possibleDisclosure = signposting;
      return;
    }
    ctx.safeguarding = signposting;
    ctx.status = "safeguarding";
    // Danger to life said now is answered with the signposting alone; said before, the question asked now is answered after it.
    if (hit && SIGNPOST_ONLY.has(hit.kind)) ctx.finish("safeguarding", "safeguarding_signpost_only", ctx.safeguarding.reply);
  },
};
