/** Types for strings.js, so TypeScript tests and a server can read the widget's UI strings. */
export type WidgetStrings = Readonly<Record<string, string | readonly string[] | Readonly<Record<string, string>>>> & {
  readonly statusLabels: Readonly<Record<string, string>>;
  readonly [key: string]: unknown;
};
export declare const DEFAULT_STRINGS: WidgetStrings;
export declare function registerStrings(lang: string, strings: Record<string, unknown>): void;
export declare function resolveStrings(lang: string | null | undefined, overrides: Record<string, unknown> | null): WidgetStrings;
export declare function format(template: unknown, values: Record<string, unknown> | null | undefined): string;
