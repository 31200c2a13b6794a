import { readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { TRAINING_DIR, type Intent } from "../understanding/training-data.ts";
import { TUNING } from "../config/tuning.ts";

/**
 * How far the learned intent is trusted over the hand-written rules. The per-intent confidences come from
 * cross-validation on the training examples (`npx tsx src/cli/cross-validate.ts --write` writes
 * training/routing-thresholds.json), never from an evaluation set.
 */
const thresholdsSchema = z
  .object({ thresholds: z.record(z.string(), z.number().min(0).max(1)) })
  .passthrough();

const chosen = thresholdsSchema.parse(JSON.parse(readFileSync(join(TRAINING_DIR, "routing-thresholds.json"), "utf8"))).thresholds;

export const ROUTING = Object.freeze({
  /** Intents that end in a decline (a canned, signposting reply) rather than an answer. */
  declineIntents: ["decision", "out_of_scope", "deceive", "personal_data", "injection"] as readonly Intent[],
  /** The classifier's probability at or above which its decline stands on its own, per intent. */
  declineConfidence: (intent: Intent): number => (intent === "deceive" ? Math.max(chosen[intent] ?? 0.9, TUNING.routing.deceiveConfidenceFloor) : (chosen[intent] ?? 0.9)),
  /** Below this a "calculation" reading is acted on only if the message gives money or hours (set by hand; config/tuning.json). */
  calculationConfidence: TUNING.routing.calculationConfidence,
  /** At or above this, a knowledge or calculation reading overrides the decline rules (set by hand, not tuned; config/tuning.json). */
  overrideRulesConfidence: TUNING.routing.overrideRulesConfidence,
});
