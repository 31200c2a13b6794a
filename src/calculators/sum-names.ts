/** The one-rule sums and calculators a question can ask for (the understanding stage learns to name them). */
export const SUMS = [
  "employer_ni",
  "wages",
  "minimum_wage",
  "holiday_entitlement",
  "holiday_accrual",
  "rolled_up_holiday",
  "pension",
  "ssp",
  "smp",
  "redundancy",
  "tariff_income",
  "charge",
  "wales_cap",
  "net_payment",
  "pa_cost",
  "personal_budget",
  "contribution",
] as const;
export type SumName = (typeof SUMS)[number];

const EMPLOYING = ["employing-pa", "family", "money", "using-dp"];
const CHARGING = ["charging", "scotland-wales", "money"];

/**
 * The knowledge areas each sum belongs to. A sum read from a message that is almost surely about another
 * area ("I'm 72 and have £30,000, will I have to pay for carers?" is charging, not the minimum wage for a
 * 72-year-old) is not trusted (route-question.ts; the floor is routing.sumAreaFloor in config/tuning.json).
 */
export const SUM_AREAS: Readonly<Record<SumName, readonly string[]>> = Object.freeze({
  employer_ni: EMPLOYING,
  wages: EMPLOYING,
  minimum_wage: EMPLOYING,
  holiday_entitlement: EMPLOYING,
  holiday_accrual: EMPLOYING,
  rolled_up_holiday: EMPLOYING,
  pension: EMPLOYING,
  ssp: EMPLOYING,
  smp: EMPLOYING,
  redundancy: EMPLOYING,
  pa_cost: [...EMPLOYING, "getting-started", "local-policy"],
  tariff_income: CHARGING,
  charge: CHARGING,
  wales_cap: CHARGING,
  net_payment: [...CHARGING, "using-dp", "getting-started", "local-policy"],
  personal_budget: ["getting-started", "using-dp", "money", "local-policy", "care-act", "employing-pa", "reviews"],
  contribution: CHARGING,
});
