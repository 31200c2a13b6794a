// npm run ask -- "question" [--audience social_worker] [--json]: one answer from the pipeline, in the terminal.
import { createAssistant } from "../assistant.ts";
import { AUDIENCES, type Audience } from "../ingest/knowledge-schema.ts";

const args = process.argv.slice(2);
const json = args.includes("--json");
const audienceAt = args.indexOf("--audience");
const audience = audienceAt >= 0 ? (args[audienceAt + 1] as Audience) : "citizen";
const question = args.filter((a, i) => !a.startsWith("--") && (audienceAt < 0 || i !== audienceAt + 1)).join(" ").trim();
if (!question || !AUDIENCES.includes(audience)) {
  console.error(`Usage: npm run ask -- "your question" [--audience ${AUDIENCES.join("|")}] [--json]`);
  process.exit(2);
}
const assistant = await createAssistant();
const answer = await assistant.answer({ messages: [{ role: "user", content: question }], audience });
if (json) console.log(JSON.stringify(answer, null, 2));
else {
  console.log(`[${answer.status}]\n\n${answer.answer}\n`);
  for (const c of answer.citations) console.log(`[${c.n}] ${c.title} › ${c.heading}  ${c.url}`);
  if (answer.suggestions?.length) console.log(`\nYou could also ask:\n${answer.suggestions.map((s) => `- ${s}`).join("\n")}`);
}
await assistant.close();
