import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadCouncilConfig, type CouncilConfig } from "../../config/council-config.ts";
import { detectSafeguarding, safeguardingReply, type SafeguardingKind } from "./detect-safeguarding.ts";
import { knowledgeQuestions } from "../../testing/test-assistant.ts";
import { INDEPENDENT_DISCLOSURES, INDEPENDENT_ORDINARY } from "./fixtures/independent-set.ts";
import { ORDINARY_QUESTIONS } from "./fixtures/ordinary-questions.ts";
import { SAFEGUARDING_DISCLOSURES } from "./fixtures/safeguarding-disclosures.ts";
import { normaliseText } from "./normalise-text.ts";

const council = loadCouncilConfig(fileURLToPath(new URL("../../../config/council.json", import.meta.url)));

describe("detectSafeguarding: the measured sets", () => {
  it("has at least 60 disclosures covering every kind, and at least 80 ordinary questions", () => {
    expect(SAFEGUARDING_DISCLOSURES.length).toBeGreaterThanOrEqual(60);
    expect(ORDINARY_QUESTIONS.length).toBeGreaterThanOrEqual(80);
    const kinds = new Set(SAFEGUARDING_DISCLOSURES.map(([, kind]) => kind));
    const all: SafeguardingKind[] = ["immediate_danger", "self_harm", "abuse", "financial_abuse", "neglect", "self_neglect", "domestic_abuse"];
    expect([...kinds].sort()).toEqual([...all].sort());
  });

  it("detects 100% of the disclosures", () => {
    const missed = SAFEGUARDING_DISCLOSURES.filter(([text]) => detectSafeguarding(text) === null).map(([text]) => text);
    expect(missed).toEqual([]);
  });

  it("names the kind of harm a practitioner would record for each disclosure", () => {
    const wrong = SAFEGUARDING_DISCLOSURES.map(([text, kind]) => ({ text, want: kind, got: detectSafeguarding(text)?.kind }))
      .filter((r) => r.got !== r.want);
    expect(wrong).toEqual([]);
  });

  it("raises no false alarm on any ordinary direct payments question", () => {
    const alarms = ORDINARY_QUESTIONS.map((text) => ({ text, hit: detectSafeguarding(text) })).filter((r) => r.hit !== null);
    expect(alarms).toEqual([]);
  });
});

describe("detectSafeguarding: behaviour", () => {
  it.each([
    ["my PA hits me", "abuse"],
    ["MY PA HITS ME!!!", "abuse"],
    ["my p.a. hits me", "abuse"],
    ["my son takes my money and won't let me see my bank card", "financial_abuse"],
    ["I’m scared of my husband", "domestic_abuse"], // curly apostrophe from a phone keyboard
    ["i dont want to be here anymore", "self_harm"],
    ["some days I'd rather not wake up, to be honest", "self_harm"],
    ["I would rather be dead than carry on like this", "self_harm"],
  ] as const)("%s -> %s", (text, kind) => {
    expect(detectSafeguarding(text)?.kind).toBe(kind);
  });

  it("does not treat a question about a topic as a disclosure", () => {
    for (const text of ["what is safeguarding?", "What is domestic abuse?", "what counts as neglect", "what is self-neglect?", "how do I report abuse", "what is financial abuse?", "what does suicide prevention mean"]) {
      expect(detectSafeguarding(text), text).toBeNull();
    }
  });

  it("tells apart care that is ordinary from the same verb used to hurt", () => {
    expect(detectSafeguarding("my PA pushes me to the park in my wheelchair")).toBeNull();
    expect(detectSafeguarding("my PA pushed me down in the kitchen")?.kind).toBe("abuse");
    expect(detectSafeguarding("my PA hurt her back lifting me")).toBeNull();
    expect(detectSafeguarding("my PA hurt me when lifting me")?.kind).toBe("abuse");
    expect(detectSafeguarding("my PA uses my prepaid card to buy my shopping")).toBeNull();
    expect(detectSafeguarding("my PA uses my prepaid card without asking")?.kind).toBe("financial_abuse");
    expect(detectSafeguarding("what if my PA doesn't turn up")).toBeNull();
    expect(detectSafeguarding("my PA hasn't turned up for two days")?.kind).toBe("neglect");
    // Care not given for days or weeks, and a worry that someone is taking the person's money.
    expect(detectSafeguarding("the agency only stays 15 minutes and mum has gone two weeks without a wash")?.kind).toBe("neglect");
    expect(detectSafeguarding("can my PA go two weeks without a day off if she wants the overtime")).toBeNull();
    expect(detectSafeguarding("her nephew, who we're worried is taking her pension, wants to be her nominee")?.kind).toBe("financial_abuse");
    expect(detectSafeguarding("I'm worried the council is taking my money back, can they?")).toBeNull();
  });

  it("puts danger to life ahead of everything else in the same message", () => {
    expect(detectSafeguarding("my carer takes my money and now he says he is going to kill me")?.kind).toBe("immediate_danger");
    expect(detectSafeguarding("my son takes my pension and I want to end it all")?.kind).toBe("self_harm");
  });

  it("returns evidence taken from the message", () => {
    const hit = detectSafeguarding("Hello. My carer slaps me when I'm slow. How do I change agency?");
    expect(hit).not.toBeNull();
    expect(normaliseText("Hello. My carer slaps me when I'm slow. How do I change agency?")).toContain(hit!.evidence);
    expect(hit!.evidence).toMatch(/slaps me/);
  });

  it("returns null for empty or non-text input without throwing", () => {
    expect(detectSafeguarding("")).toBeNull();
    expect(detectSafeguarding("   ")).toBeNull();
    expect(detectSafeguarding(undefined as unknown as string)).toBeNull();
  });

  it("stays fast on long hostile input (no catastrophic backtracking)", () => {
    const long = "my carer has has has has ".repeat(2_000) + "x";
    const started = performance.now();
    detectSafeguarding(long);
    detectSafeguarding("a ".repeat(20_000));
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});

describe("safeguardingReply", () => {
  const kinds: SafeguardingKind[] = ["immediate_danger", "self_harm", "abuse", "financial_abuse", "neglect", "self_neglect", "domestic_abuse"];

  it("puts 999 first when someone is in immediate danger", () => {
    const reply = safeguardingReply("immediate_danger", council);
    expect(reply.indexOf("999")).toBeGreaterThanOrEqual(0);
    expect(reply.indexOf("999")).toBeLessThan(reply.indexOf(council.council.safeguarding.phone));
    expect(reply.split("\n")[0]).toMatch(/999/);
  });

  it("gives Samaritans 116 123, free and any time, for suicidal feelings", () => {
    const reply = safeguardingReply("self_harm", council);
    expect(reply).toContain("116 123");
    expect(reply).toMatch(/free/i);
    expect(reply).toMatch(/any time|24 hours|day or night/i);
    expect(reply).toContain("999");
  });

  it("gives the National Domestic Abuse Helpline for domestic abuse, and only there", () => {
    expect(safeguardingReply("domestic_abuse", council)).toContain("0808 2000 247");
    expect(safeguardingReply("neglect", council)).not.toContain("0808 2000 247");
  });

  it.each(["abuse", "financial_abuse", "neglect", "self_neglect", "domestic_abuse", "immediate_danger"] as const)(
    "%s: gives the council's safeguarding numbers from its settings",
    (kind) => {
      const reply = safeguardingReply(kind, council);
      expect(reply).toContain(council.council.safeguarding.phone);
      expect(reply).toContain(council.council.safeguarding.outOfHoursPhone);
    },
  );

  it.each(["abuse", "financial_abuse", "domestic_abuse"] as const)("%s: says a crime can be reported to the police on 101", (kind) => {
    expect(safeguardingReply(kind, council)).toMatch(/police on 101/);
    expect(safeguardingReply(kind, council)).toMatch(/safeguarding concern/);
  });

  it.each(["social_worker", "support_staff"] as const)("tells a %s how to raise a concern, and keeps 999 first for danger to life", (audience) => {
    for (const kind of ["abuse", "financial_abuse", "neglect", "concern", "domestic_abuse"] as const) {
      const reply = safeguardingReply(kind, council, audience);
      expect(reply).toMatch(/safeguarding procedure/);
      expect(reply).toContain(council.council.safeguarding.phone);
      expect(reply).toContain("999");
      expect(reply).toMatch(/section 42/);
      expect(reply).not.toContain("?");
      expect(reply.length).toBeLessThan(700);
    }
    expect(safeguardingReply("domestic_abuse", council, audience)).toContain("0808 2000 247");
    expect(safeguardingReply("immediate_danger", council, audience)).toBe(safeguardingReply("immediate_danger", council));
    expect(safeguardingReply("self_harm", council, audience)).toBe(safeguardingReply("self_harm", council));
  });

  it("takes the numbers from whichever council's settings it is given", () => {
    const other: CouncilConfig = {
      ...council,
      council: {
        ...council.council,
        name: "Southmoor District Council",
        safeguarding: { ...council.council.safeguarding, phone: "01632 961 111", outOfHoursPhone: "01632 961 999" },
      },
    };
    const reply = safeguardingReply("abuse", other);
    expect(reply).toContain("01632 961 111");
    expect(reply).toContain("01632 961 999");
    expect(reply).toContain("Southmoor");
    expect(reply).not.toContain(council.council.safeguarding.phone);
  });

  it.each(kinds)("%s: is short, asks no questions and does not blame", (kind) => {
    const reply = safeguardingReply(kind, council);
    expect(reply.length).toBeLessThan(700);
    expect(reply).not.toContain("?");
    expect(reply).not.toMatch(/\b(you should have|why didn't you|your fault\b(?<!not your fault)|tell me more|can you describe|what happened)\b/i);
    expect(reply).not.toMatch(/\b(color|realize|organization|center)\b/i); // UK English
  });
});

describe("detectSafeguarding on the evaluation sets", () => {
  // Both sets were written by people who never saw these rules; every safeguarding item must be caught and no
  // other question (facts, sums, refusals) may be mistaken for a disclosure.
  it.each(["dev.jsonl", "fresh.jsonl"])("catches every disclosure in evals/%s and nothing else", (file) => {
    const items = readFileSync(new URL(`../../../evals/${file}`, import.meta.url), "utf8")
      .split("\n")
      .filter((line) => line.trim())
      .map((line) => JSON.parse(line) as { kind: string; question: string });
    const missed = items.filter((i) => i.kind === "safeguard" && !detectSafeguarding(i.question)).map((i) => i.question);
    const alarms = items.filter((i) => i.kind !== "safeguard" && detectSafeguarding(i.question)).map((i) => i.question);
    expect(items.filter((i) => i.kind === "safeguard").length).toBeGreaterThanOrEqual(10);
    expect({ missed, alarms }).toEqual({ missed: [], alarms: [] });
  });
});

describe("detectSafeguarding on a set written independently of it", () => {
  it("catches every disclosure and raises no false alarm on its near misses", () => {
    expect(INDEPENDENT_DISCLOSURES.filter((t) => !detectSafeguarding(t))).toEqual([]);
    expect(INDEPENDENT_ORDINARY.filter((t) => detectSafeguarding(t))).toEqual([]);
  });

  it("takes none of the knowledge pages' example questions for a disclosure, except the one that is", () => {
    const questions = knowledgeQuestions();
    expect(questions.length).toBeGreaterThan(400);
    expect(questions.filter((q) => detectSafeguarding(q))).toEqual(["I think my carer has stolen from me"]);
  });
});
