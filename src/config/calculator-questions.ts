import { z } from "zod";
import { readJsonFile } from "./read-json-file.ts";
import { inRepository } from "../repository-root.ts";

/**
 * What the calculators ask for when an input is missing (config/calculator-questions.json): content, so a
 * council or a translation can reword the questions without editing the calculators. A missing question stops
 * start-up naming the field.
 */
export const DEFAULT_CALCULATOR_QUESTIONS_PATH = inRepository("config", "calculator-questions.json");

const text = z.string().min(5);
const questionsSchema = z
  .object({
    $comment: z.string().optional(),
    contribution: z.object({ capital: text, age: text, household: text, income: text, housing: text, costOfCare: text, costOfCareNeverMore: text }).strict(),
    income: z
      .object({
        statePension: text,
        privatePension: text,
        pensionCredit: text,
        universalCredit: text,
        employmentAndSupportAllowance: text,
        attendanceAllowance: text,
        pipDailyLiving: text,
        pipMobility: text,
        dlaCare: text,
        dlaMobility: text,
        carersAllowance: text,
        earnings: text,
        otherCounted: text,
        pip: text,
        dla: text,
      })
      .strict(),
    paCost: z.object({ hoursPerWeek: text, hourlyRate: text }).strict(),
    personalBudget: z.object({ hoursPerWeek: text }).strict(),
    unusableFigure: text,
    taxYear: text,
  })
  .strict();

export type CalculatorQuestions = z.infer<typeof questionsSchema>;

export class CalculatorQuestionsError extends Error {}

export function loadCalculatorQuestions(path = DEFAULT_CALCULATOR_QUESTIONS_PATH): CalculatorQuestions {
  return Object.freeze(readJsonFile(path, questionsSchema, CalculatorQuestionsError));
}

/** The repository's questions, read once. */
export const CALCULATOR_QUESTIONS: CalculatorQuestions = loadCalculatorQuestions();

/** Fills {{name}} slots; a slot with no value is left as written, so a test can see it. */
export function fillQuestion(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{\s*([a-zA-Z.]+)\s*\}\}/g, (slot, name: string) => values[name] ?? slot);
}
