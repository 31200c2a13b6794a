import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { calculatorInputJsonSchemas, calculatorNames, runCalculator } from "./run-calculator.ts";
import { contextFor } from "./test-council.ts";

const ctx = contextFor("2026/27");

describe("runCalculator", () => {
  it("lists the three calculators", () => {
    expect(calculatorNames).toEqual(["pa-cost", "personal-budget", "contribution"]);
  });

  it("runs a valid body and returns the outcome", () => {
    const run = runCalculator("pa-cost", { pas: [{ hoursPerWeek: 20, hourlyRate: 13 }] }, ctx);
    expect(run.ok).toBe(true);
    if (run.ok) {
      expect(run.outcome.calculator).toBe("pa-cost");
      expect(run.outcome.result).toMatchObject({ totalWeekly: 299.35 });
    }
  });

  it("is a 404 for an unknown calculator", () => {
    const run = runCalculator("mortgage", {}, ctx);
    expect(run).toMatchObject({ ok: false, status: 404 });
  });

  it("is a 400 naming every bad field with a dotted path", () => {
    const run = runCalculator("pa-cost", { pas: [{ hoursPerWeek: -3, hourlyRate: "thirteen" }, { hourlyRate: 12 }], payPeriod: "daily", colour: "blue" }, ctx);
    expect(run.ok).toBe(false);
    if (!run.ok) {
      expect(run.status).toBe(400);
      const fields = run.fields.map((f) => f.field);
      expect(fields).toEqual(expect.arrayContaining(["pas.0.hoursPerWeek", "pas.0.hourlyRate", "pas.1.hoursPerWeek", "payPeriod", "colour"]));
      for (const f of run.fields) expect(f.message).toMatch(/\S/);
    }
  });

  it("names missing required fields of the contribution calculator", () => {
    const run = runCalculator("contribution", { weeklyIncome: { statePension: "lots" } }, ctx);
    expect(run.ok).toBe(false);
    if (!run.ok) expect(run.fields.map((f) => f.field)).toEqual(expect.arrayContaining(["age", "capital", "weeklyIncome.statePension"]));
  });

  it("is a 400 on taxYear for a year with no rates", () => {
    const run = runCalculator("personal-budget", { taxYear: "2031/32", agencyHoursPerWeek: 3 }, ctx);
    expect(run).toMatchObject({ ok: false, status: 400, fields: [{ field: "taxYear" }] });
  });

  it("treats a missing body as an empty object", () => {
    const run = runCalculator("contribution", undefined, ctx);
    expect(run).toMatchObject({ ok: false, status: 400 });
  });

  it("never throws for bad input", () => {
    fc.assert(
      fc.property(fc.constantFrom(...calculatorNames, "nope"), fc.anything(), (name, body) => {
        const run = runCalculator(name, body, ctx);
        expect(typeof run.ok).toBe("boolean");
      }),
      { numRuns: 300 },
    );
  });
});

describe("calculatorInputJsonSchemas", () => {
  it("describes each calculator's input for tool calling", () => {
    for (const name of calculatorNames) {
      const schema = calculatorInputJsonSchemas[name] as { type: string; properties: Record<string, unknown>; required?: string[] };
      expect(schema.type).toBe("object");
      expect(Object.keys(schema.properties)).toContain("taxYear");
    }
    const pa = calculatorInputJsonSchemas["pa-cost"] as { required: string[]; properties: Record<string, { items?: { required?: string[] } }> };
    expect(pa.required).toEqual(["pas"]);
    expect(pa.properties.pas!.items!.required).toEqual(["hoursPerWeek", "hourlyRate"]);
    const contribution = calculatorInputJsonSchemas.contribution as { required: string[] };
    expect([...contribution.required].sort()).toEqual(["age", "capital"]);
  });
});
