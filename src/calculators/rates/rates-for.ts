import { inRepository } from "../../repository-root.ts";
import { readJsonFile } from "../../config/read-json-file.ts";
import type { TaxYear, TaxYearRates } from "./rate-types.ts";
import { taxYearRatesSchema } from "./rates-schema.ts";

/** One data file per tax year (config/rates/YYYY-YY.json), each figure with its source. */
export const RATES_FILES: Record<TaxYear, string> = {
  "2025/26": inRepository("config", "rates", "2025-26.json"),
  "2026/27": inRepository("config", "rates", "2026-27.json"),
};

export class RatesFileError extends Error {}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object") {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/** Reads and checks one year's rates; a bad field stops start-up naming the file and the field. */
export function loadRatesFile(file: string, year: TaxYear): TaxYearRates {
  const { $comment: _comment, ...rates } = readJsonFile(file, taxYearRatesSchema, RatesFileError);
  if (rates.taxYear !== year) throw new RatesFileError(`${file}: taxYear is ${rates.taxYear}, expected ${year}`);
  return deepFreeze(rates) as TaxYearRates;
}

const BY_YEAR: Record<TaxYear, TaxYearRates> = {
  "2025/26": loadRatesFile(RATES_FILES["2025/26"], "2025/26"),
  "2026/27": loadRatesFile(RATES_FILES["2026/27"], "2026/27"),
};

export const knownTaxYears = Object.freeze(Object.keys(BY_YEAR) as TaxYear[]);

/** Thrown when no rates are held for a year; the HTTP layer turns it into a 400 on field `taxYear`. */
export class UnknownTaxYearError extends Error {
  readonly field = "taxYear";
  constructor(readonly taxYear: string) {
    super(`No rates are held for tax year ${taxYear}. Known tax years: ${knownTaxYears.join(", ")}.`);
    this.name = "UnknownTaxYearError";
  }
}

/**
 * The UK tax year starts on 6 April (Income Tax Act 2007 s.4), so 5 April 2026 is in 2025/26 and 6 April 2026
 * starts 2026/27. Calendar parts are read in UTC so the answer does not depend on the server's time zone.
 */
export function taxYearFor(date: Date): string {
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + 1;
  const day = date.getUTCDate();
  const startYear = month > 4 || (month === 4 && day >= 6) ? year : year - 1;
  return `${startYear}/${String((startYear + 1) % 100).padStart(2, "0")}`;
}

/** Accepts "2026/27", "2026-27", "2026/2027" and "2026-2027"; anything else is returned unchanged. */
function normaliseTaxYear(value: string): string {
  const match = /^\s*(\d{4})\s*[/-]\s*(\d{2}|\d{4})\s*$/.exec(value);
  if (!match) return value.trim();
  const start = Number(match[1]);
  const end = match[2]!.length === 4 ? Number(match[2]) % 100 : Number(match[2]);
  if ((start + 1) % 100 !== end) return value.trim();
  return `${start}/${String(end).padStart(2, "0")}`;
}

/** The rates for the given tax year, or for the tax year containing `today` when none is given. */
export function ratesFor(taxYear?: string, today: Date = new Date()): TaxYearRates {
  const wanted = taxYear === undefined || taxYear.trim() === "" ? taxYearFor(today) : normaliseTaxYear(taxYear);
  // Own keys only: "__proto__", "constructor" or "toString" are property names, not tax years.
  const rates = Object.hasOwn(BY_YEAR, wanted) ? (BY_YEAR as Record<string, TaxYearRates>)[wanted] : undefined;
  if (!rates) throw new UnknownTaxYearError(wanted);
  return rates;
}
