/**
 * The separate things one message asks ("Can she claim the Employment Allowance, and how much is it?"), so
 * each gets its own sentence in the answer. Splits at question marks followed by more words, and at "and" or
 * "also" before a new question word; a message that asks one thing comes back whole. What follows the last
 * question mark is a further ask only if it asks or requests something; otherwise it stays with the ask before it.
 */
const NEW_QUESTION = String.raw`(?:what|what's|whats|how|when|where|which|who|why|is|are|does|do|did|can|could|will|would|should|must|has|have)`;

// A request said without a question mark ("tell me…", "explain…", "what about…").
const REQUEST = String.raw`(?:tell|explain|list|give|show|say|confirm|describe|check|please|and|also|plus)`;
// Compiled once: splitAsks runs on every message.
const ASKS_OR_REQUESTS = new RegExp(String.raw`^\W*(?:${NEW_QUESTION}|${REQUEST})\b`, "i");
const AND_A_NEW_QUESTION = new RegExp(String.raw`[,;]?\s+(?:and|also|plus)\s+(?:also\s+)?(?=${NEW_QUESTION}\b)`, "i");

export function splitAsks(text: string): string[] {
  const asked = text.split(/(?<=\?)\s+(?=\S)/);
  // What follows the last question mark asks something only if it is a question or a request: "…start again??
  // Terrified of a gap in care." ends with a feeling, not a further ask (it is context for the asks before it).
  const last = asked.length > 1 && !/\?\s*$/.test(asked[asked.length - 1]) && !ASKS_OR_REQUESTS.test(asked[asked.length - 1]) ? asked.pop() : undefined;
  const pieces = asked
    .join(" ")
    .split(/\?\s+(?=\S)|\?$/)
    .flatMap((piece) => piece.split(AND_A_NEW_QUESTION))
    .map((p) => p.trim().replace(/^[,;\s?-]+|[,;\s-]+$/g, ""))
    .filter((p) => p.split(/\s+/).length >= 2);
  if (last !== undefined && pieces.length) pieces[pieces.length - 1] = `${pieces[pieces.length - 1]}? ${last.trim()}`.replace(/\?\?+/g, "?");
  return pieces.length ? pieces : [text.trim()];
}
