import type { Intent } from "../understanding/training-data.ts";

/**
 * How far the learned intent is trusted over the hand-written rules. The confidences were chosen by
 * cross-validation on the training examples (training/README.md), never on an evaluation set.
 */
export const ROUTING = Object.freeze({
  /** Intents that end in a decline (a canned, signposting reply) rather than an answer. */
  declineIntents: ["decision", "out_of_scope", "deceive", "personal_data", "injection"] as readonly Intent[],
  /** The classifier's probability at or above which its decline stands on its own. */
  declineConfidence: 0.7,
  /** At or above this, a knowledge or calculation reading overrides the decline rules. */
  overrideRulesConfidence: 0.85,
});
