import { describe, expect, it } from "vitest";
import { expandQuery } from "./synonyms.ts";
import { createKnowledgeSearch, spellOutThousands } from "./search-knowledge.ts";

/** A section for the fixtures below: only its document, position, text and topic matter to these tests. */
const chunk = (doc: string, n: number, text: string, topic = "money") => ({
  id: `${doc}#s${n}`, document_id: doc, title: doc, heading: `s${n}`, heading_path: `${doc} > s${n}`, anchor: `s${n}`, url: "", text,
  search_text: text, doc_terms: doc, audience: "citizen", jurisdiction: "england", topic, position: n,
});
/** A search over fixture sections only (no vector table: these searches never reach it). */
const searchOver = (chunks: ReturnType<typeof chunk>[]) => createKnowledgeSearch({ table: {} as never, chunks });

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
  it("reads a Scottish or Welsh city as the nation whose law applies, and 'where do i start' as the steps", () => {
    expect(expandQuery("i live in dundee will i pay for personal care")).toContain("scotland");
    expect(expandQuery("moving to cardiff next year")).toContain("wales");
    expect(expandQuery("how do i get a direct payment where do i start")).toEqual(expect.arrayContaining(["apply", "assessment", "steps"]));
  });

  it("reads 'the least I can pay' as the minimum", () => {
    expect(expandQuery("whats the least i'm allowed to pay my PA per hour")).toEqual(expect.arrayContaining(["minimum", "wage"]));
  });

  it("reads money 'in the bank' as savings, not as a bank account question", () => {
    expect(expandQuery("ive got £30,000 in the bank")).toEqual(expect.arrayContaining(["savings", "capital"]));
  });
});

describe("concentration", () => {
  it("counts a word that fills one page's sections as telling, and one found once in a few pages as not", async () => {
    const chunks = [
      chunk("leave", 0, "Maternity leave lasts up to 52 weeks.", "employing-pa"),
      chunk("leave", 1, "Maternity pay is paid for 39 weeks.", "employing-pa"),
      chunk("leave", 2, "Claim maternity pay back from HMRC.", "employing-pa"),
      chunk("checks", 0, "A check done later does not protect you.", "employing-pa"),
      chunk("notice", 0, "Notice given later still counts.", "employing-pa"),
    ];
    const search = searchOver(chunks);
    expect(search.concentration("matern")).toBe(1);
    expect(search.concentration("later")).toBe(0);
    // A word no section has cannot be weighed here, and is left as it is.
    expect(search.concentration("cheltenham")).toBe(1);
  });
});

describe("prepare", () => {
  const chunks = [
    chunk("surplus", 0, "The council may ask for a clawback of unused money in your account."),
    chunk("contact", 0, "Email directpayments@example.org about your direct payments."),
    chunk("payments", 0, "Direct payments are paid every four weeks. Direct payments can pay a PA."),
    chunk("hours", 0, "Overtime is paid at the PA's usual rate. Over time, your needs may change."),
    chunk("holiday", 0, "Time off over Christmas is holiday."),
    chunk("sick", 0, "Time off sick over four days is paid."),
  ];
  it("asks for a word the knowledge writes as one when the question writes it as two", async () => {
    const search = searchOver(chunks);
    expect(search.prepare("can the council claw back my money").terms).toContain("clawback");
  });
  it("reads 'going to' as the future, not as going somewhere", async () => {
    const search = searchOver(chunks);
    expect(search.prepare("my son is going to be my carer, is there a clawback").terms).not.toContain("going");
    expect(search.prepare("what happens to the money when going into hospital").terms).toContain("going");
  });

  it("does not join two common words into a rarer one ('direct payments', 'over time')", async () => {
    const search = searchOver(chunks);
    expect(search.prepare("who can get direct payments").terms).not.toContain("directpayments");
    expect(search.prepare("my needs went up over time").terms).not.toContain("overtime");
  });
});

describe("coverage", () => {
  const chunks = [
    chunk("reviews", 0, "The council must review your direct payment within the first 6 months.", "reviews"),
    chunk("records", 0, "Keep receipts for your direct payment.", "reviews"),
    chunk("pay", 0, "Pay your PA every week.", "reviews"),
    chunk("holiday", 0, "Holiday is 5.6 weeks.", "reviews"),
  ];
  it("does not count a month or a day the person names against a section, as it does not count their figures", async () => {
    const search = searchOver(chunks);
    expect((await search.search("when will they review it? it only started in june")).results.map((r) => r.id)).toEqual(["reviews#s0"]);
    // An unknown word that may be what is asked still counts ("spring" is not a date here).
    expect((await search.search("when will they review it? it only started in spring")).results).toEqual([]);
  });
});
