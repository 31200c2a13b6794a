import { RecursiveCharacterTextSplitter } from "@langchain/textsplitters";
import type { KnowledgeDocument } from "./load-knowledge.ts";
import { plainTextOf } from "./readability.ts";

/** Bump when what goes into the index changes, so existing indexes are rebuilt. */
export const INDEX_FORMAT = 5;



export interface Chunk {
  /** "<document-id>#<anchor>", with "~2", "~3" for further parts of a long section. Cited by the model. */
  id: string;
  document_id: string;
  title: string;
  heading: string;
  heading_path: string;
  anchor: string;
  url: string;
  /** The section's Markdown, as shown and quoted. */
  text: string;
  /** What full-text search matches: headings and plain text of the section. */
  search_text: string;
  /** Document-level words: title, summary and the ways people ask (front matter `questions`). */
  doc_terms: string;
  audience: string;
  jurisdiction: string;
  topic: string;
  position: number;
}

// Sections are short by design (one question each); only unusually long ones are split further, at
// paragraph and sentence boundaries, so a quoted sentence is never cut in half.
const MAX_SECTION_CHARS = 1_600;

export async function chunkDocuments(documents: KnowledgeDocument[]): Promise<Chunk[]> {
  const splitter = RecursiveCharacterTextSplitter.fromLanguage("markdown", { chunkSize: 1_200, chunkOverlap: 0 });
  const chunks: Chunk[] = [];
  for (const doc of documents) {
    const docTerms = [doc.meta.title, doc.meta.summary, ...doc.meta.questions].join("\n");
    let position = 0;
    for (const section of doc.sections) {
      const parts = section.text.length > MAX_SECTION_CHARS ? await splitter.splitText(section.text) : [section.text];
      parts.forEach((part, i) => {
        chunks.push({
          id: `${doc.meta.id}#${section.anchor}${i > 0 ? `~${i + 1}` : ""}`,
          document_id: doc.meta.id,
          title: doc.meta.title,
          heading: section.heading,
          heading_path: section.headingPath.join(" › "),
          anchor: section.anchor,
          url: `/knowledge/${doc.meta.id}#${section.anchor}`,
          text: part,
          search_text: `${section.headingPath.slice(1).join(". ")}. ${plainTextOf(part)}`,
          doc_terms: docTerms,
          audience: doc.meta.audience.join(","),
          jurisdiction: doc.meta.jurisdiction,
          topic: doc.meta.topic,
          position: position++,
        });
      });
    }
  }
  return chunks;
}
