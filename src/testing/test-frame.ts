import type { MessageFrame } from "../understanding/understand-message.ts";

/**
 * A message frame as the understanding stage gives it, for tests that stand a fixed reading in for the
 * classifiers: a confident knowledge question about employing a PA unless told otherwise.
 */
export function testFrame(over: Partial<MessageFrame> = {}): MessageFrame {
  return {
    intent: "knowledge",
    confidence: 0.95,
    runnerUp: { intent: "calculation", confidence: 0.03 },
    sum: null,
    declineTopic: null,
    topic: "employing-pa",
    // The knowledge areas' probabilities, here all on the topic.
    topics: { "employing-pa": 1 },
    jurisdiction: null,
    asks: [],
    ...over,
  };
}
