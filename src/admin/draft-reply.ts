import type { Assistant } from "../assistant.ts";
import { figuresIn } from "../curated/figures-in.ts";
import type { Citation } from "../pipeline/answer-types.ts";
import { contactLine } from "../pipeline/canned-replies.ts";
import { wordSet } from "../retrieval/word-overlap.ts";
import { redactQuestion } from "../store/redact-question.ts";
import { splitAsks } from "../understanding/split-asks.ts";

/** One thing the enquiry asks, answered by the same pipeline a resident's question goes through. */
export interface DraftAsk {
  /** The question in the enquiry's words, personal details removed (what a curated answer would keep). */
  question: string;
  status: string;
  reason?: string;
  /** The answer for the letter: no citation marks, no closing contact line (the letter has its own). */
  answer: string;
  citations: Citation[];
  /** £ amounts, percentages and tax years the answer states. */
  figures: string[];
  /** The tax year the figures are for, when the answer or its calculation names one. */
  taxYear?: string;
  /** Set when the answer is an approved curated answer. */
  curatedId?: string;
}

export interface Draft {
  /** "Dear Ms Patel," from the enquiry's own words, or "Hello," — in the letter only, never stored. */
  greeting: string;
  letter: string;
  asks: DraftAsk[];
  /** Every section the answers used, for the member of staff (not part of the letter). */
  sources: Citation[];
  /** What to check before sending: council decisions, figures that depend on the person, dates. */
  checks: string[];
}

export const MAX_ENQUIRY_CHARS = 6_000;
const MAX_ASKS = 6;

// Lines that frame an e-mail rather than ask anything: headers, greetings, sign-offs.
const HEADER = /^(from|to|sent|date|subject|cc|re):/i;
const GREETING = /^(dear|hi|hello|hiya|good (morning|afternoon|evening)|to whom it may concern)\b[^.?!]{0,60}[,!.]?$/i;
const SIGN_OFF = /^(thanks|thank you|many thanks|kind regards|best regards|regards|best wishes|best|cheers|yours sincerely|yours faithfully|yours|all the best)\b[\s,.!]*/i;
const NAME = String.raw`((?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+)?[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){0,2})`;
const NAMED = [new RegExp(String.raw`\bmy name is\s+${NAME}`), new RegExp(String.raw`^${NAME}\s*$`), new RegExp(String.raw`\b(?:I['’]m|I am)\s+${NAME}\b`)];
const NOT_NAMES = /^(I|A|The|Not|Just|Still|Also|Really|Very|Worried|Confused|Unsure|Looking|Writing|Calling|Wondering)\b/;
const QUESTION_START = /^(what|what's|whats|how|when|where|which|who|why|is|are|does|do|did|can|could|will|would|should|must|has|have|am|may)\b/i;
const DATE = /\b(\d{1,2}\s+)?(January|February|March|April|May|June|July|August|September|October|November|December)\s+20\d\d\b/g;

/**
 * The name the person gave, for the greeting: after "my name is", "I'm …", or alone on the line after a
 * sign-off. The fullest wins ("I'm Tom Baker" over a signed "Tom").
 */
function nameIn(lines: string[]): string | null {
  const found: string[] = [];
  const signOff = lines.findIndex((l) => SIGN_OFF.test(l));
  if (signOff >= 0) {
    const rest = lines[signOff].replace(SIGN_OFF, "").trim() || lines[signOff + 1]?.trim() || "";
    const m = rest.match(NAMED[1]);
    if (m) found.push(m[1]);
  }
  for (const line of lines)
    for (const re of [NAMED[0], NAMED[2]]) {
      const m = line.match(re);
      if (m) found.push(m[1]);
    }
  const names = found.filter((n) => !NOT_NAMES.test(n));
  return names.sort((a, b) => b.split(/\s+/).length - a.split(/\s+/).length)[0] ?? null;
}

/** The body of the enquiry: headers, greeting and everything from the sign-off on left out. */
function bodyOf(lines: string[]): string {
  const out: string[] = [];
  for (const raw of lines) {
    const line = raw.trim();
    if (!line || HEADER.test(line) || GREETING.test(line)) continue;
    if (SIGN_OFF.test(line) && line.replace(SIGN_OFF, "").split(/\s+/).length <= 4) break;
    out.push(line);
  }
  return out.join(" ");
}

const stripMarks = (text: string) => text.replace(/\s*\[\d{1,2}(?:\s*[,–-]\s*\d{1,2})*\]/g, "");
const lastSentence = (piece: string) =>
  piece.split(/(?<=[.!])\s+/).at(-1)!.trim().replace(/^(and|also|plus|but|so)\s+/i, "").replace(/^./, (c) => c.toUpperCase());
// Answers that turn on something only the council settles ("only if the council agrees it is necessary").
const COUNCIL_DECIDES = /\b(?:council|local authority)\s+(?:agrees?|decides?|must agree|will decide|may agree|approves?|sets?)\b/i;

/**
 * Drafts a reply to an enquiry (an e-mail or a note of a call): each thing it asks is answered in turn by
 * the assistant's own pipeline (extractive without a model, composed and checked with one), then put into a
 * letter with a greeting, what to do next and who to contact. The pipeline sees the enquiry with personal
 * details removed; the name is used only for the greeting, in the letter sent back to the member of staff.
 * Nothing here is stored or logged.
 */
export async function draftReply(assistant: Assistant, enquiry: string): Promise<Draft> {
  const council = assistant.council.council;
  const lines = enquiry.replace(/\r\n?/g, "\n").split("\n");
  const name = nameIn(lines);
  const greeting = name ? `Dear ${name},` : "Hello,";
  const body = redactQuestion(bodyOf(lines));
  const pieces = splitAsks(body)
    .map((piece) => ({ piece, question: lastSentence(piece) }))
    .filter(({ question }) => wordSet(question).size >= 2 && (QUESTION_START.test(question) || body.includes(`${question}?`)))
    .slice(0, MAX_ASKS);

  const asks: DraftAsk[] = [];
  for (const { piece, question } of pieces) {
    const a = await assistant.answer({ messages: [{ role: "user", content: piece }], audience: "citizen" });
    let text = stripMarks(a.answer);
    const closing = contactLine(assistant.council, "citizen", a.citations);
    text = text.replace(closing, "").replace(/\n*This answer was checked and approved by [^\n]*$/, "").trim();
    const figures = figuresIn(text);
    const taxYear = figures.find((f) => /^20\d\d\/\d\d$/.test(f)) ?? a.calculation?.taxYear;
    asks.push({
      question: /[?]$/.test(question) ? question : `${question}?`,
      status: a.status,
      reason: a.reason,
      answer: text,
      citations: a.citations,
      figures: figures.filter((f) => !/^20\d\d\/\d\d$/.test(f)),
      ...(taxYear ? { taxYear } : {}),
      ...(a.curated ? { curatedId: a.curated.id } : {}),
    });
  }

  const sources = new Map<string, Citation>();
  for (const a of asks) for (const c of a.citations) if (!sources.has(c.id)) sources.set(c.id, c);

  const checks: string[] = [];
  // A disclosure can sit in a sentence that asks nothing: the whole enquiry goes through the safeguarding
  // check too (the pipeline's first stages), when no ask was flagged already.
  const disclosed =
    asks.some((a) => a.status === "safeguarding") ||
    (body.trim() !== "" && (await assistant.answer({ messages: [{ role: "user", content: body.slice(0, 2_000) }], audience: "citizen" })).status === "safeguarding");
  if (disclosed)
    checks.push(`The enquiry may disclose abuse, neglect or a risk to someone: follow the safeguarding procedure before replying (${council.safeguarding.name}, ${council.safeguarding.phone}).`);
  if (!name) checks.push("No name was found in the enquiry: put the person's name in the greeting.");
  for (const a of asks) {
    if (a.status === "decision_request") checks.push(`"${a.question}" Only the council can decide this: check what has been decided, or who will decide, for this person.`);
    else if (a.status === "unanswerable" || a.status === "out_of_scope" || a.status === "error")
      checks.push(`"${a.question}" The knowledge has no reliable answer to this: write this part yourself or ask a colleague.`);
    else if (COUNCIL_DECIDES.test(a.answer)) checks.push(`"${a.question}" The answer turns on something the council decides: check what has been agreed for this person.`);
    if (a.reason === "answered_calculation")
      checks.push(`"${a.question}" The figures${a.figures.length ? ` (${a.figures.slice(0, 4).join(", ")})` : ""} were worked out from what the enquiry says (${a.taxYear ?? "current tax year"}): check them against the person's actual hours, pay or income.`);
    else if (a.figures.length)
      checks.push(`"${a.question}" Check that ${a.figures.join(", ")} ${a.figures.length === 1 ? "applies" : "apply"} to this person's situation (age, hours, income, household) and to ${a.taxYear ? `the tax year ${a.taxYear}` : "the current tax year"}.`);
    const dates = [...new Set([...a.answer.matchAll(DATE)].map((m) => m[0]))];
    if (dates.length) checks.push(`"${a.question}" Check the dates (${dates.join(", ")}) against today's date and when this applies to the person.`);
  }
  for (const c of sources.values())
    if (assistant.getDocument(c.documentId)?.meta.topic === "local-policy") checks.push(`Council policy, "${c.title}": check it is current and applies to this person.`);
  if (!asks.length) checks.push("No question was found in the enquiry: write the reply yourself.");

  const team = council.directPaymentsTeam;
  const decided = asks.some((a) => a.status === "decision_request");
  const nextSteps = [
    decided ? `To ask for a decision about your own support, contact the ${team.name}, who will explain how it is decided and how long it takes.` : "",
    `If you have any questions, or your situation is different from what you have described, contact the ${team.name} on ${team.phone}${team.hours ? ` (${team.hours})` : ""} or at ${team.email}.`,
    `${council.supportService.name} can also help on ${council.supportService.phone}.`,
  ].filter(Boolean);
  const letter = [
    greeting,
    `Thank you for your message about direct payments.${asks.length > 1 ? ` You asked about ${asks.length} things, so I have answered each in turn.` : ""}`,
    ...asks.map((a) => (asks.length > 1 ? `${a.question}\n${a.answer}` : a.answer)),
    `What to do next\n${nextSteps.join(" ")}`,
    `Yours sincerely,\n\n[Your name]\n${team.name}\n${council.name}`,
  ].join("\n\n");
  return { greeting, letter, asks, sources: [...sources.values()], checks };
}
