import { describe, expect, it } from "vitest";
import { readSumFacts } from "../text/read-sum-facts.ts";
import { oneRuleSum } from "./one-rule-sums.ts";
import { testCouncil } from "./test-council.ts";
import type { SumName } from "./sum-names.ts";

const today = new Date("2026-12-01T12:00:00Z");
const ctx = { council: testCouncil, today };
const run = (sum: SumName, text: string) => oneRuleSum(sum, readSumFacts(text, today), ctx, text);

describe("oneRuleSum", () => {
  it.each<[SumName, string, string, number]>([
    // Over a year, worked on each month's pay: (£2,000 − £417) × 15% = £237.45 × 12 = £2,849.40 (not £2,850 on the year's pay).
    ["employer_ni", "PA on £2,000 a month, how much employer NI over the year?", "employerNi", 2849.4],
    // 40 hours × £12.71 × 52 weeks = £26,436.80 (National Living Wage, 2026/27).
    ["minimum_wage", "PA aged 34, 40 hours a week all year, what is the minimum yearly pay?", "yearlyWages", 26436.8],
    // (£12.71 − £12.50) × 20 hours = £4.20 a week short.
    ["minimum_wage", "I pay my 21 year old PA £12.50 an hour for 20 hours a week, is that legal?", "weeklyShortfall", 4.2],
    // 24 × £13.20 = £316.80 a week × 52 ÷ 12 = £1,372.80 a month.
    ["wages", "PA does 24 hours a week at £13.20, what are her wages a month?", "wagesForPeriod", 1372.8],
    // 20 hours × £13 = £260 a week's holiday pay × 2 weeks off = £520 (regular hours: a normal week's pay).
    ["holiday_entitlement", "PA works 20 hours a week at £13 an hour every week and wants 2 weeks off, how much holiday pay for the 2 weeks?", "holidayPayForWeeksOff", 520],
    // (£480 − £60) a week × 4 = £1,680 paid every 4 weeks.
    ["net_payment", "budget £480 a week, I pay £60 a week contribution, they pay it every 4 weeks, how much goes in each time?", "netDirectPayment", 1680],
    // Each PA's own qualifying earnings: 3% × (£15,000 − £6,240) = £262.80, 3% × (£11,000 − £6,240) = £142.80; £405.60.
    ["pension", "Two PAs on £15,000 and £11,000 a year, what is the least employer pension contribution for both?", "employerPension", 405.6],
    // (18 × £12.90 = £232.20) − £96 = £136.20 × 15% = £20.43
    ["employer_ni", "My PA does 18 hours a week at £12.90, how much employer's NI is that a week?", "employerNi", 20.43],
    // (20 × £13 = £260) − £96 = £164 × 15% = £24.60
    ["employer_ni", "20 hours at £13, how much employer's NI?", "employerNi", 24.6],
    // 5.6 × 12 = 67.2 hours
    ["holiday_entitlement", "My PA works 12 hours every week all year, how many hours holiday does she get?", "holidayHours", 67.2],
    // 5.6 × 5 = 28 days (the cap)
    ["holiday_entitlement", "she works 5 days a week, how many days holiday", "holidayDays", 28],
    // Held jointly by a couple: an equal share, £15,000: (£15,000 − £14,250) / £250 = 3 → £3 (statutory guidance, Annex B)
    ["tariff_income", "Couple with £30,000 in a joint ISA, what tariff income for the husband's assessment?", "tariffIncomeWeekly", 3],
    // 90% × £400 = £360 × 6 weeks = £2,160
    ["smp", "her average weekly earnings are £400, how much SMP in total for the first 6 weeks?", "smpFirstWeeksTotal", 2160],
    // 3% × (£300 − £120) = £5.40
    ["pension", "If my PA earns £300 a week, what's the least I must pay into her pension each week?", "employerPension", 5.4],
    // 12.07% × £14 = £1.69
    ["rolled_up_holiday", "We pay rolled-up holiday pay, £14 an hour for irregular hours, how much extra per hour?", "holidayPayPerHour", 1.69],
    // Paid monthly (said before the amount): 15% × (£1,500 − £417) = £162.45 a month
    ["employer_ni", "Monthly-paid PA on £1,500 gross. Employer NI per month 2026/27, ignoring employment allowance?", "employerNi", 162.45],
    // The PA's own NI: 8% × (£300 − £242) = £4.64 a week (2026/27, category A)
    ["employer_ni", "PA gets £300 a week. How much employee NI comes out of her pay in 2026/27?", "employeeNi", 4.64],
    // 8% × (£1,200 − £1,048) = £12.16 a month
    ["employer_ni", "my PA earns £1,200 a month, how much NI comes out of her wages", "employeeNi", 12.16],
    // Working days said outright, 4 days a week: £123.25 ÷ 4 × 8 = £246.50 (80% of £300 is more than £123.25)
    ["ssp", "My PA works 4 days a week (Mon-Thu) and earns £300 a week. She's been off sick for 2 full weeks (8 of her working days) since 2 Nov 2026. How much SSP in total?", "sspForPeriod", 246.5],
    // "works 3 days": 80% × £120 = £96 a week ÷ 3 × 6 = £192
    ["ssp", "PA earns £120 a week, works 3 days. She's off sick 6 working days (2 weeks) this month. What SSP do I pay her altogether?", "sspForPeriod", 192],
    // 2025/26 rules: 10 working days − 3 waiting days = 7 × £23.75 = £166.25
    ["ssp", "My PA was off sick for 2 weeks in January 2026, how much SSP do I owe her?", "sspForPeriod", 166.25],
    // 2025/26 rules, absence given in working days: 8 − 3 waiting days = 5 × £23.75 = £118.75
    ["ssp", "PA was off sick for 8 working days in February 2026, how much SSP", "sspForPeriod", 118.75],
    // 2026/27 rules, no earnings given: at most 10 days × £24.65 (the weekly rate £123.25 ÷ 5) = £246.50
    ["ssp", "my PA was off sick for 2 weeks in May 2026, how much SSP do I pay", "sspForPeriod", 246.5],
    // £18,000 a year = £1,500 a month; 3% × (£1,500 − £520) = £29.40 a month
    ["pension", "my PA earns £18k per annum, whats my pension contribution monthly", "employerPension", 29.4],
    // Worked on each month's pay, as payroll does: 15% × (£1,500 − £417) = £162.45 × 12 = £1,949.40 (not
    // £1,950 on the year's pay against the £5,000 yearly threshold).
    ["employer_ni", "my PA earns £1,500 a month, employer NI for the whole year?", "employerNi", 1949.4],
    // 2025/26 rules, dates Mon 2 to Fri 6 Feb 2026: 5 working days − 3 waiting days = 2 × £23.75 = £47.50
    ["ssp", "PA works Mon–Fri, earns £300 a week, was off sick Mon 2 Feb to Fri 6 Feb 2026. How much SSP was due?", "sspForPeriod", 47.5],
    // £1,820 every 4 weeks − 4 × £48.50 = £1,626 every 4 weeks
    ["net_payment", "my personal budget is £1,820 every 4 weeks and my contribution is £48.50 a week, how much will the council pay every 4 weeks?", "netDirectPayment", 1626],
    // 2026/27: lower of £123.25 and 80% of £100 = £80
    ["ssp", "my PA earns £100 a week, how much SSP", "sspWeekly", 80],
    // Wales: £140 assessed, capped at £100
    ["wales_cap", "we live in Cardiff and the charge worked out at £140 a week", "weeklyCharge", 100],
    // Wales, with the cost beside it: assessed at £72.40, under the cap and the £280 cost, so £72.40
    ["wales_cap", "Wrexham here. Assessed at £72.40 a week and my care package costs £280 a week, what's the most I pay?", "weeklyCharge", 72.4],
    // Dates across two weeks, with the pattern named as days of the week (2025/26 rules): Tue 3 to Mon 16
    // February 2026 is 10 working days − 3 waiting days = 7 × (£118.75 ÷ 5 = £23.75) = £166.25
    ["ssp", "She works Monday to Friday on £280 a week and was ill from Tuesday 3 February 2026 to Monday 16 February 2026. What SSP is due?", "sspForPeriod", 166.25],
    // "6 complete years' service", weekly pay said before the amount: aged 41 or over in all six years (aged
    // 50 now), 1.5 × 6 × £610 = £5,490
    ["redundancy", "PA aged 50 being made redundant, 6 complete years' service, gross weekly pay £610. Statutory redundancy?", "redundancyPay", 5490],
    // The age when the job ends counts, not the age the PA started at: 46 down to 41 at 1½ weeks, 40 at 1 (ERA 1996 s.162).
    ["redundancy", "She worked for him for 7 full years, she started when she was 40 and she's 47 now, on £480 a week. What statutory redundancy?", "redundancyPay", 4800],
    // A rate without its £ sign: (30 × £13.20 = £396) − £96 = £300 × 15% = £45
    ["employer_ni", "30 hrs a week at 13.20, employer NI each week before any allowance?", "employerNi", 45],
    // Two PAs: (£300 − £96) × 15% = £30.60, and nothing on £80 (below the threshold) = £30.60 a week
    ["employer_ni", "I employ two PAs, one on £300 a week and the other on £80 a week. Employer NI a week in total, before the allowance?", "employerNi", 30.6],
    // Capital in two places adds up: £9,000 + £10,000 = £19,000; (£19,000 − £14,250) / £250 = 19 → £19 a week
    ["tariff_income", "I've £9,000 in premium bonds and £10,000 in the building society, what tariff income is that?", "tariffIncomeWeekly", 19],
    // The least a month: 20 × £12.71 = £254.20 a week × 52 ÷ 12 = £1,101.53
    ["minimum_wage", "what's the minimum monthly pay for a PA aged 30 doing 20 hours a week?", "monthlyWages", 1101.53],
    // Two PAs paid by different periods, asked a week: £1,300 a month = £300 a week; 2 × (£300 − £96) × 15% = £61.20
    ["employer_ni", "Two PAs: one on £300 a week, the other on £1,300 a month. Employer NI a week for both, before the allowance?", "employerNi", 61.2],
    // An apprentice in the first year, no age given: the apprentice rate, 25 × £8.00 = £200 a week (2026/27, reg. 5)
    ["minimum_wage", "Taking on an apprentice PA, first year of the apprenticeship, 25 hours a week. Minimum weekly pay?", "weeklyWages", 200],
    // Four 6-hour shifts a week = 24 hours; 5.6 × 24 = 134.4 hours
    ["holiday_entitlement", "she does four 6-hour shifts every week, how many hours holiday a year?", "holidayHours", 134.4],
  ])("%s: %s", (sum, text, key, expected) => {
    const o = run(sum, text);
    expect(o, text).not.toBeNull();
    expect(o!.result?.[key]).toBeCloseTo(expected, 2);
    expect(o!.calculator).toBe(sum);
    // The headline's first sentence names its tax year (a net payment too: it is this year's budget).
    expect(o!.summary.split(/(?<=[.!?])\s+(?=[A-Z£])/)[0]).toMatch(/20\d\d\/\d\d/);
    expect(o!.steps.every((s) => s.rule && s.source)).toBe(true);
  });

  it("gives the Welsh cap over the period asked: assessed £150, capped at £100 a week, so £400 over 4 weeks", () => {
    const o = run("wales_cap", "in Swansea, assessed at £150 a week for care at home that costs £400 a week. how much do i pay over 4 weeks?");
    expect(o?.result?.weeklyCharge).toBe(100);
    expect(o?.summary).toMatch(/£400 every 4 weeks/);
  });

  it("never charges more than the care costs, with the cost given as its hours at a rate", () => {
    // 3 hours a week at £24 = £72 a week, below the £95 assessed (Care Act 2014 s.14(7): a charge may not exceed the cost).
    const o = run("charge", "The assessment says £95 a week but I only have 3 hours a week at £24 an hour, what will I be charged?");
    expect(o?.result?.youPay).toBe(72);
  });

  it("states employer NI before and after the Employment Allowance in its first sentence", () => {
    const o = run("employer_ni", "20 hours at £13, how much employer's NI?")!;
    expect(o.summary).toMatch(/^Employer National Insurance on [^.]*£24\.60 a week in 2026\/27 before the Employment Allowance, and usually £0\.00 after it:/);
    expect(o.result).toMatchObject({ employerNi: 24.6, employerNiAfterAllowance: 0 });
    // £80,000 a year: 15% × £75,000 = £11,250, of which £750 is left after the £10,500 allowance.
    const high = run("employer_ni", "PA on £80,000 a year, employer NI?")!;
    expect(high.summary).toMatch(/£11,250 a year in 2026\/27 before the Employment Allowance, and £750 a year after it/);
    expect(run("employer_ni", "employer NI on £96 a week")!.summary).toMatch(/^Employer National Insurance on £96 a week is £0\.00 a week in 2026\/27/);
  });

  it("takes the Employment Allowance off a year's employer NI bill the person gives, and not off their pay", () => {
    // £11,700 − £10,500 = £1,200 (2026/27).
    const o = run("employer_ni", "Our employer NI for 2026/27 comes to £11,700. We can claim the employment allowance. What's left to pay for the year?")!;
    expect(o.result).toMatchObject({ employerNi: 11700, employerNiAfterAllowance: 1200 });
    expect(o.summary).toMatch(/leaves £1,200 to pay for the year/);
    // Pay, not the bill: 15% × (£18,000 − £5,000) = £1,950.
    expect(run("employer_ni", "employer NI for a PA whose pay is £18,000 a year, and the employment allowance?")!.result).toMatchObject({ employerNi: 1950 });
  });

  it("reads a salary said with no period as a year's pay, and a smaller amount as a week's", () => {
    // £18,000 a year: 15% × (£18,000 − £5,000) = £1,950 (2026/27).
    expect(run("employer_ni", "Annual employer NI for a PA on £18,000 in 2026/27?")!.summary).toMatch(/^Employer National Insurance on £18,000 a year is £1,950 a year in 2026\/27/);
    // £300 a week: 15% × (£300 − £96) = £30.60.
    expect(run("employer_ni", "employer NI for a PA on £300?")!.summary).toMatch(/^Employer National Insurance on £300 a week is £30\.60 a week/);
  });

  it("ends each sum with its own closing: the Welsh council decides in Wales, and wages are the person's figures", () => {
    const wales = run("wales_cap", "we live in Cardiff and the charge worked out at £140 a week")!;
    expect(wales.summary).toMatch(/your Welsh council's financial assessment decides/);
    expect(wales.summary).not.toMatch(/Northbridge/);
    expect(run("wages", "15 hours a week at £13.50, how much a week")!.summary).not.toMatch(/legal minimums/);
    expect(run("employer_ni", "20 hours at £13, how much employer's NI?")!.summary).toMatch(/legal minimums/);
  });

  it("says first whether a rate the person pays is at least the minimum wage", () => {
    const low = run("minimum_wage", "my PA is 25 and I pay her £11 an hour, is that legal?")!;
    expect(low.summary).toMatch(/^No: £11 an hour is below the legal minimum of £12\.71 an hour for a PA who is 25 in 2026\/27/);
    expect(low.result).toMatchObject({ belowMinimum: true });
    expect(run("minimum_wage", "I pay my 19 year old PA £13 an hour, is that enough?")!.summary).toMatch(/^Yes: £13 an hour is at least the legal minimum/);
    expect(run("minimum_wage", "what is the minimum wage for a 30 year old")!.summary).toMatch(/^The least you can pay/);
    // Asked for a week's minimum with the hours: 10 × £8 = £80 a week leads.
    expect(run("minimum_wage", "Our PA is 17 and does 10 hours a week. What's the minimum we must pay her a week?")!.summary).toMatch(/^The least you can pay a PA who is 17 for 10 hours a week is £80 a week in 2026\/27: £8 an hour/);
    // The apprentice rate: under 19, or 19 and over in the apprenticeship's first year (reg. 5).
    expect(run("minimum_wage", "my pa is an apprentice aged 19 in her first year, minimum hourly rate?")!.summary).toMatch(/£8 an hour in 2026\/27 \(the apprentice rate\)/);
    // The age the PA will reach: its rate, from the first pay reference period after the birthday (reg. 4B).
    const later = run("minimum_wage", "my new PA is 17, whats the least I can pay her, and what does it go up to when she turns 18?")!;
    expect(later.summary).toMatch(/£8 an hour .*When the PA turns 18, the least goes up to £10\.85 an hour .*pay reference period/);
    expect(later.result?.hourlyMinimumLater).toBe(10.85);
    expect(run("minimum_wage", "apprentice PA aged 20 in her second year, what's the minimum wage")!.summary).toMatch(/£10\.85 an hour in 2026\/27/);
  });

  it("says a period's SSP under the 2026/27 rules is at most the full rate when earnings are not given, and from what earnings", () => {
    const o = run("ssp", "my PA was off sick for 2 weeks in May 2026, how much SSP do I pay")!;
    // £123.25 ÷ 80% = £154.0625, so £154.07 a week or more gets the full rate.
    expect(o.summary).toMatch(/^Statutory Sick Pay for 2 weeks off for sickness in May 2026 \(2026\/27 rules\) is at most £246\.50 \(10 paid working days, working 5 days a week\): the full rate if the PA's average weekly earnings are £154\.07 or more/);
    expect(o.result).toMatchObject({ sspForPeriodIsMaximum: true });
  });

  it("leads with a period's SSP when a period is given, then the weekly rule", () => {
    // 2026/27: lower of £123.25 and 80% × £300 = £240, so £123.25 a week; 10 working days = £246.50.
    const o = run("ssp", "My PA is off sick for 2 weeks, she earns £300 a week, how much SSP?")!;
    expect(o.summary).toMatch(/^Statutory Sick Pay for 2 weeks off for a PA earning £300 a week in 2026\/27 is £246\.50 \(10 paid working days, working 5 days a week, at £123\.25 a week\)\./);
    // 2025/26: 10 working days − 3 waiting days = 7 × £23.75 = £166.25.
    expect(run("ssp", "ssp for someone on £400 a week off sick 10 working days last year")!.summary).toMatch(/^Statutory Sick Pay for 10 working days off for a PA earning £400 a week in 2025\/26 is £166\.25 \(7 paid working days after 3 waiting days/);
  });

  it("says which SSP rules it used: those since 6 April 2026 (Employment Rights Act 2025 s.10) or those before", () => {
    expect(run("ssp", "my PA earns £100 a week, how much SSP")!.summary).toMatch(/from the first day of sickness \(the rules since 6 April 2026\)/);
    expect(run("ssp", "ssp for someone on £400 a week off sick 10 working days last year")!.summary).toMatch(/\(waiting days\), the rules before 6 April 2026\./);
  });

  it("reads which amount is the budget and which the contribution from the words beside them", () => {
    const o = run("net_payment", "Council says my contribution is £120 per week, but my support only costs £95 per week, what do I pay?")!;
    expect(o.result).toMatchObject({ youPay: 95, netDirectPayment: 0 });
    expect(o.summary).toMatch(/^You pay £95 a week in 2026\/27/);
    expect(run("net_payment", "budget £1,820 every 4 weeks, contribution £48.50 a week, how much will the DP be")!.result).toMatchObject({ netDirectPayment: 1626 });
  });

  it("leads a charge with what you pay and a net payment with the net payment", () => {
    expect(run("charge", "My care costs £200 a week but I've been assessed to pay £250 a week, how much do I actually pay?")!.summary).toMatch(/^You pay £200 a week in 2026\/27:/);
    expect(run("net_payment", "My personal budget is £400 a week and my contribution is £60 a week. What's the net direct payment?")!.summary).toMatch(/^The net direct payment is £340 a week in 2026\/27:/);
  });

  it("gives what the holiday is worth when an hourly rate is given, leading with it when holiday pay is asked", () => {
    // 5.6 × 20 = 112 hours × £13 = £1,456 a year; a week off is 20 × £13 = £260.
    const o = run("holiday_entitlement", "PA works 20 hours a week at £13 an hour, how much holiday pay is she due for the year?")!;
    expect(o.summary).toMatch(/^Holiday pay for a PA who works a regular 20 hours a week all year is £1,456 of holiday pay a year at £13 an hour \(£260 for each week off\) in 2026\/27/);
    expect(o.result).toMatchObject({ holidayHours: 112, holidayPayYear: 1456, holidayPayWeek: 260 });
    expect(run("holiday_entitlement", "My PA works 20 hours a week, how many hours holiday does she get a year?")!.summary).toMatch(/^A PA who works a regular 20 hours a week all year is entitled to 112 hours/);
  });

  it("works out the hours a week an amount pays for at an hourly rate, in wages alone", () => {
    // £300 ÷ £13 = 23.0769…, rounded down to 23.07 hours.
    const o = run("wages", "How many hours a week can my budget of £300 a week pay for at £13 an hour?")!;
    expect(o.summary).toMatch(/^£300 a week pays for at most 23\.07 hours a week at £13 an hour in 2026\/27, in wages alone\./);
    expect(o.summary).toMatch(/fewer hours/);
    // £1,300 a month is £300 a week (× 12 ÷ 52).
    expect(run("wages", "my DP is £1,300 a month, how many hours at £12.71 an hour?")!.result).toMatchObject({ hoursAWeek: 23.6 });
  });

  it("reads the year from a date and from 'last year'", () => {
    expect(run("ssp", "off sick for a week in January 2026, how much SSP")!.taxYear).toBe("2025/26");
    expect(run("minimum_wage", "what was the minimum wage last year for a 19 year old")!.summary).toMatch(/£10 an hour in 2025\/26/);
  });

  it("says a PA who is not an eligible jobholder need not be enrolled, and what joining would cost (Pensions Act 2008 ss.3, 7, 9)", () => {
    const young = run("pension", "my PA is 19 and earns £300 a week, do I have to auto enrol her?")!;
    expect(young.result?.mustEnrol).toBe(false);
    expect(young.summary).toMatch(/^On £300 a week in 2026\/27, automatic enrolment is not required: a PA aged 19 is under 22\./);
    expect(young.summary).toMatch(/ask to join, and then the least the employer must pay in is £5\.40 a week/);
    const low = run("pension", "she earns £100 a week, what pension do I have to pay")!;
    expect(low.summary).toMatch(/not over the £192 a week earnings trigger/);
    expect(low.summary).toMatch(/does not have to pay in on pay at or below £120 a week/);
    // The figure asked for leads: nothing has to be paid in.
    expect(low.summary).toMatch(/^On £100 a week in 2026\/27, the least the employer must pay into a pension is £0:/);
    expect(run("pension", "PA aged 30 on £300 a week, what pension must I pay")!.summary).toMatch(/a PA aged 30 must be put into a workplace pension by automatic enrolment/);
  });

  it("states employer NI over a year as the pay periods' NI added up, ending as every sum does", () => {
    const year = run("employer_ni", "PA on £2,000 a month, how much employer NI over the year?")!;
    expect(year.summary).toMatch(/^Employer National Insurance on £2,000 a month comes to £2,849\.40 a year in 2026\/27 before the Employment Allowance \(£237\.45 a month/);
    expect(year.summary).toMatch(/These are the legal minimums/);
  });

  it("gives nothing when there is no figure to work from, so the rule is explained instead", () => {
    expect(run("employer_ni", "do I have to pay employer NI for my PA?")).toBeNull();
    expect(run("pension", "does my PA need a pension")).toBeNull();
  });
});
