import { redactPii } from "../pipeline/guards/redact-pii.ts";

// redactPii finds names after "my name is" and "I am called"; people also open with "I'm Dave Smith" or
// "I am Dave Smith". Narrow on purpose: one to three capitalised words straight after "I'm"/"I am"
// (so "I'm Worried" typed in title case is the only kind of false hit), and never a word that starts an
// ordinary phrase ("I'm not", "I'm a carer", "I'm 67").
const INTRO = /\b(I['’]m|I am|Im)\s+((?:[A-Z][a-z'’-]+)(?:\s+[A-Z][a-z'’-]+){0,2})\b/g;
const NOT_A_NAME = new Set(
  "A An The Not Now So Just Still Also Really Very Trying Looking Asking Writing Calling Wondering Worried Confused Unsure Sure New Currently On In At From Here Going Getting Being Having Thinking Caring Disabled Deaf Blind Autistic Employed Self Retired English British Scottish Welsh".split(" "),
);

function redactIntroducedNames(text: string): string {
  return text.replace(INTRO, (whole, cue: string, name: string) => {
    const words = name.split(/\s+/);
    if (NOT_A_NAME.has(words[0])) return whole;
    return `${cue} [name]`;
  });
}

/** What the store keeps of a question or comment: redactPii, after a narrow "I'm <Name>" rule of our own. */
export function redactQuestion(text: string): string {
  return redactPii(redactIntroducedNames(text));
}
