import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkFirstReview,
  checkFollowUpCapacity,
  checkLeadReviewAttendance,
  checkMqlThreshold,
  checkOwners,
  checkRaciAccountable,
  checkSlaVolumes,
  CROSS_CHECK_IDS,
  runCrossChecks,
  type CrossCheckInputs,
} from './cross-checks';

/** Every step of the workshop on the agenda. */
const ALL = ['setup', 'currentState', 'sharedGoal', 'responsibilities', 'leadDefinitions', 'serviceLevel', 'feedbackCadence', 'attribution', 'actionsSignOff'];
const without = (...ids: string[]) => ALL.filter((id) => !ids.includes(id));

const PEOPLE = [
  { id: 'p-mette', team: 'leadership' },
  { id: 'p-jens', team: 'sales' },
  { id: 'p-rasmus', team: 'sales' },
  { id: 'p-sofie', team: 'marketing' },
];
const IDS = PEOPLE.map((p) => p.id);

describe('the MQLs the goal needs vs the MQLs the threshold gives', () => {
  // Need 100 a month, tolerance 10 %: the band is 100 × 0.9 = 90 to 100 × 1.1 = 110, both ends in.
  it.each([
    [90, 'ok'],
    [110, 'ok'],
    [100, 'ok'],
    [89, 'checks.mqlThreshold.tooFew'],
    [111, 'checks.mqlThreshold.tooMany'],
  ])('gives %d MQLs for a need of 100 (±10 %%): %s', (given, expected) => {
    const check = checkMqlThreshold({ mqlsNeeded: 100, mqlsFromThreshold: given, tolerancePercent: 10 }, ALL);
    if (expected === 'ok') expect(check).toMatchObject({ status: 'ok', key: 'checks.mqlThreshold.ok' });
    else expect(check).toMatchObject({ status: 'failing', key: expected, place: { stepId: 'leadDefinitions', field: 'threshold' } });
  });

  it('compares the band exactly at a fractional edge', () => {
    // A need of 7 with 15 % tolerance: the band's top is 7 × 1.15 = 8.05 exactly (in doubles
    // 7 * 1.15 is 8.049999999999999, which would fail 8.05), so 8.05 passes and 8.06 fails.
    // The bottom: 7 × 0.85 = 5.95, so 5.95 passes and 5.94 fails.
    expect(checkMqlThreshold({ mqlsNeeded: 7, mqlsFromThreshold: 8.05, tolerancePercent: 15 }, ALL).status).toBe('ok');
    expect(checkMqlThreshold({ mqlsNeeded: 7, mqlsFromThreshold: 8.06, tolerancePercent: 15 }, ALL).status).toBe('failing');
    expect(checkMqlThreshold({ mqlsNeeded: 7, mqlsFromThreshold: 5.95, tolerancePercent: 15 }, ALL).status).toBe('ok');
    expect(checkMqlThreshold({ mqlsNeeded: 7, mqlsFromThreshold: 5.94, tolerancePercent: 15 }, ALL).status).toBe('failing');
  });

  it('says how far apart and how to fix it', () => {
    const check = checkMqlThreshold({ mqlsNeeded: 120, mqlsFromThreshold: 80, tolerancePercent: 10 }, ALL);
    expect(check.params).toEqual({ needed: 120, given: 80, tolerance: 10, difference: 40 });
    expect(check.fix?.key).toBe('checks.mqlThreshold.fixTooFew');
  });

  it('is skipped when the lead definitions are not on the agenda, or the numbers are not there yet', () => {
    const skipped = checkMqlThreshold({ mqlsNeeded: 100, mqlsFromThreshold: 10, tolerancePercent: 10 }, without('leadDefinitions'));
    expect(skipped).toMatchObject({ status: 'skipped', key: 'checks.skipped.notInAgenda', missingSteps: ['leadDefinitions'] });
    expect(checkMqlThreshold({ mqlsNeeded: 100, mqlsFromThreshold: null, tolerancePercent: 10 }, ALL)).toMatchObject({ status: 'skipped', key: 'checks.mqlThreshold.missing' });
  });

  it('passes whatever the tolerance when the threshold gives exactly the need', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 0, max: 100 }), (need, tolerance) => {
        expect(checkMqlThreshold({ mqlsNeeded: need, mqlsFromThreshold: need, tolerancePercent: tolerance }, ALL).status).toBe('ok');
      }),
    );
  });
});

describe("the SLA's volumes equal the goal's", () => {
  it('passes when each volume is the same and names each that is not', () => {
    const ok = checkSlaVolumes({ volumes: [{ id: 'new', label: 'New business', sla: 46, goal: 46 }] }, ALL);
    expect(ok).toMatchObject({ status: 'ok', params: { count: 1 } });
    const failing = checkSlaVolumes(
      {
        volumes: [
          { id: 'new', label: 'New business', sla: 40, goal: 46 },
          { id: 'existing', label: 'Existing customers', sla: 30, goal: 30 },
          { id: 'service', label: 'Service', sla: null, goal: 5 },
        ],
      },
      ALL,
    );
    expect(failing.status).toBe('failing');
    // 40 − 46 = −6: the SLA promises six fewer than the goal needs.
    expect(failing.findings).toEqual([
      { key: 'checks.slaVolumes.differs', params: { label: 'New business', sla: 40, goal: 46, difference: -6 }, place: { stepId: 'serviceLevel', field: 'volumes', itemId: 'new' } },
      { key: 'checks.slaVolumes.unset', params: { label: 'Service', goal: 5 }, place: { stepId: 'serviceLevel', field: 'volumes', itemId: 'service' } },
    ]);
  });

  it('is skipped without the SLA on the agenda or without volumes', () => {
    expect(checkSlaVolumes({ volumes: [] }, ALL).key).toBe('checks.slaVolumes.missing');
    expect(checkSlaVolumes({ volumes: [] }, without('serviceLevel', 'sharedGoal')).missingSteps).toEqual(['sharedGoal', 'serviceLevel']);
  });
});

describe("the attempts the SLA asks for vs the attempts the sellers can make", () => {
  it('fails when the attempts outrun the sellers, with the sellers needed', () => {
    // 12 leads a week × 6 attempts = 72 attempts; 3 sellers × 20 = 60: short by 12.
    // Sellers needed: ⌈72 ÷ 20⌉ = ⌈3.6⌉ = 4. Attempts the sellers can keep: ⌊60 ÷ 12⌋ = 5.
    const check = checkFollowUpCapacity({ sellers: 3, attemptsPerSellerPerWeek: 20, leadsPerWeek: 12, attemptsPerLead: 6 }, ALL);
    expect(check).toMatchObject({ status: 'failing', params: { needed: 72, capacity: 60, sellersNeeded: 4, attemptsPossible: 5 }, fix: { key: 'checks.followUpCapacity.fix' } });
  });

  it('passes at exactly the capacity, comparing fractions exactly', () => {
    // 10 × 6 = 60 = 3 × 20. And 2.5 leads × 4 attempts = 10 = 2 × 5.
    expect(checkFollowUpCapacity({ sellers: 3, attemptsPerSellerPerWeek: 20, leadsPerWeek: 10, attemptsPerLead: 6 }, ALL).status).toBe('ok');
    expect(checkFollowUpCapacity({ sellers: 2, attemptsPerSellerPerWeek: 5, leadsPerWeek: 2.5, attemptsPerLead: 4 }, ALL).status).toBe('ok');
    // 0.1 × 3 is 0.30000000000000004 in doubles; exactly 0.3 here, so 0.3 capacity holds it.
    expect(checkFollowUpCapacity({ sellers: 1, attemptsPerSellerPerWeek: 0.3, leadsPerWeek: 0.1, attemptsPerLead: 3 }, ALL).status).toBe('ok');
  });

  it('is skipped while a number is missing', () => {
    expect(checkFollowUpCapacity({ sellers: null, attemptsPerSellerPerWeek: 20, leadsPerWeek: 10, attemptsPerLead: 6 }, ALL).key).toBe('checks.followUpCapacity.missing');
  });
});

describe('every accountable role of the RACI is held by a participant', () => {
  it('names the roles that are accountable for something and held by nobody in the room', () => {
    const check = checkRaciAccountable(
      {
        roles: [
          { id: 'sales-manager', label: 'Sales manager', accountableFor: ['Handover', 'First follow-up'], holderIds: ['p-jens'] },
          { id: 'cmo', label: 'CMO', accountableFor: ['Lead generation'], holderIds: ['p-gone'] },
          { id: 'cs', label: 'Customer success', accountableFor: [], holderIds: [] },
        ],
        participantIds: IDS,
      },
      ALL,
    );
    expect(check.status).toBe('failing');
    expect(check.findings).toEqual([
      { key: 'checks.raciAccountable.unheld', params: { role: 'CMO', activities: 'Lead generation', count: 1 }, place: { stepId: 'responsibilities', field: 'roles', itemId: 'cmo' } },
    ]);
  });

  it('passes when each is held, and is skipped with no accountable role or no RACI on the agenda', () => {
    const roles = [{ id: 'cmo', label: 'CMO', accountableFor: ['Lead generation'], holderIds: ['p-sofie'] }];
    expect(checkRaciAccountable({ roles, participantIds: IDS }, ALL).status).toBe('ok');
    expect(checkRaciAccountable({ roles: [], participantIds: IDS }, ALL).key).toBe('checks.raciAccountable.missing');
    expect(checkRaciAccountable({ roles, participantIds: IDS }, without('responsibilities')).status).toBe('skipped');
  });
});

describe('every SLA commitment and meeting has an owner among the participants', () => {
  const items = [
    { stepId: 'serviceLevel' as const, kind: 'commitment' as const, id: 'c1', label: 'First contact within 1 hour', ownerId: 'p-jens' },
    { stepId: 'serviceLevel' as const, kind: 'commitment' as const, id: 'c2', label: '40 MQLs a month', ownerId: '' },
    { stepId: 'feedbackCadence' as const, kind: 'meeting' as const, id: 'm1', label: 'Weekly lead review', ownerId: 'p-gone' },
  ];

  it('names each item with no owner or an owner who is not in the room, and points at the first', () => {
    const check = checkOwners({ items, participantIds: IDS }, ALL);
    expect(check.findings.map((f) => [f.key, f.place])).toEqual([
      ['checks.owners.noOwner', { stepId: 'serviceLevel', field: 'commitments', itemId: 'c2' }],
      ['checks.owners.notParticipant', { stepId: 'feedbackCadence', field: 'meetings', itemId: 'm1' }],
    ]);
    expect(check.place).toEqual({ stepId: 'serviceLevel', field: 'commitments', itemId: 'c2' });
  });

  it('checks only the steps on the agenda, and is skipped with neither', () => {
    expect(checkOwners({ items, participantIds: IDS }, without('serviceLevel')).findings).toHaveLength(1);
    expect(checkOwners({ items, participantIds: IDS }, without('serviceLevel', 'feedbackCadence'))).toMatchObject({
      status: 'skipped',
      missingSteps: ['serviceLevel', 'feedbackCadence'],
    });
    expect(checkOwners({ items: [items[0]!], participantIds: IDS }, ALL).status).toBe('ok');
  });
});

describe('meetings that review leads have sales and marketing attending', () => {
  it('names what each lead review lacks', () => {
    const check = checkLeadReviewAttendance(
      {
        meetings: [
          { id: 'daily', label: 'Daily lead check', reviewsLeads: true, attendeeIds: ['p-jens', 'p-sofie'] },
          { id: 'weekly', label: 'Weekly lead review', reviewsLeads: true, attendeeIds: ['p-jens', 'p-rasmus'] },
          { id: 'board', label: 'Board meeting', reviewsLeads: false, attendeeIds: ['p-mette'] },
          { id: 'empty', label: 'Lead triage', reviewsLeads: true, attendeeIds: ['p-mette', 'p-gone'] },
        ],
        participants: PEOPLE,
      },
      ALL,
    );
    expect(check.findings.map((f) => [f.key, f.params])).toEqual([
      ['checks.leadReviewAttendance.missingOne', { label: 'Weekly lead review', missing: 'marketing' }],
      ['checks.leadReviewAttendance.missingBoth', { label: 'Lead triage', missing: 'sales,marketing' }],
    ]);
  });

  it('fails a cadence with no meeting that reviews leads, and is skipped with no meetings', () => {
    const none = checkLeadReviewAttendance({ meetings: [{ id: 'b', label: 'Board', reviewsLeads: false, attendeeIds: [] }], participants: PEOPLE }, ALL);
    expect(none).toMatchObject({ status: 'failing', key: 'checks.leadReviewAttendance.noReview' });
    expect(checkLeadReviewAttendance({ meetings: [], participants: PEOPLE }, ALL).status).toBe('skipped');
  });
});

describe('the first quarterly review has a date', () => {
  it('fails without a date or with one not after the workshop', () => {
    expect(checkFirstReview({ firstReviewDate: '', workshopDate: '2027-01-14' }, ALL).key).toBe('checks.firstReview.noDate');
    expect(checkFirstReview({ firstReviewDate: '2027-01-14', workshopDate: '2027-01-14' }, ALL).key).toBe('checks.firstReview.notAfterWorkshop');
    expect(checkFirstReview({ firstReviewDate: '2027-04-15', workshopDate: '2027-01-14' }, ALL)).toMatchObject({ status: 'ok', place: { stepId: 'actionsSignOff', field: 'firstReviewDate' } });
    expect(checkFirstReview({ firstReviewDate: '2027-04-15', workshopDate: '' }, ALL).status).toBe('ok');
  });
});

describe('all the checks', () => {
  const inputs: CrossCheckInputs = {
    mqlThreshold: { mqlsNeeded: 100, mqlsFromThreshold: 100, tolerancePercent: 10 },
    slaVolumes: { volumes: [{ id: 'all', label: 'All', sla: 100, goal: 100 }] },
    followUpCapacity: { sellers: 3, attemptsPerSellerPerWeek: 20, leadsPerWeek: 10, attemptsPerLead: 6 },
    raciAccountable: { roles: [{ id: 'cmo', label: 'CMO', accountableFor: ['x'], holderIds: ['p-sofie'] }], participantIds: IDS },
    owners: { items: [{ stepId: 'serviceLevel', kind: 'commitment', id: 'c', label: 'C', ownerId: 'p-jens' }], participantIds: IDS },
    leadReviewAttendance: { meetings: [{ id: 'm', label: 'M', reviewsLeads: true, attendeeIds: ['p-jens', 'p-sofie'] }], participants: PEOPLE },
    firstReview: { firstReviewDate: '2027-04-15', workshopDate: '2027-01-14' },
  };

  it('runs every check in the panel’s order, all ok on a consistent workshop', () => {
    const results = runCrossChecks(inputs, ALL);
    expect(results.map((r) => r.id)).toEqual(CROSS_CHECK_IDS);
    expect(results.every((r) => r.status === 'ok')).toBe(true);
  });

  it('skips every check but the first review with only set-up, wall and sign-off on the agenda, each with its reason', () => {
    const results = runCrossChecks(inputs, ['setup', 'currentState', 'actionsSignOff']);
    expect(results.map((r) => r.status)).toEqual(['skipped', 'skipped', 'skipped', 'skipped', 'skipped', 'skipped', 'ok']);
    for (const r of results.slice(0, 6)) expect(r).toMatchObject({ key: 'checks.skipped.notInAgenda' });
    for (const r of results.slice(0, 6)) expect(r.missingSteps.length).toBeGreaterThan(0);
  });
});
