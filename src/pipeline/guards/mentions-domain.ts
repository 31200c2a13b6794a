// Words that place a question inside direct payments and adult social care; unrelated-topic rules stand
// down when any of these appear ("can my DP pay for football coaching?" is in scope).
export const CORE_DOMAIN =
  /\b(?:dp|dps|direct payments?|personal budget|budget|pa|pas|personal assistants?|carers?|care|council|social worker|support plan|assessment|payroll|employ|employer|employing|agency|respite|disab\w*|allowance|contribution|charges?|prepaid card|audit|wheelchair|equipment|social care|money|pay for|spend|use (?:it|the money)|capital(?! of (?!£|\d))|savings|tariff|income|wages?|national insurance|pension|sick pay|ssp|holiday pay)\b|£\s?\d/i;

// Wider: words that may place a question in the domain without settling it ("notice", "records", "tax").
const DOMAIN_WORDS = new RegExp(
  String.raw`\b(?:` +
    [
      // direct payments and social care
      String.raw`dps?|direct[- ]?pay\w*|personal budgets?|budgets?|care|cared|caring|carers?|social (?:care|services|worker)|sw|la|local authority|council'?s?|adult services`,
      String.raw`support(?:ed|ing)?|needs?|assess\w*|review\w*|eligib\w*|plan|plans|package|respite|short breaks?|day (?:centre|center|services?|opportunit\w*)|equipment|adaptations?|disab\w*|dementia|autis\w*|learning disabilit\w*|mental health|capacity`,
      String.raw`nominee|nominated|authori[sz]ed person|attorney|lpa|deputy|appointee|advoca\w*|ombudsman|lgsco|complain\w*|appeal|safeguard\w*`,
      String.raw`isf|individual service funds?|managed accounts?|prepaid cards?|payroll|audit\w*|surplus|contingency|claw ?back|unspent|misuse|statements?|receipts?|records?`,
      String.raw`care act|regulations?|regs?|reg\.?|section|s\.?\d+|statutory|guidance|chapter|para(?:graph)?|chc|continuing healthcare|nhs|personal health budgets?|phb|icb|sds|self[- ]directed|scotland|scottish|wales|welsh`,
      // charging
      String.raw`charg\w*|contribut\w*|means[- ]test\w*|financial assessment|savings?|saved|capital|tariff|income|benefits?|pip|dla|attendance allowance|pension\w*|mig|minimum income|dre|disability[- ]related|full cost|full whack|pay towards|afford`,
      // employing someone
      String.raw`pas?|p\.a|personal assistants?|employ\w*|hire|hiring|recruit\w*|staff|worker|wages?|salary|paid|pay|paying|payslips?|hmrc|paye|tax|ni|nic|national insurance|nmw|nlw|minimum wage|living wage|(?<!bank )holidays?|annual leave|leave|sick\w*|ssp|smp|maternity|paternity|pregnan\w*|redundan\w*|notice|dismiss\w*|sack\w*|disciplinary|grievance|(?<!phone |mobile |broadband |energy |gas |electricity )contract\w*|right to work|dbs|criminal record|insurance|agency|agencies|self[- ]employed|ir35|auto[- ]?enrol\w*|timesheets?|rota|shifts?|overtime|mileage`,
      // payroll terms a PA's employer meets (HMRC's own words for the figures and forms)
      String.raw`earnings|earnings limits?|lel|secondary threshold|primary threshold|qualifying earnings|p45|p60|p11d|rti|fps|eps|tax codes?|payslip|employment allowance`,
      String.raw`money|manag\w*|relatives?|live[- ]in`,
      // how people say they care for someone ("I look after my husband"), as the knowledge pages themselves put it
      String.raw`look(?:s|ing|ed)? after|caring for|cares? for|help(?:s|ing)? (?:my|him|her|them) (?:with|to)`,
    ].join("|") +
    String.raw`)\b|£\s?\d`,
  "i",
);

/**
 * Does a question touch direct payments, care and support, or employing someone at all? Matching words is
 * not enough to answer: "when is the next bank holiday" shares "bank" and "holiday" with the pages on bank
 * accounts and holiday pay. A question with none of these words is not one this assistant can answer, and
 * the person is better told so (with who to contact) than given a confident passage about something else.
 */
export function mentionsDomain(text: string): boolean {
  return CORE_DOMAIN.test(text) || DOMAIN_WORDS.test(text);
}
