/**
 * Words that say outright that something is to be kept from the council or HMRC, and words that say a thing
 * is to be done honestly. Routing's high-precision backstops for the learned deceit intent
 * (stages/route-question.ts): a request to deceive is declined with the honest route; a question about
 * doing a thing properly is never treated as one (the brief: never treated as a suspect).
 */
export const CONCEALS = new RegExp(
  [
    String.raw`\b(?:hide|hiding|hidden|conceal\w*|cover(?:ing)? (?:it )?up|pretend\w*|fake|faking|backdat\w*)\b`,
    String.raw`\b(?:not|never|n'?t) (?:tell|mention|declare|say|show)(?:ing)?\b`,
    String.raw`\bwithout (?:them|the council|anyone|hmrc) (?:knowing|finding out)\b`,
    String.raw`\bso (?:they|the council|hmrc|social services) (?:don't|won't|doesn't|can't|cant|cannot|will not|do not) (?:know|find out|notice|see|count|touch|take|get|find)\b`,
    // "It won't show, will it?", "just say it's his account", "cash, no payslips".
    String.raw`\b(?:it|that|this|the money) (?:won't|will not|wouldn't|would not|won'?t) (?:show|show up|be seen|be noticed|come up|be found)\b`,
    String.raw`\b(?:just )?say (?:it'?s|it is|that it'?s|that it is|they'?re|they are) (?:his|hers|her|their|someone else'?s|my (?:husband|wife|partner|son|daughter)'?s)\b`,
    String.raw`\bcash\b[^.?!]{0,40}\bno (?:payslips?|payroll|records?|paperwork)\b|\bno payslips?\b[^.?!]{0,40}\bcash\b`,
    // "They won't know, will they?", "nobody would find out": counting on the council not finding out.
    String.raw`\b(?:they|the council|hmrc|social services|the assessor|nobody|no one|no-one)(?: will| would)? (?:won'?t|will not|wouldn'?t|would not|never|can'?t|cannot|couldn'?t) (?:know|find out|notice|see it|be able to tell|check|trace it)\b`,
    // Saying what is not so: "say my son doesn't live with me", "tell them he moved out when he hasn't".
    String.raw`\b(?:say|tell (?:them|the council|hmrc|social services))(?: that)? (?:[\w']+ ){0,4}(?:doesn'?t|does not|don'?t|do not|isn'?t|is not|aren'?t|wasn'?t|never)\b`,
    String.raw`\bwhen (?:he|she|they|it|i|we) (?:hasn'?t|haven'?t|isn'?t|aren'?t|doesn'?t|don'?t|didn'?t|wasn'?t|still (?:does|do|is|are|lives?))\b`,
    // Keeping something off what the council sees, or dressing it up: "without it showing up on the
    // statement", "make it look legit", "put his address down as his girlfriend's".
    String.raw`\bwithout (?:it|them|this|that|anything|the (?:payments?|cash|money|withdrawals?)) (?:showing|appearing|coming) up\b`,
    String.raw`\bmake (?:it|this|that|them|everything|it all) (?:look|seem|appear) (?:legit\w*|genuine|real|official|proper|right|normal|above board)\b`,
    String.raw`\b(?:put|give|write|use) (?:[\w']+ ){0,2}address (?:down )?as\b`,
    // Recording what did not happen: "she'll do 10 hours but we'll write down 20", "split the money".
    String.raw`\bbut (?:we'll|we will|i'll|i will|she'll|she will|he'll|he will|they'll|they will|we|i) (?:write|put|record|claim|say|fill in|sign for)(?: (?:down|in|for))? (?:\d+|more|extra|double)\b`,
    String.raw`\bsplit (?:the )?(?:money|cash|difference|extra|rest)\b`,
    // Getting out of the charge itself: "that gets round the care fees", "so I can dodge paying for my care".
    String.raw`\b(?:get|gets|getting|got) (?:a)?round (?:the |paying (?:the |for )?|my |our )?(?:care )?(?:fees|charges?|contributions?|financial assessment|means test|care costs?)\b|\b(?:dodge|dodging|escape|escaping) (?:paying )?(?:the |my |our )?(?:care )?(?:fees|charges?|financial assessment|means test|care costs?)\b`,
  ].join("|"),
  "i",
);

/** Doing it properly: "the right way", "legally", "above board". */
export const HONEST = /\b(?:properly|legally|lawfully|legitimately|by the book|above board|the (?:right|correct|proper|legal) way|an? (?:legal|lawful|legitimate|honest) way|correctly|fairly|do it right|get it right|stay within the (?:law|rules))\b/i;
