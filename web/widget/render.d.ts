/** Types for render.js's pure helpers, for TypeScript tests. */
export declare function withoutRepeats(text: string, shown: { working: boolean; form: boolean }): string;
export declare function plainWords(text: string): string;
