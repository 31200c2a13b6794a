import { describe, expect, it } from "vitest";
import { readSumFacts, withEarlierFacts } from "./read-sum-facts.ts";

const today = new Date("2026-12-01T12:00:00Z");

describe("readSumFacts", () => {
  it("reads hours and a rate, and the period an answer is asked for", () => {
    const f = readSumFacts("Our PA is paid £12.71 an hour for 30 hours, employer NI a month?", today);
    expect(f).toMatchObject({ hourlyRate: 12.71, hoursPerWeek: 30, askedPeriod: "month" });
  });
  it("reads the tax year from a named year, a date, 'April 2026', 'last year', else today", () => {
    expect(readSumFacts("employer NI in 2025/26 on £300 a week", today).taxYear).toBe("2025/26");
    expect(readSumFacts("off sick for 2 weeks in January 2026", today)).toMatchObject({ taxYear: "2025/26", taxYearReason: "date", absenceDays: 14 });
    expect(readSumFacts("min wage for a 17 yr old from april 2026", today).taxYear).toBe("2026/27");
    expect(readSumFacts("what was the minimum wage last year", today).taxYear).toBe("2025/26");
    expect(readSumFacts("employer NI on £300 a week", today)).toMatchObject({ taxYear: "2026/27", taxYearReason: "today" });
  });
  it("reads the period asked about as the one named last, and a fortnight's pay as a week's", () => {
    expect(readSumFacts("my PA earns £1,500 a month, employer NI for the whole year?", today).askedPeriod).toBe("year");
    expect(readSumFacts("£18k per annum, whats my pension contribution monthly", today).askedPeriod).toBe("month");
    // The period after an amount is that amount's own, not the one asked about.
    expect(readSumFacts("How much is employer NI a month on £25,000 a year?", today).askedPeriod).toBe("month");
    // A pay period said before the pay ("4-weekly pay £1,200") or after it as "for the month".
    expect(readSumFacts("4-weekly pay £1,200 gross, employer NI?", today).money).toEqual([expect.objectContaining({ value: 1200, period: "fourWeeks" })]);
    expect(readSumFacts("weekly pay £300, employer NI?", today).money).toEqual([expect.objectContaining({ value: 300, period: "week" })]);
    expect(readSumFacts("she got £1,600 for the month, how much NI?", today).money).toEqual([expect.objectContaining({ value: 1600, period: "month" })]);
    // SSP asked for over a number of weeks is an absence that long.
    expect(readSumFacts("long-term sick. What's the most SSP over the full 28 weeks?", today).absenceDays).toBe(196);
    // Dates of an absence without a year: both ends with day and month; a range over a month ahead is last year's.
    const nov = readSumFacts("she was off sick from the 3rd to the 14th of November and works Monday to Friday", new Date("2026-12-03T12:00:00Z"));
    expect(nov).toMatchObject({ absenceDays: 9, absenceInWorkingDays: true, taxYear: "2026/27" });
    expect(readSumFacts("off sick 2 Feb to 6 Feb, SSP?", new Date("2026-12-03T12:00:00Z"))).toMatchObject({ absenceDays: 5, taxYear: "2025/26", date: "2026-02-02" });
    // No month and no year: no dates to read.
    expect(readSumFacts("she was off sick 3 to 14, SSP?", new Date("2026-12-03T12:00:00Z")).absenceDays).toBeNull();
    // Seven days a week: every day of the absence counts.
    expect(readSumFacts("works 7 days a week, off sick sunday 6 december to saturday 19 december", new Date("2026-12-03T12:00:00Z")).absenceDays).toBe(14);
    // What follows the question is context: "what to budget" names no period, the question did.
    expect(readSumFacts("PA on £1,400 a month. What is the employer NI per month? Client wants to know what to budget.", today).askedPeriod).toBe("month");
    expect(readSumFacts("PA paid £320 a fortnight, employer NI?", today).money).toEqual([expect.objectContaining({ value: 160, period: "week" })]);
    // "3 days a week" is a working pattern, not an absence.
    expect(readSumFacts("sick pay per day for someone working 3 days a week", today).absenceDays).toBeNull();
  });
  it("reads an absence given as dates as its working days, and its tax year from them", () => {
    expect(readSumFacts("PA works Mon–Fri, off sick Mon 2 Feb to Fri 6 Feb 2026, how much SSP", today)).toMatchObject({ absenceDays: 5, absenceInWorkingDays: true, taxYear: "2025/26" });
    // Days of the week without dates: the working days from one to the other.
    expect(readSumFacts("she was off sick Monday to Thursday and back on the Friday, how much SSP", today)).toMatchObject({ absenceDays: 4, absenceInWorkingDays: true });
    expect(readSumFacts("ill from tues till fri, what sick pay", today)).toMatchObject({ absenceDays: 4, absenceInWorkingDays: true });
    expect(readSumFacts("she works 3 days a week and was off sick Monday to Thursday", today).absenceDays).not.toBe(4);
    expect(readSumFacts("my PA was off sick from 11 May to 22 May 2026, how much SSP", today)).toMatchObject({ absenceDays: 10, taxYear: "2026/27" });
  });
  it("reads a PA's working days named as days of the week as a pattern, not as the dates of an absence", () => {
    // Tue 3 to Mon 16 February 2026: 10 working days, not the 5 of "Monday to Friday".
    expect(readSumFacts("She works Monday to Friday and was ill from Tuesday 3 February 2026 to Monday 16 February 2026", today)).toMatchObject({ absenceDays: 10, taxYear: "2025/26" });
  });
  it("reads payroll's wording: a rate without £, complete years' service, a weekly pay said before it, shifts a week", () => {
    expect(readSumFacts("30 hrs a week at 13.20, employer NI?", today)).toMatchObject({ hourlyRate: 13.2, hoursPerWeek: 30 });
    expect(readSumFacts("she starts at 9.30 for 3 hours", today).hourlyRate).toBeNull();
    expect(readSumFacts("6 complete years' service", today).yearsOfService).toBe(6);
    expect(readSumFacts("gross weekly pay £610", today).money).toEqual([expect.objectContaining({ value: 610, period: "week" })]);
    expect(readSumFacts("she does four 6-hour shifts every week", today)).toMatchObject({ hoursPerWeek: 24 });
  });
  it("reads a pattern of named days, and counts only those days of an absence", () => {
    // Tue 1 to Sat 5 December 2026, working Tuesdays and Thursdays: 2 qualifying days.
    expect(readSumFacts("she only does tuesdays and thursdays, off sick tue 1 dec 2026 to sat 5 dec, SSP?", today)).toMatchObject({ daysPerWeek: 2, absenceDays: 2 });
    expect(readSumFacts("works Mon, Wed and Fri, ill from 9 November to 20 November 2026", today)).toMatchObject({ daysPerWeek: 3, absenceDays: 6 });
    // A range written with "til".
    expect(readSumFacts("PA works mon to fri, off sick thursday 15th oct til tuesday 20th oct 2026", today).absenceDays).toBe(4);
  });
  it("reads earnings without a £ sign, thousands of hours, service since a start, 'towards' as a charge, and 'over 4 weeks'", () => {
    expect(readSumFacts("average weekly earnings 140, how much ssp", today).money).toEqual([expect.objectContaining({ value: 140, period: "week" })]);
    expect(readSumFacts("worked 1,000 hours in the leave year", today).hours).toBe(1000);
    expect(readSumFacts("she started on her 30th birthday and is now 38, so 8 years", today)).toMatchObject({ yearsOfService: 8, ages: [38] });
    expect(readSumFacts("we get £640 every 4 weeks and I pay £30 a week towards it", today).money[1]).toMatchObject({ value: 30, role: "charge" });
    expect(readSumFacts("capped at £100 a week, how much do I pay over 4 weeks", today).askedPeriod).toBe("fourWeeks");
  });
  it("reads hours a day with days a week as hours a week", () => {
    expect(readSumFacts("PA works 4 days a week, 7 hours a day, how many hours holiday", today)).toMatchObject({ hoursPerWeek: 28, daysPerWeek: 4 });
    expect(readSumFacts("she does 6 hours a day", today).hoursPerWeek).toBeNull();
    // "a 35 hr week", "a 20-hour week" are hours a week.
    expect(readSumFacts("PA on a regular 35 hr week - statutory holiday in hours pls", today).hoursPerWeek).toBe(35);
    expect(readSumFacts("she works a 20-hour week", today).hoursPerWeek).toBe(20);
  });
  it("reads an absence in calendar days or weeks, and in working days when it says so", () => {
    expect(readSumFacts("she was off sick for 10 days", today)).toMatchObject({ absenceDays: 10, absenceInWorkingDays: false });
    expect(readSumFacts("PA off sick 8 working days in March", today)).toMatchObject({ absenceDays: 8, absenceInWorkingDays: true });
    expect(readSumFacts("3 weeks off sick", today)).toMatchObject({ absenceDays: 21, absenceInWorkingDays: false });
    expect(readSumFacts("SSP if she's off sick for a fortnight?", today)).toMatchObject({ absenceDays: 14, absenceInWorkingDays: false });
    expect(readSumFacts("my PA has been signed off for a week", today).absenceDays).toBe(7);
    // Fewer days than a week, and no more than she works in one, are her working days.
    expect(readSumFacts("My PA was off sick for 4 days. She works 5 days a week", today)).toMatchObject({ absenceDays: 4, absenceInWorkingDays: true });
    expect(readSumFacts("off sick for 4 days, she works 3 days a week", today)).toMatchObject({ absenceDays: 4, absenceInWorkingDays: false });
  });
  it("reads an hourly rate said with 'at', 'on' or '@' when hours are given, but not a week's pay", () => {
    expect(readSumFacts("If my PA works 12.5 hrs pw on £12.71 what's my employer NI bill", today)).toMatchObject({ hourlyRate: 12.71, hoursPerWeek: 12.5, money: [] });
    expect(readSumFacts("16 hrs @ £13.10, wages?", today)).toMatchObject({ hourlyRate: 13.1, hours: 16 });
    expect(readSumFacts("I pay her £13 for 20 hours a week", today)).toMatchObject({ hourlyRate: 13, hoursPerWeek: 20 });
    const week = readSumFacts("she works 20 hours a week and is on £300", today);
    expect(week.hourlyRate).toBeNull();
    expect(week.money).toEqual([expect.objectContaining({ value: 300 })]);
  });
  it("reads a bare number with a pay period as money when the message is about money", () => {
    expect(readSumFacts("net dp? budget 350pw contribution 75pw", today).money).toEqual([
      expect.objectContaining({ value: 350, period: "week" }),
      expect.objectContaining({ value: 75, period: "week" }),
    ]);
    expect(readSumFacts("she earns 1200 a month", today).money).toEqual([expect.objectContaining({ value: 1200, period: "month" })]);
    // A working pattern is not money.
    expect(readSumFacts("she works 5 days a week, 20 a week in all, how much holiday", today).money).toEqual([]);
  });
  it("reads whether an amount is a charge or the cost of care from the words beside it", () => {
    const f = readSumFacts("Council says my contribution is £120 per week, but my support only costs £95 per week", today);
    expect(f.money.map((m) => m.role)).toEqual(["charge", "cost"]);
    expect(readSumFacts("my personal budget is £400 a week and I've been assessed to pay £60", today).money.map((m) => m.role)).toEqual(["cost", "charge"]);
    expect(readSumFacts("she earns £300 a week", today).money[0].role).toBeNull();
  });
  it("reads numbers written as words: hours, days and ages", () => {
    expect(readSumFacts("She does twenty hours a week at £13 an hour, employer NI last year?", today)).toMatchObject({ hoursPerWeek: 20, hourlyRate: 13, taxYear: "2025/26" });
    expect(readSumFacts("thirty-seven and a half hours a week", today).hoursPerWeek).toBe(37.5);
    expect(readSumFacts("my pa works four days a week", today).daysPerWeek).toBe(4);
    expect(readSumFacts("Employer NI for a PA paid £400 every four weeks?", today).money).toEqual([expect.objectContaining({ value: 400, period: "fourWeeks" })]);
    expect(readSumFacts("My grandson wants to be my PA, he's eighteen.", today).ages).toEqual([18]);
  });
  it("reads an age from a date of birth, which does not name the tax year", () => {
    expect(readSumFacts("PA born March 2007 - what's the lowest hourly rate I can pay her?", today)).toMatchObject({ ages: [19], taxYear: "2026/27", taxYearReason: "today" });
    expect(readSumFacts("DOB 14/09/2008, minimum wage?", today).ages).toEqual([18]);
    // On the day asked about: born 12 December 2006, so 19 in January 2026.
    expect(readSumFacts("she was born on 12 Dec 2006, what was her minimum wage in January 2026", today)).toMatchObject({ ages: [19], taxYear: "2025/26" });
    expect(readSumFacts("born in October 2007, she is 19 now", today).ages).toEqual([19, 19]);
  });
  it("reads money with its period, service and ages", () => {
    const f = readSumFacts("she's 45, worked for me 6 years, earns £1,250 a month", today);
    expect(f.money).toEqual([expect.objectContaining({ value: 1250, period: "month" })]);
    expect(f.ages).toEqual([45]);
    expect(f.yearsOfService).toBe(6);
  });
});

describe("withEarlierFacts", () => {
  const today = new Date("2026-12-01T12:00:00Z");
  it("keeps a short follow-up's own figures and borrows only the ones it leaves out", () => {
    const before = readSumFacts("what's the minimum i can pay a PA who's 23 for 24 hours a week?", today);
    const merged = withEarlierFacts(readSumFacts("and what if she's 19?", today), before);
    expect(merged.ages).toEqual([19]);
    expect(merged.hoursPerWeek).toBe(24);
    const changed = withEarlierFacts(readSumFacts("and for 30 hours a week?", today), before);
    expect(changed.hoursPerWeek).toBe(30);
    expect(changed.ages).toEqual([]);
  });
});

