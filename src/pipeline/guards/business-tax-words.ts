/**
 * Words that say a question is about a business's or a self-employed person's own tax, which the assistant
 * declines with its signpost (an accountant, a tax adviser, HMRC): "my eBay business's self assessment", "VAT
 * on my takings". A learned reading of that topic is trusted only when the message has one of these; "what was
 * the national living wage last tax year" is about paying a PA.
 */
export const BUSINESS_TAX =
  /\b(business(es)?|(?:i'?m|i am|as a|my own|we'?re|we are) self[- ]employed|self[- ]assessment|sole trader|compan(y|ies)|limited|ltd|vat|corporation tax|tax returns?|accountants?|partnership|dividends?|invoic\w*|turnover|profits?|income tax|(my|our|his|her) (own )?tax(es)?|tax (bill|refund|rebate|debt|credits?)|capital gains|inheritance tax|council tax)\b/i;
