import type { Figure, MissingFigure, PeriodFigures, RateSource, TaxYearRates } from "./rate-types.ts";

/*
 * Rates for the UK tax year 6 April 2026 to 5 April 2027. Each figure says where it is published and how far it
 * was checked (see RateConfidence). Figures that could not be found are null, never estimated from an uplift:
 * in particular only two Minimum Income Guarantee rows for 2026/27 could be confirmed (single aged 18 to 24 and
 * single at Pension Credit age, as reported from the DHSC announcement of February 2026); for the other rows the
 * contribution calculator asks for the council's own figure. Searched again on 1 December 2026 (stored GOV.UK,
 * legislation.gov.uk and DHSC material): neither the 2026 to 2027 circular nor the 2026 amending regulations to
 * reg 7 are held, so the rows stay as they were.
 */

const NMW: RateSource = {
  title: "National Minimum Wage and National Living Wage rates",
  url: "https://www.gov.uk/national-minimum-wage-rates",
  section: "Current rates (April 2026)",
};
const EMPLOYER_RATES: RateSource = {
  title: "Rates and thresholds for employers 2026 to 2027",
  url: "https://www.gov.uk/guidance/rates-and-thresholds-for-employers-2026-to-2027",
  section: "Class 1 National Insurance thresholds and rates",
};
const NI_CHECKED =
  "Read in payroll tables quoting HMRC (Delphini, PayPacket) and Budget 2025 summaries: secondary threshold held at £5,000 until April 2031, rate 15%; the GOV.UK page itself was not read.";
const FOUR_WEEKLY =
  "HMRC's four-weekly thresholds are four times the weekly ones (a 2022/23 payroll facts card shows ST £175 a week and £700 four-weekly, UEL £967 and £3,868); the 2026/27 four-weekly table itself was not read.";
const EMPLOYMENT_ALLOWANCE: RateSource = {
  title: "HMRC National Insurance Manual NIM06520: Employment Allowance for employers of care and support workers",
  url: "https://www.gov.uk/hmrc-internal-manuals/national-insurance-manual/nim06520",
};
const AE_REVIEW: RateSource = {
  title: "Review of the automatic enrolment earnings trigger and qualifying earnings band for 2026/27 (DWP)",
  url: "https://www.gov.uk/government/publications/review-of-the-automatic-enrolment-earnings-trigger-and-qualifying-earnings-band-for-202627/review-of-the-automatic-enrolment-earnings-trigger-and-qualifying-earnings-band-for-202627",
};
const AE_CHECKED =
  "Thresholds unchanged for 2026/27 (read in accountants' notices quoting the DWP review); per-period amounts as published by The Pensions Regulator for the unchanged annual thresholds.";
const TPR_CONTRIBUTIONS: RateSource = {
  title: "Workplace pensions: minimum contributions and who must be enrolled (Pensions Act 2008 ss.1, 3, 20)",
  url: "https://www.thepensionsregulator.gov.uk/en/employers/managing-a-scheme/automatic-enrolment-contributions",
};
const RECOVER: RateSource = { title: "Recover statutory payments", url: "https://www.gov.uk/recover-statutory-payments" };
const SMP: RateSource = { title: "Statutory Maternity Pay and Leave: employer guide", url: "https://www.gov.uk/employers-maternity-pay-leave" };
const REDUNDANCY: RateSource = { title: "Redundancy pay (Employment Rights Act 1996 s.162)", url: "https://www.gov.uk/redundancy-your-rights/redundancy-pay" };
const REDUNDANCY_CAP: RateSource = { title: "Employment Rights (Increase of Limits) Order 2026 (SI 2026/310)", url: "https://www.legislation.gov.uk/uksi/2026/310/contents", section: "week's pay limit from 6 April 2026" };
const SSP: RateSource = { title: "Statutory Sick Pay (SSP): employer guide", url: "https://www.gov.uk/employers-sick-pay" };
const SSP_ERA_2025: RateSource = {
  title: "Employment Rights Act 2025, section 10 (statutory sick pay in Great Britain: removal of waiting period)",
  url: "https://www.legislation.gov.uk/ukpga/2025/36/section/10",
  section: "s.10: amends SSCBA 1992 ss.151 to 156 (s.155(1) omitted; period of entitlement from the first day); in force by SI 2026/373 reg 2(a)",
};
const SSP_DBT: RateSource = {
  title: "Statutory Sick Pay changes from 6 April 2026 (business.gov.uk, Department for Business and Trade)",
  url: "https://www.business.gov.uk/campaign/employment-changes/employers/statutory-sick-pay",
};
const SPA: RateSource = { title: "Check your State Pension age", url: "https://www.gov.uk/state-pension-age" };
const HOLIDAY: RateSource = {
  title: "Holiday entitlement (Working Time Regulations 1998 regs 13, 13A and 15B)",
  url: "https://www.gov.uk/holiday-entitlement-rights",
};
const IRREGULAR: RateSource = {
  title: "Irregular hours and part-year workers (Acas); Working Time Regulations 1998 reg 15B as inserted by SI 2023/1426",
  url: "https://www.acas.org.uk/irregular-hours-and-part-year-workers",
};
const CIRCULAR: RateSource = {
  title: "Social care – charging for care and support: 2026 to 2027 local authority circular (DHSC)",
  url: "https://www.gov.uk/government/collections/local-authority-circulars",
  section: "Annex: capital limits; minimum income guarantee",
};
const REG_12: RateSource = {
  title: "Care and Support (Charging and Assessment of Resources) Regulations 2014",
  url: "https://www.legislation.gov.uk/uksi/2014/2672/contents",
  section: "reg 12 (financial limit: capital) and reg 25 (calculation of tariff income from capital)",
};
const REG_7: RateSource = {
  title: "Care and Support (Charging and Assessment of Resources) Regulations 2014, as amended for 2026 to 2027",
  url: "https://www.legislation.gov.uk/uksi/2014/2672/regulation/7",
  section: "reg 7",
};

function primary(value: number, source: RateSource, note?: string): Figure {
  return note === undefined ? { value, source, confidence: "primary" } : { value, source, confidence: "primary", note };
}
function secondary(value: number, source: RateSource, note: string): Figure {
  return { value, source, confidence: "secondary", note };
}
function notFound(source: RateSource, note: string): MissingFigure {
  return { value: null, source, confidence: "not-found", note };
}
function periods(week: Figure, fourWeeks: Figure, month: Figure, year: Figure): PeriodFigures {
  return { week, fourWeeks, month, year };
}

const MIG_2026: RateSource = {
  title: "Social care – charging for care and support: local authority circular LAC(DHSC)(2026)1 (DHSC, February 2026)",
  url: "https://www.gov.uk/government/collections/local-authority-circulars",
  section: "Annex: minimum income guarantee, weekly amounts from April 2026 (2026/27)",
};
const MIG_18_24 =
  "£95.40 a week from April 2026 (2026/27), up from £89.15 in 2025/26: the example given in DHSC's announcement of the 7% uplift for working-age adults (February 2026), read as reported by britbrief.co.uk and brumdaily.uk; the circular itself and the 2026 amending regulations were not read (not in the stored material, searched 1 December 2026).";
const MIG_PENSION_AGE =
  "£241.45 a week from April 2026 (2026/27), up from £232.60 in 2025/26: read in one news report of DHSC's February 2026 announcement (brumdaily.uk); the circular itself and the 2026 amending regulations were not read.";
const MIG_NOT_FOUND =
  "Not found: the 2026 to 2027 DHSC circular (LAC(DHSC)(2026)1) and the 2026 amending regulations could not be read, and the public reports of the circular give only the 7% working-age uplift (premiums by less) and two example amounts, not this row. An amount is never worked out from an uplift. Use the council's own figure.";
const CAPITAL_NOTE =
  "The 2026 to 2027 circular was not found. The limits have been unchanged since April 2010, and council charging policies effective from February 2026 still use £14,250 and £23,250.";

export const rates202627: TaxYearRates = Object.freeze({
  taxYear: "2026/27",
  starts: "2026-04-06",
  ends: "2027-04-05",
  minimumWage: {
    aged21AndOver: primary(12.71, NMW, "GOV.UK page read through a mirror copy."),
    aged18To20: primary(10.85, NMW, "GOV.UK page read through a mirror copy."),
    under18: primary(8.0, NMW, "GOV.UK page read through a mirror copy."),
    apprentice: primary(8.0, NMW, "Applies to apprentices under 19, or 19 and over in the first year of the apprenticeship."),
  },
  employerNi: {
    rate: secondary(0.15, EMPLOYER_RATES, NI_CHECKED),
    secondaryThreshold: periods(
      secondary(96, EMPLOYER_RATES, NI_CHECKED),
      secondary(384, EMPLOYER_RATES, FOUR_WEEKLY),
      secondary(417, EMPLOYER_RATES, NI_CHECKED),
      secondary(5000, EMPLOYER_RATES, NI_CHECKED),
    ),
    upperSecondaryThreshold: periods(
      secondary(967, EMPLOYER_RATES, NI_CHECKED),
      secondary(3868, EMPLOYER_RATES, FOUR_WEEKLY),
      secondary(4189, EMPLOYER_RATES, NI_CHECKED),
      secondary(50270, EMPLOYER_RATES, NI_CHECKED),
    ),
    employmentAllowance: secondary(
      10500,
      EMPLOYMENT_ALLOWANCE,
      "Eligibility of care and support employers read in HMRC NIM06520; £10,500 for 2026/27 read in payroll tables (Delphini) and Budget 2025 summaries.",
    ),
  },
  pension: {
    totalMinimumRate: secondary(0.08, TPR_CONTRIBUTIONS, "At least 8% of qualifying earnings in total, of which at least 3% from the employer (Pensions Act 2008 s.20; The Pensions Regulator)."),
    employerMinimumRate: secondary(0.03, TPR_CONTRIBUTIONS, "Read in accountants' summaries of the Pensions Act 2008 minimums (employer 3%, total 8%)."),
    minimumAge: secondary(22, TPR_CONTRIBUTIONS, "Eligible jobholder: aged 22 to State Pension age, earning above the trigger; read in employer guides."),
    earningsTrigger: periods(
      secondary(192, AE_REVIEW, AE_CHECKED),
      secondary(768, AE_REVIEW, AE_CHECKED),
      secondary(833, AE_REVIEW, AE_CHECKED),
      secondary(10000, AE_REVIEW, AE_CHECKED),
    ),
    qualifyingEarningsLower: periods(
      secondary(120, AE_REVIEW, AE_CHECKED),
      secondary(480, AE_REVIEW, AE_CHECKED),
      secondary(520, AE_REVIEW, AE_CHECKED),
      secondary(6240, AE_REVIEW, AE_CHECKED),
    ),
    qualifyingEarningsUpper: periods(
      secondary(967, AE_REVIEW, AE_CHECKED),
      secondary(3867, AE_REVIEW, AE_CHECKED),
      secondary(4189, AE_REVIEW, AE_CHECKED),
      secondary(50270, AE_REVIEW, AE_CHECKED),
    ),
  },
  statePensionAge: secondary(
    66,
    SPA,
    "State Pension age rises from 66 to 67 between 2026 and 2028 for people born on or after 6 April 1960, so someone who turns 66 in 2026/27 may not yet have reached it.",
  ),
  ssp: {
    weeklyRate: secondary(123.25, SSP, "From 6 April 2026, payable from the first full day of sickness absence, for the days the employee would normally work (qualifying days), with no lower earnings limit (Employment Rights Act 2025). Read in GOV.UK and business.gov.uk pages quoted by the knowledge writers."),
    earningsShare: secondary(0.8, SSP, "SSP is the lower of the weekly rate and 80% of average weekly earnings from 6 April 2026."),
    lowerEarningsLimitWeekly: null,
    waitingDays: primary(
      0,
      SSP_ERA_2025,
      "From 6 April 2026 SSP is payable from the first full day of sickness absence, the three waiting days removed: read in the text of ERA 2025 s.10 (a copy of the legislation.gov.uk page, which notes commencement by SI 2026/373 reg 2(a)) and on business.gov.uk (DBT), " + SSP_DBT.url + ".",
    ),
    maxWeeks: secondary(28, SSP, "Up to 28 weeks."),
  },
  smp: {
    earningsShare: secondary(0.9, SMP, "90% of average weekly earnings for the first 6 weeks."),
    higherRateWeeks: secondary(6, SMP, "The first 6 weeks."),
    flatWeeklyRate: secondary(194.32, SMP, "Weeks 7 to 39: the lower of this and 90% of average weekly earnings. Read in GOV.UK rates and thresholds for employers, as cited in knowledge/employing-pa/maternity-and-family-leave.md."),
    totalWeeks: secondary(39, SMP, "Up to 39 weeks."),
    smallEmployerRecovery: secondary(1.085, RECOVER, "Small employers' relief: 100% plus 8.5% compensation from 6 April 2025, as cited in knowledge/employing-pa/maternity-and-family-leave.md."),
    standardRecovery: secondary(0.92, RECOVER, "Employers not qualifying for small employers' relief claim back 92%."),
  },
  redundancy: {
    weeklyPayCap: secondary(751, REDUNDANCY_CAP, "Week's pay limit for redundancies from 6 April 2026."),
    minimumYears: secondary(2, REDUNDANCY, "Due after 2 years' continuous service."),
    maximumYears: secondary(20, REDUNDANCY, "Only the last 20 years count."),
  },
  holiday: {
    statutoryWeeks: secondary(5.6, HOLIDAY, "Read in Acas and employment-law summaries."),
    statutoryDaysCap: secondary(28, HOLIDAY, "Read in Acas and employment-law summaries."),
    irregularHoursAccrualRate: secondary(
      0.1207,
      IRREGULAR,
      "12.07% of hours worked in each pay period, leave years starting on or after 1 April 2024; rolled-up holiday pay at 12.07% allowed. Read in Acas and law-firm summaries.",
    ),
  },
  charging: {
    capitalUpperLimit: secondary(23250, CIRCULAR, CAPITAL_NOTE),
    capitalLowerLimit: secondary(14250, CIRCULAR, CAPITAL_NOTE),
    tariffIncomePerStep: secondary(1, REG_12, "£1 a week for each £250, and for any part of £250, above the lower limit (reg 25); read in the DHSC circular and council policies."),
    tariffIncomeStep: secondary(250, REG_12, "See tariffIncomePerStep."),
    walesWeeklyChargeCap: secondary(
      100,
      { title: "The Care and Support (Charging) (Wales) (Amendment) Regulations 2020 (SI 2020/131)", url: "https://www.legislation.gov.uk/wsi/2020/131/note/made" },
      "Wales only: the maximum weekly charge for non-residential care and support, £100 from April 2020 (SI 2020/131), kept at £100 (Welsh Government written statement, 6 December 2024). No 2026 Welsh amending regulations or statement for 2026/27 were found (searched 1 December 2026), so this is the 2025/26 figure carried forward unconfirmed; check the council's figure.",
    ),
    minimumIncomeGuarantee: {
      singleAged18To24: secondary(95.4, MIG_2026, MIG_18_24),
      singleAged25ToPensionCreditAge: notFound(REG_7, MIG_NOT_FOUND),
      singlePensionCreditAge: secondary(241.45, MIG_2026, MIG_PENSION_AGE),
      loneParentAged18Plus: notFound(REG_7, MIG_NOT_FOUND),
      coupleMemberAged18Plus: notFound(REG_7, MIG_NOT_FOUND),
      coupleMemberPensionCreditAge: notFound(REG_7, MIG_NOT_FOUND),
      perChild: notFound(REG_7, MIG_NOT_FOUND),
      disabilityPremiumSingle: notFound(REG_7, MIG_NOT_FOUND),
      enhancedDisabilityPremiumSingle: notFound(REG_7, MIG_NOT_FOUND),
      disabilityPremiumCoupleMember: notFound(REG_7, MIG_NOT_FOUND),
      enhancedDisabilityPremiumCoupleMember: notFound(REG_7, MIG_NOT_FOUND),
      carerPremium: notFound(REG_7, MIG_NOT_FOUND),
    },
  },
} satisfies TaxYearRates);
