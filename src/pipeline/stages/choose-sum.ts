import { SUM_AREAS, SUM_NAMED_OUTRIGHT, SUM_SUBJECTS, sumsNamedIn, type SumName } from "../../calculators/sum-names.ts";
import { TUNING } from "../../config/tuning.ts";
import { ASKS_HOW_MANY_HOURS } from "../../calculators/one-rule-sums.ts";
import type { MessageFrame } from "../../understanding/understand-message.ts";
import type { MoneyFact } from "../../text/read-sum-facts.ts";
import { askingSentence } from "../../text/asking-sentence.ts";

/** A pension paid into for the PA, not a pension the person lives on ("£230 pension and £100 PIP"). */
// ("Qualifying earnings" are the pension's own band, Pensions Act 2008 s.13; a care contribution is never an employer's.)
const PAID_INTO_PENSION = /\binto (?:a |the |her |his |their |my pa'?s )?(?:workplace )?pension\b|\bpension pot\b|\bworkplace pension\b|\bauto[- ]?enrol\w*|\bemployer'?s? pension\b|\bpension contributions?\b|\bqualifying earnings\b|\bemployer'?s? (?:minimum |min )?contributions?\b/i;

/**
 * Which sum a calculation asks for, from the understanding stage's reading and high-precision backstops:
 * - a sum from another area than the one the message is about, or whose subject the message never mentions,
 *   is a misreading ("£100 a day for 5 untaken days of holiday" is not sick pay); the next most likely sum is
 *   used instead if it is likely enough and fits;
 * - a reading of plain wages, or of a sum the message does not name, gives way to the one other sum it names
 *   outright ("15 hours at £13 an hour, what SSP does she get?"), which is tried first (`first`);
 * - the Welsh cap applies only in Wales, where one assessed amount is what the cap limits;
 * - a contribution given beside the cost of care is not one to estimate, but a net payment to work out;
 * - a contribution into a workplace pension is the pension sum, not the care contribution;
 * - a budget and an hourly rate with a question for hours is wages the other way round.
 */
export interface SumChoice {
  /** The sum to work out, or null when none fits. */
  sum: SumName | null;
  /** A sum named outright to try before `sum` (its figures may be missing; then `sum` is worked out). */
  first: SumName | null;
}

export function chooseSum(frame: MessageFrame, question: string, previous: string | undefined, facts: { money: readonly Pick<MoneyFact, "role">[]; hourlyRate?: number | null; hours?: number | null }): SumChoice {
  const money = facts.money;
  const inWales = frame.jurisdiction === "wales";
  const fits = (s: SumName) => {
    const area = SUM_AREAS[s].reduce((p, a) => p + (frame.topics[a] ?? 0), 0);
    const subject = SUM_SUBJECTS[s];
    const mentions = !subject || subject.test(question) || (previous !== undefined && subject.test(previous));
    return area >= TUNING.routing.sumAreaFloor && mentions && (s !== "wales_cap" || inWales);
  };
  // Outside Wales the cap's question is about the charge and the cost.
  const local = (s: SumName): SumName => (s === "wales_cap" && !inWales ? "charge" : s);
  const read = frame.sum ? local(frame.sum) : null;
  let sum: SumName | null = read && fits(read) ? read : null;
  if (read && !sum && frame.sums) {
    const next = (Object.entries(frame.sums) as [SumName, number][])
      .sort((a, b) => b[1] - a[1])
      .map(([s, p]) => [local(s), p] as const)
      .find(([s, p]) => s !== read && p >= TUNING.routing.sumRunnerUpFloor && fits(s));
    sum = next?.[0] ?? null;
  }
  // In Wales one assessed charge or contribution, with nothing else to work from, is what the cap limits.
  if (inWales && money.length === 1 && (sum === "contribution" || sum === "charge" || sum === "net_payment") && fits("wales_cap")) sum = "wales_cap";
  // "Contribution" into a workplace pension is not a contribution towards care: a message about a pension and
  // not about paying for care ("£1,900 pcm, total min contribution into the pot?") is the pension sum.
  if (sum === "contribution" && PAID_INTO_PENSION.test(question) && !/\bcare\b|\bcharg\w*|financial assessment|means test/i.test(question)) sum = "pension";
  // A contribution already known beside the cost of care ("my contribution is £120 but my support costs £95")
  // is not one to estimate: what is left is what you pay and the net payment.
  if (sum === "contribution" && money.length === 2 && money.some((m) => m.role === "charge") && money.some((m) => m.role === "cost")) sum = "net_payment";
  // "How many hours a week can £300 a week pay for at £13 an hour?" gives the budget and the rate and asks
  // for hours: wages the other way round, not a budget or a PA's cost to estimate.
  if ((sum === "personal_budget" || sum === "pa_cost") && ASKS_HOW_MANY_HOURS.test(question) && facts.hourlyRate != null && facts.hours == null && money.length === 1) sum = "wages";
  const named = sumsNamedIn(question);
  const ownNotNamed = sum !== null && (sum === "wages" || (SUM_NAMED_OUTRIGHT[sum] !== undefined && !named.includes(sum)));
  // The sentence that asks names what is asked, whatever else the story names ("she's on the National Living
  // Wage, 30 hours a week. What is my minimum employer pension contribution?").
  const ask = askingSentence(question);
  const namedInAsk = ask === question ? [] : named.filter((s) => SUM_NAMED_OUTRIGHT[s]!.test(ask));
  const first =
    ownNotNamed && named.length === 1 && fits(named[0]) && !/\bwages?\b|\bwage bill\b/i.test(question)
      ? named[0]
      : sum !== null && namedInAsk.length === 1 && namedInAsk[0] !== sum && fits(namedInAsk[0])
        ? namedInAsk[0]
        : null;
  return { sum, first };
}
