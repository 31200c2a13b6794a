import { describe, expect, it } from "vitest";
import { sectionAudience } from "./chunk-documents.ts";

describe("sectionAudience", () => {
  it("gives a section headed for practitioners to practitioners alone, and every other section its page's audiences", () => {
    expect(sectionAudience(["citizen", "social_worker", "support_staff"], "For social workers and support staff")).toEqual(["social_worker", "support_staff"]);
    expect(sectionAudience(["citizen"], "For practitioners: the law")).toEqual(["social_worker", "support_staff"]);
    expect(sectionAudience(["citizen", "support_staff"], "For support staff")).toEqual(["support_staff"]);
    expect(sectionAudience(["citizen", "social_worker"], "If you go into hospital")).toEqual(["citizen", "social_worker"]);
    // "For" as an ordinary word in a heading is not a heading for practitioners.
    expect(sectionAudience(["citizen"], "For how long you can keep money")).toEqual(["citizen"]);
  });
});
