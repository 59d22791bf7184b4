import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sampleSteps } from '../steps';
import { crossCheckInputsOf } from './cross-check-inputs';
import { followUpCapacityInput, mqlThresholdInput, slaVolumesInput } from './cross-check-volumes';
import { checkFollowUpCapacity, checkMqlThreshold, checkSlaVolumes } from './cross-checks';
import { ratio } from './decimal';
import type { FunnelInput } from './funnel-schema';
import { leadDefinitionsSchema, type LeadDefinitions } from './lead-schema';
import { slaCapacity } from './sla';
import { slaSchema, type Sla } from './sla-schema';
import { workshopOf } from './workshop';

const ALL = ['sharedGoal', 'leadDefinitions', 'serviceLevel'];

/**
 * A year's goal of 1,500,000 in two sales types, worked back by hand (rounded up at each stage):
 * - New business: 1,200,000 ÷ 100,000 = 12 won; 12 ÷ 25 % = 48 MQLs; 48 ÷ 40 % = 120 leads.
 * - Service: 300,000 ÷ 50,000 = 6 won; 6 ÷ 30 % = 20 MQLs; 20 ÷ 50 % = 40 leads.
 * Total: 160 leads and 68 MQLs in the year (12 months, 52 weeks), 2 sellers.
 */
function goal(overrides: Partial<FunnelInput> = {}): FunnelInput {
  return {
    targetAmount: 1_500_000,
    period: { kind: 'year', year: 2027 },
    stages: [
      { id: 'lead', name: 'Lead' },
      { id: 'mql', name: 'MQL' },
      { id: 'won', name: 'Won' },
    ],
    salesTypes: [
      { id: 'new', name: 'New business', share: { kind: 'amount', amount: 1_200_000 }, averageDealSize: 100_000, salesCycleMonths: 3, conversionRates: { lead: 40, mql: 25 } },
      { id: 'service', name: 'Service', share: { kind: 'amount', amount: 300_000 }, averageDealSize: 50_000, salesCycleMonths: 1, conversionRates: { lead: 50, mql: 30 } },
    ],
    team: { sellers: 2 },
    capacity: { followUpsPerSellerPerWeek: 3 },
    ...overrides,
  };
}

/** A fit-only model: industry 30 + size 20; the MQL threshold 45, so only a lead with both is an MQL. */
function leads(sample: { both: number; one: number }, tolerancePercent = 10, mqlThreshold = 45): LeadDefinitions {
  const lead = (id: string, criteria: string[]) => ({ id, name: id, company: '', criteria, daysSinceActivity: 0, outcome: 'won' as const });
  return leadDefinitionsSchema.parse({
    stages: [],
    mqlStageId: null,
    temperature: { cold: { definition: '' }, warm: { definition: '', fromScore: 20 }, hot: { definition: '', fromScore: 45 } },
    scoring: {
      groups: [
        {
          id: 'fit',
          side: 'fit',
          name: 'Fit',
          cap: null,
          criteria: [
            { id: 'industry', label: 'Industry', points: 30 },
            { id: 'size', label: 'Size', points: 20 },
          ],
        },
      ],
      decay: null,
      mqlThreshold,
      thresholdWhy: '',
      grid: { fitA: 40, fitB: 20, engagement1: 30, engagement2: 10 },
    },
    handoverRules: '',
    rejectionReasons: [],
    recycle: { afterDays: 30, owner: { kind: 'team', team: 'marketing' }, note: '' },
    calibrationLeads: [
      ...Array.from({ length: sample.both }, (_, i) => lead(`both-${i}`, ['industry', 'size'])),
      ...Array.from({ length: sample.one }, (_, i) => lead(`one-${i}`, [i % 2 === 0 ? 'industry' : 'size'])),
    ],
    crossCheck: { tolerancePercent },
    problemLinks: [],
  });
}

const owner = { kind: 'participant' as const, participantId: 'p-sofie' };
const volumeCommitment = { id: 'mql-volume', kind: 'mqlVolume', side: 'marketing', text: '', measure: 'MQLs handed over', target: 'The goal’s MQLs', owner, reportedIn: 'CRM', escalation: { to: owner, after: { amount: 1, unit: 'months' } }, answers: [] };

/** An SLA of `attempts` a lead whose sellers can make `each` attempts a week (unset when null). */
function sla(attempts = 6, withVolume = true, each: number | null = 3): Sla {
  return slaSchema.parse({
    sales: { acceptWithinWorkingHours: 8, firstContact: { amount: 1, unit: 'hours' }, attempts, attemptDays: 14, ...(each !== null && { attemptsPerSellerPerWeek: each }) },
    outcomes: [],
    mqlQuality: '',
    commitments: withVolume ? [volumeCommitment] : [],
  });
}

describe('the MQLs the goal needs vs the MQLs the threshold gives, from the slices', () => {
  it('takes the goal’s leads for its year × the share of sample leads at or over the threshold, exactly', () => {
    // 3 of 8 sample leads score 30 + 20 = 50 ≥ 45. 3/8 × 160 leads = 60 MQLs; the goal needs 68.
    const input = mqlThresholdInput(goal(), leads({ both: 3, one: 5 }));
    expect(input).toMatchObject({ mqlsNeeded: 68, mqlsFromThreshold: ratio(60n), tolerancePercent: 10 });
    expect(input.basis).toEqual({ threshold: 45, atThreshold: 3, sampleSize: 8, planLeads: 160, months: 12 });
    // ±10 % of 68 is 61.2 to 74.8: 60 is too few, by 68 − 60 = 8.
    const check = checkMqlThreshold(input, ALL);
    expect(check).toMatchObject({ status: 'failing', key: 'checks.mqlThreshold.tooFew', params: { needed: 68, given: 60, tolerance: 10, difference: 8 } });
    expect(check.findings[0]).toMatchObject({ key: 'checks.mqlThreshold.basis', params: { atThreshold: 3, sampleSize: 8, planLeads: 160, given: 60 } });
    // The room's own tolerance: ±15 % of 68 is 57.8 to 78.2, and 60 is in.
    expect(checkMqlThreshold(mqlThresholdInput(goal(), leads({ both: 3, one: 5 }, 15)), ALL).status).toBe('ok');
  });

  it('keeps a fraction of an MQL exact', () => {
    // 3 of 7: 3/7 × 160 = 480/7 = 68.571428…, shown as 68.57; 0.571428… above the need, shown 0.58.
    const input = mqlThresholdInput(goal(), leads({ both: 3, one: 4 }));
    expect(input.mqlsFromThreshold).toEqual(ratio(480n, 7n));
    expect(checkMqlThreshold(input, ALL)).toMatchObject({ status: 'ok', params: { given: 68.57, difference: 0.58 } });
    // 9 of 25 × 160 = 57.6, under 68 × (1 − 15 %) = 57.8: too few even at 15 %.
    expect(checkMqlThreshold(mqlThresholdInput(goal(), leads({ both: 9, one: 16 }, 15)), ALL).key).toBe('checks.mqlThreshold.tooFew');
  });

  it('passes exactly on the edge of the tolerance', () => {
    // 17 of 40 × 160 = 68 × 1 = 68; with a 0 % tolerance only exactly 68 passes.
    expect(checkMqlThreshold(mqlThresholdInput(goal(), leads({ both: 17, one: 23 }, 0)), ALL).status).toBe('ok');
    // 17 of 41 × 160 = 2720/41 = 66.34…: below 68 × (1 − 2 %) = 66.64, so too few at 2 %, in at 3 % (65.96).
    expect(checkMqlThreshold(mqlThresholdInput(goal(), leads({ both: 17, one: 24 }, 2)), ALL).status).toBe('failing');
    expect(checkMqlThreshold(mqlThresholdInput(goal(), leads({ both: 17, one: 24 }, 3)), ALL).status).toBe('ok');
  });

  it('waits, saying for what: no lead definitions, no goal that works back, no sample leads', () => {
    const key = (input: ReturnType<typeof mqlThresholdInput>) => checkMqlThreshold(input, ALL).key;
    expect(key(mqlThresholdInput(goal(), null))).toBe('checks.mqlThreshold.waitingFor.leadDefinitions');
    expect(key(mqlThresholdInput(null, leads({ both: 1, one: 1 })))).toBe('checks.mqlThreshold.waitingFor.goal');
    expect(key(mqlThresholdInput(goal({ targetAmount: -1 }), leads({ both: 1, one: 1 })))).toBe('checks.mqlThreshold.waitingFor.goal');
    expect(key(mqlThresholdInput(goal(), leads({ both: 0, one: 0 })))).toBe('checks.mqlThreshold.waitingFor.sampleLeads');
  });

  it('gives the goal’s leads × the sample’s share, and never more MQLs for a higher threshold', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 40 }), fc.integer({ min: 1, max: 60 }), (both, one, threshold) => {
        fc.pre(both + one > 0);
        const low = mqlThresholdInput(goal(), leads({ both, one }, 10, threshold));
        const high = mqlThresholdInput(goal(), leads({ both, one }, 10, threshold + 10));
        const at = low.basis!.atThreshold;
        // given × sample size = plan's leads × leads at the threshold, as whole numbers.
        const given = low.mqlsFromThreshold as { n: bigint; d: bigint };
        expect(given.n * BigInt(both + one)).toBe(160n * BigInt(at) * given.d);
        expect(high.basis!.atThreshold).toBeLessThanOrEqual(at);
      }),
    );
  });
});

describe('the SLA’s volumes vs the goal’s, from the slices', () => {
  it('compares the MQLs a month in total, per sales type and per seller, and lists them when equal', () => {
    // Busiest month: New business ⌈48 ÷ 12⌉ = 4, Service ⌈20 ÷ 12⌉ = 2, total 4 + 2 = 6;
    // per seller ⌈68 ÷ (2 × 12)⌉ = ⌈2.83⌉ = 3.
    const input = slaVolumesInput(goal(), sla());
    expect(input.volumes.map((v) => [v.id, v.measure, v.sla, v.goal])).toEqual([
      ['total', 'total', 6, 6],
      ['new', 'salesType', 4, 4],
      ['service', 'salesType', 2, 2],
      ['perSeller', 'perSeller', 3, 3],
    ]);
    const check = checkSlaVolumes(input, ALL);
    expect(check).toMatchObject({ status: 'ok', params: { count: 4 } });
    expect(check.findings.map((f) => [f.key, f.params['label'], f.params['sla']])).toEqual([
      ['checks.slaVolumes.same', 'MQL', 6],
      ['checks.slaVolumes.same', 'New business', 4],
      ['checks.slaVolumes.same', 'Service', 2],
      ['checks.slaVolumes.same', 'MQL', 3],
    ]);
  });

  it('fails when the SLA has dropped marketing’s volume commitment: it promises no number', () => {
    const check = checkSlaVolumes(slaVolumesInput(goal(), sla(6, false)), ALL);
    expect(check).toMatchObject({ status: 'failing', params: { count: 4 } });
    expect(check.findings.map((f) => [f.key, f.params['goal']])).toEqual([
      ['checks.slaVolumes.unset', 6],
      ['checks.slaVolumes.unset', 4],
      ['checks.slaVolumes.unset', 2],
      ['checks.slaVolumes.unset', 3],
    ]);
  });

  it('names a figure that differs, with its measure', () => {
    // The comparison itself, with figures that differ (as a drifted derivation would give): 5 − 6 = −1.
    const check = checkSlaVolumes({ volumes: [{ id: 'total', label: 'MQL', measure: 'total', sla: 5, goal: 6 }] }, ALL);
    expect(check.findings).toEqual([
      { key: 'checks.slaVolumes.differs', params: { label: 'MQL', measure: 'total', sla: 5, goal: 6, difference: -1 }, place: { stepId: 'serviceLevel', field: 'volumes', itemId: 'total' } },
    ]);
  });

  it('waits for the SLA, a goal that works back, an MQL stage', () => {
    expect(slaVolumesInput(goal(), null)).toEqual({ volumes: [], waitingFor: 'sla' });
    expect(slaVolumesInput(null, sla())).toEqual({ volumes: [], waitingFor: 'goal' });
    expect(slaVolumesInput(goal({ targetAmount: -1 }), sla())).toEqual({ volumes: [], waitingFor: 'goal' });
    expect(slaVolumesInput(goal({ stages: [{ id: 'lead', name: 'Lead' }, { id: 'won', name: 'Won' }] }), sla())).toEqual({ volumes: [], waitingFor: 'mqlStage' });
    expect(checkSlaVolumes(slaVolumesInput(goal(), null), ALL).key).toBe('checks.slaVolumes.waitingFor.sla');
  });

  it('agrees for any goal with a volume commitment, and has every figure unset without one', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 50_000_000 }), fc.integer({ min: 1, max: 100 }), fc.integer({ min: 1, max: 30 }), (target, rate, sellers) => {
        const g = goal({ targetAmount: target, salesTypes: [{ ...goal().salesTypes[0]!, share: { kind: 'percent', percent: 100 }, conversionRates: { lead: rate, mql: 25 } }], team: { sellers } });
        expect(checkSlaVolumes(slaVolumesInput(g, sla()), ALL).status).toBe('ok');
        expect(checkSlaVolumes(slaVolumesInput(g, sla(6, false)), ALL).findings.every((f) => f.key === 'checks.slaVolumes.unset')).toBe(true);
      }),
    );
  });
});

describe('the attempts the SLA asks for vs the attempts the sellers can make, from the slices', () => {
  it('takes the MQLs a week exactly, multiplies by the SLA’s attempts, and compares with sellers × the SLA’s attempts a seller', () => {
    // 68 MQLs ÷ 52 weeks = 17/13 a week (1.3077, shown 1.31); × 6 attempts = 102/13 = 7.85 attempts,
    // shown as ⌈7.85⌉ = 8. The sellers: 2 × 3 attempts each = 6. Short: sellers needed
    // ⌈(102/13) ÷ 3⌉ = ⌈2.62⌉ = 3; attempts that fit ⌊6 ÷ (17/13)⌋ = ⌊4.59⌋ = 4.
    const input = followUpCapacityInput(goal(), sla(6, true, 3));
    expect(input).toEqual({ sellers: 2, attemptsPerSellerPerWeek: 3, leadsPerWeek: ratio(17n, 13n), attemptsPerLead: 6 });
    const check = checkFollowUpCapacity(input, ALL);
    expect(check).toMatchObject({
      status: 'failing',
      params: { needed: 8, capacity: 6, sellers: 2, perSeller: 3, leadsPerWeek: 1.31, attemptsPerLead: 6, sellersNeeded: 3, attemptsPossible: 4 },
      fix: { key: 'checks.followUpCapacity.fix' },
    });
    // 4 attempts a seller a week: 2 × 4 = 8 ≥ 7.85, it fits.
    expect(checkFollowUpCapacity(followUpCapacityInput(goal(), sla(6, true, 4)), ALL).status).toBe('ok');
  });

  it('never reads the goal’s follow-ups a week (sized for meetings): only the SLA’s attempts a seller', () => {
    // The goal's 1,000 follow-ups a seller would make 7.85 look easy; the SLA's 3 a seller do not.
    expect(checkFollowUpCapacity(followUpCapacityInput(goal({ capacity: { followUpsPerSellerPerWeek: 1_000 } }), sla(6, true, 3)), ALL).status).toBe('failing');
    // And a goal without any capacity still checks, on the SLA's figure: 2 × 4 = 8 ≥ 7.85.
    expect(checkFollowUpCapacity(followUpCapacityInput(goal({ capacity: undefined }), sla(6, true, 4)), ALL).status).toBe('ok');
  });

  it('compares exactly at the edge, and says so when not even one attempt fits', () => {
    // 13 attempts: 17/13 × 13 = 17 attempts a week; 2 sellers × 9 = 18 fits; 2 × 8 = 16 does not.
    expect(checkFollowUpCapacity(followUpCapacityInput(goal(), sla(13, true, 9)), ALL).status).toBe('ok');
    expect(checkFollowUpCapacity(followUpCapacityInput(goal(), sla(13, true, 8)), ALL).status).toBe('failing');
    // 26 attempts: 17/13 × 26 = 34 exactly; 2 × 17 = 34 fits (equal is enough).
    expect(checkFollowUpCapacity(followUpCapacityInput(goal(), sla(26, true, 17)), ALL).status).toBe('ok');
    // With one seller of 1 attempt a week: 1 < 17/13 even at one attempt (⌊1 ÷ 17/13⌋ = 0);
    // sellers needed ⌈(17/13) ÷ 1⌉ = 2.
    const none = checkFollowUpCapacity(followUpCapacityInput(goal({ team: { sellers: 1 } }), sla(1, true, 1)), ALL);
    expect(none).toMatchObject({ status: 'failing', params: { attemptsPossible: 0, sellersNeeded: 2 }, fix: { key: 'checks.followUpCapacity.fixNoAttempt' } });
  });

  it('waits for the SLA, the goal, its sellers and the attempts a seller can make, and says which', () => {
    const waiting = (g: FunnelInput | null, s: Sla | null) => followUpCapacityInput(g, s).waitingFor;
    expect(waiting(goal(), null)).toBe('sla');
    expect(waiting(null, sla())).toBe('goal');
    expect(waiting(goal({ team: {} }), sla())).toBe('sellers');
    expect(waiting(goal(), sla(6, true, null))).toBe('attemptsPerSeller');
    const unset = checkFollowUpCapacity(followUpCapacityInput(goal(), sla(6, true, null)), ALL);
    expect(unset).toMatchObject({ status: 'skipped', key: 'checks.followUpCapacity.waitingFor.attemptsPerSeller' });
  });

  it('always agrees with the SLA step’s own capacity check', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20_000_000 }),
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 1, max: 1_000 }),
        fc.integer({ min: 1, max: 20 }),
        fc.option(fc.integer({ min: 1, max: 400 }), { nil: undefined }),
        (target, sellers, each, attempts, goalFollowUps) => {
          const g = goal({
            targetAmount: target,
            salesTypes: [{ ...goal().salesTypes[0]!, share: { kind: 'percent', percent: 100 } }],
            team: { sellers },
            capacity: goalFollowUps === undefined ? undefined : { followUpsPerSellerPerWeek: goalFollowUps },
          });
          const terms = sla(attempts, true, each);
          const check = checkFollowUpCapacity(followUpCapacityInput(g, terms), ALL);
          expect(check.status).toBe(slaCapacity(g, terms.sales)!.fits ? 'ok' : 'failing');
        },
      ),
    );
  });
});

describe('the volume checks on the Nordvind sample', () => {
  it.each(['da', 'en'] as const)('run in %s and give what the room would recognise', (language) => {
    const workspace = { steps: sampleSteps(language) as Record<string, unknown> };
    const workshop = workshopOf(workspace);
    const agenda = workshop.agenda.flatMap((item) => (item.kind === 'step' && item.enabled ? [item.stepId] : []));
    const inputs = crossCheckInputsOf(workspace, workshop.participants);
    const [mql, volumes, capacity] = [checkMqlThreshold(inputs.mqlThreshold!, agenda), checkSlaVolumes(inputs.slaVolumes!, agenda), checkFollowUpCapacity(inputs.followUpCapacity!, agenda)];
    // 9 of the 30 sample leads reach 45 points: 9/30 × 7,695 leads = 2,308.5 MQLs a year, 0.9 %
    // above the 2,287 the goal needs, inside the room's 10 %.
    expect(mql).toMatchObject({ status: 'ok', params: { needed: 2287, given: 2308.5, difference: 21.5, tolerance: 10 } });
    // The SLA takes its MQLs live from the goal: 192 a month (128 + 55 + 9), 32 per seller.
    expect(volumes.status).toBe('ok');
    expect(volumes.findings.map((f) => f.params['sla'])).toEqual([192, 128, 55, 9, 32]);
    // 2,287 MQLs ÷ 52 weeks × 6 attempts = 13,722/52 = 263.9 attempts a week (shown ⌈263.9⌉ = 264);
    // 6 sellers who can make 50 each make 300, 36 to spare. Sellers needed ⌈263.9 ÷ 50⌉ = ⌈5.28⌉ = 6;
    // attempts that fit ⌊300 ÷ (2,287/52)⌋ = ⌊15,600 ÷ 2,287⌋ = ⌊6.82⌋ = 6. The SLA step says the
    // same ("each seller needs to make 44 contact attempts a week; each can make 50").
    expect(capacity).toMatchObject({ status: 'ok', params: { needed: 264, capacity: 300, perSeller: 50, sellersNeeded: 6, attemptsPossible: 6 } });
  });
});
