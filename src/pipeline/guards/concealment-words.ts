/**
 * Words that say outright that something is to be kept from the council or HMRC, and words that say a thing
 * is to be done honestly. Routing's high-precision backstops for the learned deceit intent
 * (stages/route-question.ts): a request to deceive is declined with the honest route; a question about
 * doing a thing properly is never treated as one (the brief: never treated as a suspect).
 */
export const CONCEALS = new RegExp(
  [
    // (Not being made to hide: "my nephew makes me hide the letters" is a disclosure, never the writer's plan.)
    String.raw`(?<!\b(?:makes?|made|making|forces?|forced|tells?|told|wants?|wanted|gets?|got) (?:me|us|her|him|them|mum|dad) (?:to )?)\b(?:hide|hiding|hidden|conceal\w*|cover(?:ing)? (?:it )?up|pretend\w*|fake|faking)\b|\bbackdat\w* (?:the |a |my |her |his |those |some )?(?:timesheets?|receipts?|invoices?|payslips?|records?|letters?|gifts?|transfers?|documents?|paperwork)\b`,
    // And the person's own "if I just dont mention…", "we won't tell them" (not "she won't say what happened").
    String.raw`\b(?:not|never) (?:tell|mention|declare|say|show)(?:ing)?\b`,
    String.raw`\b(?:i|we|just|simply) (?:do ?n'?t|won'?t|wont|didn'?t) (?:tell|mention|declare|say|show|list|put (?:it|that|them) (?:down|on)|update (?:them|the council|social services)|let (?:them|the council|social services) know)(?:ing)?\b`,
    String.raw`\bwithout (?:(?:the council|them|anyone|anybody|hmrc|the dwp|social services|the (?:dp|direct payments?) team|the auditors?|the assessor|my social worker|the local authority|the regulator|her|him) )?(?:knowing|finding out|noticing|seeing|realising|realizing|spotting|twigging|informing|telling (?:them|the council|anyone|hmrc)|saying|mentioning|declaring)\b`,
    // Counting on not being found out: "will they ever find out?", "nobody actually checks", "is that traceable".
    String.raw`\b(?:will|would|could|can|do|does)(?:n'?t)? (?:they|the council|anyone|anybody|hmrc|social services|the assessor|the auditors?|the dwp)(?: (?:ever|actually|even|really))+ (?:find out|know|notice|spot|twig|realise|realize|trace|check|see)\b`,
    String.raw`\b(?:nobody|no one|no-one)(?: (?:ever|actually|really))? (?:checks?|knows?|notices?|finds? out|would (?:know|notice|find out)|will (?:know|notice|find out))\b`,
    String.raw`\b(?:traceable|get(?:ting)? caught|be caught|get(?:ting)? away with|get (?:it|that|this) past)\b`,
    String.raw`\bbefore (?:they|the council|anyone|the auditors?|the audit \w+|hmrc|social services)(?:'d|'ll| would| will)? (?:notice|find out|realise|realize|spot|twig|catch on)\b`,
    // Dressing it up: "so it looks like the friend does the work", "make it sound real", "a believable excuse".
    String.raw`\b(?:make|makes|making|so) (?:it|this|that|them|those|things|everything|it all|my \w+|the \w+)(?: \w+)? (?:look|looks|seem|seems|appear|appears|sound|sounds) (?:like|as if|as though|legit\w*|genuine|real|official|lower|higher|convincing|believable|right)\b`,
    String.raw`\b(?:believable|convincing|plausible)\b|\b(?:good|clever) (?:excuse|story|cover)\b`,
    // Keeping it off what the council sees: "leave it off the form", "keep it quiet", "out of their sight".
    String.raw`\b(?:leave|leaving|left|keep|keeping|kept) (?:[\w']+ ){0,3}(?:off|out of) (?:the |my |his |her |our |their |any )?(?:forms?|assessment|means test|return|statements?|sight|view)\b`,
    String.raw`\bkeep(?:ing)? (?:it |that |this |them |him |her |things )?(?:quiet|secret|a secret|hush)\b|\bout of (?:their|the council'?s|its|hmrc'?s) sight\b|\bnot (?:be )?visible to\b`,
    // Recording what is not so: "when really it was last March", "made-up invoices", "backfill payslips".
    String.raw`\bwhen (?:really|actually|in fact)\b|\btruth is\b|\bnot really (?:his|hers|theirs|mine|true)\b`,
    String.raw`\b(?:make|made|making) (?:me |us |her |him )?up (?:some |a |an |the |a couple of |a few )?(?:realistic |fake |new |replacement |duplicate |another )?(?:receipts?|invoices?|timesheets?|payslips?|figures?|story|excuse)\b|\b(?:make|made|making) (?:me |us )?(?:some )?(?:receipts?|invoices?|timesheets?|payslips?) up\b|\bmade[- ]up\b|\bforg(?:e|ed|ing)\b|\bbackfill\w*|\b(?:doctor|alter|delete|rewrite)\w* (?:a |the |this |my |her |his |those |these |some )?(?:pdf|bank statements?|statements?|receipts?|invoices?|timesheets?|payslips?|dates|transactions|records?)\b|\bedit (?:a |the |this )?(?:pdf|bank statement)\b`,
    String.raw`\bsay (?:that )?(?:he|she|they|my \w+)(?:'s| is| was| are|'re) (?:a |an |my |just a |just an )?(?:lodger|tenant|friend|neighbour|contractor|agency worker|from an agency|not (?:family|related|my))\b`,
    String.raw`\b(?:pretend|claim|say|tell (?:them|the council))(?: that)? (?:we'?ve|we have|we are|we'?re|they'?ve|they are|they'?re) (?:separated|split up|fallen out|fell out|moved out|not together)\b`,
    String.raw`\bso (?:it|that|this|the money|the savings?|the \w+) (?:doesn'?t|does not|won'?t|will not|wouldn'?t|isn'?t|is not|aren'?t) (?:show|count|appear|trigger|get (?:counted|seen|noticed|flagged|picked up)|go on|be (?:counted|seen|included|noticed|visible))\b`,
    // A story ready for the council: "then I'd just say it was spent on respite", "register her at a
    // different address", "word the form so the relationship is left vague", "bump up the mileage claims".
    String.raw`\b(?:i'?ll|i'?d|we'?ll|we'?d|i will|i would|we will|we would) (?:just |simply )?(?:say|tell (?:them|the council|the auditors?|the dp team|social services)) (?:that )?(?:it|they|she|he) (?:was|were|is|went|had)\b`,
    String.raw`\b(?:register|put|give|use|list)\w* (?:her|him|them|my \w+ )?\s?(?:at|as|under) (?:a |another )?(?:different|false|fake|other) (?:address|name)\b|\b(?:left|leave|keep|kept) (?:it |the relationship |things |that )?vague\b`,
    String.raw`\b(?:bump|pad|inflate|fiddle|fudge)\w* (?:up )?(?:the |my |her |his |our )?(?:pa'?s? )?(?:mileage|claims?|timesheets?|receipts|expenses|invoices?)\b`,
    // Paying cash so the tax is not paid: "cash in hand so neither of us has to bother with tax".
    String.raw`\bcash\b[^.?!]{0,60}\bso (?:neither of us|we|i|she|he|they|nobody|no one) (?:has|have|don'?t have|doesn'?t have|won'?t have|need|needs) to (?:bother with|pay|deal with|declare|register|do|tell) (?:the |any )?(?:tax|ni|national insurance|hmrc|payroll|paperwork|pension)\b`,
    String.raw`\bso (?:they|the council|hmrc|social services) (?:don't|won't|doesn't|can't|cant|cannot|will not|do not) (?:know|find out|notice|see|count|touch|take|get|find)\b`,
    // "Any tips so the council audit doesn't pick it up?"
    String.raw`\bso (?:the |that )?(?:council|audit|auditors?|assessor|assessment|hmrc|social services|dp team|finance team)(?: \w+)? (?:doesn'?t|don'?t|won'?t|wouldn'?t|does not|will not|never) (?:pick (?:it|this|that|them) up|pick up on|spot|flag|catch)\b`,
    // "It won't show, will it?", "just say it's his account", "cash, no payslips".
    String.raw`\b(?:it|that|this|the money) (?:won't|will not|wouldn't|would not|won'?t) (?:show|show up|be seen|be noticed|come up|be found)\b`,
    String.raw`\b(?:just )?say (?:it'?s|it is|that it'?s|that it is|they'?re|they are) (?:his|hers|her|their|someone else'?s|my (?:husband|wife|partner|son|daughter)'?s)\b`,
    String.raw`\bcash\b[^.?!]{0,40}\bno (?:payslips?|payroll|records?|paperwork)\b|\bno payslips?\b[^.?!]{0,40}\bcash\b`,
    // "They won't know, will they?", "nobody would find out": counting on the council not finding out.
    String.raw`\b(?:they|the council|hmrc|social services|the assessor|nobody|no one|no-one)(?: will| would)? (?:won'?t|will not|wouldn'?t|would not|never|can'?t|cannot|couldn'?t) (?:know|find out|notice|see it|be able to tell|check|trace it)\b`,
    // Saying what is not so: "say my son doesn't live with me", "tell them he moved out when he hasn't".
    // (Not what the council may say: "can the council say a DP isn't the right way to meet my needs?")
    String.raw`(?<!\b(?:council|they|worker|assessor|hmrc|ombudsman|it|who) (?:can |could |will |would |might |may |did |does |do )?)\b(?:say|tell (?:them|the council|hmrc|social services))(?: that)? (?:[\w']+ ){0,4}(?:doesn'?t|does not|don'?t|do not|isn'?t|is not|aren'?t|wasn'?t|never)\b`,
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
    // A record reissued to say something else ("receipts reprinted with a different item on them"), dates
    // chosen so a record covers what it did not ("what date to put on the timesheets so they cover…"), a
    // person recorded where they do not live ("put her down as living at my mum's").
    String.raw`\b(?:get|have|can|could|would|will)\b[^.?!]{0,30}\b(?:reprint|re-?print|reissu|re-?issu|re-?do|redo|amend|change|alter)\w*\b[^.?!]{0,40}\bwith (?:a )?(?:different|another|new) (?:item|date|name|amount|description|address)s?\b`,
    String.raw`\bwhat dates? (?:to|should (?:i|we|they)) put on (?:the |my |her |his |their )?(?:timesheets?|invoices?|receipts?|forms?) so\b`,
    String.raw`\bput (?:her|him|them|my \w+) down as (?:living|staying|resident|based)\b`,
    // Kept out of what the council sees: "keep it out of the account they see", "how do I keep it that way".
    String.raw`\bkeep(?:ing)? (?:it|this|that|the money|them) out of (?:the|my) (?:account|statements?|bank)\b[^.?!]{0,20}\b(?:they|the council|social services)\b|\bhow (?:do|can) (?:i|we) keep it that way\b`,
  ].join("|"),
  "i",
);

/** Doing it properly ("the right way", "legally", "above board"), or worried how the council will see what
 * was done ("will they say he deliberately got rid of money?", "would that count as misuse?"). */
export const HONEST = new RegExp(
  [
    String.raw`\b(?:properly|legally|lawfully|legitimately|by the book|above board|the (?:right|correct|proper|legal) way|an? (?:legal|lawful|legitimate|honest) way|correctly|fairly|do it right|get it right|stay within the (?:law|rules))\b`,
    String.raw`\b(?:will|would|could|might|do|does|did) (?:they|the council|the assessor|social services|the auditors?|hmrc|anyone) (?:say|think|count|treat|see|call|class|view|regard|accuse)\b[^.?!]{0,50}\b(?:deliberate\w*|deprivation|depriv\w+|misuse|misused|fraud|wrong|hiding|hid|got rid)\b`,
    String.raw`\b(?:is|was|would|could) (?:that|this|it|what (?:i|we) did) (?:be )?(?:count(?:ed)? as|classed as|seen as|treated as|called)\b[^.?!]{0,20}\b(?:deprivation|misuse|fraud)\b`,
    String.raw`\b(?:have|did) (?:i|we) (?:done|do) (?:something|anything) wrong\b`,
    // Saying outright it is not to hide anything, or putting a mistake right: "I'm not trying to hide it, I just
    // want to understand…", "I put my ISA down wrong, how do I put that right?" (the brief: never a suspect).
    String.raw`\b(?:not|never) (?:trying|going|wanting|looking|meaning|out) to (?:hide|conceal|cheat|deceive|avoid|get round|dodge|fiddle)\b|\b(?:nothing to hide|not hiding|don'?t want to hide|no intention of hiding)\b|\bput (?:it|that|this|things|the form) right\b|\b(?:made|make) (?:a |an )?(?:mistake|error)\b|\b(?:correct|amend|fix) (?:it|that|this|the form|my form|the figure|my answer)\b`,
  ].join("|"),
  "i",
);
