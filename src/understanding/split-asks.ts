/**
 * The separate things one message asks ("Can she claim the Employment Allowance, and how much is it?"), so
 * each gets its own sentence in the answer. Splits at question marks followed by more words, and at "and" or
 * "also" before a new question word; a message that asks one thing comes back whole.
 */
const NEW_QUESTION = String.raw`(?:what|what's|whats|how|when|where|which|who|why|is|are|does|do|did|can|could|will|would|should|must|has|have)`;

export function splitAsks(text: string): string[] {
  const pieces = text
    .split(/\?\s+(?=\S)|\?$/)
    .flatMap((piece) => piece.split(new RegExp(String.raw`[,;]?\s+(?:and|also|plus)\s+(?:also\s+)?(?=${NEW_QUESTION}\b)`, "i")))
    .map((p) => p.trim().replace(/^[,;\s-]+|[,;\s-]+$/g, ""))
    .filter((p) => p.split(/\s+/).length >= 2);
  return pieces.length ? pieces : [text.trim()];
}
