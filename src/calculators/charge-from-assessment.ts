import type { CalculationOutcome, CalculationStep } from "./calculation-types.ts";
import { estimateDisclaimer, formatPounds, roundMoney, type CalculatorContext } from "./money.ts";
import type { TaxYearRates } from "./rates/rate-types.ts";
import { outcome } from "./quick-sums.ts";
import { DRE_SOURCE, HOUSING_SOURCE, REGS } from "./contribution.ts";

/**
 * The weekly charge worked out from the figures a financial assessment letter gives: the income it counted,
 * less the minimum income guarantee and the costs it allowed (disability-related expenditure, housing costs),
 * never below nothing and never more than the care costs. "My letter says assessable income £341.20, MIG
 * £246.30, DRE £18.50 and a charge of £95: is that right?" is answered with £76.40.
 *
 * Why: the charge for care at home may not take a person's income below the minimum income guarantee
 * (Care and Support (Charging and Assessment of Resources) Regulations 2014, reg. 7; Care Act 2014 s.14(7)),
 * and disability-related expenditure and housing costs are disregarded (Care and Support Statutory Guidance,
 * Annex C). The council's own letter names the figures, so the sum is the person's own.
 */
// The charging citations the contribution calculator uses.
const REGULATION_7 = `${REGS}, reg 7`;

const AMOUNT = String.raw`£\s?(\d[\d,]*(?:\.\d{1,2})?)`;
// Each figure by the words just before it ("my MIG is £246.30", "assessable income of £341.20").
const LABELLED: readonly [key: "income" | "mig" | "dre" | "housing" | "stated", label: RegExp][] = [
  ["mig", /\b(?:mig|minimum income guarantee|minimum income)\b[^£.?!]{0,25}$/i],
  ["dre", /\b(?:dre|disability[- ]related (?:expenditure|expenses|costs?)|disability (?:costs?|expenses))\b[^£.?!]{0,25}$/i],
  ["housing", /\b(?:housing costs?|rent|council tax|mortgage)\b[^£.?!]{0,20}$/i],
  ["stated", /\b(?:contribution|charge|pay)\b[^£.?!]{0,15}$/i],
  ["income", /\b(?:income|incomings|benefits and pension)\b[^£.?!]{0,25}$/i],
];
// Allowed costs may be written after their figure: "they allowed £18.50 disability related expenditure".
const LABEL_AFTER: readonly [key: "dre" | "housing", label: RegExp][] = [
  ["dre", /^\s*(?:a week\s+|per week\s+|pw\s+)?(?:for\s+|of\s+|in\s+)?(?:dre|disability[- ]related|disability (?:costs?|expenses))\b/i],
  ["housing", /^\s*(?:a week\s+|per week\s+)?(?:for\s+|of\s+|in\s+)?(?:housing costs?|rent|council tax)\b/i],
];

// The cost of the care, which the charge may never exceed (Care Act 2014 s.14(4)).
const COST = /\b(?:personal budget|cost of (?:my |the |her |his |mum's |dad's )?care|care (?:costs?|package)|budget)\b[^£.?!]{0,25}$/i;

/**
 * Income named by its source when the letter gives no total ("ESA £160, PIP daily living £75 and PIP mobility
 * £30"): what the assessment counts, and what it must leave out (the mobility components, Charging Regulations
 * 2014 Sch. 1 para 8; earnings, reg. 14). The mobility and earnings labels come first, so "PIP mobility" is
 * not read as PIP daily living.
 */
const INCOME_SOURCES: readonly { label: RegExp; counted: boolean; rule?: string }[] = [
  { label: /\b(?:pip|dla|personal independence payment|disability living allowance)\s+mobility(?:\s+component)?\s*(?:of|is|:|=)?\s*$/i, counted: false, rule: "Sch 1 para 8" },
  { label: /\b(?:earnings|wages?|salary)\b[^£.?!]{0,15}$/i, counted: false, rule: "reg 14" },
  {
    label: /\b(?:esa|employment and support allowance|pip|personal independence payment|dla|disability living allowance|attendance allowance|state pension|pension credit|universal credit|carer'?s allowance|pension)(?:\s+(?:daily living|care|component|rate|higher rate|lower rate|enhanced|standard))*\s*(?:of|is|:|=)?\s*$/i,
    counted: true,
  },
];

export interface IncomeSource {
  label: string;
  amount: number;
  counted: boolean;
  rule?: string;
}

export interface AssessmentFigures {
  income: number;
  mig: number;
  dre: number;
  housing: number;
  /** The charge the letter states, if the message gives it. */
  stated: number | null;
  /** The cost of the care, if the message gives it: the charge is never more. */
  cost?: number | null;
  /** The income sources the income was added up from, when no total was given. */
  sources?: IncomeSource[];
}

/**
 * The letter's figures, when the message labels a minimum income guarantee and an income (or the benefits and
 * pensions it is made of); else null.
 */
export function assessmentFigures(text: string): AssessmentFigures | null {
  const found: Partial<Record<"income" | "mig" | "dre" | "housing" | "stated" | "cost", number>> = {};
  const sources: IncomeSource[] = [];
  for (const m of text.matchAll(new RegExp(AMOUNT, "g"))) {
    const value = Number(m[1].replace(/,/g, ""));
    const before = text.slice(Math.max(0, m.index - 45), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
    const key = LABEL_AFTER.find(([, re]) => re.test(after))?.[0] ?? LABELLED.find(([, re]) => re.test(before))?.[0] ?? (COST.test(before) ? "cost" : undefined);
    if (key && found[key] === undefined) {
      found[key] = value;
      continue;
    }
    if (key) continue;
    const source = INCOME_SOURCES.find((s) => s.label.test(before));
    if (source) sources.push({ label: source.label.exec(before)![0].replace(/\s*(?:of|is|:|=)?\s*$/i, "").trim(), amount: value, counted: source.counted, rule: source.rule });
  }
  if (found.mig === undefined) return null;
  const fromSources = sources.some((s) => s.counted) ? roundMoney(sources.filter((s) => s.counted).reduce((n, s) => n + s.amount, 0)) : undefined;
  const income = found.income ?? fromSources;
  if (income === undefined) return null;
  return {
    income,
    mig: found.mig,
    dre: found.dre ?? 0,
    housing: found.housing ?? 0,
    stated: found.stated ?? null,
    ...(found.cost !== undefined ? { cost: found.cost } : {}),
    ...(found.income === undefined ? { sources } : {}),
  };
}

export function chargeFromAssessment(figures: AssessmentFigures, rates: TaxYearRates, ctx: CalculatorContext): CalculationOutcome {
  const { income, mig, dre, housing, stated, cost = null, sources = [] } = figures;
  const fromIncome = roundMoney(Math.max(0, income - mig - dre - housing));
  const charge = cost !== null ? Math.min(fromIncome, cost) : fromIncome;
  const list = (xs: IncomeSource[]) => xs.map((x) => `${x.label} ${formatPounds(x.amount)}`).join(", ");
  const counted = sources.filter((x) => x.counted);
  const left = sources.filter((x) => !x.counted);
  // Income added up from its sources says which were counted and which left out, and by which rule.
  const incomeRule = counted.length ? `${list(counted)} counted${left.length ? `; ${list(left)} not counted (${[...new Set(left.map((x) => x.rule))].join(", ")})` : ""}` : "As given";
  const steps: CalculationStep[] = [
    { label: "Income the assessment counted, a week", amount: income, rule: incomeRule, source: counted.length ? `${REGS}, Part 4 and Sch 1` : "Your figure" },
    { label: "Minimum income guarantee, a week", amount: mig, rule: "Income the charge may not take you below", source: REGULATION_7 },
  ];
  if (dre) steps.push({ label: "Disability-related expenditure allowed, a week", amount: dre, rule: "Left out of the income that can be charged", source: DRE_SOURCE });
  if (housing) steps.push({ label: "Housing costs allowed, a week", amount: housing, rule: "Left out of the income that can be charged", source: HOUSING_SOURCE });
  if (cost !== null) steps.push({ label: "Cost of your care, a week", amount: cost, rule: "The charge can never be more than this", source: "Care Act 2014, s.14(4)" });
  steps.push({ label: "Most you can be charged, a week", amount: charge, rule: "Income less the minimum income guarantee and the costs allowed, and no more than your care costs", source: REGULATION_7 });
  const allowed = [dre ? `${formatPounds(dre)} disability-related expenditure` : "", housing ? `${formatPounds(housing)} housing costs` : ""].filter(Boolean).join(" and ");
  const differs = stated !== null && Math.abs(stated - charge) >= 0.01;
  const incomeSaid = counted.length
    ? `${formatPounds(income)} counted income (${list(counted)}${left.length ? `; ${list(left)} is not counted` : ""})`
    : `${formatPounds(income)} income`;
  const capped = cost !== null && cost < fromIncome;
  const headline =
    `By the letter's own figures the most you can be charged is ${formatPounds(charge)} a week: ${incomeSaid} less the ${formatPounds(mig)} minimum income guarantee${allowed ? ` and ${allowed}` : ""}, ${capped ? `but never more than the ${formatPounds(cost!)} your care costs` : "and never more than your care costs"}.` +
    (differs ? ` That is ${stated! > charge ? "less" : "more"} than the ${formatPounds(stated!)} the letter states, so ask the council to explain its working, or to look at it again.` : "");
  return outcome(rates.taxYear, headline, steps, ["If the council counted other costs or income, or uses its own rules above the national minimum, its figure may differ."], { weeklyCharge: charge }, ctx, {
    sum: "charge",
    charging: true,
    closing: estimateDisclaimer(ctx.council),
  });
}
