import { describe, expect, it } from "vitest";
import { figureKindsOf } from "./sentence-cache.ts";
import { statesWanted, wantedFigure } from "./wanted-figure.ts";

describe("wantedFigure", () => {
  it("reads which kind of figure a question asks for", () => {
    expect([...wantedFigure("how long do I have to complain to the ombudsman").kinds]).toEqual(["duration", "date"]);
    expect([...wantedFigure("what percentage must I pay into the pension").kinds]).toEqual(["percent"]);
    expect([...wantedFigure("how much holiday does my PA get").kinds]).toEqual(["duration"]);
    expect([...wantedFigure("how much does insurance cost").kinds].sort()).toEqual(["money", "percent"]);
    // Asking what is paid or received is asking for an amount.
    expect(wantedFigure("what do i have to pay her while shes on maternity leave").kinds.has("money")).toBe(true);
    expect(wantedFigure("what does she get if she is off sick").kinds.has("money")).toBe(true);
    expect(wantedFigure("what do i have to do when she leaves").kinds.has("money")).toBe(false);
  });

  it("wants any figure for a question about a limit, and none for a yes-or-no question", () => {
    const limit = wantedFigure("is there a maximum");
    expect(limit.wanted).toBe(true);
    expect(limit.kinds.size).toBe(0);
    expect(wantedFigure("can my daughter be my PA").wanted).toBe(false);
  });

  it("prefers the unit stating the kind asked for", () => {
    const want = wantedFigure("is it too late to complain");
    expect(statesWanted(want, figureKindsOf("You usually need to complain within 12 months."))).toBe(true);
    expect(statesWanted(want, figureKindsOf("The fine can be up to £2,500."))).toBe(false);
    expect(statesWanted(want, figureKindsOf("You can complain at any time."))).toBe(false);
  });
});
