import { describe, expect, it } from "vitest";
import { expandQuery } from "./synonyms.ts";
import { spellOutThousands } from "./search-knowledge.ts";

describe("spellOutThousands", () => {
  it("reads shorthand thousands as £ amounts, so '30k' does not match 'aged 30'", () => {
    expect(spellOutThousands("ive got 30k in the bank")).toBe("ive got £30,000 in the bank");
    expect(spellOutThousands("do savings under 14 grand count")).toBe("do savings under £14,000 count");
    expect(spellOutThousands("£14.5k saved")).toBe("£14,500 saved");
    expect(spellOutThousands("20 thousand pounds")).toBe("£20,000 pounds");
    expect(spellOutThousands("section 31 and reg 7")).toBe("section 31 and reg 7");
  });
});

describe("expandQuery", () => {
  it("reads money 'in the bank' as savings, not as a bank account question", () => {
    expect(expandQuery("ive got £30,000 in the bank")).toEqual(expect.arrayContaining(["savings", "capital"]));
  });
});
