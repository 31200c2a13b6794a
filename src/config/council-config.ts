import { readFileSync } from "node:fs";
import { z } from "zod";

const contact = z.object({
  name: z.string().min(1),
  phone: z.string().min(1),
  email: z.string().email().optional(),
  hours: z.string().optional(),
  url: z.string().url().optional(),
  description: z.string().optional(),
});

const money = z.number().nonnegative();

/**
 * Everything a council changes lives in one file (config/council.json by default), so a real council can
 * replace the fictional sample without touching code. Knowledge documents refer to these values with
 * {{path.to.value}} placeholders that ingest fills in and checks.
 */
export const councilConfigSchema = z.object({
  $comment: z.string().optional(),
  council: z.object({
    name: z.string().min(1),
    shortName: z.string().min(1),
    isSample: z.boolean(),
    sampleNotice: z.string(),
    website: z.string().url(),
    /**
     * Places in the council's own area (lower case, as in config/places.json): a person who names one lives
     * here, so the council's local policy applies to them. Any other English council area named means the
     * local policy does not (text/read-place.ts).
     */
    areaPlaces: z.array(z.string().min(2)).default([]),
    adultSocialCare: contact,
    directPaymentsTeam: contact,
    safeguarding: contact.extend({ outOfHoursPhone: z.string().min(1) }),
    supportService: contact,
    financialAssessment: contact,
    complaints: z.object({ phone: z.string(), email: z.string().email().optional(), url: z.string().url().optional() }),
  }),
  policy: z.object({
    version: z.string().min(1),
    owner: z.string().min(1),
    lastReviewed: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    reviewDue: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  }),
  rates: z.object({
    taxYear: z.string().regex(/^\d{4}\/\d{2}$/),
    paHourlyRate: money,
    paWeekendHourlyRate: money,
    agencyHourlyRate: money,
    dayOpportunityDailyRate: money,
    employersLiabilityInsuranceAnnual: money,
    payrollServiceFourWeekly: money,
    paOnCostsNote: z.string(),
  }),
  charging: z.object({
    /**
     * The council's own Minimum Income Guarantee table, weekly, by tax year ("2026/27") and row (the row names of
     * the rates files, e.g. singlePensionCreditAge). Used where the national figure is not held, or is lower:
     * councils publish these in their charging policy and may set them above the national amounts.
     */
    minimumIncomeGuarantee: z.record(z.string().regex(/^\d{4}\/\d{2}$/), z.record(z.string(), money)).default({}),
    capitalUpperLimit: money,
    capitalLowerLimit: money,
    migUpliftWeekly: money,
    dreStandardAllowanceWeekly: money,
    chargesFromStartOfService: z.boolean(),
    arrangementFee: money,
  }),
  money: z.object({
    contingencyWeeks: z.number().int().min(0).max(26),
    surplusReviewAboveWeeks: z.number().int().min(1).max(52),
    firstAuditWeeks: z.number().int().min(1).max(52),
    auditFrequencyMonths: z.number().int().min(1).max(36),
    recordsKeptYears: z.number().int().min(1).max(10),
    paymentFrequency: z.string().min(1),
  }),
  setup: z.object({
    targetWorkingDays: z.number().int().min(1).max(120),
    interimSupport: z.boolean(),
  }),
  http: z.object({
    allowedOrigins: z.array(z.string().url()),
  }),
  feedback: z.object({
    store: z.boolean(),
    retentionDays: z.number().int().min(1).max(730),
  }),
  /** What the chat widget says about itself (web/README.md); contacts come from council.directPaymentsTeam. */
  widget: z
    .object({
      /** The speaker label on answers: named after the service, not "Assistant" (a word for a PA here). */
      assistantName: z.string().min(1).max(60).default("Direct payments helper"),
      /** The council's privacy notice for the assistant, linked from the panel's fixed notice. */
      privacyNoticeUrl: z.string().url().optional(),
    })
    .optional(),
});

export type CouncilConfig = z.infer<typeof councilConfigSchema>;

export class CouncilConfigError extends Error {}

export function loadCouncilConfig(path: string): CouncilConfig {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, "utf8"));
  } catch (err) {
    throw new CouncilConfigError(`${path}: cannot read council settings (${(err as Error).message})`);
  }
  const parsed = councilConfigSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`);
    throw new CouncilConfigError(`${path}: invalid council settings\n  ${problems.join("\n  ")}`);
  }
  if (parsed.data.charging.capitalLowerLimit > parsed.data.charging.capitalUpperLimit) {
    throw new CouncilConfigError(`${path}: charging.capitalLowerLimit is above charging.capitalUpperLimit`);
  }
  return Object.freeze(parsed.data);
}

/** Looks up "council.safeguarding.phone" style paths; undefined when the path does not name a value. */
export function lookupSetting(config: CouncilConfig, path: string): string | number | boolean | undefined {
  let node: unknown = config;
  for (const part of path.split(".")) {
    if (node === null || typeof node !== "object" || !(part in (node as object))) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === "string" || typeof node === "number" || typeof node === "boolean" ? node : undefined;
}
