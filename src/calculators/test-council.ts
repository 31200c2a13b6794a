import type { CouncilConfig } from "../config/council-config.ts";
import type { CalculatorContext } from "./money.ts";

/**
 * A fixed council for the calculator tests, so the hand-worked examples do not change when the sample council's
 * settings do. The figures each test relies on are: PA £13.75 an hour (weekend £14.50), agency £25.80 an hour,
 * day opportunities £62.00 a day, insurance £120.00 a year, payroll £16.00 every 4 weeks, capital limits
 * £14,250 and £23,250, no Minimum Income Guarantee uplift, disability-related expenditure allowance £20.00 a week.
 */
export const testCouncil: CouncilConfig = {
  council: {
    name: "Testshire County Council",
    shortName: "Testshire",
    isSample: true,
    sampleNotice: "Test fixture.",
    website: "https://www.example.org/testshire",
    areaPlaces: ["testshire"],
    adultSocialCare: { name: "Adult Social Care", phone: "01632 960 001" },
    directPaymentsTeam: { name: "Direct Payments Team", phone: "01632 960 002" },
    safeguarding: { name: "Safeguarding", phone: "01632 960 003", outOfHoursPhone: "01632 960 004" },
    supportService: { name: "Support Service", phone: "01632 960 005" },
    financialAssessment: { name: "Financial Assessment Team", phone: "01632 960 006" },
    complaints: { phone: "01632 960 007" },
  },
  policy: { version: "test", owner: "Tests", lastReviewed: "2026-01-01", reviewDue: "2027-01-01" },
  rates: {
    taxYear: "2026/27",
    paHourlyRate: 13.75,
    paWeekendHourlyRate: 14.5,
    agencyHourlyRate: 25.8,
    dayOpportunityDailyRate: 62,
    employersLiabilityInsuranceAnnual: 120,
    payrollServiceFourWeekly: 16,
    paOnCostsNote: "The PA rate covers gross pay only.",
  },
  charging: {
    minimumIncomeGuarantee: {},
    capitalUpperLimit: 23250,
    capitalLowerLimit: 14250,
    migUpliftWeekly: 0,
    dreStandardAllowanceWeekly: 20,
    chargesFromStartOfService: true,
    arrangementFee: 0,
  },
  money: { contingencyWeeks: 8, surplusReviewAboveWeeks: 8, firstAuditWeeks: 12, auditFrequencyMonths: 12, recordsKeptYears: 6, paymentFrequency: "every four weeks" },
  setup: { targetWorkingDays: 20, interimSupport: true },
  http: { allowedOrigins: ["http://localhost:8787"] },
  feedback: { store: false, retentionDays: 90 },
};

/** A context whose "today" falls in the given tax year: 2025/26 → 1 October 2025, 2026/27 → 23 November 2026. */
export function contextFor(taxYear: "2025/26" | "2026/27", council: CouncilConfig = testCouncil): CalculatorContext {
  return { council, today: new Date(taxYear === "2025/26" ? "2025-10-01T12:00:00Z" : "2026-11-23T12:00:00Z") };
}
