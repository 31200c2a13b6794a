import { describe, expect, it } from "vitest";
import type { TaxYearRates } from "./rate-types.ts";
import { knownTaxYears, ratesFor, taxYearFor, UnknownTaxYearError } from "./rates-for.ts";

describe("taxYearFor", () => {
  // The UK tax year runs 6 April to 5 April (Income Tax Act 2007 s.4).
  it.each([
    ["2026-11-23T10:00:00Z", "2026/27"],
    ["2026-04-05T23:00:00Z", "2025/26"],
    ["2026-04-06T00:00:00Z", "2026/27"],
    ["2025-04-06T00:00:00Z", "2025/26"],
    ["2026-01-01T00:00:00Z", "2025/26"],
    ["2099-12-31T00:00:00Z", "2099/00"],
  ])("%s is in %s", (date, year) => {
    expect(taxYearFor(new Date(date))).toBe(year);
  });
});

describe("ratesFor", () => {
  it("picks the year from the date when none is given", () => {
    expect(ratesFor(undefined, new Date("2026-11-23T00:00:00Z")).taxYear).toBe("2026/27");
    expect(ratesFor(undefined, new Date("2026-04-05T12:00:00Z")).taxYear).toBe("2025/26");
  });

  it("uses the given year over the date, in any common spelling", () => {
    const today = new Date("2026-11-23T00:00:00Z");
    expect(ratesFor("2025/26", today).taxYear).toBe("2025/26");
    expect(ratesFor("2025-26", today).taxYear).toBe("2025/26");
    expect(ratesFor("2025/2026", today).taxYear).toBe("2025/26");
    expect(ratesFor(" 2026-2027 ", today).taxYear).toBe("2026/27");
  });

  it("throws a clear error naming taxYear for a year with no rates", () => {
    expect(() => ratesFor("2027/28")).toThrow(UnknownTaxYearError);
    try {
      ratesFor("2030/31");
    } catch (err) {
      expect(err).toBeInstanceOf(UnknownTaxYearError);
      expect((err as UnknownTaxYearError).field).toBe("taxYear");
      expect((err as Error).message).toContain("2030/31");
      expect((err as Error).message).toContain("2025/26");
    }
    expect(() => ratesFor("next year")).toThrow(UnknownTaxYearError);
    expect(() => ratesFor("2025/27")).toThrow(UnknownTaxYearError);
    expect(() => ratesFor(undefined, new Date("2027-05-01T00:00:00Z"))).toThrow(/2027\/28/);
  });

  it("holds exactly 2025/26 and 2026/27", () => {
    expect([...knownTaxYears].sort()).toEqual(["2025/26", "2026/27"]);
  });
});

/** Every leaf figure in a rates file, with its path. */
function figures(node: unknown, path: string[] = []): { path: string; figure: Record<string, unknown> }[] {
  if (node === null || typeof node !== "object") return [];
  const record = node as Record<string, unknown>;
  if ("value" in record && "source" in record) return [{ path: path.join("."), figure: record }];
  return Object.entries(record).flatMap(([key, child]) => figures(child, [...path, key]));
}

describe.each(knownTaxYears)("rates file %s", (year) => {
  const rates: TaxYearRates = ratesFor(year);
  const all = figures(rates);

  it("says which year it is and when it starts and ends", () => {
    expect(rates.taxYear).toBe(year);
    const start = Number(year.slice(0, 4));
    expect(rates.starts).toBe(`${start}-04-06`);
    expect(rates.ends).toBe(`${start + 1}-04-05`);
  });

  it("gives every figure a source with a title and an https address, and a confidence", () => {
    expect(all.length).toBeGreaterThan(40);
    for (const { path, figure } of all) {
      const source = figure.source as { title?: string; url?: string };
      expect(source.title, path).toMatch(/\S/);
      expect(source.url, path).toMatch(/^https:\/\//);
      expect(["primary", "secondary", "not-found"], path).toContain(figure.confidence);
    }
  });

  it("never holds a guessed figure: not-found figures are null and explain themselves, others are numbers", () => {
    for (const { path, figure } of all) {
      if (figure.confidence === "not-found") {
        expect(figure.value, path).toBeNull();
        expect(String(figure.note), path).toMatch(/not found/i);
      } else {
        expect(typeof figure.value, path).toBe("number");
        expect(Number.isFinite(figure.value as number), path).toBe(true);
      }
      if (figure.confidence === "secondary") expect(String(figure.note ?? ""), path).toMatch(/\S/);
    }
  });

  it("keeps weekly thresholds below four-weekly below monthly below annual", () => {
    for (const p of [rates.employerNi.secondaryThreshold, rates.pension.earningsTrigger, rates.pension.qualifyingEarningsLower, rates.pension.qualifyingEarningsUpper]) {
      expect(p.week.value).toBeLessThan(p.fourWeeks.value);
      expect(p.fourWeeks.value).toBeLessThan(p.month.value);
      expect(p.month.value).toBeLessThan(p.year.value);
    }
  });
});

describe("figures checked against their sources", () => {
  // Each expectation is the figure as read in the source named in the rates file (see its note).
  it("2025/26", () => {
    const r = ratesFor("2025/26");
    expect(r.minimumWage.aged21AndOver.value).toBe(12.21);
    expect(r.minimumWage.aged18To20.value).toBe(10);
    expect(r.minimumWage.under18.value).toBe(7.55);
    expect(r.employerNi.rate.value).toBe(0.15);
    expect(r.employerNi.secondaryThreshold.year.value).toBe(5000);
    expect(r.employerNi.secondaryThreshold.week.value).toBe(96);
    expect(r.employerNi.secondaryThreshold.month.value).toBe(417);
    expect(r.employerNi.employmentAllowance.value).toBe(10500);
    expect(r.pension.earningsTrigger.year.value).toBe(10000);
    expect(r.pension.qualifyingEarningsLower.fourWeeks.value).toBe(480);
    expect(r.pension.qualifyingEarningsUpper.fourWeeks.value).toBe(3867);
    expect(r.charging.capitalUpperLimit.value).toBe(23250);
    expect(r.charging.capitalLowerLimit.value).toBe(14250);
    const mig = r.charging.minimumIncomeGuarantee;
    expect(mig.singleAged18To24.value).toBe(89.15);
    expect(mig.singleAged25ToPensionCreditAge.value).toBe(112.5);
    expect(mig.disabilityPremiumSingle.value).toBe(49.65);
    expect(mig.enhancedDisabilityPremiumSingle.value).toBe(24.25);
    expect(mig.singlePensionCreditAge.value).toBe(232.6);
    // Not found, so not held (see the report): couple, lone parent, child and carer rows.
    expect(mig.coupleMemberAged18Plus.value).toBeNull();
    expect(mig.carerPremium.value).toBeNull();
  });

  it("2026/27", () => {
    const r = ratesFor("2026/27");
    expect(r.minimumWage.aged21AndOver.value).toBe(12.71);
    expect(r.minimumWage.aged18To20.value).toBe(10.85);
    expect(r.minimumWage.under18.value).toBe(8);
    expect(r.minimumWage.apprentice.value).toBe(8);
    expect(r.employerNi.secondaryThreshold.year.value).toBe(5000);
    expect(r.employerNi.employmentAllowance.value).toBe(10500);
    expect(r.pension.earningsTrigger.year.value).toBe(10000);
    const mig = r.charging.minimumIncomeGuarantee;
    expect(mig.singleAged18To24.value).toBe(95.4);
    expect(mig.singlePensionCreditAge.value).toBe(241.45);
    // Not found, so not held: every other 2026/27 row (only the uplift and two examples were published in reports).
    const held = Object.entries(mig).filter(([, f]) => f.value !== null).map(([row]) => row);
    expect(held.sort()).toEqual(["singleAged18To24", "singlePensionCreditAge"]);
  });
});

describe("rates files as data", () => {
  it("stops with the file and the field named when a figure is mistyped or a source is missing", async () => {
    const { mkdtempSync, readFileSync, writeFileSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const { join } = await import("node:path");
    const { loadRatesFile, RATES_FILES, RatesFileError } = await import("./rates-for.ts");
    const dir = mkdtempSync(join(tmpdir(), "rates-"));
    const good = JSON.parse(readFileSync(RATES_FILES["2026/27"], "utf8"));
    const typo = structuredClone(good);
    typo.minimumWage.aged21AndOver.value = "12.71";
    writeFileSync(join(dir, "typo.json"), JSON.stringify(typo));
    expect(() => loadRatesFile(join(dir, "typo.json"), "2026/27")).toThrow(/typo\.json: minimumWage\.aged21AndOver\.value/);
    const unsourced = structuredClone(good);
    delete unsourced.employerNi.rate.source;
    writeFileSync(join(dir, "unsourced.json"), JSON.stringify(unsourced));
    expect(() => loadRatesFile(join(dir, "unsourced.json"), "2026/27")).toThrow(RatesFileError);
    expect(() => loadRatesFile(RATES_FILES["2026/27"], "2025/26")).toThrow(/expected 2025\/26/);
  });
});
