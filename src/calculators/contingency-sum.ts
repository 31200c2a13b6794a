import type { CalculationOutcome } from "./calculation-types.ts";
import { formatPounds, roundMoney, type CalculatorContext } from "./money.ts";
import type { TaxYearRates } from "./rates/rate-types.ts";
import { outcome } from "./quick-sums.ts";
import type { SumFacts } from "../text/read-sum-facts.ts";

/**
 * A balance set as a number of weeks of the direct payment: "we can keep up to 8 weeks' DP as contingency,
 * the DP is £350 a week, what's the most we can hold?" is £2,800. National law sets no contingency or surplus
 * figure (Care Act 2014 s.33(5) lets a council ask for money back; how much may build up is local policy, as
 * knowledge/money/money-management-for-practitioners.md and the LGA's direct payments guidance say); councils
 * set it in weeks, so the sum is weeks × the weekly payment, with the council's policy named as what decides.
 */
const ABOUT_A_BALANCE = /\b(?:contingency|surplus|buffer|balance|clawback|claw back|claw(?:ed)? back|build[- ]up|built up|hold|keep|carry over)\b/i;
const WEEKS_OF_PAYMENT = /\b(\d{1,2})\s*weeks?'?(?:'s)?\s*(?:worth\s+)?(?:of\s+)?(?:(?:my|the|your|their|her|his)\s+)?(?:dp|direct payments?|payments?|budget|funding|money)\b/i;

/** A question: a question mark, or a question word. */
const ASKS = /\?|\b(?:how much|what)\b/i;

/**
 * `moneyOf` gives the message's amounts as readSumFacts reads them: routing's own reading, asked for only once
 * the words say this is a balance sum, so other messages are not read for it.
 */
export function contingencySum(text: string, moneyOf: () => SumFacts["money"], rates: TaxYearRates, ctx: CalculatorContext): CalculationOutcome | null {
  if (!ASKS.test(text) || !ABOUT_A_BALANCE.test(text)) return null;
  const weeks = WEEKS_OF_PAYMENT.exec(text);
  if (!weeks) return null;
  // The weekly payment: an amount said to be a week's ("£350 a week"), or the one amount with no period of
  // its own in a message that calls the payment weekly ("weekly DP is £350").
  const money = moneyOf();
  const weekly = money.find((m) => m.period === "week") ?? (/\bweekly\b|\b(?:a|per|each) week\b/i.test(text) ? money.find((m) => m.period === null) : undefined);
  if (!weekly) return null;
  const n = Number(weeks[1]);
  const total = roundMoney(n * weekly.value);
  return outcome(
    rates.taxYear,
    `${n} weeks of a ${formatPounds(weekly.value)} weekly direct payment is ${formatPounds(total)}: the balance at which a limit of ${n} weeks is reached. The council's own policy sets the limit and what happens above it; national law sets no figure.`,
    [
      { label: "Weekly direct payment", amount: weekly.value, rule: "As given", source: "Your figure" },
      { label: "Weeks the policy allows", amount: n, rule: "As given", source: "Your figure" },
      { label: "Balance at the limit", amount: total, rule: "Weeks × the weekly payment", source: "Your figures" },
    ],
    [],
    { balance: total },
    ctx,
    { closing: `${ctx.council.council.name}'s direct payment agreement says how much may be kept; ask its direct payments team if you are unsure.` },
  );
}
