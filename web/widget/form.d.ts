/** Types for form.js's pure helpers, for TypeScript tests. */
import type { MissingInput } from "./stream-state.js";
import type { WidgetStrings } from "./strings.js";
export declare function fieldName(missing: MissingInput, t: WidgetStrings): string;
export declare function readValue(missing: MissingInput, raw: string, t: WidgetStrings): { value?: unknown; text?: string; error?: string };
export declare function setPath<T extends Record<string, unknown>>(target: T, path: string, value: unknown): T;
export declare function composeAnswers(answers: { missing: MissingInput; text: string }[]): string;
export declare function renderForm(host: unknown, calc: unknown): HTMLFormElement;
