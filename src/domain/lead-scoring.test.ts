import { describe, expect, it } from 'vitest';
import { ratio } from './decimal';
import type { FunnelInput } from './funnel-schema';
import type { CalibrationLead, LeadDefinitions, ScoringModel, TemperatureBands } from './lead-schema';
import { leadDefinitionsSchema } from './lead-schema';
import { calibrate, goalCrossCheck, gridCell, isAtThreshold, percentDifference, scoreLead, scoreNumber, temperatureOf } from './lead-scoring';
import { validateLeadModel } from './lead-validation';

// --- A small model, worked by hand -----------------------------------------------------------------
//   Fit      "company" (cap 30): ind +20, size +15, comp −30
//            "role"    (no cap): engineer +15, student −20
//   Engagement "web"   (cap 25): demo +20, pricing +10, unsub −15
//            "events"  (no cap): webinar +5
//   Decay: −25 % after 30 days. MQL threshold 45. Grid: A ≥ 30, B ≥ 15; 1 ≥ 20, 2 ≥ 10.
//   Warm from 25, hot from 50.
const model: ScoringModel = {
  groups: [
    { id: 'company', side: 'fit', name: 'Company', cap: 30, criteria: [{ id: 'ind', label: 'Industry', points: 20 }, { id: 'size', label: 'Size', points: 15 }, { id: 'comp', label: 'Competitor', points: -30 }] },
    { id: 'role', side: 'fit', name: 'Role', cap: null, criteria: [{ id: 'engineer', label: 'Engineer', points: 15 }, { id: 'student', label: 'Student', points: -20 }] },
    { id: 'web', side: 'engagement', name: 'Web', cap: 25, criteria: [{ id: 'demo', label: 'Demo', points: 20 }, { id: 'pricing', label: 'Pricing', points: 10 }, { id: 'unsub', label: 'Unsubscribed', points: -15 }] },
    { id: 'events', side: 'engagement', name: 'Events', cap: null, criteria: [{ id: 'webinar', label: 'Webinar', points: 5 }] },
  ],
  decay: { afterDays: 30, percent: 25 },
  mqlThreshold: 45,
  thresholdWhy: '',
  grid: { fitA: 30, fitB: 15, engagement1: 20, engagement2: 10 },
};
const bands: TemperatureBands = { cold: { definition: '' }, warm: { definition: '', fromScore: 25 }, hot: { definition: '', fromScore: 50 } };
const total = (ids: string[], days = 0) => scoreNumber(scoreLead(model, ids, days).total);

describe('scoreLead', () => {
  it('caps a group at its cap: ind 20 + size 15 = 35, capped to 30', () => {
    const score = scoreLead(model, ['ind', 'size'], 0);
    expect(score.groups[0]).toEqual({ groupId: 'company', raw: 35, counted: 30, capped: true });
    expect(scoreNumber(score.fit)).toBe(30);
  });

  it('subtracts negative points inside a capped group from the group sum: 20 + 10 − 15 = 15 (under the cap 25)', () => {
    expect(total(['demo', 'pricing'])).toBe(25); // 30 capped to 25
    expect(total(['demo', 'pricing', 'unsub'])).toBe(15);
  });

  it('lets negative fit cancel positive fit: ind 20 − student 20 = 0; a competitor alone is −30', () => {
    expect(total(['ind', 'student'])).toBe(0);
    expect(total(['comp'])).toBe(-30);
  });

  it('decays engagement on day 30 exactly, not on day 29: 20 + (25 + 5) = 50, then 20 + 30 × 0,75 = 42,5', () => {
    const ids = ['ind', 'demo', 'pricing', 'webinar'];
    const day29 = scoreLead(model, ids, 29);
    const day30 = scoreLead(model, ids, 30);
    expect([day29.decayed, scoreNumber(day29.total)]).toEqual([false, 50]);
    expect([day30.decayed, scoreNumber(day30.engagement), scoreNumber(day30.total)]).toEqual([true, 22.5, 42.5]);
    expect(day30.total).toEqual(ratio(85n, 2n)); // exact, not a double
    expect(scoreNumber(scoreLead(model, ids, 365).total)).toBe(42.5); // decays once, not again
  });

  it('never decays fit, and decays nothing without a decay rule or at 0 %', () => {
    expect(total(['ind', 'size', 'engineer'], 400)).toBe(45);
    expect(scoreNumber(scoreLead({ ...model, decay: null }, ['demo'], 400).total)).toBe(20);
    expect(scoreNumber(scoreLead({ ...model, decay: { afterDays: 1, percent: 0 } }, ['demo'], 400).total)).toBe(20);
  });

  it('counts an id listed twice once, and ignores ids the model does not have', () => {
    expect(total(['ind', 'ind', 'gone'])).toBe(20);
  });
});

describe('the threshold, the grid and the temperature', () => {
  it('counts a score exactly on the threshold as an MQL: 30 (capped) + 15 = 45', () => {
    const score = scoreLead(model, ['ind', 'size', 'engineer'], 0);
    expect(isAtThreshold(score.total, 45)).toBe(true);
    expect(isAtThreshold(score.total, 46)).toBe(false);
    // fit 30 + engagement (demo 20 − unsub 15 + webinar 5 = 10) × 0,75 = 7,5 → 37,5: under 45
    expect(isAtThreshold(scoreLead(model, ['ind', 'size', 'demo', 'unsub', 'webinar'], 30).total, 45)).toBe(false);
  });

  it('places scores in the grid with both limits inclusive', () => {
    // fit 45 ≥ 30 → A; engagement 0 < 10 → 3
    expect(gridCell(model.grid, scoreLead(model, ['ind', 'size', 'engineer'], 0)).label).toBe('A3');
    // fit 15 = B's limit → B; engagement 20 = 1's limit → 1
    expect(gridCell(model.grid, scoreLead(model, ['size', 'demo'], 0)).label).toBe('B1');
    // fit 15 → B; engagement 10 = 2's limit → 2
    expect(gridCell(model.grid, scoreLead(model, ['engineer', 'pricing'], 0)).label).toBe('B2');
    // fit −20 → C; engagement 20 × 0,75 = 15 → 2 (decayed from 1)
    expect(gridCell(model.grid, scoreLead(model, ['student', 'demo'], 30))).toEqual({ fit: 'C', engagement: 2, label: 'C2' });
  });

  it('maps totals to cold, warm and hot at the band limits', () => {
    expect(temperatureOf(bands, ratio(24n))).toBe('cold');
    expect(temperatureOf(bands, ratio(25n))).toBe('warm');
    expect(temperatureOf(bands, ratio(99n, 2n))).toBe('warm'); // 49,5
    expect(temperatureOf(bands, ratio(50n))).toBe('hot');
  });
});

// --- Calibration -------------------------------------------------------------------------------------
//   L1 won   ind size engineer           fit 30 + 15 = 45, eng 0             = 45  MQL at 45 (A3)
//   L2 won   ind demo, 40 days           fit 20, eng 20 × 0,75 = 15          = 35  not    (B2)
//   L3 lost  size engineer demo pricing  fit 30, eng min(30, 25) = 25        = 55  MQL    (A1)
//   L4 lost  student webinar             fit −20, eng 5                      = −15 not    (C3)
//   L5 none  ind engineer webinar demo   fit 35, eng 20 + 5 = 25 (10 days)   = 60  MQL    (A1)
const lead = (id: string, criteria: string[], outcome: CalibrationLead['outcome'], days = 0): CalibrationLead => ({ id, name: id, company: '', criteria, daysSinceActivity: days, outcome });
const leads = [
  lead('L1', ['ind', 'size', 'engineer'], 'won'),
  lead('L2', ['ind', 'demo'], 'won', 40),
  lead('L3', ['size', 'engineer', 'demo', 'pricing'], 'lost'),
  lead('L4', ['student', 'webinar'], 'lost'),
  lead('L5', ['ind', 'engineer', 'webinar', 'demo'], 'no-decision', 10),
];

describe('calibrate', () => {
  it('counts, at 45 points, 1 of the 2 won leads and 1 of the 2 lost ones as MQLs', () => {
    const c = calibrate(model, bands, leads);
    expect(c.threshold).toBe(45);
    expect(c.byOutcome).toEqual({ won: { total: 2, mql: 1 }, lost: { total: 2, mql: 1 }, 'no-decision': { total: 1, mql: 1 } });
    expect(c.mqls).toBe(3);
    expect(c.mqlShare).toEqual(ratio(3n, 5n));
    expect(c.misjudged.map((m) => [m.lead.id, m.kind])).toEqual([['L2', 'won-below'], ['L3', 'lost-above']]);
    expect(c.leads.map((s) => [s.cell.label, s.temperature])).toEqual([['A3', 'warm'], ['B2', 'warm'], ['A1', 'hot'], ['C3', 'cold'], ['A1', 'hot']]);
  });

  it('fills the grid per outcome', () => {
    const c = calibrate(model, bands, leads);
    expect(c.grid['A1']).toEqual({ won: 0, lost: 1, 'no-decision': 1 });
    expect(c.grid['A3']).toEqual({ won: 1, lost: 0, 'no-decision': 0 });
    expect(c.grid['B2']).toEqual({ won: 1, lost: 0, 'no-decision': 0 });
    expect(c.grid['C3']).toEqual({ won: 0, lost: 1, 'no-decision': 0 });
    expect(Object.values(c.grid).reduce((sum, cell) => sum + cell.won + cell.lost + cell['no-decision'], 0)).toBe(5);
  });

  it('moves with the threshold: at 35 both won leads pass (L2 exactly on it); at 56 only L5 (60)', () => {
    expect(calibrate(model, bands, leads, 35).byOutcome.won).toEqual({ total: 2, mql: 2 });
    const high = calibrate(model, bands, leads, 56);
    expect([high.mqls, high.byOutcome.lost.mql, high.misjudged.length]).toEqual([1, 0, 2]);
  });

  it('answers a share of 0 with no leads', () => {
    expect(calibrate(model, bands, []).mqlShare).toEqual(ratio(0n));
  });
});

// --- Cross-check with the shared goal -------------------------------------------------------------
//   One sales type, 100.000 at 1.000 a deal = 100 won; Lead →50 %→ MQL →50 %→ Won:
//   MQL = 100 ÷ 0,5 = 200, Lead = 200 ÷ 0,5 = 400. With a 10 % tolerance, 180–220 MQLs pass.
const goal: FunnelInput = {
  targetAmount: 100_000,
  period: { kind: 'year', year: 2027 },
  stages: [{ id: 'lead', name: 'Lead' }, { id: 'mql', name: 'MQL' }, { id: 'won', name: 'Won' }],
  salesTypes: [{ id: 'only', name: 'Only', share: { kind: 'percent', percent: 100 }, averageDealSize: 1_000, salesCycleMonths: 0, conversionRates: { lead: 50, mql: 50 } }],
  team: {},
};

describe('goalCrossCheck', () => {
  it('passes both ends of the tolerance: 9/20 × 400 = 180 and 11/20 × 400 = 220 for 200 needed', () => {
    const low = goalCrossCheck(ratio(9n, 20n), 20, goal, 10);
    expect(low).toMatchObject({ status: 'ok', planLeads: 400, needed: 200, givenNumber: 180, differencePercent: -10 });
    expect(goalCrossCheck(ratio(11n, 20n), 20, goal, 10)).toMatchObject({ status: 'ok', givenNumber: 220, differencePercent: 10 });
  });

  it('warns outside it: 160 is too few, 240 too many; 180 is too few at 9 %', () => {
    expect(goalCrossCheck(ratio(8n, 20n), 20, goal, 10).status).toBe('too-few');
    expect(goalCrossCheck(ratio(12n, 20n), 20, goal, 10).status).toBe('too-many');
    expect(goalCrossCheck(ratio(9n, 20n), 20, goal, 9).status).toBe('too-few');
  });

  it('reads the Nordvind plan: 9 of 30 × 7.695 leads = 2.308,5 MQLs beside 2.287 needed (+0,94 % → 1,0)', () => {
    const rates = (lead: number, mql: number, sql: number, meeting: number, proposal: number) => ({ lead, mql, sql, meeting, proposal });
    const nordvind: FunnelInput = {
      targetAmount: 12_000_000,
      period: { kind: 'year', year: 2027 },
      stages: ['lead', 'mql', 'sql', 'meeting', 'proposal', 'won'].map((id) => ({ id, name: id })),
      salesTypes: [
        { id: 'n', name: 'N', share: { kind: 'amount', amount: 6_600_000 }, averageDealSize: 120_000, salesCycleMonths: 4, conversionRates: rates(25, 40, 60, 50, 30) },
        { id: 'e', name: 'E', share: { kind: 'amount', amount: 4_350_000 }, averageDealSize: 40_000, salesCycleMonths: 2, conversionRates: rates(50, 60, 80, 70, 50) },
        { id: 's', name: 'S', share: { kind: 'amount', amount: 1_050_000 }, averageDealSize: 50_000, salesCycleMonths: 1, conversionRates: rates(40, 50, 75, 80, 70) },
      ],
      team: {},
    };
    const check = goalCrossCheck(ratio(9n, 30n), 30, nordvind, 10);
    expect(check).toMatchObject({ status: 'ok', planLeads: 7695, needed: 2287, givenNumber: 2308.5, differencePercent: 1 });
    expect(goalCrossCheck(ratio(9n, 30n), 30, nordvind, 0).status).toBe('too-many');
  });

  it('says why there is no check', () => {
    expect(goalCrossCheck(ratio(1n, 2n), 2, null, 10).status).toBe('no-goal');
    expect(goalCrossCheck(ratio(1n, 2n), 2, { ...goal, targetAmount: -1 }, 10).status).toBe('goal-invalid');
    expect(goalCrossCheck(ratio(0n), 0, goal, 10).status).toBe('no-leads');
  });

  it('measures a difference in percent of the need, or null for a need of 0', () => {
    expect(percentDifference(ratio(90n), ratio(100n))).toEqual(ratio(-10n));
    expect(percentDifference(ratio(1n), ratio(0n))).toBeNull();
  });
});

describe('validateLeadModel', () => {
  const slice: LeadDefinitions = leadDefinitionsSchema.parse({
    stages: [{ id: 'lead', name: 'Lead', entryCriteria: '', owner: { kind: 'team', team: 'marketing' }, maxDays: null }],
    mqlStageId: 'mql',
    temperature: { cold: { definition: '' }, warm: { definition: '', fromScore: 40 }, hot: { definition: '', fromScore: 30 } },
    scoring: { ...model, grid: { fitA: 10, fitB: 20, engagement1: 5, engagement2: 6 }, groups: [{ ...model.groups[0]!, cap: -1 }, { ...model.groups[1]!, id: 'company' }] },
    handoverRules: '',
    rejectionReasons: [],
    recycle: { afterDays: 90, owner: { kind: 'team', team: 'marketing' }, note: '' },
    calibrationLeads: [lead('x', ['ind', 'nope'], 'won')],
    crossCheck: { tolerancePercent: 10 },
    problemLinks: [],
  });

  it('names every rule between fields that is broken', () => {
    expect(validateLeadModel(slice).map((issue) => issue.code).sort()).toEqual(
      ['duplicate_id', 'engagement_2_above_1', 'fit_b_above_a', 'hot_below_warm', 'negative_cap', 'unknown_criterion', 'unknown_mql_stage'].sort(),
    );
  });

  it('finds nothing in a sound model', () => {
    const sound = { ...slice, mqlStageId: 'lead', temperature: bands, scoring: model, calibrationLeads: leads };
    expect(validateLeadModel(sound)).toEqual([]);
  });
});
