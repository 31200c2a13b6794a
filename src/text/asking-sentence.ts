/** The last sentence of a message that asks something (a question mark or a question word), else the whole. */
export function askingSentence(question: string): string {
  const sentences = question.split(/(?<=[.?!])\s+/);
  if (sentences.length < 2) return question;
  // A message that ends without a full stop ends with what it asks ("…she is 33. min employer pension per week").
  if (!/[.!]\s*$/.test(question.trim())) return sentences[sentences.length - 1];
  for (let i = sentences.length - 1; i >= 0; i--) if (/\?|\b(?:what|how much|how many|how long|whats)\b/i.test(sentences[i])) return sentences[i];
  return question;
}
