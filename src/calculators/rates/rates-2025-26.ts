import type { Figure, MissingFigure, PeriodFigures, RateSource, TaxYearRates } from "./rate-types.ts";

/*
 * Rates for the UK tax year 6 April 2025 to 5 April 2026. Each figure says where it is published and how far it
 * was checked (see RateConfidence). Figures that could not be found are null, never estimated from an uplift.
 */

const NMW: RateSource = {
  title: "National Minimum Wage and National Living Wage rates",
  url: "https://www.gov.uk/national-minimum-wage-rates",
  section: "Current rates (April 2025)",
};
const EMPLOYER_RATES: RateSource = {
  title: "Rates and thresholds for employers 2025 to 2026",
  url: "https://www.gov.uk/guidance/rates-and-thresholds-for-employers-2025-to-2026",
  section: "Class 1 National Insurance thresholds and rates",
};
const NI_CHECKED = "Read in payroll bureau tables quoting HMRC (Moorepay, Payroll Options, Delphini); the GOV.UK page itself was not read.";
const FOUR_WEEKLY =
  "HMRC's four-weekly thresholds are four times the weekly ones (a 2022/23 payroll facts card shows ST £175 a week and £700 four-weekly, UEL £967 and £3,868); the 2025/26 four-weekly table itself was not read.";
const EMPLOYMENT_ALLOWANCE: RateSource = {
  title: "HMRC National Insurance Manual NIM06520: Employment Allowance for employers of care and support workers",
  url: "https://www.gov.uk/hmrc-internal-manuals/national-insurance-manual/nim06520",
};
const TPR_THRESHOLDS: RateSource = {
  title: "Automatic enrolment earnings thresholds (The Pensions Regulator)",
  url: "https://www.thepensionsregulator.gov.uk/en/business-advisers/automatic-enrolment-guide-for-business-advisers/automatic-enrolment-earnings-threshold",
  section: "Earnings thresholds 2025-2026, by pay period",
};
const TPR_CONTRIBUTIONS: RateSource = {
  title: "Workplace pensions: minimum contributions and who must be enrolled (Pensions Act 2008 ss.1, 3, 20)",
  url: "https://www.thepensionsregulator.gov.uk/en/employers/managing-a-scheme/automatic-enrolment-contributions",
};
const RECOVER: RateSource = { title: "Recover statutory payments", url: "https://www.gov.uk/recover-statutory-payments" };
const SMP: RateSource = { title: "Statutory Maternity Pay and Leave: employer guide", url: "https://www.gov.uk/employers-maternity-pay-leave" };
const REDUNDANCY: RateSource = { title: "Redundancy pay (Employment Rights Act 1996 s.162)", url: "https://www.gov.uk/redundancy-your-rights/redundancy-pay" };
const REDUNDANCY_CAP: RateSource = { title: "Employment Rights (Increase of Limits) Order 2025 (SI 2025/348)", url: "https://www.legislation.gov.uk/uksi/2025/348/contents", section: "week's pay limit from 6 April 2025" };
const SSP: RateSource = { title: "Statutory Sick Pay (SSP): employer guide", url: "https://www.gov.uk/employers-sick-pay" };
const SSP_DBT_EMPLOYEE: RateSource = {
  title: "Your Sick Pay Rights: changes from 6 April 2026 (business.gov.uk, Department for Business and Trade)",
  url: "https://www.business.gov.uk/campaign/employment-changes/employee/statutory-sick-pay",
  section: "the rules before 6 April 2026: earnings of at least £125 a week; SSP from the fourth day off sick",
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
  title: "Social care – charging for care and support: 2025 to 2026 local authority circular (DHSC)",
  url: "https://www.gov.uk/government/publications/social-care-charging-for-local-authorities-2025-to-2026/social-care-charging-for-care-and-support-2025-to-2026-local-authority-circular",
  section: "Annex: capital limits; minimum income guarantee",
};
const REG_12: RateSource = {
  title: "Care and Support (Charging and Assessment of Resources) Regulations 2014",
  url: "https://www.legislation.gov.uk/uksi/2014/2672/contents",
  section: "reg 12 (financial limit: capital) and reg 25 (calculation of tariff income from capital)",
};
const REG_7: RateSource = {
  title: "Care and Support (Charging and Assessment of Resources) Regulations 2014, as amended for 2025 to 2026 (amounts also in the DHSC 2025 to 2026 circular)",
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

const MIG_SECONDARY =
  "Read in Bright Futures @ Ruils, '2025/2026 Benefit and Minimum Income Guarantee rates' (19 May 2025), which quotes the DHSC circular; the circular itself was not read.";
const MIG_PENSION_AGE_2025 =
  "£232.60 a week in 2025/26: the 'from' figure in a news report of DHSC's February 2026 announcement of the 2026/27 amounts (brumdaily.uk); the 2025 to 2026 circular itself was not read. Searched again on 1 December 2026: neither the circular's annex nor the 2025 amending regulations are in the stored material, so the figure stays secondary.";
const MIG_NOT_FOUND =
  "Not found: the 2025 to 2026 circular's annex and the 2025 amending regulations could not be read, and no reliable secondary source gave this row. Use the council's own figure.";

export const rates202526: TaxYearRates = Object.freeze({
  taxYear: "2025/26",
  starts: "2025-04-06",
  ends: "2026-04-05",
  minimumWage: {
    aged21AndOver: primary(12.21, NMW, "GOV.UK page read through a mirror copy."),
    aged18To20: primary(10.0, NMW, "GOV.UK page read through a mirror copy."),
    under18: primary(7.55, NMW, "GOV.UK page read through a mirror copy."),
    apprentice: primary(7.55, NMW, "Applies to apprentices under 19, or 19 and over in the first year of the apprenticeship."),
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
      "Eligibility of care and support employers (including PAs paid by direct payment) read in HMRC NIM06520; the £10,500 amount read in accountants' summaries and the GOV.UK further guidance history, not on the claim page itself.",
    ),
  },
  pension: {
    totalMinimumRate: secondary(0.08, TPR_CONTRIBUTIONS, "At least 8% of qualifying earnings in total, of which at least 3% from the employer (Pensions Act 2008 s.20; The Pensions Regulator)."),
    employerMinimumRate: secondary(0.03, TPR_CONTRIBUTIONS, "Read in accountants' summaries of the Pensions Act 2008 minimums (employer 3%, total 8%)."),
    minimumAge: secondary(22, TPR_CONTRIBUTIONS, "Eligible jobholder: aged 22 to State Pension age, earning above the trigger; read in employer guides."),
    earningsTrigger: periods(
      primary(192, TPR_THRESHOLDS),
      primary(768, TPR_THRESHOLDS),
      primary(833, TPR_THRESHOLDS),
      primary(10000, TPR_THRESHOLDS),
    ),
    qualifyingEarningsLower: periods(
      primary(120, TPR_THRESHOLDS),
      primary(480, TPR_THRESHOLDS),
      primary(520, TPR_THRESHOLDS),
      primary(6240, TPR_THRESHOLDS),
    ),
    qualifyingEarningsUpper: periods(
      primary(967, TPR_THRESHOLDS),
      primary(3867, TPR_THRESHOLDS),
      primary(4189, TPR_THRESHOLDS),
      primary(50270, TPR_THRESHOLDS),
    ),
  },
  statePensionAge: secondary(66, SPA, "66 throughout 2025/26; it starts rising towards 67 for people born on or after 6 April 1960."),
  ssp: {
    weeklyRate: secondary(118.75, SSP, "2025/26 weekly rate, paid from the fourth qualifying day to employees earning at least the lower earnings limit."),
    earningsShare: null,
    lowerEarningsLimitWeekly: primary(125, SSP_DBT_EMPLOYEE, "Lower earnings limit £125 a week in 2025/26: read on business.gov.uk (DBT), which describes the rules in force before 6 April 2026."),
    waitingDays: primary(3, SSP_DBT_EMPLOYEE, "2025/26: SSP only started on the fourth day off sick (3 waiting days): read on business.gov.uk (DBT); the waiting period was SSCBA 1992 s.155(1), omitted from 6 April 2026 by Employment Rights Act 2025 s.10."),
    maxWeeks: secondary(28, SSP, "Up to 28 weeks."),
  },
  smp: {
    earningsShare: secondary(0.9, SMP, "90% of average weekly earnings for the first 6 weeks."),
    higherRateWeeks: secondary(6, SMP, "The first 6 weeks."),
    flatWeeklyRate: secondary(187.18, SMP, "Weeks 7 to 39: the lower of this and 90% of average weekly earnings. Read in GOV.UK rates and thresholds for employers, as cited in knowledge/employing-pa/maternity-and-family-leave.md."),
    totalWeeks: secondary(39, SMP, "Up to 39 weeks."),
    smallEmployerRecovery: secondary(1.085, RECOVER, "Small employers' relief: 100% plus 8.5% compensation from 6 April 2025, as cited in knowledge/employing-pa/maternity-and-family-leave.md."),
    standardRecovery: secondary(0.92, RECOVER, "Employers not qualifying for small employers' relief claim back 92%."),
  },
  redundancy: {
    weeklyPayCap: secondary(719, REDUNDANCY_CAP, "Week's pay limit for redundancies from 6 April 2025."),
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
    capitalUpperLimit: secondary(23250, CIRCULAR, "Unchanged since April 2010; 2024 to 2025 circular read (primary) and 2025/26 tables read in National Careline and Ruils."),
    capitalLowerLimit: secondary(14250, CIRCULAR, "Unchanged since April 2010; 2024 to 2025 circular read (primary) and 2025/26 tables read in National Careline and Ruils."),
    tariffIncomePerStep: secondary(1, REG_12, "£1 a week for each £250, and for any part of £250, above the lower limit (reg 25); read in the DHSC circular and council policies."),
    tariffIncomeStep: secondary(250, REG_12, "See tariffIncomePerStep."),
    walesWeeklyChargeCap: primary(
      100,
      { title: "The Care and Support (Charging) (Wales) (Amendment) Regulations 2020 (SI 2020/131)", url: "https://www.legislation.gov.uk/wsi/2020/131/note/made" },
      "Wales only: the maximum weekly charge for non-residential care and support (and the most a person can be asked to contribute to a direct payment), raised from £90 to £100 from April 2020 (explanatory note to SI 2020/131, legislation.gov.uk), kept at £100 by the Welsh Ministers (Welsh Government written statement, 6 December 2024, https://gov.wales/written-statement-raising-weekly-maximum-charge-adult-non-residential-care-and-support); the 2025 amending regulations (WSI 2025/151) amend the Welsh Charging Regulations only at regs 13 and 28 (care home minimum income amount), leaving the £100 in place.",
    ),
    minimumIncomeGuarantee: {
      singleAged18To24: secondary(89.15, REG_7, MIG_SECONDARY),
      singleAged25ToPensionCreditAge: secondary(112.5, REG_7, MIG_SECONDARY),
      singlePensionCreditAge: secondary(232.6, CIRCULAR, MIG_PENSION_AGE_2025),
      loneParentAged18Plus: notFound(REG_7, MIG_NOT_FOUND),
      coupleMemberAged18Plus: notFound(REG_7, MIG_NOT_FOUND),
      coupleMemberPensionCreditAge: notFound(REG_7, MIG_NOT_FOUND),
      perChild: notFound(REG_7, MIG_NOT_FOUND),
      disabilityPremiumSingle: secondary(49.65, REG_7, MIG_SECONDARY),
      enhancedDisabilityPremiumSingle: secondary(24.25, REG_7, MIG_SECONDARY),
      disabilityPremiumCoupleMember: notFound(REG_7, MIG_NOT_FOUND),
      enhancedDisabilityPremiumCoupleMember: notFound(REG_7, MIG_NOT_FOUND),
      carerPremium: notFound(REG_7, MIG_NOT_FOUND),
    },
  },
} satisfies TaxYearRates);
