import { z } from "zod";
import type { CalculationOutcome } from "./calculation-types.ts";
import { contribution, contributionInputSchema } from "./contribution.ts";
import type { CalculatorContext } from "./money.ts";
import { paCost, paCostInputSchema } from "./pa-cost.ts";
import { personalBudget, personalBudgetInputSchema } from "./personal-budget.ts";
import { UnknownTaxYearError } from "./rates/rates-for.ts";

export type CalculatorName = "pa-cost" | "personal-budget" | "contribution";

export const calculatorNames: ["pa-cost", "personal-budget", "contribution"] = ["pa-cost", "personal-budget", "contribution"];

const calculators = {
  "pa-cost": { schema: paCostInputSchema, run: paCost as (input: unknown, ctx: CalculatorContext) => CalculationOutcome },
  "personal-budget": { schema: personalBudgetInputSchema, run: personalBudget as (input: unknown, ctx: CalculatorContext) => CalculationOutcome },
  contribution: { schema: contributionInputSchema, run: contribution as (input: unknown, ctx: CalculatorContext) => CalculationOutcome },
} satisfies Record<CalculatorName, { schema: z.ZodType; run: (input: unknown, ctx: CalculatorContext) => CalculationOutcome }>;

/** One-line descriptions for offering the calculators to a model as tools. */
export const calculatorDescriptions: Record<CalculatorName, string> = {
  "pa-cost": "Cost of employing one or more personal assistants: pay, holiday, employer NI after the Employment Allowance, pension, insurance and payroll; weekly, 4-weekly and annual.",
  "personal-budget": "A support plan's items (PA hours, agency hours, day opportunities, other weekly costs, one-off purchases, contingency) priced into a weekly, 4-weekly and annual budget at the council's notional rates.",
  contribution: "Estimated weekly contribution towards care at home in England and the net direct payment: capital and tariff income, counted and disregarded income, Minimum Income Guarantee, housing costs, disability-related expenditure.",
};

/**
 * JSON Schemas of each calculator's input ("input" view, so fields with defaults are optional), for tool calling.
 * Built once at load.
 */
export const calculatorInputJsonSchemas: Record<CalculatorName, Record<string, unknown>> = {
  "pa-cost": z.toJSONSchema(paCostInputSchema, { io: "input" }) as Record<string, unknown>,
  "personal-budget": z.toJSONSchema(personalBudgetInputSchema, { io: "input" }) as Record<string, unknown>,
  contribution: z.toJSONSchema(contributionInputSchema, { io: "input" }) as Record<string, unknown>,
};

export interface FieldError {
  field: string;
  message: string;
}

export type RunCalculatorResult =
  | { ok: true; outcome: CalculationOutcome }
  | { ok: false; status: 400 | 404; fields: FieldError[] };

function isCalculatorName(name: string): name is CalculatorName {
  return (calculatorNames as string[]).includes(name);
}

/** Zod issues as dotted field paths ("pas.0.hoursPerWeek"); unknown keys are named one by one. */
export function fieldErrors(error: z.ZodError): FieldError[] {
  const fields: FieldError[] = [];
  for (const issue of error.issues) {
    const base = issue.path.map(String).join(".");
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) fields.push({ field: base ? `${base}.${key}` : key, message: "Unknown field." });
      continue;
    }
    fields.push({ field: base || "(body)", message: issue.message });
  }
  return fields;
}

/**
 * Validates the body against the named calculator's schema and runs it. Bad input never throws: an unknown name is
 * a 404, invalid fields (and a tax year with no rates) are a 400 naming each field.
 */
export function runCalculator(name: string, body: unknown, ctx: CalculatorContext): RunCalculatorResult {
  if (!isCalculatorName(name)) {
    return { ok: false, status: 404, fields: [{ field: "name", message: `Unknown calculator "${name}". Known: ${calculatorNames.join(", ")}.` }] };
  }
  const calculator = calculators[name];
  const parsed = calculator.schema.safeParse(body ?? {});
  if (!parsed.success) return { ok: false, status: 400, fields: fieldErrors(parsed.error) };
  try {
    return { ok: true, outcome: calculator.run(parsed.data, ctx) };
  } catch (err) {
    if (err instanceof UnknownTaxYearError) return { ok: false, status: 400, fields: [{ field: "taxYear", message: err.message }] };
    throw err;
  }
}
