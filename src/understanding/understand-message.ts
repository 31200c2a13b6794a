import type { IntentModel } from "./intent-model.ts";
import type { PlaceJurisdiction, PlaceReader } from "../text/read-place.ts";
import { splitAsks } from "./split-asks.ts";
import type { Intent, SumName } from "./training-data.ts";
import { TUNING } from "../config/tuning.ts";

/**
 * The structured reading of a message that later stages use instead of the raw text: what it wants, which
 * sum, which topic a decline is about, where the person is, and the separate things it asks.
 */
export interface MessageFrame {
  intent: Intent;
  /** The classifier's probability for that intent, 0..1. */
  confidence: number;
  /** Runner-up intent and its probability, for the routing rules' backstops. */
  runnerUp: { intent: Intent; confidence: number };
  /** The classifier's probability for every intent (absent in hand-made frames). */
  intents?: Partial<Record<Intent, number>>;
  sum: SumName | null;
  /** The sum classifier's probability for each sum, for routing's backstops (absent in hand-made frames). */
  sums?: Partial<Record<SumName, number>>;
  /** "decision:budget", "out_of_scope:medical", "deceive:charging"… for a request to decline. */
  declineTopic: string | null;
  /** The knowledge area the question is most likely about. */
  topic: string | null;
  /** The probability of each knowledge area, for retrieval to lean towards. */
  topics: Record<string, number>;
  /** Named in this message or an earlier one; null when no place outside England is named. */
  jurisdiction: PlaceJurisdiction | null;
  asks: string[];
}

export interface Understanding {
  understand(question: string, earlierUserTurns: readonly string[]): MessageFrame;
}

/** A message this short, after an earlier one, is read together with it. */
const FOLLOW_UP_WORDS = TUNING.understanding.followUpWords; // config/tuning.json
const FOLLOWS_ON = /^\s*(?:(?:and|but|so|ok|okay|right)[,\s]+)?(?:what|how) (?:if|about)\b|^\s*(?:and|but) (?:if|what|how|does|do|is|can)\b/i;

export function createUnderstanding(model: IntentModel, readPlace: PlaceReader): Understanding {
  return {
    understand(question, earlier) {
      // A short follow-up ("what about my sky tv?") is read with the question it follows: on its own it can
      // look like something else entirely.
      const previous = earlier.at(-1);
      // So is one that opens as a follow-up does, whatever its length ("what if she only does 2 days a week
      // with me?", "and what about the bank holidays she works?").
      const followsOn = question.split(/\s+/).length <= FOLLOW_UP_WORDS || FOLLOWS_ON.test(question);
      const reading = previous && followsOn ? `${previous} ${question}` : question;
      const intent = model.intent(reading);
      const ranked = (Object.entries(intent.probabilities) as [Intent, number][]).sort((a, b) => b[1] - a[1]);
      const runnerUp = ranked[1] ?? ranked[0];
      const declines = intent.label === "decision" || intent.label === "out_of_scope" || intent.label === "deceive" || runnerUp[0] === "decision" || runnerUp[0] === "out_of_scope" || runnerUp[0] === "deceive";
      const jurisdiction = readPlace(question) ?? [...earlier].reverse().map(readPlace).find((j) => j !== null) ?? null;
      const sum = model.sum(reading);
      const topic = model.knowledgeTopic(reading);
      return {
        intent: intent.label,
        confidence: intent.confidence,
        runnerUp: { intent: runnerUp[0], confidence: runnerUp[1] },
        intents: intent.probabilities,
        sum: sum.label,
        sums: sum.probabilities,
        declineTopic: declines ? model.declineTopic(reading).label : null,
        topic: topic.label,
        topics: topic.probabilities,
        jurisdiction,
        asks: splitAsks(question),
      };
    },
  };
}
