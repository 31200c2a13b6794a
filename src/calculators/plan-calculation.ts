import { CALCULATOR_QUESTIONS, fillQuestion } from "../config/calculator-questions.ts";
import { moneyIn } from "./money-in.ts";
import { z } from "zod";
import type { CalculationOutcome, CalculationStep, MissingInput } from "./calculation-types.ts";
import { assessCapital, contribution, type ContributionInput } from "./contribution.ts";
import { estimateDisclaimer, formatPounds, roundMoney, type CalculatorContext } from "./money.ts";
import { paCost, type PaCostInput } from "./pa-cost.ts";
import { personalBudget, type PersonalBudgetInput } from "./personal-budget.ts";
import { knownTaxYears, ratesFor, UnknownTaxYearError } from "./rates/rates-for.ts";
import type { CalculatorName } from "./run-calculator.ts";

/*
 * Turns a money question in plain words (plus the person's earlier turns) into a calculator run.
 * - Recognises which calculator the question is for; fact questions ("what is the minimum wage?") and decisions
 *   ("can I pay my daughter?") are not calculations and return null.
 * - Reads amounts from every user turn, oldest first, later statements replacing earlier ones.
 * - A bare answer in a follow-up turn ("£90 a week", "67") fills the first thing that was still missing.
 * - Runs the calculator with what it has; if inputs are missing it returns the partial figures it can already
 *   work out (tariff income from savings alone; the full-cost case above the upper capital limit) and one precise
 *   question per missing input.
 * Deterministic: regular expressions only, no model.
 */

type IncomeKey =
  | "statePension"
  | "privatePension"
  | "pensionCredit"
  | "universalCredit"
  | "employmentAndSupportAllowance"
  | "attendanceAllowance"
  | "pipDailyLiving"
  | "pipMobility"
  | "dlaCare"
  | "dlaMobility"
  | "carersAllowance"
  | "earnings"
  | "otherCounted";

interface Facts {
  taxYear?: string;
  capital?: number;
  age?: number;
  impliedPensionAge?: boolean;
  paAge?: number;
  household?: "single" | "couple";
  children?: number;
  income: Partial<Record<IncomeKey, number>>;
  /** Benefits mentioned without an amount, still to ask about. */
  namedWithoutAmount: Set<IncomeKey | "pip" | "dla">;
  noIncome?: boolean;
  housing: Partial<Record<"rent" | "mortgage" | "councilTax" | "serviceCharge" | "housing", number>>;
  dre?: number;
  costOfCare?: number;
  mig?: number;
  hoursPerWeek?: number;
  hourlyRate?: number;
  numberOfPas?: number;
  hoursEach?: boolean;
  agencyHours?: number;
  dayOpportunityDays?: number;
  /** Other regular costs in a plan, given a week ("a day centre at £45 a week", "£30 a week for a cleaner"). */
  weeklyCosts?: { description: string; weeklyAmount: number }[];
  irregular?: boolean;
  hoursPerDayAssumedDaily?: boolean;
}

function emptyFacts(): Facts {
  return { income: {}, namedWithoutAmount: new Set(), housing: {} };
}

function cloneFacts(f: Facts): Facts {
  return { ...f, income: { ...f.income }, namedWithoutAmount: new Set(f.namedWithoutAmount), housing: { ...f.housing }, ...(f.weeklyCosts ? { weeklyCosts: [...f.weeklyCosts] } : {}) };
}

/** Services a support plan may pay for week by week, besides PA and agency hours. */
const PLAN_SERVICE = /\b(?:day (?:centre|center|service|opportunit\w*)|cleaner|cleaning|gym|swimming|respite|sitting service|lunch club|club|classes?|transport|taxis?|activit(?:y|ies))\b/;

const WORD_NUMBERS: Record<string, number> = { one: 1, a: 1, an: 1, two: 2, three: 3, four: 4, five: 5, six: 6 };

/** Lower case, straight quotes, thousands separators removed ("£18,000" → "£18000"). */
function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/(\d),(?=\d{3}\b)/g, "$1")
    .replace(/\s+/g, " ");
}

// ---------------------------------------------------------------- recognising the calculator

const BUDGET =
  /\b(personal budget|my budget|the budget|budget (?:be|would|will|for)|how much (?:money )?(?:would|will|could|might|do) (?:i|we) get|how much direct payment|how much (?:would|will) (?:my|the) direct payment|size of (?:my|the) (?:budget|direct payment))\b/;
const PA_WORDS = /\b(pa|pas|personal assistants?|employ(?:ing|ed)? (?:a |my |two |\d+ )?carers?)\b/;
const COST_WORDS = /\b(cost|costs|costing|cost me|how much|expensive|afford|on-?costs?|total cost)\b/;
const CONTRIBUTION =
  /\b(contribution|contribute|towards (?:my|the|their|his|her|our) care|pay (?:for|towards) (?:my |the |our )?care|charged? for (?:my |the )?care|tariff income|financial assessment|means[- ]test(?:ed)?|(?:what|how much) (?:would|will|do|might|could|should) (?:i|we) (?:have to |need to |be asked to )?pay|have to pay anything|will (?:i|we) (?:have to )?pay|would (?:i|we) (?:have to )?pay|do (?:i|we) have to pay|charge (?:me|us))\b/;
const NOT_A_CALCULATION = [
  // Decisions about paying family are the council's (Direct Payments Regulations 2014 reg 3), not a calculation.
  /\b(?:can|could|may) (?:i|we) (?:pay|employ|hire) (?:my |our )?(?:daughter|son|wife|husband|partner|mum|mother|dad|father|family|relative|sister|brother|friend|neighbour)/,
  /\bhow much (?:can|should|may|must) (?:i|we) pay (?:my |our |a )?(?:pa|personal assistant|carer)/,
];

/** "What is tariff income?" asks what a rule is, not what it comes to for someone. */
function isDefinitionQuestion(text: string): boolean {
  const personal = /\b(i|i'm|i've|my|me|we|our|us)\b/.test(text);
  const hasMoney = /£\s?\d|\d+\s?(?:pounds|hours?)\b/.test(text);
  const asksCost = /\b(cost|costs|how much)\b/.test(text);
  return !personal && !hasMoney && !asksCost && /^\s*(?:what|what's|whats|explain|define|tell me about)\b/.test(text);
}

/** Which calculator a turn asks for, or null. */
export function detectCalculator(turn: string): CalculatorName | null {
  const text = normalise(turn);
  if (NOT_A_CALCULATION.some((r) => r.test(text))) return null;
  if (isDefinitionQuestion(text)) return null;
  if (BUDGET.test(text)) return "personal-budget";
  // Hours of a PA's work say the question is about employing them, even if it asks what "I pay".
  if (PA_WORDS.test(text) && (COST_WORDS.test(text) || (/\bpay\b/.test(text) && /\b\d+(?:\.\d+)?\s*(?:hours?|hrs)\b/.test(text)))) return "pa-cost";
  if (CONTRIBUTION.test(text)) return "contribution";
  return null;
}

type Category =
  | { kind: "capital" }
  | { kind: "income"; key: IncomeKey }
  | { kind: "pip" }
  | { kind: "dla" }
  | { kind: "housing"; key: keyof Facts["housing"] }
  | { kind: "dre" }
  | { kind: "costOfCare" }
  | { kind: "mig" }
  | { kind: "totalIncome" };

const KEYWORDS: { re: RegExp; category: Category }[] = [
  { re: /minimum income guarantee|\bmig\b/g, category: { kind: "mig" } },
  { re: /state pension|old age pension|retirement pension/g, category: { kind: "income", key: "statePension" } },
  { re: /pension credit|guarantee credit/g, category: { kind: "income", key: "pensionCredit" } },
  { re: /(?:private|works|workplace|occupational|company|personal) pensions?|annuity|\bpensions?\b/g, category: { kind: "income", key: "privatePension" } },
  { re: /universal credit|\buc\b/g, category: { kind: "income", key: "universalCredit" } },
  { re: /\besa\b|employment and support allowance/g, category: { kind: "income", key: "employmentAndSupportAllowance" } },
  { re: /attendance allowance|\baa\b/g, category: { kind: "income", key: "attendanceAllowance" } },
  { re: /carer'?s'? allowance/g, category: { kind: "income", key: "carersAllowance" } },
  { re: /\b(?:pip|personal independence payments?)\b[^£]{0,25}?mobility|mobility (?:component |part |rate )?(?:of |from )?(?:my )?(?:pip|personal independence)/g, category: { kind: "income", key: "pipMobility" } },
  { re: /\b(?:pip|personal independence payments?)\b[^£]{0,25}?(?:daily living|care)|(?:daily living|care) (?:component |part |rate )?(?:of |from )?(?:my )?(?:pip|personal independence)/g, category: { kind: "income", key: "pipDailyLiving" } },
  { re: /\bdla\b[^£]{0,25}?mobility|mobility (?:component |part )?(?:of |from )?(?:my )?dla/g, category: { kind: "income", key: "dlaMobility" } },
  { re: /\bdla\b[^£]{0,25}?care|care (?:component |part )?(?:of |from )?(?:my )?dla/g, category: { kind: "income", key: "dlaCare" } },
  { re: /\bdaily living\b/g, category: { kind: "income", key: "pipDailyLiving" } },
  { re: /\bmobility\b/g, category: { kind: "income", key: "pipMobility" } },
  { re: /\bpip\b|personal independence payments?/g, category: { kind: "pip" } },
  { re: /\bdla\b|disability living allowance/g, category: { kind: "dla" } },
  { re: /\bearn(?:s|ing|ings)?\b|\bwages?\b|\bsalary\b|from (?:my )?(?:job|work)/g, category: { kind: "income", key: "earnings" } },
  { re: /savings?|\bsaved\b|\bcapital\b|in the bank|investments?|\bisas?\b|premium bonds|\b(?:bank|building society|post office|current) accounts?\b|\bshares\b/g, category: { kind: "capital" } },
  { re: /council tax/g, category: { kind: "housing", key: "councilTax" } },
  { re: /\brent\b/g, category: { kind: "housing", key: "rent" } },
  { re: /mortgage/g, category: { kind: "housing", key: "mortgage" } },
  { re: /service charges?|ground rent/g, category: { kind: "housing", key: "serviceCharge" } },
  { re: /housing costs?/g, category: { kind: "housing", key: "housing" } },
  { re: /disability[- ]related|extra costs?|\bdre\b/g, category: { kind: "dre" } },
  { re: /(?:my |the )?care (?:costs?|package|plan)|cost of (?:my |the )?care|personal budget|(?:my |the )?budget is|care is (?:costing|priced)/g, category: { kind: "costOfCare" } },
  { re: /\b(?:which|that|it|care) (?:costs?|is) (?:about |around )?(?=£)/g, category: { kind: "costOfCare" } },
  { re: /\bincome\b|in benefits|altogether|in total/g, category: { kind: "totalIncome" } },
];

interface KeywordHit {
  start: number;
  end: number;
  category: Category;
}

function findKeywords(clause: string): KeywordHit[] {
  const hits: KeywordHit[] = [];
  for (const { re, category } of KEYWORDS) {
    for (const m of clause.matchAll(re)) {
      const start = m.index!;
      const end = start + m[0].length;
      // Earlier (more specific) patterns win where they overlap a later one.
      if (hits.some((h) => start < h.end && end > h.start)) continue;
      hits.push({ start, end, category });
    }
  }
  return hits;
}

function setIncome(facts: Facts, key: IncomeKey, weekly: number): void {
  facts.income[key] = roundMoney(weekly);
  facts.namedWithoutAmount.delete(key);
  if (key === "pipDailyLiving" || key === "pipMobility") facts.namedWithoutAmount.delete("pip");
  if (key === "dlaCare" || key === "dlaMobility") facts.namedWithoutAmount.delete("dla");
  facts.noIncome = false;
}

/** Reads one user turn into `facts`; returns amounts and numbers it could not attribute to anything. */
function extractFacts(turn: string, facts: Facts): { money: number[]; numbers: number[] } {
  const text = normalise(turn);
  const unattributedMoney: number[] = [];

  const year = /\b(20\d\d)\s?[/-]\s?(\d\d)\b/.exec(text);
  if (year) facts.taxYear = `${year[1]}/${year[2]}`;

  // People and households
  const age = /\b(?:i'?m|i am|my age is|aged|age)\s+(\d{2,3})\b(?!\s*(?:hours?|hrs?|%|pounds|years? of))|\b(\d{2,3})\s*(?:years? old|yrs? old|yo)\b/.exec(text);
  const paContext = /\b(?:my |the |our )?(?:pa|personal assistant|carer|worker)\b(?:'s|\s+is|\s+are|\s+aged|,)?\s*(?:aged\s+)?(\d{2})\b(?!\s*(?:hours?|hrs?))/.exec(text);
  if (paContext) facts.paAge = Number(paContext[1]);
  const paAged = /\b(\d{2})[- ]year[- ]old (?:pa|personal assistant|carer)/.exec(text);
  if (paAged) facts.paAge = Number(paAged[1]);
  if (age && !(paAged && paAged.index === age.index)) {
    const n = Number(age[1] ?? age[2]);
    if (n >= 16 && n <= 120 && !(paContext && text.indexOf(paContext[0]) <= age.index && age.index < text.indexOf(paContext[0]) + paContext[0].length)) facts.age = n;
  }
  if (/\b(?:my (?:wife|husband|partner|spouse|civil partner)|we(?:'re| are) (?:a couple|married)|i'?m married|i am married|as a couple|live with my (?:partner|wife|husband)|couple)\b/.test(text)) facts.household = "couple";
  if (/\b(?:i'?m single|i am single|single|live (?:alone|on my own|by myself)|on my own|widow(?:ed|er)?|divorced|separated|no partner)\b/.test(text) && !/\bsingle (?:room|payment)\b/.test(text)) facts.household = "single";
  const kids = /\b(\d|one|two|three|four|five|six) (?:children|kids|child|dependent children)\b/.exec(text);
  if (kids) facts.children = WORD_NUMBERS[kids[1]!] ?? Number(kids[1]);
  if (/\bno (?:children|kids)\b/.test(text)) facts.children = 0;

  // Zero answers
  if (/\b(?:no|don'?t have any|do not have any|haven'?t got any|nil|zero) (?:savings|capital)\b|\bsavings (?:are|is) (?:nil|zero|none)\b/.test(text)) facts.capital = 0;
  if (/\b(?:no|don'?t pay|do not pay|nothing for|don'?t have) (?:rent|mortgage|housing costs)\b|\bown (?:my|our) (?:home|house|flat) outright\b/.test(text) && !/council tax\s*(?:of|is|:)?\s*£/.test(text)) {
    if (Object.keys(facts.housing).length === 0) facts.housing.housing = 0;
  }
  if (/\b(?:no|don'?t have any|do not have any) (?:other )?income\b/.test(text)) facts.noIncome = true;
  if (/\bno (?:disability[- ]related|extra) costs\b/.test(text)) facts.dre = 0;

  // Hours and PAs
  const pas = /\b(\d|one|two|three|four|five|six) (?:pas|personal assistants|carers)\b/.exec(text);
  if (pas) facts.numberOfPas = WORD_NUMBERS[pas[1]!] ?? Number(pas[1]);
  else if (/\b(?:a|one|my) (?:pa|personal assistant)\b/.test(text) && facts.numberOfPas === undefined) facts.numberOfPas = 1;
  if (/\beach\b/.test(text)) facts.hoursEach = true;
  if (/\birregular|zero[- ]hours?|casual|hours (?:vary|change)|variable hours\b/.test(text)) facts.irregular = true;
  const perDay = /(?<![£\d.])(\d+(?:\.\d+)?)\s*(?:hours?|hrs?)\s*(?:a|per|each)\s*day\b/.exec(text);
  const daysPerWeek = /\b(\d|one|two|three|four|five|six|seven) days? (?:a|per|each) week\b/.exec(text);
  const hoursMatches = [...text.matchAll(/(?<![£\d.])(\d+(?:\.\d+)?)\s*(?:hours?|hrs?)\b(?!\s*(?:a|per|each)\s*day)/g)];
  for (const h of hoursMatches) {
    const hours = Number(h[1]);
    const around = text.slice(Math.max(0, h.index! - 40), h.index! + h[0].length + 40);
    if (/\bagency\b/.test(around)) facts.agencyHours = hours;
    else facts.hoursPerWeek = hours;
  }
  if (perDay) {
    const days = daysPerWeek ? (WORD_NUMBERS[daysPerWeek[1]!] ?? Number(daysPerWeek[1])) : 7;
    const hours = roundMoney(Number(perDay[1]) * days);
    facts.hoursPerDayAssumedDaily = !daysPerWeek;
    if (/\bagency\b/.test(text)) facts.agencyHours = hours;
    else facts.hoursPerWeek = hours;
  }
  const dayOps = /\b(\d|one|two|three|four|five|six|seven) days? (?:a|per|each) week (?:at|in|of)? ?(?:a |the )?day (?:centre|center|opportunit|service)/.exec(text) ??
    /\bday (?:centre|center|opportunit\w*|services?)\b[^.]*?\b(\d|one|two|three|four|five|six|seven) days? (?:a|per|each) week\b/.exec(text);
  if (dayOps) facts.dayOpportunityDays = WORD_NUMBERS[dayOps[1]!] ?? Number(dayOps[1]);

  // Money, clause by clause
  // A full stop splits clauses only when it ends a sentence, never inside "£73.90".
  const clauses = text.split(/\.(?=\s|$)|[;!?\n]|,\s|\s(?:and|but|plus|also|with)\s/);
  for (const clause of clauses) {
    const money = moneyIn(clause);
    if (money.length === 0) {
      // Benefits named without an amount ("I get pension credit") are remembered so we can ask.
      if (/\b(?:get|receive|on|claim|have|getting|receiving)\b/.test(clause)) {
        for (const hit of findKeywords(clause)) {
          if (hit.category.kind === "income" && facts.income[hit.category.key] === undefined && hit.category.key !== "earnings") {
            facts.namedWithoutAmount.add(hit.category.key);
          }
          if ((hit.category.kind === "pip" || hit.category.kind === "dla") && facts.income[hit.category.kind === "pip" ? "pipDailyLiving" : "dlaCare"] === undefined) {
            facts.namedWithoutAmount.add(hit.category.kind);
          }
        }
      }
      continue;
    }
    const keywords = findKeywords(clause);
    // "10 hours a week at £14": the amount after the hours is their hourly rate, said without "an hour".
    const rateAfterHours = /\b\d+(?:\.\d+)?\s*(?:hours?|hrs?)(?:\s*(?:a|per|each)\s*week)?\s*(?:at|@)\s*£\s?(\d+(?:\.\d{1,2})?)\b/.exec(clause);
    for (const m of money) {
      if (m.perHour || (rateAfterHours && m.perWeek === null && m.value === Number(rateAfterHours[1]))) {
        facts.hourlyRate = m.value;
        continue;
      }
      if (m.perWeek === 7 && /day (?:centre|center|opportunit)/.test(clause)) continue;
      // A weekly amount for a service in the plan is one of the plan's costs (used by the budget estimate).
      const service = m.perWeek === 1 ? PLAN_SERVICE.exec(clause) : null;
      if (service) {
        (facts.weeklyCosts ??= []).push({ description: service[0], weeklyAmount: m.value });
        continue;
      }
      // Nearest keyword in the same clause; ties go to the keyword after the amount ("£18000 in savings").
      let best: KeywordHit | null = null;
      let bestDistance = Infinity;
      for (const k of keywords) {
        const distance = k.start >= m.end ? k.start - m.end : m.start - k.end + 0.5;
        if (distance < bestDistance) {
          best = k;
          bestDistance = distance;
        }
      }
      const weekly = m.value * (m.perWeek ?? 1);
      if (!best) {
        unattributedMoney.push(m.perWeek === null ? m.value : roundMoney(weekly));
        continue;
      }
      const c = best.category;
      switch (c.kind) {
        case "capital":
          // "£300 a week into my bank account" is income, not savings.
          if (m.perWeek === null) facts.capital = m.value;
          else unattributedMoney.push(roundMoney(weekly));
          break;
        case "income":
          setIncome(facts, c.key, weekly);
          break;
        case "pip":
        case "dla":
          // A PIP or DLA total without the split: the mobility part is disregarded, so ask for the parts.
          facts.namedWithoutAmount.add(c.kind);
          break;
        case "housing":
          facts.housing[c.key] = roundMoney(weekly);
          if (c.key !== "housing") delete facts.housing.housing;
          break;
        case "dre":
          facts.dre = roundMoney(weekly);
          break;
        case "costOfCare":
          facts.costOfCare = roundMoney(weekly);
          break;
        case "mig":
          facts.mig = roundMoney(weekly);
          break;
        case "totalIncome":
          setIncome(facts, "otherCounted", weekly);
          break;
      }
    }
  }

  // Bare numbers (no £, no unit) may answer an age or hours question in a follow-up.
  const numbers = [...text.matchAll(/^\s*(\d{1,3}(?:\.\d+)?)\s*\.?\s*$/g)].map((m) => Number(m[1]));
  return { money: unattributedMoney, numbers };
}

// ---------------------------------------------------------------- planning each calculator

function summaryWithQuestions(lead: string, missing: MissingInput[], ctx: CalculatorContext): string {
  const ask = missing.length === 1 ? missing[0]!.question : `I need ${missing.length} more details, starting with: ${missing[0]!.question}`;
  return `${lead} ${ask} ${estimateDisclaimer(ctx.council)}`.replace(/\s+/g, " ").trim();
}

function housingTotal(facts: Facts): number | undefined {
  const values = Object.values(facts.housing).filter((v): v is number => v !== undefined);
  return values.length ? roundMoney(values.reduce((s, v) => s + v, 0)) : undefined;
}

// The questions are data (config/calculator-questions.json).
const INCOME_QUESTIONS: Record<IncomeKey | "pip" | "dla", string> = CALCULATOR_QUESTIONS.income;
const ASK = CALCULATOR_QUESTIONS;

function planContribution(facts: Facts, ctx: CalculatorContext): CalculationOutcome {
  const rates = ratesFor(facts.taxYear, ctx.today);
  const year = rates.taxYear;
  const council = ctx.council;
  const missing: MissingInput[] = [];
  const notes: string[] = [];
  const steps: CalculationStep[] = [];
  const input: Record<string, unknown> = {};

  const pensionAgeFromBenefits = facts.income.pensionCredit !== undefined || facts.income.statePension !== undefined ||
    facts.namedWithoutAmount.has("pensionCredit") || facts.namedWithoutAmount.has("statePension") || facts.income.attendanceAllowance !== undefined || facts.namedWithoutAmount.has("attendanceAllowance");

  if (facts.capital === undefined) {
    missing.push({ field: "capital", question: ASK.contribution.capital, type: "money" });
  } else {
    input.capital = facts.capital;
    const cap = assessCapital(facts.capital, rates, council);
    if (cap.aboveUpperLimit) {
      // Above the upper limit nothing else is needed: the person pays the full cost of their care.
      const body: ContributionInput = { age: facts.age ?? 66, capital: facts.capital, ...(facts.taxYear ? { taxYear: facts.taxYear } : {}), ...(facts.costOfCare !== undefined ? { weeklyCostOfCare: facts.costOfCare } : {}) };
      const outcome = contribution(body, ctx);
      if (facts.age === undefined) outcome.input = { ...outcome.input, age: undefined };
      return outcome;
    }
    steps.push(...cap.steps);
  }

  if (facts.age === undefined && !pensionAgeFromBenefits) {
    missing.push({ field: "age", question: ASK.contribution.age, type: "number" });
  }
  if (facts.household === undefined) {
    missing.push({ field: "household", question: ASK.contribution.household, type: "choice", choices: ["single", "couple"] });
  }
  const incomeGiven = Object.values(facts.income).some((v) => v !== undefined) || facts.noIncome === true;
  if (!incomeGiven && facts.namedWithoutAmount.size === 0) {
    missing.push({
      field: "weeklyIncome",
      question: ASK.contribution.income,
      type: "text",
    });
  }
  for (const named of facts.namedWithoutAmount) {
    const field = named === "pip" ? "weeklyIncome.pipDailyLiving" : named === "dla" ? "weeklyIncome.dlaCare" : `weeklyIncome.${named}`;
    missing.push({ field, question: INCOME_QUESTIONS[named], type: named === "pip" || named === "dla" ? "text" : "money" });
  }
  const housing = housingTotal(facts);
  if (housing === undefined) {
    missing.push({
      field: "weeklyHousingCosts",
      question: ASK.contribution.housing,
      type: "money",
    });
  }

  if (missing.length === 0) {
    const age = facts.age ?? rates.statePensionAge.value;
    const body: ContributionInput = {
      age,
      ...(facts.age === undefined ? { reachedPensionCreditAge: true } : {}),
      ...(facts.taxYear ? { taxYear: facts.taxYear } : {}),
      household: facts.household!,
      ...(facts.children !== undefined ? { children: facts.children } : {}),
      capital: facts.capital!,
      weeklyIncome: Object.fromEntries(Object.entries(facts.income).filter(([, v]) => v !== undefined)),
      weeklyHousingCosts: housing!,
      ...(facts.dre !== undefined ? { disabilityRelatedExpenditureWeekly: facts.dre } : {}),
      ...(facts.costOfCare !== undefined ? { weeklyCostOfCare: facts.costOfCare } : {}),
      ...(facts.mig !== undefined ? { minimumIncomeGuaranteeWeekly: facts.mig } : {}),
    };
    const outcome = contribution(body, ctx);
    if (facts.age === undefined) outcome.notes.unshift("Your age was not given; because you get a pension-age benefit you are taken to be over Pension Credit age.");
    return outcome;
  }

  // Partial answer: whatever the savings alone show.
  let lead = `To estimate what you would pay towards your care in ${year} I need a few details.`;
  let result: Record<string, unknown> | null = null;
  if (facts.capital !== undefined) {
    const cap = assessCapital(facts.capital, rates, council);
    result = { taxYear: year, capital: facts.capital, capitalLowerLimit: cap.lowerLimit, capitalUpperLimit: cap.upperLimit, aboveUpperLimit: false, tariffIncomeWeekly: cap.tariffIncomeWeekly };
    lead =
      cap.tariffIncomeWeekly > 0
        ? `Estimate for ${year}: with ${formatPounds(facts.capital)} in savings, the council would count ${formatPounds(cap.tariffIncomeWeekly)} a week as tariff income (£1 for every £250 or part of £250 above ${formatPounds(cap.lowerLimit)}). To work out your contribution:`
        : `Estimate for ${year}: ${formatPounds(facts.capital)} in savings is not above the ${formatPounds(cap.lowerLimit)} lower limit, so your savings add nothing. To work out your contribution from your income:`;
  }
  notes.push("Answer the questions and I will finish the estimate.");
  return {
    calculator: "contribution",
    taxYear: year,
    input: { ...input, ...(facts.age !== undefined ? { age: facts.age } : {}), ...(facts.household ? { household: facts.household } : {}), weeklyIncome: { ...facts.income } },
    result,
    steps,
    notes,
    missing,
    summary: summaryWithQuestions(lead, missing, ctx),
  };
}

function planPaCost(facts: Facts, ctx: CalculatorContext): CalculationOutcome {
  const rates = ratesFor(facts.taxYear, ctx.today);
  const missing: MissingInput[] = [];
  if (facts.hoursPerWeek === undefined) {
    missing.push({ field: "pas.0.hoursPerWeek", question: ASK.paCost.hoursPerWeek, type: "number" });
  }
  if (facts.hourlyRate === undefined) {
    missing.push({
      field: "pas.0.hourlyRate",
      question: fillQuestion(ASK.paCost.hourlyRate, { "council.shortName": ctx.council.council.shortName, paHourlyRate: formatPounds(ctx.council.rates.paHourlyRate) }),
      type: "money",
    });
  }
  if (missing.length) {
    return {
      calculator: "pa-cost",
      taxYear: rates.taxYear,
      input: { ...(facts.hoursPerWeek !== undefined ? { hoursPerWeek: facts.hoursPerWeek } : {}), ...(facts.hourlyRate !== undefined ? { hourlyRate: facts.hourlyRate } : {}) },
      result: null,
      steps: [],
      notes: [],
      missing,
      summary: summaryWithQuestions(`To work out what a PA would cost you in ${rates.taxYear}:`, missing, ctx),
    };
  }
  const count = Math.max(1, facts.numberOfPas ?? 1);
  const hoursEach = facts.hoursEach || count === 1 ? facts.hoursPerWeek! : roundMoney(facts.hoursPerWeek! / count);
  const body: PaCostInput = {
    ...(facts.taxYear ? { taxYear: facts.taxYear } : {}),
    pas: Array.from({ length: count }, () => ({
      hoursPerWeek: hoursEach,
      hourlyRate: facts.hourlyRate!,
      ...(facts.paAge !== undefined ? { age: facts.paAge } : {}),
      irregularHours: facts.irregular ?? false,
    })),
  };
  const outcome = paCost(body, ctx);
  if (count > 1 && !facts.hoursEach) outcome.notes.unshift(`The ${facts.hoursPerWeek} hours are shared equally between ${count} PAs (${hoursEach} hours each).`);
  if (facts.paAge === undefined) outcome.notes.unshift("The PA's age was not given: they are taken to be 22 or over and under State Pension age, so the National Living Wage and pension apply.");
  if (facts.hoursPerDayAssumedDaily) outcome.notes.unshift("Hours a day are taken as every day of the week.");
  return outcome;
}

function planPersonalBudget(facts: Facts, ctx: CalculatorContext): CalculationOutcome {
  const rates = ratesFor(facts.taxYear, ctx.today);
  const hasItems = facts.hoursPerWeek !== undefined || facts.agencyHours !== undefined || facts.dayOpportunityDays !== undefined || (facts.weeklyCosts?.length ?? 0) > 0;
  if (!hasItems) {
    const missing: MissingInput[] = [
      { field: "paHours.0.hoursPerWeek", question: ASK.personalBudget.hoursPerWeek, type: "text" },
    ];
    return {
      calculator: "personal-budget",
      taxYear: rates.taxYear,
      input: {},
      result: null,
      steps: [],
      notes: [],
      missing,
      summary: summaryWithQuestions(`To estimate a budget in ${rates.taxYear}:`, missing, ctx),
    };
  }
  const count = Math.max(1, facts.numberOfPas ?? 1);
  const body: PersonalBudgetInput = {
    ...(facts.taxYear ? { taxYear: facts.taxYear } : {}),
    paHours:
      facts.hoursPerWeek !== undefined
        ? Array.from({ length: count }, () => ({
            hoursPerWeek: facts.hoursEach || count === 1 ? facts.hoursPerWeek! : roundMoney(facts.hoursPerWeek! / count),
            ...(facts.hourlyRate !== undefined ? { hourlyRate: facts.hourlyRate } : {}),
            ...(facts.paAge !== undefined ? { age: facts.paAge } : {}),
            irregularHours: facts.irregular ?? false,
          }))
        : [],
    agencyHoursPerWeek: facts.agencyHours ?? 0,
    dayOpportunityDaysPerWeek: facts.dayOpportunityDays ?? 0,
    otherWeeklyCosts: facts.weeklyCosts ?? [],
  };
  const outcome = personalBudget(body, ctx);
  if (facts.hourlyRate === undefined && facts.hoursPerWeek !== undefined) {
    outcome.notes.unshift(`PA hours are priced at ${ctx.council.council.shortName}'s usual rate of ${formatPounds(ctx.council.rates.paHourlyRate)} an hour plus on-costs.`);
  }
  return outcome;
}

function plan(name: CalculatorName, facts: Facts, ctx: CalculatorContext): CalculationOutcome {
  try {
    if (name === "pa-cost") return planPaCost(facts, ctx);
    if (name === "personal-budget") return planPersonalBudget(facts, ctx);
    return planContribution(facts, ctx);
  } catch (err) {
    // Figures read from free text can be out of range ("budget will £18,000" read as 18,000 hours). That is
    // a question to ask again, not an outage: name the input that did not make sense.
    if (!(err instanceof z.ZodError)) throw err;
    const field = err.issues[0]?.path.join(".") || "input";
    const rates = ratesFor(facts.taxYear, ctx.today);
    const missing: MissingInput[] = [
      { field, question: fillQuestion(ASK.unusableFigure, { field: field.replace(/\.\d+\./g, " ").replace(/([A-Z])/g, " $1").toLowerCase() }), type: "text" },
    ];
    return { calculator: name, taxYear: rates.taxYear, input: {}, result: null, steps: [], notes: [], missing, summary: summaryWithQuestions(`To work this out for ${rates.taxYear}:`, missing, ctx) };
  }
}

/** Puts a bare follow-up answer into the first missing field it fits. */
function applyBareAnswer(field: MissingInput, value: { money?: number; number?: number }, facts: Facts): boolean {
  const amount = value.money ?? value.number;
  if (amount === undefined) return false;
  switch (field.field) {
    case "capital":
      facts.capital = amount;
      return true;
    case "age":
      if (value.number === undefined) return false;
      facts.age = value.number;
      return true;
    case "weeklyHousingCosts":
      facts.housing = { housing: amount };
      return true;
    case "weeklyCostOfCare":
      facts.costOfCare = amount;
      return true;
    case "minimumIncomeGuaranteeWeekly":
      facts.mig = amount;
      return true;
    case "pas.0.hoursPerWeek":
    case "paHours.0.hoursPerWeek":
      facts.hoursPerWeek = amount;
      return true;
    case "pas.0.hourlyRate":
      facts.hourlyRate = amount;
      return true;
    case "weeklyIncome":
      setIncome(facts, "otherCounted", amount);
      return true;
    default:
      if (field.field.startsWith("weeklyIncome.") && field.type === "money") {
        setIncome(facts, field.field.slice("weeklyIncome.".length) as IncomeKey, amount);
        return true;
      }
      return false;
  }
}

/**
 * Recognises a money question, reads the amounts from it and the earlier user turns (oldest first), runs the
 * calculator with what it has and returns the outcome, with `missing` questions for anything still needed.
 * Returns null when the question is not a calculation.
 */
/**
 * Plans the calculator a conversation asks for. `named` is the calculator the understanding stage read from
 * the message (its learned sum); without one, the calculator is detected from the words.
 */
export function planCalculation(question: string, history: string[], ctx: CalculatorContext, named: CalculatorName | null = null): CalculationOutcome | null {
  const turns = [...history, question];
  let name = named ?? detectCalculator(question);
  if (!name) {
    // A follow-up that only supplies facts continues the latest calculation asked about.
    const probe = emptyFacts();
    const { money, numbers } = extractFacts(question, probe);
    const gaveFacts = money.length > 0 || numbers.length > 0 || JSON.stringify({ ...probe, namedWithoutAmount: [...probe.namedWithoutAmount] }) !== JSON.stringify({ ...emptyFacts(), namedWithoutAmount: [] });
    const asksSomethingElse = /\?\s*$/.test(question.trim()) && !gaveFacts;
    if (!gaveFacts || asksSomethingElse) return null;
    for (let i = history.length - 1; i >= 0 && !name; i--) name = detectCalculator(history[i]!);
    if (!name) return null;
  }

  try {
    const facts = emptyFacts();
    for (let i = 0; i < turns.length; i++) {
      const before = cloneFacts(facts);
      const { money, numbers } = extractFacts(turns[i]!, facts);
      if (i > 0 && (money.length > 0 || numbers.length > 0)) {
        const previous = plan(name, before, ctx);
        const next = previous.missing[0];
        if (next) applyBareAnswer(next, { ...(money[0] !== undefined ? { money: money[0] } : {}), ...(numbers[0] !== undefined ? { number: numbers[0] } : {}) }, facts);
      }
    }
    return plan(name, facts, ctx);
  } catch (err) {
    if (err instanceof UnknownTaxYearError) {
      const fallback = ratesFor(undefined, ctx.today);
      return {
        calculator: name,
        taxYear: fallback.taxYear,
        input: {},
        result: null,
        steps: [],
        notes: [err.message],
        // The years offered are the rates files held, so adding a year's file is all a new year needs.
        missing: [{ field: "taxYear", question: fillQuestion(ASK.taxYear, { years: knownTaxYears.join(" and ") }), type: "choice", choices: [...knownTaxYears] }],
        summary: `${err.message} ${estimateDisclaimer(ctx.council)}`,
      };
    }
    throw err;
  }
}

/** The fields a calculation's form may send back, per calculator (the names its `missing` inputs use). */
const INCOME_KEYS: readonly IncomeKey[] = [
  "statePension", "privatePension", "pensionCredit", "universalCredit", "employmentAndSupportAllowance", "attendanceAllowance",
  "pipDailyLiving", "pipMobility", "dlaCare", "dlaMobility", "carersAllowance", "earnings", "otherCounted",
];
export const FORM_FIELDS: Readonly<Record<CalculatorName, readonly string[]>> = Object.freeze({
  contribution: ["taxYear", "capital", "age", "household", "children", "weeklyIncome", ...INCOME_KEYS.map((k) => `weeklyIncome.${k}`), "weeklyHousingCosts", "disabilityRelatedExpenditureWeekly", "weeklyCostOfCare", "minimumIncomeGuaranteeWeekly"],
  "pa-cost": ["taxYear", "pas.0.hoursPerWeek", "pas.0.hourlyRate", "pas.0.age", "numberOfPas"],
  "personal-budget": ["taxYear", "paHours.0.hoursPerWeek", "agencyHours", "dayOpportunityDays"],
});

export type FormValue = string | number | boolean;

/**
 * Continues a calculation from structured state: the calculator and the values its form collected (sent back
 * by the widget as `calculation` in the chat request), never from the assistant's own wording. Text answers
 * ("State Pension £230, PIP £110") are read as the person typed them; numbers are taken as they are.
 */
export function continueCalculation(name: CalculatorName, input: Readonly<Record<string, FormValue>>, ctx: CalculatorContext): CalculationOutcome {
  const facts = emptyFacts();
  const number = (v: FormValue) => (typeof v === "number" ? v : Number(String(v).replace(/[£,\s]/g, "")));
  for (const [field, value] of Object.entries(input)) {
    if (value === "" || value === null || value === undefined) continue;
    if (field === "taxYear") facts.taxYear = String(value);
    else if (field === "capital") facts.capital = number(value);
    else if (field === "age") facts.age = number(value);
    else if (field === "household") facts.household = String(value) === "couple" ? "couple" : "single";
    else if (field === "children") facts.children = number(value);
    else if (field === "weeklyHousingCosts") facts.housing.housing = number(value);
    else if (field === "disabilityRelatedExpenditureWeekly") facts.dre = number(value);
    else if (field === "weeklyCostOfCare") facts.costOfCare = number(value);
    else if (field === "minimumIncomeGuaranteeWeekly") facts.mig = number(value);
    else if (field === "pas.0.hoursPerWeek") facts.hoursPerWeek = number(value);
    else if (field === "pas.0.hourlyRate") facts.hourlyRate = number(value);
    else if (field === "pas.0.age") facts.paAge = number(value);
    else if (field === "numberOfPas") facts.numberOfPas = number(value);
    else if (field === "agencyHours") facts.agencyHours = number(value);
    else if (field === "dayOpportunityDays") facts.dayOpportunityDays = number(value);
    else if (field.startsWith("weeklyIncome.") && typeof value === "number") facts.income[field.slice("weeklyIncome.".length) as IncomeKey] = value;
    else if (typeof value === "string") extractFacts(value, facts);
    else if (typeof value === "boolean" && field === "weeklyIncome" && value === false) facts.noIncome = true;
  }
  // A benefit answered with its amount is no longer waiting for one.
  for (const key of Object.keys(facts.income)) facts.namedWithoutAmount.delete(key as IncomeKey);
  if (facts.income.pipDailyLiving !== undefined || facts.income.pipMobility !== undefined) facts.namedWithoutAmount.delete("pip");
  if (facts.income.dlaCare !== undefined || facts.income.dlaMobility !== undefined) facts.namedWithoutAmount.delete("dla");
  return plan(name, facts, ctx);
}
