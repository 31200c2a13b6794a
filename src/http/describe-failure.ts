import { redactPii } from "../pipeline/guards/redact-pii.ts";

/**
 * What the operator's log says about an exception: its class and message, without the person's words. An
 * exception message can quote its input (a search engine's "syntax error in query '…'"), so every message of
 * the conversation is cut out of it (and whatever is left is redacted and bounded).
 */
export function describeFailure(error: unknown, texts: readonly string[] = []): { errorClass: string; errorMessage: string } {
  const errorClass = error instanceof Error ? error.constructor?.name || error.name || "Error" : typeof error;
  let message = error instanceof Error ? error.message : String(error);
  for (const t of texts) {
    const text = t.trim();
    if (text.length < 4) continue;
    message = message.split(text).join("[message]");
    const lower = text.toLowerCase();
    if (message.toLowerCase().includes(lower)) message = cutInsensitive(message, lower);
    // Quoted fragments of the words (a tokenised or truncated query) are cut too.
    for (const word of text.split(/\s+/).filter((w) => w.length >= 5)) message = cutInsensitive(message, word.toLowerCase());
  }
  message = redactPii(message).replace(/\s+/g, " ").slice(0, 300);
  return { errorClass, errorMessage: message };
}

function cutInsensitive(haystack: string, needle: string): string {
  let out = "";
  let from = 0;
  const lower = haystack.toLowerCase();
  for (let i = lower.indexOf(needle); i >= 0; i = lower.indexOf(needle, from)) {
    out += `${haystack.slice(from, i)}[message]`;
    from = i + needle.length;
  }
  return out + haystack.slice(from);
}
