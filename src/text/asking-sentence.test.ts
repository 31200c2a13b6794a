import { describe, expect, it } from "vitest";
import { askingSentence } from "./asking-sentence.ts";

describe("askingSentence", () => {
  it("finds the sentence that asks in a message that tells a story first", () => {
    expect(askingSentence("We moved to Derby in May. My PA starts on Monday. Do I need to tell HMRC?")).toBe("Do I need to tell HMRC?");
    expect(askingSentence("She is 33 and earns £300. min employer pension per week")).toBe("min employer pension per week");
    expect(askingSentence("What is SSP? I ask because she is off.")).toBe("What is SSP?");
  });

  it("gives back a one-sentence message, or one that asks nothing, whole", () => {
    expect(askingSentence("how much holiday does my PA get")).toBe("how much holiday does my PA get");
    expect(askingSentence("My PA is off sick. She has been for a week.")).toBe("My PA is off sick. She has been for a week.");
  });
});
