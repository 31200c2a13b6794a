/**
 * Multinomial logistic regression (softmax) over sparse binary features, trained by stochastic gradient
 * descent with L2 regularisation (Bishop 2006, §4.3.4). Small and deterministic: the same examples in the same
 * order give the same weights, so a test or a cross-validation run repeats exactly.
 *
 * Why not a library: the maintained JavaScript ones are dense (ml-logistic-regression works over ml-matrix,
 * one-vs-rest), which for ~20,000 word and word-pair features over a few thousand examples means hundreds of
 * millions of cells; naive Bayes libraries are weaker on short, overlapping questions. This is ~80 lines.
 */
export interface LabelledFeatures<L extends string> {
  features: readonly string[];
  label: L;
}

export interface Prediction<L extends string> {
  label: L;
  /** Probability of the chosen label, 0..1. */
  confidence: number;
  probabilities: Record<L, number>;
}

export interface LinearClassifier<L extends string> {
  readonly labels: readonly L[];
  predict(features: readonly string[]): Prediction<L>;
  /** The learned weights, to keep beside the index so a restart need not train again. */
  toJSON(): SavedClassifier<L>;
}

export interface SavedClassifier<L extends string> {
  labels: L[];
  bias: number[];
  weights: [string, number[]][];
}

export interface TrainingSettings {
  epochs: number;
  learningRate: number;
  l2: number;
  /** Seed for the example order of each epoch (a linear congruential generator). */
  seed: number;
}

export const DEFAULT_TRAINING: TrainingSettings = { epochs: 30, learningRate: 0.1, l2: 1e-5, seed: 7 };

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed >>> 0;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

export function trainLinearClassifier<L extends string>(
  examples: readonly LabelledFeatures<L>[],
  settings: Partial<TrainingSettings> = {},
): LinearClassifier<L> {
  const { epochs, learningRate, l2, seed } = { ...DEFAULT_TRAINING, ...settings };
  const labels = [...new Set(examples.map((e) => e.label))].sort() as L[];
  const k = labels.length;
  const labelIndex = new Map(labels.map((l, i) => [l, i]));
  // One weight vector per feature (k weights), plus a bias per label.
  const weights = new Map<string, Float64Array>();
  const bias = new Float64Array(k);
  const row = (f: string) => {
    let w = weights.get(f);
    if (!w) weights.set(f, (w = new Float64Array(k)));
    return w;
  };
  // Each example's weight rows, looked up once rather than on every step.
  const rowsOf = examples.map((e) => ({ rows: [...new Set(e.features)].map(row), y: labelIndex.get(e.label)! }));
  const z = new Float64Array(k);
  for (let epoch = 0; epoch < epochs; epoch++) {
    const rate = learningRate / (1 + epoch);
    for (const { rows, y } of shuffled(rowsOf, seed + epoch)) {
      z.set(bias);
      for (const w of rows) for (let c = 0; c < k; c++) z[c] += w[c];
      let max = -Infinity;
      for (let c = 0; c < k; c++) if (z[c] > max) max = z[c];
      let sum = 0;
      for (let c = 0; c < k; c++) sum += z[c] = Math.exp(z[c] - max);
      for (let c = 0; c < k; c++) {
        const g = z[c] / sum - (c === y ? 1 : 0);
        bias[c] -= rate * g;
        const step = rate * g;
        for (const w of rows) w[c] -= step + rate * l2 * w[c];
      }
    }
  }
  return classifierFrom(labels, bias, weights);
}

/** A classifier from weights saved by toJSON(). */
export function loadLinearClassifier<L extends string>(saved: SavedClassifier<L>): LinearClassifier<L> {
  return classifierFrom(saved.labels, Float64Array.from(saved.bias), new Map(saved.weights.map(([f, w]) => [f, Float64Array.from(w)])));
}

function classifierFrom<L extends string>(labels: L[], bias: Float64Array, weights: Map<string, Float64Array>): LinearClassifier<L> {
  const k = labels.length;
  const scores = (features: readonly string[]) => {
    const z = new Float64Array(bias);
    for (let i = 0; i < features.length; i++) {
      const w = weights.get(features[i]);
      if (w) for (let c = 0; c < k; c++) z[c] += w[c];
    }
    // A plain loop: spreading a typed array into Math.max goes through its iterator (slow on every answer).
    let max = -Infinity;
    for (let c = 0; c < k; c++) if (z[c] > max) max = z[c];
    let sum = 0;
    for (let c = 0; c < k; c++) sum += z[c] = Math.exp(z[c] - max);
    for (let c = 0; c < k; c++) z[c] /= sum;
    return z;
  };
  return {
    labels,
    predict(features) {
      const p = scores(features);
      let best = 0;
      for (let c = 1; c < k; c++) if (p[c] > p[best]) best = c;
      const probabilities = {} as Record<L, number>;
      for (let c = 0; c < k; c++) probabilities[labels[c]] = p[c];
      return { label: labels[best], confidence: p[best], probabilities };
    },
    toJSON: () => ({ labels: [...labels], bias: [...bias], weights: [...weights].map(([f, w]) => [f, [...w].map((x) => Math.round(x * 1e6) / 1e6)]) }),
  };
}
