/**
 * Rates as data: every threshold and rate a calculator uses, with where it comes from. A figure that could not
 * be confirmed is held as `value: null` with confidence "not-found" rather than guessed, so a calculator can say
 * so and ask for the council's own figure instead.
 */
export interface RateSource {
  title: string;
  url: string;
  section?: string;
}

/**
 * How far a figure was checked when this file was written:
 * - "primary": read on GOV.UK, HMRC, TPR or legislation.gov.uk;
 * - "secondary": read in a reputable secondary source that quotes the primary one (payroll bureau, council,
 *   charity); the primary page is given as `source` and `note` names what was actually read;
 * - "not-found": searched for and not found; `value` is null.
 */
export type RateConfidence = "primary" | "secondary" | "not-found";

export interface Figure {
  value: number;
  source: RateSource;
  confidence: "primary" | "secondary";
  note?: string;
}

export interface MissingFigure {
  value: null;
  source: RateSource;
  confidence: "not-found";
  note: string;
}

export type MaybeFigure = Figure | MissingFigure;

/** A threshold expressed for each pay period the PA calculator supports. */
export interface PeriodFigures {
  week: Figure;
  fourWeeks: Figure;
  month: Figure;
  year: Figure;
}

export type TaxYear = "2025/26" | "2026/27";

/** Minimum Income Guarantee rows, Care and Support (Charging and Assessment of Resources) Regulations 2014 reg 7. */
export interface MinimumIncomeGuaranteeRates {
  /** reg 7(2)(a) */
  singleAged18To24: MaybeFigure;
  /** reg 7(2)(b) */
  singleAged25ToPensionCreditAge: MaybeFigure;
  /** reg 7(2)(c) */
  singlePensionCreditAge: MaybeFigure;
  /** reg 7(3) */
  loneParentAged18Plus: MaybeFigure;
  /** reg 7(4)(a): amount for the adult concerned who is a member of a couple */
  coupleMemberAged18Plus: MaybeFigure;
  /** reg 7(4)(b) */
  coupleMemberPensionCreditAge: MaybeFigure;
  /** reg 7(1)(b): each child the adult is responsible for and lives with */
  perChild: MaybeFigure;
  /** reg 7(5)(a) */
  disabilityPremiumSingle: MaybeFigure;
  /** reg 7(5)(b) */
  enhancedDisabilityPremiumSingle: MaybeFigure;
  /** reg 7(6)(a) */
  disabilityPremiumCoupleMember: MaybeFigure;
  /** reg 7(6)(b) */
  enhancedDisabilityPremiumCoupleMember: MaybeFigure;
  /** reg 7(7) */
  carerPremium: MaybeFigure;
}

export interface TaxYearRates {
  taxYear: TaxYear;
  /** First and last day of the UK tax year (6 April to 5 April), ISO dates. */
  starts: string;
  ends: string;
  minimumWage: {
    aged21AndOver: Figure;
    aged18To20: Figure;
    under18: Figure;
    apprentice: Figure;
  };
  employerNi: {
    rate: Figure;
    secondaryThreshold: PeriodFigures;
    /** Employer NI is 0% up to this for employees under 21 (category M) and apprentices under 25 (category H). */
    upperSecondaryThreshold: PeriodFigures;
    employmentAllowance: Figure;
  };
  /** Class 1 employee's (primary) NI, category A: `rate` between the primary threshold and the upper earnings limit, `upperRate` above it. */
  employeeNi: {
    rate: Figure;
    upperRate: Figure;
    primaryThreshold: PeriodFigures;
    upperEarningsLimit: PeriodFigures;
  };
  pension: {
    employerMinimumRate: Figure;
    /** The least employer and worker pay in together, on qualifying earnings. */
    totalMinimumRate: Figure;
    minimumAge: Figure;
    earningsTrigger: PeriodFigures;
    qualifyingEarningsLower: PeriodFigures;
    qualifyingEarningsUpper: PeriodFigures;
  };
  /** State Pension age, also used as Pension Credit qualifying age (they have been equal since 2018). */
  statePensionAge: Figure;
  /** Statutory Sick Pay (Social Security Contributions and Benefits Act 1992 Part XI, as amended from 6 April 2026). */
  ssp: {
    weeklyRate: Figure;
    /** From 6 April 2026 SSP is the lower of the weekly rate and this share of average weekly earnings; null before. */
    earningsShare: Figure | null;
    /** Before 6 April 2026 earnings had to reach the lower earnings limit; null from then. */
    lowerEarningsLimitWeekly: Figure | null;
    /** Days of sickness at the start of a spell for which no SSP is paid (3 before 6 April 2026, none after). */
    waitingDays: Figure;
    maxWeeks: Figure;
  };
  /** Statutory Maternity Pay (SSCBA 1992 Part XII; Statutory Maternity Pay (General) Regulations 1986). */
  smp: {
    /** The first weeks are paid at this share of average weekly earnings. */
    earningsShare: Figure;
    higherRateWeeks: Figure;
    /** The remaining weeks: the lower of this and the earnings share. */
    flatWeeklyRate: Figure;
    totalWeeks: Figure;
    /** Share of SMP a small employer (Class 1 NICs of £45,000 or less) claims back from HMRC. */
    smallEmployerRecovery: Figure;
    /** Share other employers claim back. */
    standardRecovery: Figure;
  };
  /** Statutory minimum notice (Employment Rights Act 1996 s.86): the same every year. */
  notice: {
    /** From this many complete years, one week for each complete year. */
    weekPerYearFromYears: Figure;
    maximumWeeks: Figure;
    /** From one month's service until the years above. */
    minimumWeeks: Figure;
    /** What an employee must give after one month's service. */
    employeeWeeks: Figure;
  };
  /** Statutory redundancy pay (Employment Rights Act 1996 ss.135, 155, 162, 227). */
  redundancy: {
    weeklyPayCap: Figure;
    minimumYears: Figure;
    maximumYears: Figure;
  };
  holiday: {
    statutoryWeeks: Figure;
    statutoryDaysCap: Figure;
    irregularHoursAccrualRate: Figure;
  };
  charging: {
    capitalUpperLimit: Figure;
    capitalLowerLimit: Figure;
    tariffIncomePerStep: Figure;
    tariffIncomeStep: Figure;
    /** Wales: the most a council may charge a week for care and support at home (not England's rule). */
    walesWeeklyChargeCap: Figure;
    minimumIncomeGuarantee: MinimumIncomeGuaranteeRates;
  };
}
