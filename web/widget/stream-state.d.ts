/** Types for stream-state.js (the JSDoc there is the source; this lets TypeScript tests import it). */
export interface Citation { n: number; id?: string; documentId?: string; title: string; heading?: string; url: string; last_reviewed?: string }
export interface MissingInput { field: string; question: string; type: "number" | "money" | "boolean" | "choice" | "text"; choices?: string[]; errorName?: string; example?: string }
export interface CalculationStep { label: string; amount: number | null; rule?: string; source?: string | { title?: string; url?: string } }
export interface Calculation { calculator: string; taxYear?: string; input?: Record<string, unknown>; missing?: MissingInput[]; result?: Record<string, unknown> | null; steps?: CalculationStep[]; notes?: string[]; summary?: string }
export interface Answer { id?: string; status?: string; answer: string; citations?: Citation[]; suggestions?: string[]; calculation?: Calculation }
export type StreamEvent =
  | { event: "status"; data: { status: string } }
  | { event: "delta"; data: { text: string } }
  | { event: "citations"; data: { citations?: Citation[]; suggestions?: string[]; calculation?: Calculation; id?: string } }
  | { event: "done"; data: Answer }
  | { event: "error"; data: { error?: { code?: string; message?: string } } };
export interface StreamState {
  phase: "waiting" | "streaming" | "done" | "failed";
  status: string | null;
  text: string;
  extra: { citations: Citation[]; suggestions?: string[]; calculation?: Calculation; id?: string };
  answer: Answer | null;
  error: { code?: string; message: string } | null;
}
export declare const INITIAL_STREAM: StreamState;
export declare function reduceStream(state: StreamState, ev: StreamEvent): StreamState;
export declare function partialAnswer(state: StreamState): Answer;
