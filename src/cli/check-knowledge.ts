// Quick check for knowledge writers: validates every document and prints readability of citizen text.
// Usage: npx tsx src/cli/check-knowledge.ts [knowledge-dir]
import { loadCouncilConfig } from "../config/council-config.ts";
import { fleschReadingEase } from "../ingest/readability.ts";
import { loadKnowledge } from "../ingest/load-knowledge.ts";

const dir = process.argv[2] ?? "knowledge";
const config = loadCouncilConfig(process.env.COUNCIL_CONFIG ?? "config/council.json");
try {
  const { documents } = loadKnowledge(dir, config);
  let failing = 0;
  for (const doc of documents) {
    const score = fleschReadingEase(doc.body);
    const citizen = doc.meta.audience.includes("citizen");
    const flag = citizen && score < 60 ? "  <-- below 60" : "";
    if (flag) failing++;
    console.log(`${score.toFixed(0).padStart(4)} ${citizen ? "citizen" : "practitioner"}  ${doc.meta.topic.padEnd(16)} ${doc.meta.id}  (${doc.sections.length} sections)${flag}`);
  }
  console.log(`\n${documents.length} documents valid; ${failing} citizen documents below Flesch 60`);
} catch (err) {
  console.error(String((err as Error).message));
  process.exit(1);
}
