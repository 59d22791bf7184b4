import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FunnelInput } from './funnel-schema';
import { durationMinutes, marketingCommitment, ownerLabel, responseBand, RESPONSE_TIME_EVIDENCE, slaCapacity, validateSla } from './sla';
import { slaOf, type Commitment, type Sla } from './sla-schema';

/** A goal of one sales type through the given stages; rates keyed by stage id. */
function goal(parts: {
  target: number;
  deal: number;
  stages: string[];
  rates: Record<string, number>;
  sellers?: number;
  room?: number;
  quarter?: number;
}): FunnelInput {
  return {
    targetAmount: parts.target,
    period: parts.quarter ? { kind: 'quarter', year: 2027, quarter: parts.quarter } : { kind: 'year', year: 2027 },
    stages: parts.stages.map((id) => ({ id, name: id.toUpperCase() })),
    salesTypes: [{ id: 'new', name: 'New business', share: { kind: 'percent', percent: 100 }, averageDealSize: parts.deal, salesCycleMonths: 2, conversionRates: parts.rates }],
    team: parts.sellers === undefined ? {} : { sellers: parts.sellers },
    ...(parts.room !== undefined && { capacity: { followUpsPerSellerPerWeek: parts.room } }),
  };
}

// 1.000.000 kr. at 30.000 kr. a deal: won ⌈33,33⌉ = 34; SQL ⌈34 ÷ 0,4⌉ = 85; MQL ⌈85 ÷ 0,3⌉ = ⌈283,33⌉ = 284;
// lead ⌈284 ÷ 0,2⌉ = 1.420.
const rounding = goal({ target: 1_000_000, deal: 30_000, stages: ['lead', 'mql', 'sql', 'won'], rates: { lead: 20, mql: 30, sql: 40 }, sellers: 3, room: 10 });

describe('marketing commits to the MQLs the goal needs', () => {
  it('per month, per week, per sales type and per seller, rounding up (worked by hand)', () => {
    const outcome = marketingCommitment(rounding);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    // 284 MQLs a year; 284 = 12 × 23 + 8, so the first (busiest) month has 24.
    expect(outcome.data).toMatchObject({ stageId: 'mql', stageName: 'MQL', months: 12, weeks: 52, period: 284, perMonth: 24 });
    // ⌈284 ÷ 52⌉ = ⌈5,46⌉ = 6 a week.
    expect(outcome.data.perWeek).toBe(6);
    // 3 sellers: ⌈284 ÷ 36⌉ = ⌈7,89⌉ = 8 a month; ⌈284 ÷ 156⌉ = ⌈1,82⌉ = 2 a week.
    expect(outcome.data.perSeller).toEqual({ sellers: 3, perMonth: 8, perWeek: 2 });
    expect(outcome.data.bySalesType).toEqual([{ salesTypeId: 'new', name: 'New business', period: 284, perMonth: 24 }]);
  });

  it('for a quarter: 13 weeks and 3 months', () => {
    // 100.000 kr. at 10.000 kr.: 10 won; MQL 10 ÷ 0,1 = 100. ⌈100 ÷ 13⌉ = 8 a week; 4 sellers:
    // ⌈100 ÷ 12⌉ = 9 a month, ⌈100 ÷ 52⌉ = 2 a week; months 34, 33, 33.
    const outcome = marketingCommitment(goal({ target: 100_000, deal: 10_000, stages: ['mql', 'won'], rates: { mql: 10 }, sellers: 4, quarter: 2 }));
    expect(outcome).toMatchObject({ ok: true, data: { period: 100, perMonth: 34, perWeek: 8, perSeller: { perMonth: 9, perWeek: 2 } } });
  });

  it('follows the goal: a higher target gives more MQLs', () => {
    const before = marketingCommitment(rounding);
    const after = marketingCommitment({ ...rounding, targetAmount: 2_000_000 });
    // 2.000.000 ÷ 30.000 = 66,67 → 67 won; ⌈67 ÷ 0,4⌉ = ⌈167,5⌉ = 168 SQL; 168 ÷ 0,3 = 560 MQL.
    expect(before.ok && before.data.period).toBe(284);
    expect(after.ok && after.data.period).toBe(560);
  });

  it('says why there is no commitment', () => {
    expect(marketingCommitment(null)).toEqual({ ok: false, reason: 'no_goal' });
    expect(marketingCommitment({ ...rounding, stages: rounding.stages.filter((s) => s.id !== 'mql') })).toEqual({ ok: false, reason: 'no_mql_stage' });
    expect(marketingCommitment({ ...rounding, targetAmount: -1 })).toEqual({ ok: false, reason: 'invalid_goal' });
    const noSellers = marketingCommitment({ ...rounding, team: {} });
    expect(noSellers.ok && noSellers.data.perSeller).toBeNull();
  });
});

describe('the capacity cross-check', () => {
  it("the issue's own sentence: at 6 attempts each seller needs 41 attempts a week; each can make 25", () => {
    // 7.100.000 kr. at 100.000 kr.: 71 won; MQL 71 ÷ 0,1 = 710. Two sellers, 52 weeks: 104 seats.
    // 710 × 6 = 4.260 attempts; ⌈4.260 ÷ 104⌉ = ⌈40,96⌉ = 41. 25 × 104 = 2.600 < 4.260.
    // Most attempts that fit: ⌊2.600 ÷ 710⌋ = 3. Sellers needed: ⌈4.260 ÷ (52 × 25)⌉ = ⌈3,28⌉ = 4.
    const capacity = slaCapacity(goal({ target: 7_100_000, deal: 100_000, stages: ['lead', 'mql', 'won'], rates: { lead: 50, mql: 10 }, sellers: 2 }), { attempts: 6, attemptsPerSellerPerWeek: 25 });
    expect(capacity).toEqual({
      attempts: 6,
      sellers: 2,
      weeks: 52,
      mqls: 710,
      mqlsPerSellerPerWeek: 6.83, // 710 ÷ 104 = 6,826… up
      attemptsNeeded: 41,
      attemptsPerSeller: 25,
      fits: false,
      attemptsThatFit: 3,
      sellersNeeded: 4,
    });
  });

  it("compares attempts with the SLA's attempts a seller can make, never the goal's follow-ups for meetings", () => {
    // 284 × 6 = 1.704 attempts against 3 × 52 = 156 seats: 11 a seller → 1.716 ≥ 1.704 fits;
    // 10 a seller → 1.560 < 1.704 does not. The goal's own 10 follow-ups a week play no part.
    expect(slaCapacity(rounding, { attempts: 6, attemptsPerSellerPerWeek: 11 })?.fits).toBe(true);
    expect(slaCapacity({ ...rounding, capacity: { followUpsPerSellerPerWeek: 1 } }, { attempts: 6, attemptsPerSellerPerWeek: 11 })?.fits).toBe(true);
    const tight = slaCapacity({ ...rounding, capacity: { followUpsPerSellerPerWeek: 1_000 } }, { attempts: 6, attemptsPerSellerPerWeek: 10 })!;
    expect(tight.fits).toBe(false);
    // ⌊1.560 ÷ 284⌋ = 5; ⌈1.704 ÷ (52 × 10)⌉ = ⌈1.704 ÷ 520⌉ = ⌈3,28⌉ = 4.
    expect(tight.attemptsThatFit).toBe(5);
    expect(tight.sellersNeeded).toBe(4);
    expect(tight.attemptsNeeded).toBe(11); // ⌈1.704 ÷ 156⌉ = ⌈10,92⌉
  });

  it('the Nordvind sample fits: 2.287 MQLs × 6 attempts over 6 sellers and 52 weeks against 50 a seller', () => {
    // The sample's goal gives 2.287 MQLs a year and 6 sellers (see the cross-check-volumes test).
    // 2.287 × 6 = 13.722 attempts; 6 × 52 = 312 seats; ⌈13.722 ÷ 312⌉ = ⌈43,98⌉ = 44 a seller a week.
    // 50 × 312 = 15.600 ≥ 13.722: fits; ⌊15.600 ÷ 2.287⌋ = 6 attempts a lead fit; ⌈13.722 ÷ (52 × 50)⌉ = ⌈5,28⌉ = 6 sellers.
    const sample = goal({ target: 2_287_000, deal: 1_000, stages: ['mql', 'won'], rates: { mql: 100 }, sellers: 6 });
    expect(slaCapacity(sample, { attempts: 6, attemptsPerSellerPerWeek: 50 })).toMatchObject({ mqls: 2287, attemptsNeeded: 44, fits: true, attemptsThatFit: 6, sellersNeeded: 6 });
  });

  it('without the attempts a seller can make it reports the load and no verdict; without sellers nothing', () => {
    const unset = slaCapacity({ ...rounding, capacity: { followUpsPerSellerPerWeek: 10 } }, { attempts: 6 })!;
    expect(unset).toMatchObject({ attemptsNeeded: 11, attemptsPerSeller: null, fits: null, attemptsThatFit: null, sellersNeeded: null });
    expect(slaCapacity({ ...rounding, team: {} }, { attempts: 6, attemptsPerSellerPerWeek: 50 })).toBeNull();
    expect(slaCapacity(rounding, { attempts: 0, attemptsPerSellerPerWeek: 50 })).toBeNull();
  });

  it('for any goal: fits exactly when the promised attempts are at most the attempts that fit', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5_000 }),
        fc.integer({ min: 1, max: 100 }),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 1, max: 1_000 }),
        fc.option(fc.integer({ min: 1, max: 400 }), { nil: undefined }),
        (won, mqlRate, sellers, attempts, each, goalFollowUps) => {
          const input = goal({ target: won * 1_000, deal: 1_000, stages: ['mql', 'won'], rates: { mql: mqlRate }, sellers, ...(goalFollowUps !== undefined && { room: goalFollowUps }) });
          const capacity = slaCapacity(input, { attempts, attemptsPerSellerPerWeek: each })!;
          expect(capacity.fits).toBe(capacity.attemptsThatFit! >= attempts);
          // Attempts against attempts, in whole numbers: mqls × attempts ≤ each × sellers × weeks.
          const seats = sellers * 52;
          expect(capacity.fits).toBe(capacity.mqls * attempts <= each * seats);
          // The weekly need is the tight ceiling of mqls × attempts over the seats.
          expect(capacity.attemptsNeeded * seats).toBeGreaterThanOrEqual(capacity.mqls * attempts);
          expect((capacity.attemptsNeeded - 1) * seats).toBeLessThan(capacity.mqls * attempts);
        },
      ),
    );
  });

  it('for any goal: per-seller and per-week MQLs are the tightest whole numbers that cover the period', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), fc.integer({ min: 1, max: 60 }), fc.boolean(), (mqlTarget, sellers, quarter) => {
        const input = goal({ target: mqlTarget * 100, deal: 100, stages: ['mql', 'won'], rates: { mql: 100 }, sellers, ...(quarter && { quarter: 1 }) });
        const outcome = marketingCommitment(input);
        if (!outcome.ok) throw new Error('no commitment');
        const { period, weeks, months, perWeek, perSeller } = outcome.data;
        expect(period).toBe(mqlTarget);
        for (const [figure, over] of [
          [perWeek, weeks],
          [perSeller!.perWeek, sellers * weeks],
          [perSeller!.perMonth, sellers * months],
        ] as const) {
          expect(figure * over).toBeGreaterThanOrEqual(period);
          expect((figure - 1) * over).toBeLessThan(period);
        }
      }),
    );
  });
});

const measured = (id: string, kind: Commitment['kind'], overrides: Partial<Commitment> = {}): Commitment => ({
  id,
  kind,
  side: kind === 'mqlVolume' || kind === 'mqlQuality' ? 'marketing' : 'sales',
  text: '',
  measure: 'Hours from handover to first call',
  target: '95 % of MQLs',
  owner: { kind: 'participant', participantId: 'p-jens' },
  reportedIn: 'HubSpot SLA report',
  escalation: { to: { kind: 'role', role: 'CEO' }, after: { amount: 2, unit: 'workingDays' } },
  answers: [],
  ...overrides,
});

const complete: Sla = {
  sales: { acceptWithinWorkingHours: 8, firstContact: { amount: 1, unit: 'hours' }, attempts: 6, attemptDays: 14 },
  outcomes: [
    { id: 'connected', name: 'Connected', closing: false },
    { id: 'unqualified', name: 'Unqualified', closing: true },
  ],
  mqlQuality: '',
  commitments: (['mqlVolume', 'mqlQuality', 'accept', 'firstContact', 'attempts', 'outcome'] as const).map((kind) => measured(kind, kind)),
};
const people = [{ id: 'p-jens', name: 'Jens Holm' }];

describe('every commitment is measurable', () => {
  it('a complete SLA has no issues, and parses', () => {
    expect(validateSla(complete, people)).toEqual([]);
    expect(slaOf({ steps: { serviceLevel: complete } })).toEqual(complete);
    expect(slaOf({ steps: { serviceLevel: { ...complete, sales: null } } })).toBeNull();
  });

  it('measures, targets, owners, reports and escalations are required, and owners must be participants', () => {
    const sla: Sla = {
      ...complete,
      commitments: [
        ...complete.commitments.slice(0, 5),
        measured('outcome', 'outcome', { measure: ' ', target: '', owner: { kind: 'participant', participantId: 'p-gone' }, reportedIn: '' }),
        measured('custom-1', 'custom', { owner: { kind: 'role', role: '' }, escalation: { to: { kind: 'participant', participantId: '' }, after: { amount: 0, unit: 'days' } } }),
      ],
    };
    expect(validateSla(sla, people)).toEqual([
      { code: 'measure_missing', path: ['commitments', { id: 'outcome' }, 'measure'], params: {} },
      { code: 'target_missing', path: ['commitments', { id: 'outcome' }, 'target'], params: {} },
      { code: 'owner_unknown', path: ['commitments', { id: 'outcome' }, 'owner'], params: {} },
      { code: 'report_missing', path: ['commitments', { id: 'outcome' }, 'reportedIn'], params: {} },
      { code: 'text_missing', path: ['commitments', { id: 'custom-1' }, 'text'], params: {} },
      { code: 'owner_missing', path: ['commitments', { id: 'custom-1' }, 'owner'], params: {} },
      { code: 'escalation_missing', path: ['commitments', { id: 'custom-1' }, 'escalation', 'to'], params: {} },
      { code: 'escalation_time_missing', path: ['commitments', { id: 'custom-1' }, 'escalation', 'after'], params: {} },
    ]);
  });

  it('the built-in commitments and a closing outcome must be there', () => {
    const sla: Sla = { ...complete, outcomes: [{ id: 'new', name: '', closing: false }], commitments: complete.commitments.filter((c) => c.kind !== 'firstContact') };
    expect(validateSla(sla, people).map((issue) => [issue.code, issue.params])).toEqual([
      ['commitment_missing', { kind: 'firstContact' }],
      ['outcome_name_missing', {}],
      ['closing_outcome_missing', {}],
    ]);
    expect(validateSla({ ...complete, outcomes: [] }, people).map((issue) => issue.code)).toEqual(['outcomes_missing']);
  });

  it('names owners by participant or role', () => {
    expect(ownerLabel({ kind: 'participant', participantId: 'p-jens' }, people)).toBe('Jens Holm');
    expect(ownerLabel({ kind: 'participant', participantId: 'p-gone' }, people)).toBe('');
    expect(ownerLabel({ kind: 'role', role: ' Salgschef ' }, people)).toBe('Salgschef');
  });
});

describe('the evidence', () => {
  it('carries the published figures with their sources', () => {
    const [hbr, mit] = RESPONSE_TIME_EVIDENCE;
    expect(hbr).toMatchObject({ id: 'hbr-2011', publisher: 'Harvard Business Review', year: 2011, figures: { firms: 2241, withinHourPercent: 37, neverPercent: 23, meanHours: 42, qualifyVsHourLater: 7, qualifyVsDayLater: 60 } });
    expect(hbr!.authors).toBe('Oldroyd, McElheran, Elkington');
    expect(mit).toMatchObject({ id: 'mit-insidesales-2007', year: 2007, figures: { leads: 15000, earlyMinutes: 5, lateMinutes: 30, contactFactor: 100, qualifyFactor: 21 } });
  });

  it('puts a response time in the bracket the research speaks of', () => {
    expect(responseBand({ amount: 5, unit: 'minutes' })).toBe('fiveMinutes');
    expect(responseBand({ amount: 6, unit: 'minutes' })).toBe('thirtyMinutes');
    expect(responseBand({ amount: 1, unit: 'hours' })).toBe('hour');
    expect(responseBand({ amount: 1, unit: 'workingHours' })).toBe('hour');
    expect(responseBand({ amount: 61, unit: 'minutes' })).toBe('day');
    expect(responseBand({ amount: 24, unit: 'hours' })).toBe('day');
    expect(responseBand({ amount: 2, unit: 'workingDays' })).toBe('later');
    expect(durationMinutes({ amount: 2, unit: 'weeks' })).toBe(20_160); // 2 × 7 × 24 × 60
  });
});
