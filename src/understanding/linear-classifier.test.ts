import { describe, expect, it } from "vitest";
import { loadLinearClassifier, trainLinearClassifier } from "./linear-classifier.ts";

const examples = [
  ...["hi", "hello there", "hiya"].map((t) => ({ features: t.split(" "), label: "greeting" as const })),
  ...["how much holiday", "holiday pay rules", "sick pay rules"].map((t) => ({ features: t.split(" "), label: "knowledge" as const })),
];

describe("trainLinearClassifier", () => {
  const model = trainLinearClassifier(examples);

  it("learns labels from their features, with probabilities that sum to one", () => {
    expect(model.predict(["hello"]).label).toBe("greeting");
    const p = model.predict(["holiday", "rules"]);
    expect(p.label).toBe("knowledge");
    expect(p.confidence).toBeGreaterThan(0.5);
    expect(Object.values(p.probabilities).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
  });

  it("trains the same weights from the same examples (seeded order)", () => {
    expect(trainLinearClassifier(examples).toJSON()).toEqual(model.toJSON());
  });

  it("predicts the same after its weights are saved and loaded", () => {
    const loaded = loadLinearClassifier(JSON.parse(JSON.stringify(model.toJSON())));
    for (const f of [["hello"], ["sick", "pay"], ["unknown"]]) expect(loaded.predict(f).label).toBe(model.predict(f).label);
  });
});
