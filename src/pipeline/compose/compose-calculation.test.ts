import { describe, expect, it } from "vitest";
import { useTestAssistant } from "../../testing/test-assistant.ts";

describe("composeCalculation", () => {
  const assistant = useTestAssistant("compose-calculation");

  it("answers a further question asked beside a sum, after the figure and under its own citation", async () => {
    const answer = await assistant.current.answer({
      messages: [{ role: "user", content: "she does 3 days a week, so how many days holiday is that? and do bank holidays count on top?" }],
    });
    expect(answer.status).toBe("answered");
    expect(answer.calculation?.calculator).toBe("holiday_entitlement");
    const [headline, ...rest] = answer.answer.split("\n\n");
    expect(headline).toContain("16.8 days");
    // The bank-holiday rule follows the working, cited to the section it comes from.
    const rule = rest.find((p) => /bank holidays/i.test(p));
    expect(rule).toBeDefined();
    const n = Number(/\[(\d+)\]$/.exec(rule!)?.[1]);
    expect(answer.citations.find((c) => c.n === n)?.id).toBe("holiday-and-holiday-pay#bank-holidays");
  });

  it("adds nothing to a sum asked on its own", async () => {
    const answer = await assistant.current.answer({ messages: [{ role: "user", content: "20 hours at £13, how much employer's NI?" }] });
    expect(answer.calculation?.calculator).toBe("employer_ni");
    expect(answer.citations.length).toBeLessThanOrEqual(1);
  });
});
