import { createHash } from "node:crypto";
import { join } from "node:path";
import type { Intent, IntentExample, SumName } from "./training-data.ts";
import { intentFeatures } from "./intent-features.ts";
import { readSavedModel, writeSavedModel } from "./saved-model.ts";
import { DEFAULT_TRAINING, loadLinearClassifier, trainLinearClassifier, type LinearClassifier, type Prediction, type SavedClassifier } from "./linear-classifier.ts";

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

interface Classifiers {
  intent: LinearClassifier<Intent>;
  sum: LinearClassifier<SumName>;
  declineTopic: LinearClassifier<string>;
  knowledgeTopic: LinearClassifier<string>;
}

function modelOf(c: Classifiers): IntentModel {
  // The four readings of one message share its features: worked out once, for the last text asked about.
  let lastText: string | null = null;
  let lastFeatures: string[] = [];
  const featuresOf = (text: string) => {
    if (text !== lastText) {
      lastText = text;
      lastFeatures = intentFeatures(text);
    }
    return lastFeatures;
  };
  return {
    intent: (text) => c.intent.predict(featuresOf(text)),
    sum: (text) => c.sum.predict(featuresOf(text)),
    declineTopic: (text) => c.declineTopic.predict(featuresOf(text)),
    knowledgeTopic: (text) => c.knowledgeTopic.predict(featuresOf(text)),
  };
}

/** Bump when intentFeatures changes, so saved weights are not read with the wrong features. */
const FEATURES_VERSION = 1;

/**
 * The trained model, kept in the data folder beside the index under the checksum of its examples and
 * settings: a restart reads the weights (tens of milliseconds) instead of training again (about two seconds).
 * A missing or unreadable file is simply trained again.
 */
export function loadOrTrainIntentModel(examples: readonly IntentExample[], dataDir: string): IntentModel {
  const checksum = createHash("sha256").update(JSON.stringify({ FEATURES_VERSION, DEFAULT_TRAINING, examples })).digest("hex").slice(0, 16);
  const file = join(dataDir, `intent-model-${checksum}.json`);
  const saved = readSavedModel(file) as Record<keyof Classifiers, SavedClassifier<string>> | null;
  if (saved) {
    try {
      return modelOf({
        intent: loadLinearClassifier(saved.intent) as LinearClassifier<Intent>,
        sum: loadLinearClassifier(saved.sum) as LinearClassifier<SumName>,
        declineTopic: loadLinearClassifier(saved.declineTopic),
        knowledgeTopic: loadLinearClassifier(saved.knowledgeTopic),
      });
    } catch {
      // A damaged file: trained again below.
    }
  }
  const classifiers = trainClassifiers(examples);
  writeSavedModel(file, Object.fromEntries(Object.entries(classifiers).map(([k, c]) => [k, c.toJSON()])));
  return modelOf(classifiers);
}

export function trainIntentModel(examples: readonly IntentExample[]): IntentModel {
  return modelOf(trainClassifiers(examples));
}

function trainClassifiers(examples: readonly IntentExample[]): Classifiers {
  const featured = examples.map((e) => ({ e, features: intentFeatures(e.text) }));
  const intent = trainLinearClassifier(featured.map(({ e, features }) => ({ features, label: e.intent })));
  const sums = featured.filter(({ e }) => e.intent === "calculation" && e.sum);
  const sum = trainLinearClassifier(sums.map(({ e, features }) => ({ features, label: e.sum as SumName })));
  const declines = featured.filter(({ e }) => (e.intent === "decision" || e.intent === "out_of_scope" || e.intent === "deceive") && e.topic);
  const declineTopic: LinearClassifier<string> = trainLinearClassifier(declines.map(({ e, features }) => ({ features, label: `${e.intent}:${e.topic}` })));
  const topical = featured.filter(({ e }) => (e.intent === "knowledge" || e.intent === "calculation") && e.topic);
  const knowledgeTopic: LinearClassifier<string> = trainLinearClassifier(topical.map(({ e, features }) => ({ features, label: e.topic as string })));
  return { intent, sum, declineTopic, knowledgeTopic };
}
