import type { SumName } from "./sum-names.ts";

/** What every calculator returns: the figures, the steps with their rules and sources, and what is still missing. */
export interface CalculationStep {
  label: string;
  amount: number | null;
  rule: string;
  source: string;
}

export interface MissingInput {
  field: string;
  question: string;
  /** For the widget's form: "number" | "money" | "boolean" | "choice" | "text". */
  type: "number" | "money" | "boolean" | "choice" | "text";
  choices?: string[];
}

export interface CalculationOutcome {
  /** A full calculator, or the one-rule sum that was worked out ("employer_ni", "holiday_entitlement"…). */
  calculator: "pa-cost" | "personal-budget" | "contribution" | SumName;
  taxYear: string;
  input: Record<string, unknown>;
  result: Record<string, unknown> | null;
  steps: CalculationStep[];
  notes: string[];
  missing: MissingInput[];
  /** One or two plain sentences giving the headline figures. */
  summary: string;
}
