import { describe, expect, it } from "vitest";
import { INITIAL_STREAM, partialAnswer, reduceStream, type StreamEvent } from "./stream-state.js";
import { fieldName, readValue, setPath } from "./form.js";
import { DEFAULT_STRINGS } from "./strings.js";

describe("reduceStream (the SSE wire contract)", () => {
  it("builds the answer from status, delta, citations and done, without mutating the state it was given", () => {
    const events: StreamEvent[] = [
      { event: "status", data: { status: "answered" } },
      { event: "delta", data: { text: "Yes, you can [1]" } },
      { event: "delta", data: { text: "." } },
      { event: "citations", data: { citations: [{ n: 1, title: "Paying family", url: "/knowledge/x#y" }], id: "a1" } },
    ];
    let state = INITIAL_STREAM;
    const seen = [state];
    for (const ev of events) seen.push((state = reduceStream(state, ev)));
    expect(state.phase).toBe("streaming");
    expect(state.text).toBe("Yes, you can [1].");
    expect(partialAnswer(state).citations).toHaveLength(1);
    expect(INITIAL_STREAM.text).toBe("");
    state = reduceStream(state, { event: "done", data: { id: "a1", status: "answered", answer: "Yes, you can [1]." } });
    expect(state.phase).toBe("done");
    expect(state.answer).toMatchObject({ id: "a1", answer: "Yes, you can [1].", citations: [{ n: 1 }] });
    // Nothing after done changes it; unknown events are ignored.
    expect(reduceStream(state, { event: "delta", data: { text: "more" } })).toBe(state);
    expect(reduceStream(seen[1], { event: "ping", data: {} } as never)).toBe(seen[1]);
  });

  it("turns an error event into a failed state, and a done without text into the streamed text", () => {
    const failed = reduceStream(INITIAL_STREAM, { event: "error", data: { error: { code: "internal", message: "broke" } } });
    expect(failed).toMatchObject({ phase: "failed", error: { code: "internal", message: "broke" } });
    const streamed = reduceStream(INITIAL_STREAM, { event: "delta", data: { text: "Hello" } });
    expect(reduceStream(streamed, { event: "done", data: { status: "answered" } as never }).answer?.answer).toBe("Hello");
  });
});

describe("calculator form values", () => {
  const t = DEFAULT_STRINGS;
  it("names fields in GOV.UK error messages and reads typed values as numbers, booleans and strings", () => {
    expect(readValue({ field: "statePension", question: "What is your weekly State Pension?", type: "money" }, "", t)).toEqual({
      error: "Enter your weekly State Pension, for example £230",
    });
    expect(readValue({ field: "capital", question: "How much?", type: "money" }, "£18,000.50", t).value).toBe(18000.5);
    expect(readValue({ field: "age", question: "How old are you?", type: "number" }, "sixty", t).error).toBe(
      "Your age must be a number, for example 67",
    );
    expect(readValue({ field: "x", question: "Do you rent?", type: "boolean" }, "no", t).value).toBe(false);
    expect(fieldName({ field: "y", question: "How many nights do you stay away?", type: "number" }, t)).toBe("how many nights you stay away");
    expect(fieldName({ field: "z", question: "Rate?", type: "number" }, t)).toBe("an answer to “Rate?”");
  });

  it("sets dotted field paths into the calculator input", () => {
    expect(setPath({ a: 1 }, "pas.0.hoursPerWeek", 20)).toEqual({ a: 1, pas: [{ hoursPerWeek: 20 }] });
  });
});

describe("answer text beside a calculation", async () => {
  const { plainWords, withoutRepeats } = await import("./render.js");
  const text = [
    "Estimate for 2026/27: £15.00 a week.",
    "",
    "How this was worked out:",
    "- Capital counted (2026/27): £18,000.00",
    "- Tariff income: £15.00",
    "",
    "To work out the rest, I need to know:",
    "- How old are you?",
    "",
    "This is an estimate [1].",
  ].join("\n");

  it("drops the working when the disclosure shows it, and the questions when the form asks them", () => {
    expect(withoutRepeats(text, { working: true, form: true })).toBe("Estimate for 2026/27: £15.00 a week.\n\nThis is an estimate [1].");
    expect(withoutRepeats(text, { working: false, form: false })).toBe(text);
    expect(withoutRepeats(text, { working: true, form: false })).toContain("I need to know");
  });

  it("spells out shorthand in suggestions", () => {
    expect(plainWords("Can my PA be paid from my DP?")).toBe("Can my personal assistant be paid from my direct payment?");
  });
});
