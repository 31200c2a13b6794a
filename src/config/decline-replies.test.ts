import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadCouncilConfig } from "./council-config.ts";
import { DEFAULT_REPLIES_PATH, loadDeclineReplies, repliesFor, RepliesError } from "./decline-replies.ts";

const council = loadCouncilConfig("config/council.json");

describe("replies as data", () => {
  it("fills every reply from the council's settings, with no placeholder left", () => {
    const replies = loadDeclineReplies(council);
    const all = Object.values(replies).flatMap((group) => Object.values(group as Record<string, string>));
    expect(all.length).toBeGreaterThan(25);
    expect(all.filter((t) => t.includes("{{"))).toEqual([]);
    expect(replies.canned.greeting).toContain(council.council.name);
  });

  it("writes a team's contact with its email and hours only when the council gives them", () => {
    const c = council.council;
    const withAll = repliesFor(council).canned.out_of_scope_personal_records;
    // The sample council gives the email and hours, so both appear (asserted, not assumed).
    expect(c.adultSocialCare.email).toBeTruthy();
    expect(withAll).toContain(`${c.adultSocialCare.name} on ${c.adultSocialCare.phone} or ${c.adultSocialCare.email}`);
    expect(withAll).toContain(`(${c.directPaymentsTeam.hours})`);
    const bare = structuredClone(council);
    delete (bare.council.adultSocialCare as { email?: string }).email;
    delete (bare.council.directPaymentsTeam as { hours?: string }).hours;
    const text = loadDeclineReplies(bare).canned.out_of_scope_personal_records;
    expect(text).toContain(`For your care and support, contact ${c.adultSocialCare.name} on ${c.adultSocialCare.phone}.`);
    expect(text).toContain(`contact the ${c.directPaymentsTeam.name} on ${c.directPaymentsTeam.phone}. For your care`);
  });

  // A decline should still say who can help (the "says who does"): a body the person can go to.
  it("names who can help instead in each decline that turns a request away", () => {
    const replies = loadDeclineReplies(council);
    expect(replies.out_of_scope.business_tax).toMatch(/an accountant or a tax adviser/);
    expect(replies.canned.out_of_scope_personal_records).toMatch(/through Northbridge Borough Council\./);
    expect(replies.canned.out_of_scope_personal_records).toMatch(/subject access request/);
    expect(replies.decision.promise).toMatch(/talk to your social worker/);
  });

  it("stops with the field named when a reply is missing or names an unknown setting", () => {
    const dir = mkdtempSync(join(tmpdir(), "replies-"));
    const shipped = JSON.parse(readFileSync(DEFAULT_REPLIES_PATH, "utf8"));
    const missing = structuredClone(shipped);
    delete missing.canned.guardrail;
    writeFileSync(join(dir, "missing.json"), JSON.stringify(missing));
    expect(() => loadDeclineReplies(council, join(dir, "missing.json"))).toThrow(/canned\.guardrail/);
    const unknown = structuredClone(shipped);
    unknown.canned.thanks = "You're welcome, from {{council.nickname}} and friends.";
    writeFileSync(join(dir, "unknown.json"), JSON.stringify(unknown));
    expect(() => loadDeclineReplies(council, join(dir, "unknown.json"))).toThrow(RepliesError);
  });
});
