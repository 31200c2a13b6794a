import type { CuratedAnswer } from "./curated-answer.ts";

/**
 * Every approved curated answer as evaluation items in the repository's format (evals/eval-item.ts): one
 * item per question it answers, each needing the key facts the approver chose, so `npm run eval -- --file`
 * fails the day a resident asking it stops getting them.
 */
export function curatedEvalItems(answers: readonly CuratedAnswer[]): string {
  const lines: string[] = [];
  for (const a of answers) {
    if (a.status !== "approved") continue;
    a.questions.forEach((question, i) =>
      lines.push(
        JSON.stringify({
          id: `curated-${a.id}-${i + 1}`,
          audience: a.audience,
          question,
          must_include: a.mustInclude,
          kind: "fact",
          topic: "curated",
          source: `curated answer ${a.id}, approved ${a.approvedAt.toISOString().slice(0, 10)} by ${a.owner}`,
          expect_docs: a.sections.map((s) => s.id),
        }),
      ),
    );
  }
  return lines.length ? `${lines.join("\n")}\n` : "";
}
