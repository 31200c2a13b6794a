import type { CouncilConfig } from "../config/council-config.ts";
import type { Audience } from "../ingest/knowledge-schema.ts";
import type { KnowledgeSearch, SearchHit, SearchOutcome } from "../retrieval/search-knowledge.ts";
import type { DeclineReplies } from "../config/decline-replies.ts";
import type { MessageFrame, Understanding } from "../understanding/understand-message.ts";
import type { CuratedMatcher } from "../curated/match-curated.ts";
import type { HarmClassifier } from "./guards/harm-classifier.ts";
import { statusOfReason, type AnswerReason } from "./answer-statuses.ts";
import type { Answer, AnswerStatus, CalculationOutcome, ChatMessage, ChatRequest, Citation } from "./answer-types.ts";
import type { SentenceCache } from "./compose/sentence-cache.ts";

export type Route = "knowledge" | "calculation";

/** Streaming events a composer may emit while it works (SSE `delta`), before the final answer. */

export interface ModelComposer {
  readonly name: string;
  compose(ctx: PipelineContext): Promise<ComposedAnswer>;
}

export interface ComposedAnswer {
  text: string;
  citations: Citation[];
  suggestions: string[];
  /** Calculator outcomes the model ran itself, so figures from them count as traceable. */
  calculations?: CalculationOutcome[];
  /** Every section the composer was given (the model may search more than once). */
  evidence?: SearchHit[];
}

export interface PipelineDeps {
  council: CouncilConfig;
  search: KnowledgeSearch;
  /** null in the embedded default: decided once at start-up. */
  model: ModelComposer | null;
  now: () => Date;
  /** The statistical check for disclosures the safeguarding rules miss, trained with this index's questions. */
  harm: HarmClassifier;
  /** Reads a message into a frame (intent, sum, topic, place, asks); trained once at start-up. */
  understanding: Understanding;
  /** Replies for declined requests (config/replies.json), filled from the council's settings. */
  replies: DeclineReplies;
  /** The composer's sentences and stems of this index's sections, made with the index. */
  sentences: SentenceCache;
  /** Looks up a knowledge document's title/sources for citations. */
  /** Approved curated answers, served first to a close match (stages/serve-curated.ts); absent without a console. */
  curated?: CuratedMatcher;
  documents: Map<string, { title: string; sources: Citation["sources"]; last_reviewed: string; related: string[]; questions: string[] }>;
}

/** Shared by every stage; a stage ends the pipeline by calling finish(). */
export class PipelineContext {
  readonly question: string;
  readonly history: ChatMessage[];
  readonly audience: Audience;
  searchQuery: string;
  /** What the understanding stage read from the message; set before routing. */
  frame: MessageFrame | null = null;
  route: Route = "knowledge";
  search?: SearchOutcome;
  /** The search the understanding stage made to check an unsure "out of scope" reading, for the retrieve
   * stage to use instead of searching again when it would make the same search. */
  understandingSearch?: { query: string; outcome: SearchOutcome };
  /** For a sum asked beside other questions ("…how many days is that? and do bank holidays count?"): what
   * was found for each further question, so the answer can give its rule after the figure. */
  furtherAsks?: { ask: string; results: SearchHit[] }[];
  calculation: CalculationOutcome | null = null;
  /** Safeguarding signposting shown before anything else (Care Act 2014 s.42 duty to make enquiries). */
  safeguarding: { kind: string; reply: string } | null = null;
  /** A worry only the statistical harm check found in this message (no rule named a harm): routing decides
   * whether the message is a request to decline, told with feeling, or a disclosure (stages/route-question.ts). */
  possibleDisclosure: { kind: string; reply: string } | null = null;
  composed?: ComposedAnswer;
  composer: Answer["composer"] = "embedded";
  /** Set when a curated answer was served. */
  curated: Answer["curated"] | null = null;
  status: AnswerStatus = "answered";
  finished = false;
  final?: { status: AnswerStatus; reason: AnswerReason; text: string; citations: Citation[]; suggestions: string[] };
  readonly trace: { stage: string; ms: number; note?: string }[] = [];

  constructor(
    readonly request: ChatRequest,
    readonly deps: PipelineDeps,
    readonly signal?: AbortSignal,
  ) {
    const messages = request.messages;
    const last = messages[messages.length - 1];
    this.question = last?.role === "user" ? last.content.trim() : "";
    this.history = messages.slice(0, -1);
    this.audience = request.audience ?? "citizen";
    this.searchQuery = this.question;
  }

  /** Earlier things the person said, oldest first. */
  get earlierUserTurns(): string[] {
    return this.history.filter((m) => m.role === "user").map((m) => m.content);
  }

  /**
   * The one way an answer ends: its status, the reason code that says why (config/answer-statuses.json) and
   * its text. A reason that does not belong to the status is a bug.
   */
  finish(status: AnswerStatus, reason: AnswerReason, text: string, extra: { citations?: Citation[]; suggestions?: string[] } = {}): void {
    if (statusOfReason(reason) !== status) throw new Error(`reason "${reason}" does not belong to status "${status}"`);
    this.status = status;
    this.final = { status, reason, text, citations: extra.citations ?? [], suggestions: extra.suggestions ?? [] };
    this.finished = true;
  }

  /** Takes back an ending a stage tried and will not keep (routing tries the declines on a message the harm
   * check flagged, and keeps only the ones that are surely not a disclosure: stages/route-question.ts). */
  withdraw(): void {
    this.status = "answered";
    this.final = undefined;
    this.finished = false;
  }
}
