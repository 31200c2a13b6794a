import { z } from "zod";
import { FORM_FIELDS } from "../calculators/plan-calculation.ts";
import { calculatorNames } from "../calculators/run-calculator.ts";
import { AUDIENCES } from "../ingest/knowledge-schema.ts";
import { MAX_MESSAGE_CHARS, MAX_TURNS } from "./limits.ts";

/**
 * A calculation in progress, sent back by the client: the calculator and the values its form collected so far.
 * Conversation state travels as data, so nothing reads the assistant's own wording to know where it stands.
 */
export const calculationStateSchema = z
  .object({
    calculator: z.enum(calculatorNames),
    taxYear: z.string().max(20).optional(),
    input: z.record(z.string().max(60), z.union([z.string().max(500), z.number().finite(), z.boolean()])).default({}),
  })
  .strict()
  .superRefine((state, ctx) => {
    const known = new Set(FORM_FIELDS[state.calculator]);
    for (const field of Object.keys(state.input))
      if (!known.has(field)) ctx.addIssue({ code: "custom", path: ["input", field], message: `is not a field of the ${state.calculator} calculator` });
  });

// Limits keep one request cheap: a chat widget never needs more (and history travels with each request).
export { MAX_MESSAGE_CHARS, MAX_TURNS };

export const chatRequestSchema = z
  .object({
    messages: z
      .array(
        z
          .object({
            role: z.enum(["user", "assistant"]),
            content: z.string().trim().min(1, "must not be empty").max(MAX_MESSAGE_CHARS, `must be at most ${MAX_MESSAGE_CHARS} characters`),
          })
          .strict(),
      )
      .min(1, "must contain at least one message")
      .max(MAX_TURNS, `must contain at most ${MAX_TURNS} messages`)
      .refine((m) => m[m.length - 1]?.role === "user", "the last message must be from the user"),
    audience: z.enum(AUDIENCES).optional(),
    calculation: calculationStateSchema.optional(),
  })
  .strict();

export const feedbackSchema = z
  .object({
    answerId: z.string().trim().min(1).max(100),
    rating: z.enum(["up", "down"]),
    comment: z.string().max(1_000, "must be at most 1000 characters").optional(),
  })
  .strict();

export const searchQuerySchema = z.object({
  q: z.string().trim().min(1, "is required").max(500, "must be at most 500 characters"),
  k: z.coerce.number().int("must be a whole number").min(1).max(20).default(5),
  audience: z.enum(AUDIENCES).optional(),
});
