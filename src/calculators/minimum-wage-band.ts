import type { Figure, TaxYearRates } from "./rates/rate-types.ts";

/** The minimum wage bands (National Minimum Wage Regulations 2015 reg. 4, 4A and 5; apprentices reg. 5). */
export type MinimumWageBand = "apprentice" | "21AndOver" | "18To20" | "under18";

/**
 * The least hourly rate for a worker of this age in this tax year, and its band: the one rule behind the PA
 * costing and the one-figure minimum wage sum (an unknown age is taken as 21 or over, the usual case).
 */
export function minimumWageBand(rates: TaxYearRates, age: number | undefined, apprentice = false): { figure: Figure; band: MinimumWageBand } {
  const mw = rates.minimumWage;
  if (apprentice) return { figure: mw.apprentice, band: "apprentice" };
  if (age === undefined || age >= 21) return { figure: mw.aged21AndOver, band: "21AndOver" };
  if (age >= 18) return { figure: mw.aged18To20, band: "18To20" };
  return { figure: mw.under18, band: "under18" };
}
