import type { Intent, IntentExample, SumName } from "./training-data.ts";
import { intentFeatures } from "./intent-features.ts";
import { trainLinearClassifier, type LinearClassifier, type Prediction } from "./linear-classifier.ts";

/**
 * The three classifiers of the understanding stage, trained together from the labelled examples in
 * training/intents*.jsonl: what the message wants (intent), which sum a calculation asks for, and, for a
 * request to decline, its topic (so the reply can say who decides or where to go).
 */
export interface IntentModel {
  intent(text: string): Prediction<Intent>;
  sum(text: string): Prediction<SumName>;
  declineTopic(text: string): Prediction<string>;
  knowledgeTopic(text: string): Prediction<string>;
}

export function trainIntentModel(examples: readonly IntentExample[]): IntentModel {
  const featured = examples.map((e) => ({ e, features: intentFeatures(e.text) }));
  const intent = trainLinearClassifier(featured.map(({ e, features }) => ({ features, label: e.intent })));
  const sums = featured.filter(({ e }) => e.intent === "calculation" && e.sum);
  const sum = trainLinearClassifier(sums.map(({ e, features }) => ({ features, label: e.sum as SumName })));
  const declines = featured.filter(({ e }) => (e.intent === "decision" || e.intent === "out_of_scope" || e.intent === "deceive") && e.topic);
  const declineTopic: LinearClassifier<string> = trainLinearClassifier(declines.map(({ e, features }) => ({ features, label: `${e.intent}:${e.topic}` })));
  const topical = featured.filter(({ e }) => (e.intent === "knowledge" || e.intent === "calculation") && e.topic);
  const knowledgeTopic: LinearClassifier<string> = trainLinearClassifier(topical.map(({ e, features }) => ({ features, label: e.topic as string })));
  return {
    intent: (text) => intent.predict(intentFeatures(text)),
    sum: (text) => sum.predict(intentFeatures(text)),
    declineTopic: (text) => declineTopic.predict(intentFeatures(text)),
    knowledgeTopic: (text) => knowledgeTopic.predict(intentFeatures(text)),
  };
}
