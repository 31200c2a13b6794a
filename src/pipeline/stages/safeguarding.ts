import { detectSafeguarding, safeguardingReply, type SafeguardingHit } from "../guards/detect-safeguarding.ts";
import { createHarmClassifier, HARM_THRESHOLD, type HarmClassifier } from "../guards/harm-classifier.ts";
import type { PipelineDeps } from "../pipeline-context.ts";
import type { Stage } from "../run-pipeline.ts";

// Danger to life comes first and alone: a list of facts about direct payments would bury the 999 / Samaritans
// message. Other disclosures get the signposting first, then (where safe) the answer to what was asked.
const SIGNPOST_ONLY = new Set(["immediate_danger", "self_harm"]);

// One classifier per knowledge index: the pages' example questions are ordinary questions it learns from.
const CLASSIFIERS = new WeakMap<PipelineDeps["documents"], HarmClassifier>();
function classifierFor(deps: PipelineDeps): HarmClassifier {
  let classifier = CLASSIFIERS.get(deps.documents);
  if (!classifier) CLASSIFIERS.set(deps.documents, (classifier = createHarmClassifier([...deps.documents.values()].flatMap((d) => d.questions))));
  return classifier;
}

/** The rules first (they name the kind of harm); then the statistical check for what they do not describe. */
export function findDisclosure(question: string, deps: PipelineDeps): SafeguardingHit | null {
  const hit = detectSafeguarding(question);
  if (hit) return hit;
  return classifierFor(deps).score(question) > HARM_THRESHOLD ? { kind: "concern", evidence: "harm classifier" } : null;
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
    if (SIGNPOST_ONLY.has(hit.kind)) ctx.finish("safeguarding", ctx.safeguarding.reply);
  },
};
