import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CALCULATOR_QUESTIONS, DEFAULT_CALCULATOR_QUESTIONS_PATH, fillQuestion, loadCalculatorQuestions } from "./calculator-questions.ts";

describe("calculator questions as data", () => {
  it("reads every question and fills its slots", () => {
    expect(CALCULATOR_QUESTIONS.contribution.age).toBe("How old are you?");
    expect(fillQuestion(CALCULATOR_QUESTIONS.taxYear, { years: "2025/26 and 2026/27" })).toBe("Which tax year do you mean? I hold rates for 2025/26 and 2026/27.");
    expect(fillQuestion("{{missing}} stays", {})).toBe("{{missing}} stays");
  });

  it("stops naming the field when a question is missing", () => {
    const dir = mkdtempSync(join(tmpdir(), "calc-q-"));
    const broken = JSON.parse(readFileSync(DEFAULT_CALCULATOR_QUESTIONS_PATH, "utf8"));
    delete broken.income.pensionCredit;
    writeFileSync(join(dir, "q.json"), JSON.stringify(broken));
    expect(() => loadCalculatorQuestions(join(dir, "q.json"))).toThrow(/income\.pensionCredit/);
  });
});
