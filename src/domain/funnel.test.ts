import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ceil, decimalOf, decimalPlaces, div, ratio, toNumber } from './decimal';
import {
  addMonths,
  computeFunnel,
  monthKey,
  periodMonths,
  periodWeeks,
  splitOverMonths,
  validateFunnel,
  workBackwards,
  type FunnelOutcome,
  type FunnelPlan,
  type SalesTypePlan,
  type StageVolume,
} from './funnel';
import { DEFAULT_STAGES, funnelInputSchema, type FunnelInput, type SalesType } from './funnel-schema';
import { funnelIssueCodes, type FunnelIssue } from './funnel-validation';

// --- Helpers --------------------------------------------------------------------------------------

const STAGES = DEFAULT_STAGES.map((s) => ({ ...s }));
/** Rates Lead→MQL, MQL→SQL, SQL→Meeting, Meeting→Proposal, Proposal→Won, keyed as the domain wants. */
const rates = (lead: number, mql: number, sql: number, meeting: number, proposal: number) => ({
  lead,
  mql,
  sql,
  meeting,
  proposal,
});

/** The sample workshop's goal (Nordvind Ventilation A/S, issue 6), exactly as the issue gives it. */
function sample(): FunnelInput {
  return {
    targetAmount: 12_000_000,
    period: { kind: 'year', year: 2027 },
    stages: STAGES,
    salesTypes: [
      {
        id: 'new',
        name: 'New business',
        share: { kind: 'amount', amount: 6_600_000 },
        averageDealSize: 120_000,
        salesCycleMonths: 4,
        conversionRates: rates(25, 40, 60, 50, 30),
      },
      {
        id: 'existing',
        name: 'Existing customers',
        share: { kind: 'amount', amount: 4_350_000 },
        averageDealSize: 40_000,
        salesCycleMonths: 2,
        conversionRates: rates(50, 60, 80, 70, 50),
      },
      {
        id: 'service',
        name: 'Service agreements',
        share: { kind: 'amount', amount: 1_050_000 },
        averageDealSize: 50_000,
        salesCycleMonths: 1,
        conversionRates: rates(40, 50, 75, 80, 70),
      },
    ],
    team: { sellers: 6, marketers: 3 },
  };
}

function plan(outcome: FunnelOutcome): FunnelPlan {
  if (!outcome.ok) throw new Error(`expected a plan, got ${JSON.stringify(outcome.issues)}`);
  return outcome.data;
}
const counts = (stages: StageVolume[]) => stages.map((s) => s.period);
const monthly = (stage: StageVolume) => stage.months.map((m) => m.count);
const type = (p: FunnelPlan, id: string): SalesTypePlan => p.salesTypes.find((t) => t.salesTypeId === id)!;
/** One sales type, one chain, the whole target: the shortest valid input. */
function single(overrides: Partial<SalesType> & Pick<SalesType, 'averageDealSize'>, target: number): FunnelInput {
  return {
    targetAmount: target,
    period: { kind: 'year', year: 2027 },
    stages: STAGES,
    salesTypes: [
      {
        id: 'only',
        name: 'Only',
        share: { kind: 'percent', percent: 100 },
        salesCycleMonths: 0,
        conversionRates: rates(25, 40, 60, 50, 30),
        ...overrides,
      },
    ],
    team: {},
  };
}

// --- The sample workshop ----------------------------------------------------------------------------

describe('the sample workshop (12.000.000 kr. for 2027)', () => {
  // New business: 6.600.000 ÷ 120.000 = 55 won (exactly)
  //   Proposal = ⌈55 ÷ 0,30⌉ = ⌈183,33…⌉ = 184
  //   Meeting  = ⌈184 ÷ 0,50⌉ = 368
  //   SQL      = ⌈368 ÷ 0,60⌉ = ⌈613,33…⌉ = 614
  //   MQL      = ⌈614 ÷ 0,40⌉ = 1535
  //   Lead     = ⌈1535 ÷ 0,25⌉ = 6140
  // Existing customers: 4.350.000 ÷ 40.000 = 108,75 → 109 won
  //   Proposal = ⌈109 ÷ 0,50⌉ = 218
  //   Meeting  = ⌈218 ÷ 0,70⌉ = ⌈311,43…⌉ = 312
  //   SQL      = ⌈312 ÷ 0,80⌉ = 390
  //   MQL      = ⌈390 ÷ 0,60⌉ = 650
  //   Lead     = ⌈650 ÷ 0,50⌉ = 1300
  // Service agreements: 1.050.000 ÷ 50.000 = 21 won
  //   Proposal = ⌈21 ÷ 0,70⌉ = 30 exactly (in doubles 21 / 0.7 = 30.000000000000004, which would give 31)
  //   Meeting  = ⌈30 ÷ 0,80⌉ = ⌈37,5⌉ = 38
  //   SQL      = ⌈38 ÷ 0,75⌉ = ⌈50,67⌉ = 51
  //   MQL      = ⌈51 ÷ 0,50⌉ = 102
  //   Lead     = ⌈102 ÷ 0,40⌉ = 255
  // Total: Lead 6140+1300+255 = 7695; MQL 1535+650+102 = 2287; SQL 614+390+51 = 1055;
  //        Meeting 368+312+38 = 718; Proposal 184+218+30 = 432; Won 55+109+21 = 185.
  const p = plan(computeFunnel(sample()));

  it('works each sales type backwards, rounding up at every stage', () => {
    expect(counts(type(p, 'new').stages)).toEqual([6140, 1535, 614, 368, 184, 55]);
    expect(counts(type(p, 'existing').stages)).toEqual([1300, 650, 390, 312, 218, 109]);
    expect(counts(type(p, 'service').stages)).toEqual([255, 102, 51, 38, 30, 21]);
    expect(type(p, 'new').revenue).toBe(6_600_000);
    expect(type(p, 'new').stages.map((s) => s.stageId)).toEqual(['lead', 'mql', 'sql', 'meeting', 'proposal', 'won']);
    expect(type(p, 'new').stages.map((s) => s.rateToNext)).toEqual([25, 40, 60, 50, 30, undefined]);
  });

  it('adds the sales types up', () => {
    expect(counts(p.total.stages)).toEqual([7695, 2287, 1055, 718, 432, 185]);
  });

  it('spreads each count over the twelve months, the remainder to the first months', () => {
    expect(p.period.months).toHaveLength(12);
    expect(p.period.weeks).toBe(52);
    // New business leads: 6140 = 12 × 511 + 8 → January–August 512, September–December 511.
    expect(monthly(type(p, 'new').stages[0]!)).toEqual([...Array(8).fill(512), ...Array(4).fill(511)]);
    // Existing customers leads: 1300 = 12 × 108 + 4 → January–April 109, then 108.
    expect(monthly(type(p, 'existing').stages[0]!)).toEqual([...Array(4).fill(109), ...Array(8).fill(108)]);
    // Service won deals: 21 = 12 × 1 + 9 → January–September 2, October–December 1.
    expect(monthly(type(p, 'service').stages[5]!)).toEqual([...Array(9).fill(2), ...Array(3).fill(1)]);
    // Service leads: 255 = 12 × 21 + 3 → January–March 22, then 21.
    // Total leads per month = the sum of the three: Jan–Mar 512+109+22 = 643, Apr 512+109+21 = 642,
    // May–Aug 512+108+21 = 641, Sep–Dec 511+108+21 = 640; 3·643 + 642 + 4·641 + 4·640 = 7695.
    expect(monthly(p.total.stages[0]!)).toEqual([643, 643, 643, 642, 641, 641, 641, 641, 640, 640, 640, 640]);
    // The headline "a month" is the busiest month: 512 for new business (⌈6140 ÷ 12⌉ = ⌈511,67⌉),
    // 643 in total (512 + 109 + 22).
    expect(type(p, 'new').stages[0]!.perMonth).toBe(512);
    expect(p.total.stages[0]!.perMonth).toBe(643);
    // Won deals in total: 55 = 12·4 + 7 → 5,5,5,5,5,5,5,4,4,4,4,4; 109 = 12·9 + 1 → 10, then 9;
    // 21 → 2 × 9, 1 × 3. January: 5 + 10 + 2 = 17; December: 4 + 9 + 1 = 14.
    expect(monthly(p.total.stages[5]!)).toEqual([17, 16, 16, 16, 16, 16, 16, 15, 15, 14, 14, 14]);
  });

  it('divides by six sellers and three marketers', () => {
    // Per seller, the period: ⌈7695/6⌉ = ⌈1282,5⌉ = 1283; ⌈2287/6⌉ = ⌈381,17⌉ = 382; ⌈1055/6⌉ = ⌈175,83⌉ = 176;
    // ⌈718/6⌉ = ⌈119,67⌉ = 120; 432/6 = 72; ⌈185/6⌉ = ⌈30,83⌉ = 31.
    expect(p.total.stages.map((s) => s.perSeller!.period)).toEqual([1283, 382, 176, 120, 72, 31]);
    // Per seller per month (6 × 12 = 72): SQL ⌈1055/72⌉ = ⌈14,65⌉ = 15; Meeting ⌈718/72⌉ = ⌈9,97⌉ = 10.
    expect(p.total.stages[2]!.perSeller!.perMonth).toBe(15);
    expect(p.total.stages[3]!.perSeller!.perMonth).toBe(10);
    // Per seller per week (6 × 52 = 312), up to two decimals: SQL 1055/312 = 3,3814… → 3,39;
    // Meeting 718/312 = 2,3013… → 2,31.
    expect(p.total.stages[2]!.perSeller!.perWeek).toBe(3.39);
    expect(p.total.stages[3]!.perSeller!.perWeek).toBe(2.31);
    // Per marketer: Lead 7695/3 = 2565; MQL ⌈2287/3⌉ = ⌈762,33⌉ = 763; per month (3 × 12 = 36):
    // ⌈7695/36⌉ = ⌈213,75⌉ = 214, ⌈2287/36⌉ = ⌈63,53⌉ = 64; per week (3 × 52 = 156):
    // 7695/156 = 49,326… → 49,33; 2287/156 = 14,660… → 14,67.
    expect(p.total.stages[0]!.perMarketer).toEqual({ people: 3, period: 2565, perMonth: 214, perWeek: 49.33 });
    expect(p.total.stages[1]!.perMarketer).toEqual({ people: 3, period: 763, perMonth: 64, perWeek: 14.67 });
    // And per sales type: new business SQL ⌈614/6⌉ = ⌈102,33⌉ = 103.
    expect(type(p, 'new').stages[2]!.perSeller!.period).toBe(103);
  });

  it('says when each month’s leads must arrive, into the previous year', () => {
    // New business, 4-month cycle: January 2027 → September 2026 … December 2027 → August 2027.
    const newBusiness = type(p, 'new').leadArrival;
    expect(newBusiness[0]).toEqual({ month: { year: 2027, month: 1 }, arrivalMonth: { year: 2026, month: 9 }, leads: 512 });
    expect(newBusiness[11]).toEqual({ month: { year: 2027, month: 12 }, arrivalMonth: { year: 2027, month: 8 }, leads: 511 });
    // Existing customers, 2 months: January 2027 → November 2026. Service, 1 month: → December 2026.
    expect(type(p, 'existing').leadArrival[0]!.arrivalMonth).toEqual({ year: 2026, month: 11 });
    expect(type(p, 'service').leadArrival[0]!.arrivalMonth).toEqual({ year: 2026, month: 12 });
    // The calendar runs from September 2026 (new business's first) to November 2027 (service's last):
    // Sep 2026: 512 (new, for Jan); Oct: 512 (new, Feb); Nov: 512 (new, Mar) + 109 (existing, Jan) = 621;
    // Dec: 512 (new, Apr) + 109 (existing, Feb) + 22 (service, Jan) = 643; Nov 2027: 21 (service, Dec).
    const calendar = p.total.leadCalendar;
    expect(calendar).toHaveLength(15);
    expect(calendar.slice(0, 4).map((c) => [c.month.year, c.month.month, c.leads])).toEqual([
      [2026, 9, 512],
      [2026, 10, 512],
      [2026, 11, 621],
      [2026, 12, 643],
    ]);
    expect(calendar.at(-1)).toEqual({
      month: { year: 2027, month: 11 },
      leads: 21,
      bySalesType: [
        { salesTypeId: 'new', leads: 0 },
        { salesTypeId: 'existing', leads: 0 },
        { salesTypeId: 'service', leads: 21 },
      ],
    });
    expect(calendar.reduce((sum, c) => sum + c.leads, 0)).toBe(7695);
  });

  it('checks the sellers’ follow-ups against their capacity', () => {
    // Follow-ups = SQL + Meeting = 1055 + 718 = 1773 a year; per seller per week 1773 ÷ (6 × 52)
    // = 1773 ÷ 312 = 5,6827 → 5,69. Capacity 5: exceeded; sellers needed ⌈1773 ÷ (52 × 5)⌉ =
    // ⌈1773 ÷ 260⌉ = ⌈6,82⌉ = 7.
    const over = plan(computeFunnel({ ...sample(), capacity: { followUpsPerSellerPerWeek: 5 } }));
    expect(over.capacity).toEqual({
      stageIds: ['sql', 'meeting'],
      sellers: 6,
      weeks: 52,
      followUps: 1773,
      perSellerPerWeek: 5.69,
      followUpsPerSellerPerWeek: 5,
      exceeded: true,
      sellersNeeded: 7,
    });
    expect(over.warnings).toEqual([
      {
        code: 'capacity_exceeded',
        path: ['capacity', 'followUpsPerSellerPerWeek'],
        params: { perSellerPerWeek: 5.69, followUpsPerSellerPerWeek: 5, sellers: 6, weeks: 52, followUps: 1773, sellersNeeded: 7 },
      },
    ]);
    // Capacity 6: 6 × 312 = 1872 ≥ 1773, fine; ⌈1773 ÷ 312⌉ = 6 sellers suffice.
    const fine = plan(computeFunnel({ ...sample(), capacity: { followUpsPerSellerPerWeek: 6 } }));
    expect(fine.capacity).toMatchObject({ exceeded: false, sellersNeeded: 6 });
    expect(fine.warnings).toEqual([]);
    // No capacity given: the load is still shown, nothing is compared.
    expect(p.capacity).toMatchObject({ perSellerPerWeek: 5.69, followUpsPerSellerPerWeek: null, exceeded: false, sellersNeeded: null });
    expect(p.warnings).toEqual([]);
  });

  it('compares capacity exactly, before any rounding', () => {
    // 1773 ÷ 312 = 5,68269…; as a limit, 5.68 is under it (5,68 × 312 = 1772,16 < 1773) …
    const under = plan(computeFunnel({ ...sample(), capacity: { followUpsPerSellerPerWeek: 5.68 } }));
    expect(under.capacity!.exceeded).toBe(true);
    // … and 5.6827 over it (5,6827 × 312 = 1773,0024 ≥ 1773).
    const at = plan(computeFunnel({ ...sample(), capacity: { followUpsPerSellerPerWeek: 5.6827 } }));
    expect(at.capacity!.exceeded).toBe(false);
    // With SQL only (1055 ÷ 312 = 3,381… → 3,39) against 3,39: fine.
    const sqlOnly = plan(computeFunnel({ ...sample(), capacity: { followUpsPerSellerPerWeek: 3.39, stageIds: ['sql'] } }));
    expect(sqlOnly.capacity).toMatchObject({ stageIds: ['sql'], followUps: 1055, perSellerPerWeek: 3.39, exceeded: false });
  });

  it('does not warn when the load is exactly at the limit', () => {
    // 31.200 ÷ 100 = 312 won, 100 % everywhere: SQL 312 + Meeting 312 = 624 follow-ups;
    // 624 ÷ (6 × 52) = 2 exactly. Capacity 2: not exceeded; 1,99: exceeded, ⌈624 ÷ (52 × 1,99)⌉ = ⌈6,03⌉ = 7.
    const input = { ...single({ averageDealSize: 100, conversionRates: rates(100, 100, 100, 100, 100) }, 31_200), team: { sellers: 6 } };
    const at = plan(computeFunnel({ ...input, capacity: { followUpsPerSellerPerWeek: 2 } }));
    expect(at.capacity).toMatchObject({ followUps: 624, perSellerPerWeek: 2, exceeded: false, sellersNeeded: 6 });
    const below = plan(computeFunnel({ ...input, capacity: { followUpsPerSellerPerWeek: 1.99 } }));
    expect(below.capacity).toMatchObject({ exceeded: true, sellersNeeded: 7 });
    expect(below.warnings[0]!.params).toMatchObject({ perSellerPerWeek: 2, followUpsPerSellerPerWeek: 1.99 });
  });

  it('gives the same plan with the shares as percents (55 %, 36,25 %, 8,75 %)', () => {
    // 55 % × 12.000.000 = 6.600.000; 36,25 % = 4.350.000; 8,75 % = 1.050.000.
    const input = sample();
    const percents = [55, 36.25, 8.75];
    input.salesTypes.forEach((t, i) => (t.share = { kind: 'percent', percent: percents[i]! }));
    const q = plan(computeFunnel(input));
    expect(q.salesTypes.map((t) => t.revenue)).toEqual([6_600_000, 4_350_000, 1_050_000]);
    expect(q.total).toEqual(p.total);
  });

  it('parses with the slice schema', () => {
    expect(funnelInputSchema.parse(sample())).toEqual(sample());
  });
});

// --- Rounding, rates, sizes ---------------------------------------------------------------------------

describe('worked examples', () => {
  it('rounds up at every stage, over a quarter with a three-stage chain', () => {
    // 1.000 kr. in Q3 2026, deal 300 kr.: won ⌈1000 ÷ 300⌉ = ⌈3,33⌉ = 4;
    // contact→offer 30 %: ⌈4 ÷ 0,30⌉ = ⌈13,33⌉ = 14; visit→contact 45 %: ⌈14 ÷ 0,45⌉ = ⌈31,11⌉ = 32.
    const input: FunnelInput = {
      targetAmount: 1000,
      period: { kind: 'quarter', year: 2026, quarter: 3 },
      stages: [
        { id: 'visit', name: 'Visit' },
        { id: 'contact', name: 'Contact' },
        { id: 'deal', name: 'Deal' },
      ],
      salesTypes: [
        {
          id: 'web',
          name: 'Web',
          share: { kind: 'amount', amount: 1000 },
          averageDealSize: 300,
          salesCycleMonths: 0,
          conversionRates: { visit: 45, contact: 30 },
        },
      ],
      team: { sellers: 2 },
    };
    const p = plan(computeFunnel(input));
    expect(counts(p.salesTypes[0]!.stages)).toEqual([32, 14, 4]);
    // July, August, September; 13 weeks.
    expect(p.period.months).toEqual([
      { year: 2026, month: 7 },
      { year: 2026, month: 8 },
      { year: 2026, month: 9 },
    ]);
    expect(p.period.weeks).toBe(13);
    // 32 = 3·10 + 2 → 11, 11, 10; 14 = 3·4 + 2 → 5, 5, 4; 4 = 3·1 + 1 → 2, 1, 1.
    expect(p.salesTypes[0]!.stages.map(monthly)).toEqual([
      [11, 11, 10],
      [5, 5, 4],
      [2, 1, 1],
    ]);
    // Per seller (2): 32/2 = 16, ⌈32/6⌉ = 6 a month, 32/26 = 1,2307… → 1,24 a week.
    expect(p.total.stages[0]!.perSeller).toEqual({ people: 2, period: 16, perMonth: 6, perWeek: 1.24 });
    expect(p.total.stages[0]!.perMarketer).toBeUndefined();
    // No SQL or Meeting stage in this chain: nothing to check capacity on.
    expect(p.capacity).toBeNull();
    // Cycle 0: leads arrive in the month itself.
    expect(p.salesTypes[0]!.leadArrival.map((a) => a.arrivalMonth.month)).toEqual([7, 8, 9]);
  });

  it('keeps every stage equal at 100 % rates', () => {
    // 500 ÷ 100 = 5 won, and 5 ÷ 1,00 = 5 at every stage.
    const p = plan(computeFunnel(single({ averageDealSize: 100, conversionRates: rates(100, 100, 100, 100, 100) }, 500)));
    expect(counts(p.total.stages)).toEqual([5, 5, 5, 5, 5, 5]);
  });

  it('never lets a floating-point artefact push a count over a whole number', () => {
    // 70 % with 7 next: 7 ÷ 0,70 = 10 exactly → 10, not 11.
    expect(workBackwards(ratio(7n), ratio(1n), [ratio(70n)])).toEqual([10n, 7n]);
    // 21 ÷ 0,7 (30.000000000000004 in doubles), 21 ÷ 0,35 (60.00000000000001), 57 ÷ 0,57 (100.00000000000001).
    expect(workBackwards(ratio(21n), ratio(1n), [ratio(70n)])[0]).toBe(30n);
    expect(workBackwards(ratio(21n), ratio(1n), [ratio(35n)])[0]).toBe(60n);
    expect(workBackwards(ratio(57n), ratio(1n), [ratio(57n)])[0]).toBe(100n);
    // Through the whole API: 0,07 kr. ÷ 0,01 kr. is 7.000000000000001 in doubles; exactly 7 deals here,
    // and at 100 % everywhere 7 at every stage.
    const p = plan(computeFunnel(single({ averageDealSize: 0.01, conversionRates: rates(100, 100, 100, 100, 100) }, 0.07)));
    expect(counts(p.total.stages)).toEqual([7, 7, 7, 7, 7, 7]);
    // 9,20 kr. ÷ 0,40 kr. is 22.999999999999996 in doubles; exactly 23 here.
    const q = plan(computeFunnel(single({ averageDealSize: 0.4, conversionRates: rates(100, 100, 100, 100, 100) }, 9.2)));
    expect(q.total.stages[5]!.period).toBe(23);
  });

  it('handles a 1 kr. target', () => {
    // 1 ÷ 1000 = 0,001 → 1 won; Proposal ⌈1 ÷ 0,30⌉ = ⌈3,33⌉ = 4; Meeting ⌈4 ÷ 0,50⌉ = 8;
    // SQL ⌈8 ÷ 0,60⌉ = ⌈13,33⌉ = 14; MQL ⌈14 ÷ 0,40⌉ = 35; Lead ⌈35 ÷ 0,25⌉ = 140.
    const p = plan(computeFunnel(single({ averageDealSize: 1000 }, 1)));
    expect(counts(p.total.stages)).toEqual([140, 35, 14, 8, 4, 1]);
    // 140 = 12·11 + 8 → 12 for January–August, 11 after; the one won deal lands in January.
    expect(monthly(p.total.stages[0]!)).toEqual([...Array(8).fill(12), ...Array(4).fill(11)]);
    expect(monthly(p.total.stages[5]!)).toEqual([1, ...Array(11).fill(0)]);
    expect(p.salesTypes[0]!.revenue).toBe(1);
  });

  it('handles a 10^12 kr. target', () => {
    // 10^12 ÷ 1 = 10^12 won; at 50 % everywhere each stage doubles: 2·10^12, 4·10^12, …, 32·10^12.
    const huge = single({ averageDealSize: 1, conversionRates: rates(50, 50, 50, 50, 50) }, 1e12);
    const p = plan(computeFunnel({ ...huge, team: { sellers: 7 } }));
    expect(counts(p.total.stages)).toEqual([32e12, 16e12, 8e12, 4e12, 2e12, 1e12]);
    // 10^12 = 12 · 83.333.333.333 + 4 → 83.333.333.334 in January–April, 83.333.333.333 after.
    expect(monthly(p.total.stages[5]!)).toEqual([...Array(4).fill(83_333_333_334), ...Array(8).fill(83_333_333_333)]);
    // Per seller: ⌈10^12 ÷ 7⌉ = ⌈142.857.142.857,14⌉ = 142.857.142.858.
    expect(p.total.stages[5]!.perSeller!.period).toBe(142_857_142_858);
    // 999.999.999.999,99 ÷ 0,01 = 99.999.999.999.999 won, exactly.
    const cents = plan(computeFunnel(single({ averageDealSize: 0.01, conversionRates: rates(100, 100, 100, 100, 100) }, 999_999_999_999.99)));
    expect(cents.total.stages[5]!.period).toBe(99_999_999_999_999);
  });

  it('refuses a plan whose counts no longer fit a number exactly', () => {
    // 10^12 ÷ 0,01 = 10^14 won; at 1 % each stage is 100× the next: leads 10^24 > 2^53 − 1.
    const outcome = computeFunnel(single({ averageDealSize: 0.01, conversionRates: rates(1, 1, 1, 1, 1) }, 1e12));
    expect(outcome).toEqual({
      ok: false,
      issues: [{ code: 'result_too_large', path: ['salesTypes', 0], params: { stageId: 'lead', max: Number.MAX_SAFE_INTEGER } }],
    });
  });

  it('offsets lead arrival by the cycle across the year boundary, in a quarter', () => {
    // Q1 2027, cycle 5: January → August 2026, February → September 2026, March → October 2026.
    const q1 = { kind: 'quarter', year: 2027, quarter: 1 } as const;
    const p = plan(computeFunnel({ ...single({ averageDealSize: 1000, salesCycleMonths: 5 }, 1), period: q1 }));
    expect(p.salesTypes[0]!.leadArrival.map((a) => a.arrivalMonth)).toEqual([
      { year: 2026, month: 8 },
      { year: 2026, month: 9 },
      { year: 2026, month: 10 },
    ]);
    // Leads 140 over three months: 140 = 3·46 + 2 → 47, 47, 46.
    expect(p.salesTypes[0]!.leadArrival.map((a) => a.leads)).toEqual([47, 47, 46]);
    // Cycle 14 from January 2027 reaches back two calendar years: November 2025.
    const far = plan(computeFunnel({ ...single({ averageDealSize: 1000, salesCycleMonths: 14 }, 1), period: q1 }));
    expect(far.salesTypes[0]!.leadArrival[0]!.arrivalMonth).toEqual({ year: 2025, month: 11 });
    // Q4: October–December, and a 0-month cycle stays in the month.
    expect(periodMonths({ kind: 'quarter', year: 2027, quarter: 4 }).map((m) => m.month)).toEqual([10, 11, 12]);
  });

  it('mixes an amount and a percent share', () => {
    // 10.000 kr.: 25 % = 2.500 kr. and 7.500 kr. as an amount. 2500 ÷ 1000 = 2,5 → 3 won.
    const input = single({ averageDealSize: 1000, conversionRates: rates(100, 100, 100, 100, 100) }, 10_000);
    input.salesTypes.push({ ...input.salesTypes[0]!, id: 'b', share: { kind: 'amount', amount: 7500 } });
    input.salesTypes[0]!.share = { kind: 'percent', percent: 25 };
    const p = plan(computeFunnel(input));
    // 7500 ÷ 1000 = 7,5 → 8 won; total 3 + 8 = 11.
    expect(p.salesTypes.map((t) => t.stages[5]!.period)).toEqual([3, 8]);
    expect(p.total.stages[5]!.period).toBe(11);
  });
});

describe('calendar helpers', () => {
  it('counts months and weeks of a period', () => {
    expect(periodMonths({ kind: 'year', year: 2027 })).toHaveLength(12);
    expect(periodMonths({ kind: 'quarter', year: 2027, quarter: 2 })).toEqual([
      { year: 2027, month: 4 },
      { year: 2027, month: 5 },
      { year: 2027, month: 6 },
    ]);
    expect(periodWeeks({ kind: 'year', year: 2027 })).toBe(52);
    expect(periodWeeks({ kind: 'quarter', year: 2027, quarter: 1 })).toBe(13);
  });

  it('adds and subtracts months across years', () => {
    expect(addMonths({ year: 2027, month: 1 }, -1)).toEqual({ year: 2026, month: 12 });
    expect(addMonths({ year: 2027, month: 3 }, -27)).toEqual({ year: 2024, month: 12 });
    expect(addMonths({ year: 2026, month: 11 }, 3)).toEqual({ year: 2027, month: 2 });
    expect(addMonths({ year: 2027, month: 6 }, 0)).toEqual({ year: 2027, month: 6 });
    expect(monthKey({ year: 2027, month: 1 }) - monthKey({ year: 2026, month: 9 })).toBe(4);
  });

  it('splits a count over months, front-loaded, adding up exactly', () => {
    const q = periodMonths({ kind: 'quarter', year: 2027, quarter: 1 });
    expect(splitOverMonths(14n, q).map((m) => m.count)).toEqual([5, 5, 4]);
    expect(splitOverMonths(2n, q).map((m) => m.count)).toEqual([1, 1, 0]);
    expect(splitOverMonths(9n, q).map((m) => m.count)).toEqual([3, 3, 3]);
  });
});

describe('exact decimals', () => {
  it('reads a number as the decimal it prints as', () => {
    expect(decimalOf(0.7)).toEqual({ n: 7n, d: 10n });
    expect(decimalOf(6_600_000)).toEqual({ n: 6_600_000n, d: 1n });
    expect(decimalOf(1e21)).toEqual({ n: 10n ** 21n, d: 1n });
    expect(decimalOf(1.5e-7)).toEqual({ n: 3n, d: 20_000_000n });
    expect(decimalOf(-12.5)).toEqual({ n: -25n, d: 2n });
    expect(decimalOf(NaN)).toBeNull();
    expect(decimalOf(-Infinity)).toBeNull();
    expect(decimalPlaces(1234.56)).toBe(2);
    expect(decimalPlaces(0.125)).toBe(3);
    expect(decimalPlaces(1e-7)).toBe(7);
    expect(decimalPlaces(1200)).toBe(0);
  });

  it('rounds up and to numbers', () => {
    expect(ceil(div(ratio(55n), ratio(3n, 10n)))).toBe(184n);
    expect(ceil(ratio(-7n, 2n))).toBe(-3n);
    expect(toNumber(ratio(1773n, 312n), 2, 'up')).toBe(5.69);
    expect(toNumber(ratio(-1n, 1000n), 2, 'away')).toBe(-0.01);
    expect(toNumber(ratio(1n, 8n), 2, 'half-up')).toBe(0.13);
    expect(toNumber(ratio(-1n, 8n), 2, 'half-up')).toBe(-0.13);
  });
});

// --- Validation -----------------------------------------------------------------------------------

describe('validation: every invalid input has its own code and path', () => {
  const withSample = (change: (input: FunnelInput) => void): FunnelIssue[] => {
    const input = sample();
    change(input);
    const issues = validateFunnel(input);
    // Computing with the same input answers the same issues and no plan.
    expect(computeFunnel(input)).toEqual({ ok: false, issues });
    return issues;
  };
  const nb = (input: FunnelInput) => input.salesTypes[0]!;

  it('accepts the sample', () => {
    expect(validateFunnel(sample())).toEqual([]);
  });

  it.each([
    ['target NaN', (i: FunnelInput) => (i.targetAmount = NaN), 'not_finite', ['targetAmount']],
    ['target Infinity', (i: FunnelInput) => (i.targetAmount = Infinity), 'not_finite', ['targetAmount']],
    ['deal size NaN', (i: FunnelInput) => (nb(i).averageDealSize = NaN), 'not_finite', ['salesTypes', 0, 'averageDealSize']],
    ['rate −Infinity', (i: FunnelInput) => (nb(i).conversionRates.mql = -Infinity), 'not_finite', ['salesTypes', 0, 'conversionRates', 'mql']],
    ['cycle NaN', (i: FunnelInput) => (nb(i).salesCycleMonths = NaN), 'not_finite', ['salesTypes', 0, 'salesCycleMonths']],
    ['sellers Infinity', (i: FunnelInput) => (i.team.sellers = Infinity), 'not_finite', ['team', 'sellers']],
    ['year NaN', (i: FunnelInput) => (i.period.year = NaN), 'not_finite', ['period', 'year']],
    ['capacity NaN', (i: FunnelInput) => (i.capacity = { followUpsPerSellerPerWeek: NaN }), 'not_finite', ['capacity', 'followUpsPerSellerPerWeek']],
  ] as const)('%s → not_finite', (_, change, code, path) => {
    expect(withSample(change)).toEqual([{ code, path, params: {} }]);
  });

  it('target ≤ 0 → not_positive', () => {
    // A zero target also leaves the shares unchecked (they cannot add up to nothing).
    expect(withSample((i) => (i.targetAmount = 0))).toEqual([{ code: 'not_positive', path: ['targetAmount'], params: { value: 0 } }]);
  });

  it('deal size or share amount ≤ 0 → not_positive', () => {
    expect(withSample((i) => (nb(i).averageDealSize = -40_000))).toEqual([
      { code: 'not_positive', path: ['salesTypes', 0, 'averageDealSize'], params: { value: -40_000 } },
    ]);
    expect(withSample((i) => (nb(i).share = { kind: 'amount', amount: 0 }))).toEqual([
      { code: 'not_positive', path: ['salesTypes', 0, 'share', 'amount'], params: { value: 0 } },
    ]);
  });

  it('money with more than two decimals → too_many_decimals', () => {
    expect(withSample((i) => (nb(i).averageDealSize = 120_000.005))).toEqual([
      { code: 'too_many_decimals', path: ['salesTypes', 0, 'averageDealSize'], params: { value: 120_000.005, max: 2 } },
    ]);
  });

  it('money above 10^15 → amount_too_large', () => {
    // 10^15 itself is accepted; the shares then no longer add up, which is its own issue.
    expect(withSample((i) => (i.targetAmount = 1e15))[0]!.code).toBe('shares_do_not_add_up');
    expect(withSample((i) => (i.targetAmount = 1e16))).toEqual([
      { code: 'amount_too_large', path: ['targetAmount'], params: { value: 1e16, max: 1e15 } },
    ]);
  });

  it('covers every issue code in these tests', () => {
    const source = readFileSync(new URL(import.meta.url), 'utf8');
    expect(funnelIssueCodes.filter((code) => !source.includes(`'${code}'`))).toEqual([]);
  });

  it.each([0, -5, 100.5, 250])('rate %s → rate_out_of_range', (rate) => {
    expect(withSample((i) => (nb(i).conversionRates.sql = rate))).toEqual([
      { code: 'rate_out_of_range', path: ['salesTypes', 0, 'conversionRates', 'sql'], params: { value: rate, min: 0, max: 100 } },
    ]);
  });

  it('a percent share outside (0, 100] → percent_out_of_range', () => {
    const issues = withSample((i) => i.salesTypes.forEach((t) => (t.share = { kind: 'percent', percent: 0 })));
    expect(issues.map((x) => [x.code, x.path])).toEqual([
      ['percent_out_of_range', ['salesTypes', 0, 'share', 'percent']],
      ['percent_out_of_range', ['salesTypes', 1, 'share', 'percent']],
      ['percent_out_of_range', ['salesTypes', 2, 'share', 'percent']],
    ]);
  });

  it('a missing rate → missing_rate, with the stages it joins', () => {
    expect(withSample((i) => delete nb(i).conversionRates.meeting)).toEqual([
      { code: 'missing_rate', path: ['salesTypes', 0, 'conversionRates', 'meeting'], params: { from: 'meeting', to: 'proposal' } },
    ]);
    // A rate inherited from Object.prototype is no rate.
    expect(validateFunnel({ ...sample(), stages: [{ id: 'toString', name: 'x' }, ...STAGES] })[0]).toMatchObject({
      code: 'missing_rate',
      params: { from: 'toString', to: 'lead' },
    });
  });

  it('amount shares that miss the target → shares_do_not_add_up, with the difference', () => {
    // 6.600.000 + 4.350.000 + 1.000.000 = 11.950.000; 12.000.000 − 11.950.000 = 50.000 missing.
    expect(withSample((i) => (i.salesTypes[2]!.share = { kind: 'amount', amount: 1_000_000 }))).toEqual([
      {
        code: 'shares_do_not_add_up',
        path: ['salesTypes'],
        params: { unit: 'amount', expected: 12_000_000, total: 11_950_000, difference: 50_000 },
      },
    ]);
    // One øre too much: 12.000.000,01 in total, difference −0,01.
    expect(withSample((i) => (i.salesTypes[2]!.share = { kind: 'amount', amount: 1_050_000.01 }))[0]!.params).toEqual({
      unit: 'amount',
      expected: 12_000_000,
      total: 12_000_000.01,
      difference: -0.01,
    });
  });

  it('percent shares that miss 100 → shares_do_not_add_up in percent', () => {
    // 55 + 36,25 + 8,7 = 99,95; 100 − 99,95 = 0,05.
    const issues = withSample((i) => {
      const percents = [55, 36.25, 8.7];
      i.salesTypes.forEach((t, k) => (t.share = { kind: 'percent', percent: percents[k]! }));
    });
    expect(issues).toEqual([
      { code: 'shares_do_not_add_up', path: ['salesTypes'], params: { unit: 'percent', expected: 100, total: 99.95, difference: 0.05 } },
    ]);
  });

  it('cycles that are not whole, negative or too long have their own codes', () => {
    expect(withSample((i) => (nb(i).salesCycleMonths = 2.5))).toEqual([
      { code: 'cycle_not_whole', path: ['salesTypes', 0, 'salesCycleMonths'], params: { value: 2.5 } },
    ]);
    expect(withSample((i) => (nb(i).salesCycleMonths = -1))).toEqual([
      { code: 'cycle_negative', path: ['salesTypes', 0, 'salesCycleMonths'], params: { value: -1 } },
    ]);
    expect(withSample((i) => (nb(i).salesCycleMonths = 121))).toEqual([
      { code: 'cycle_too_long', path: ['salesTypes', 0, 'salesCycleMonths'], params: { value: 121, max: 120 } },
    ]);
  });

  it('an empty chain → no_stages; a repeated stage id → duplicate_stage_id', () => {
    expect(withSample((i) => (i.stages = []))).toEqual([{ code: 'no_stages', path: ['stages'], params: {} }]);
    expect(withSample((i) => (i.stages = [...STAGES, { id: 'won', name: 'Won again' }]))).toEqual([
      { code: 'duplicate_stage_id', path: ['stages', 6, 'id'], params: { id: 'won' } },
      // The first "won" is no longer the last stage, so each type now needs a rate from it.
      ...[0, 1, 2].map((k) => ({
        code: 'missing_rate',
        path: ['salesTypes', k, 'conversionRates', 'won'],
        params: { from: 'won', to: 'won' },
      })),
    ]);
  });

  it('no sales types → no_sales_types; a repeated id → duplicate_sales_type_id', () => {
    expect(withSample((i) => (i.salesTypes = []))).toEqual([{ code: 'no_sales_types', path: ['salesTypes'], params: {} }]);
    expect(withSample((i) => (i.salesTypes[2]!.id = 'new'))).toEqual([
      { code: 'duplicate_sales_type_id', path: ['salesTypes', 2, 'id'], params: { id: 'new' } },
    ]);
  });

  it('a bad year or quarter → invalid_year, invalid_quarter', () => {
    expect(withSample((i) => (i.period.year = 2027.5))).toEqual([
      { code: 'invalid_year', path: ['period', 'year'], params: { value: 2027.5, min: 1000, max: 9999 } },
    ]);
    expect(withSample((i) => (i.period = { kind: 'quarter', year: 2027 }))).toEqual([
      { code: 'invalid_quarter', path: ['period', 'quarter'], params: { min: 1, max: 4 } },
    ]);
    expect(withSample((i) => (i.period = { kind: 'quarter', year: 2027, quarter: 5 }))[0]!.code).toBe('invalid_quarter');
    // A quarter left over while the period is a year is ignored.
    expect(validateFunnel({ ...sample(), period: { kind: 'year', year: 2027, quarter: 9 } })).toEqual([]);
  });

  it('team sizes: not positive, not whole; capacity: not positive; unknown capacity stage', () => {
    expect(withSample((i) => (i.team.sellers = 0))).toEqual([{ code: 'not_positive', path: ['team', 'sellers'], params: { value: 0 } }]);
    expect(withSample((i) => (i.team.marketers = 2.5))).toEqual([
      { code: 'team_size_not_whole', path: ['team', 'marketers'], params: { value: 2.5 } },
    ]);
    expect(withSample((i) => (i.capacity = { followUpsPerSellerPerWeek: -3 }))).toEqual([
      { code: 'not_positive', path: ['capacity', 'followUpsPerSellerPerWeek'], params: { value: -3 } },
    ]);
    expect(withSample((i) => (i.capacity = { stageIds: ['sql', 'demo'] }))).toEqual([
      { code: 'unknown_stage', path: ['capacity', 'stageIds', 1], params: { id: 'demo' } },
    ]);
  });

  it('reports every broken field at once, one issue per field', () => {
    const issues = withSample((i) => {
      i.targetAmount = NaN;
      nb(i).averageDealSize = 0;
      nb(i).conversionRates.lead = 0;
      i.salesTypes[1]!.salesCycleMonths = 1.5;
    });
    expect(issues.map((x) => x.code)).toEqual(['not_finite', 'not_positive', 'rate_out_of_range', 'cycle_not_whole']);
  });

  it('ignores rates of stages no longer in the chain, and a rate from the won stage', () => {
    const input = sample();
    Object.assign(nb(input).conversionRates, { removed: 500, won: -1 });
    expect(validateFunnel(input)).toEqual([]);
  });

  it('never puts NaN or Infinity in a plan', () => {
    const p = plan(computeFunnel({ ...sample(), capacity: { followUpsPerSellerPerWeek: 5 } }));
    const numbers: number[] = [];
    JSON.stringify(p, (_, value: unknown) => (typeof value === 'number' && numbers.push(value), value));
    expect(numbers.length).toBeGreaterThan(100);
    expect(numbers.every(Number.isFinite)).toBe(true);
  });
});
