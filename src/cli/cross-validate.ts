import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { intentFeatures } from "../understanding/intent-features.ts";
import { trainLinearClassifier } from "../understanding/linear-classifier.ts";
import { readIntentExamples, TRAINING_DIR } from "../understanding/training-data.ts";
import { TUNING } from "../config/tuning.ts";

/*
 * 5-fold cross-validation of the intent classifier over the training examples alone (never an evaluation
 * set), printing accuracy and the confusion matrix, and choosing for each declining intent the confidence at
 * which the learned intent is trusted on its own. The choice weighs a genuine question turned away twice as
 * heavily as a request to decline that is missed, and twenty times for `deceive` (config/tuning.json,
 * routing.falseDeclineCost): the rules are a backstop for missed declines, and turning someone's real
 * question away, above all treating them as a suspect, is the worse failure. With --write the thresholds are
 * saved to training/routing-thresholds.json, which routing reads.
 *
 *   npx tsx src/cli/cross-validate.ts [--write]
 */
const FOLDS = 5;
const DECLINING = ["decision", "out_of_scope", "deceive", "personal_data", "injection"] as const;
const CANDIDATES = [0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95];
// What a genuine question turned away costs against a missed decline (config/tuning.json).
const COST = TUNING.routing.falseDeclineCost;

const examples = readIntentExamples();
const predictions: { gold: string; label: string; confidence: number }[] = [];
for (let fold = 0; fold < FOLDS; fold++) {
  const model = trainLinearClassifier(
    examples.filter((_, i) => i % FOLDS !== fold).map((e) => ({ features: intentFeatures(e.text), label: e.intent })),
  );
  for (const e of examples.filter((_, i) => i % FOLDS === fold)) {
    const p = model.predict(intentFeatures(e.text));
    predictions.push({ gold: e.intent, label: p.label, confidence: p.confidence });
  }
}
const labels = [...new Set(examples.map((e) => e.intent))].sort();
const accuracy = predictions.filter((p) => p.label === p.gold).length / predictions.length;
console.log(`${examples.length} examples, ${FOLDS}-fold accuracy ${(accuracy * 100).toFixed(1)}%\n`);
console.log(`| gold \\ predicted | ${labels.join(" | ")} |`);
console.log(`|---|${labels.map(() => "---").join("|")}|`);
for (const g of labels) console.log(`| ${g} | ${labels.map((l) => predictions.filter((p) => p.gold === g && p.label === l).length).join(" | ")} |`);

const answerable = predictions.filter((p) => p.gold === "knowledge" || p.gold === "calculation");
const thresholds: Record<string, number> = {};
console.log("");
for (const intent of DECLINING) {
  const own = predictions.filter((p) => p.gold === intent);
  let best = { t: 0.95, cost: Infinity, falseDeclines: 0, caught: 0 };
  for (const t of CANDIDATES) {
    const falseDeclines = answerable.filter((p) => p.label === intent && p.confidence >= t).length;
    const caught = own.filter((p) => p.label === intent && p.confidence >= t).length;
    const cost = (intent === "deceive" ? COST.deceive : COST.default) * falseDeclines + (own.length - caught);
    if (cost < best.cost) best = { t, cost, falseDeclines, caught };
  }
  thresholds[intent] = best.t;
  console.log(`${intent}: trusted at ${best.t} — ${best.caught}/${own.length} caught, ${best.falseDeclines}/${answerable.length} answerable questions turned away`);
}
if (process.argv.includes("--write")) {
  writeFileSync(join(TRAINING_DIR, "routing-thresholds.json"), `${JSON.stringify({ $comment: "Written by src/cli/cross-validate.ts --write from 5-fold cross-validation over training/intents*.jsonl.", examples: examples.length, accuracy: Number(accuracy.toFixed(3)), thresholds }, null, 2)}\n`);
  console.log("\nwrote training/routing-thresholds.json");
}
