import type { CouncilConfig } from "../config/council-config.ts";
import type { RateSource } from "./rates/rate-types.ts";

/** What every calculator is given besides its input: the council's settings and today's date (injected, for tests). */
export interface CalculatorContext {
  council: CouncilConfig;
  today: Date;
}

/**
 * Rounding rule used by every calculator: each figure that is shown as a step is rounded to the nearest penny,
 * halves away from zero ("round half up" for the positive amounts used here), and later steps use the rounded
 * figure, so a reader can redo every step with a pocket calculator. `toPrecision(12)` first strips binary
 * floating-point noise (0.1 + 0.2 style) so that, for example, 1.005 rounds to 1.01 as a person would expect.
 */
export function roundMoney(amount: number): number {
  const pence = Number((amount * 100).toPrecision(12));
  const rounded = Math.sign(pence) * Math.round(Math.abs(pence));
  return rounded / 100 || 0;
}

/** "£1,234.50" — UK format, always two decimal places. */
/**
 * "£80", "£24.60", "£10,500": pence only when there are some (GOV.UK style guide, "Money": "£75, not
 * £75.00"), which also keeps a figure from reading as part of a longer one.
 */
// Made once: toLocaleString with options builds a new formatter on every call, which showed in profiles.
const WHOLE_POUNDS = new Intl.NumberFormat("en-GB", { minimumFractionDigits: 0, maximumFractionDigits: 0 });
const WITH_PENCE = new Intl.NumberFormat("en-GB", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

export function formatPounds(amount: number): string {
  const sign = amount < 0 ? "-" : "";
  const value = Math.round(Math.abs(amount) * 100) / 100;
  return `${sign}£${(Number.isInteger(value) ? WHOLE_POUNDS : WITH_PENCE).format(value)}`;
}

/** A step's `source` string: title, section and address, so the answer can cite it as written. */
export function cite(source: RateSource): string {
  return `${source.title}${source.section ? `, ${source.section}` : ""} (${source.url})`;
}

/** The council's settings file, cited for figures the council chooses. */
export function councilSource(council: CouncilConfig, setting: string): string {
  return `${council.council.name} settings: ${setting} (policy version ${council.policy.version})`;
}

/** Every calculator ends with this so no figure is mistaken for a decision. */
export function estimateDisclaimer(council: CouncilConfig): string {
  return `This is an estimate, not a decision: ${council.council.name}'s own assessment decides.`;
}
