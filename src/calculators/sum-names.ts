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
