import { add, ceil, compare, div, floor, mul, ratio, sub, type Ratio } from './decimal';
import {
  exact,
  HUNDRED,
  PLACES,
  result,
  shown,
  skippedForAgenda,
  waitingKey,
  type CheckFinding,
  type CheckParams,
  type CrossCheckResult,
} from './cross-check-result';

/**
 * The checks that tie the steps together: each a pure function of plain numbers and lists (an
 * adapter reads them from the steps' slices), answering ok, failing or skipped, with i18n keys of
 * the actions-and-sign-off namespace for what it found and how to fix it, and the place to fix it
 * (a step and a field, and the item when one is to blame).
 *
 * A check is skipped, never failed, when a step it needs is not on the workshop's agenda
 * (`checks.skipped.notInAgenda`, with the missing steps) or when the room has not entered what it
 * compares yet (`checks.<id>.missing`, or `checks.<id>.waitingFor.<what>` when the adapter knows
 * what is missing): a check cannot fail on what the workshop never covered.
 * Numbers are compared exactly (./decimal.ts): a tolerance of 10 % means 90 MQLs pass for 100 and
 * 89 do not, never "89.99999".
 */

export { CHECK_REQUIRES, CROSS_CHECK_IDS, skippedForAgenda } from './cross-check-result';
export type { CheckFinding, CheckParams, CheckPlace, CheckStatus, CrossCheckId, CrossCheckResult } from './cross-check-result';

// --- 1. The MQLs the goal needs vs the MQLs the threshold gives ------------------------------------

/** What the MQL check waits for: a goal that works back, an MQL stage in its chain, sample leads. */
export type MqlThresholdWaitingFor = 'goal' | 'mqlStage' | 'leadDefinitions' | 'sampleLeads';

export interface MqlThresholdInput {
  /** MQLs the shared goal needs per period (all sales types). */
  mqlsNeeded: number | null;
  /**
   * MQLs the lead definition's threshold is expected to give in the same period: exact, since a
   * share of the sample times the plan's leads may be a fraction (9/30 × 7,695 = 2,308.5).
   */
  mqlsFromThreshold: number | Ratio | null;
  /** How far apart they may be, in percent of the need (10 = ±10 %). */
  tolerancePercent: number;
  /** What is missing, when a figure is null (the message names it). */
  waitingFor?: MqlThresholdWaitingFor;
  /** How the expected MQLs were worked out, listed under the result. */
  basis?: { threshold: number; atThreshold: number; sampleSize: number; planLeads: number; months: number };
}

/**
 * Whether the threshold gives the MQLs the goal needs, within the tolerance (both ends inclusive).
 *
 * @example
 * checkMqlThreshold({ mqlsNeeded: 100, mqlsFromThreshold: 89, tolerancePercent: 10 }, agenda).key;
 * // 'checks.mqlThreshold.tooFew': 89 < 100 × 0.9 = 90
 */
export function checkMqlThreshold(input: MqlThresholdInput, agenda: readonly string[]): CrossCheckResult {
  const skipped = skippedForAgenda('mqlThreshold', agenda);
  if (skipped) return skipped;
  const { mqlsNeeded, mqlsFromThreshold, tolerancePercent, basis } = input;
  if (mqlsNeeded === null || mqlsFromThreshold === null) return result('mqlThreshold', 'skipped', waitingKey('mqlThreshold', input.waitingFor));
  const needed = exact(mqlsNeeded);
  const given = exact(mqlsFromThreshold);
  const tolerance = exact(tolerancePercent);
  const low = div(mul(needed, sub(HUNDRED, tolerance)), HUNDRED);
  const high = div(mul(needed, add(HUNDRED, tolerance)), HUNDRED);
  const difference = sub(given, needed);
  const params = { needed: mqlsNeeded, given: shown(given), tolerance: tolerancePercent, difference: shown(difference.n < 0n ? sub(ratio(0n), difference) : difference, 'away') };
  const findings: CheckFinding[] = basis ? [{ key: 'checks.mqlThreshold.basis', params: { ...basis, given: params.given }, place: PLACES.mqlThreshold }] : [];
  if (compare(given, low) < 0) {
    return result('mqlThreshold', 'failing', 'checks.mqlThreshold.tooFew', params, { findings, fix: { key: 'checks.mqlThreshold.fixTooFew', params } });
  }
  if (compare(given, high) > 0) {
    return result('mqlThreshold', 'failing', 'checks.mqlThreshold.tooMany', params, { findings, fix: { key: 'checks.mqlThreshold.fixTooMany', params } });
  }
  return result('mqlThreshold', 'ok', 'checks.mqlThreshold.ok', params, { findings });
}

// --- 2. The SLA's volumes equal the goal's ---------------------------------------------------------

export interface VolumePair {
  /** What the volume is of (a sales type, a month …), for the finding. */
  id: string;
  label: string;
  /**
   * What the figure measures, when an adapter says it: all sales types, one sales type (`label`
   * names it) or each seller, per month. The view words it (`checks.slaVolumes.measure.<measure>`).
   */
  measure?: 'total' | 'salesType' | 'perSeller';
  /** MQLs marketing commits to in the SLA, or null when not set. */
  sla: number | null;
  /** MQLs the shared goal needs for the same. */
  goal: number;
}

/** What the volume check waits for: the SLA, a goal that works back, an MQL stage in its chain. */
export type SlaVolumesWaitingFor = 'sla' | 'goal' | 'mqlStage';

/**
 * Whether every volume the SLA commits to equals the goal's (exactly: the SLA is the goal's promise).
 * When they all do, the figures compared are listed under the ok result.
 *
 * @example
 * checkSlaVolumes({ volumes: [{ id: 'new', label: 'New business', sla: 40, goal: 46 }] }, agenda).findings[0].params;
 * // { label: 'New business', sla: 40, goal: 46, difference: -6 }
 */
export function checkSlaVolumes(input: { volumes: readonly VolumePair[]; waitingFor?: SlaVolumesWaitingFor }, agenda: readonly string[]): CrossCheckResult {
  const skipped = skippedForAgenda('slaVolumes', agenda);
  if (skipped) return skipped;
  if (input.volumes.length === 0) return result('slaVolumes', 'skipped', waitingKey('slaVolumes', input.waitingFor));
  const findings: CheckFinding[] = [];
  const compared: CheckFinding[] = [];
  for (const pair of input.volumes) {
    const place = { ...PLACES.slaVolumes, itemId: pair.id };
    const measure: CheckParams = pair.measure === undefined ? {} : { measure: pair.measure };
    if (pair.sla === null) {
      findings.push({ key: 'checks.slaVolumes.unset', params: { label: pair.label, ...measure, goal: pair.goal }, place });
    } else if (compare(exact(pair.sla), exact(pair.goal)) !== 0) {
      findings.push({ key: 'checks.slaVolumes.differs', params: { label: pair.label, ...measure, sla: pair.sla, goal: pair.goal, difference: pair.sla - pair.goal }, place });
    } else {
      compared.push({ key: 'checks.slaVolumes.same', params: { label: pair.label, ...measure, sla: pair.sla, goal: pair.goal }, place });
    }
  }
  if (findings.length === 0) return result('slaVolumes', 'ok', 'checks.slaVolumes.ok', { count: input.volumes.length }, { findings: compared });
  return result('slaVolumes', 'failing', 'checks.slaVolumes.failing', { count: findings.length }, { findings, fix: { key: 'checks.slaVolumes.fix', params: {} } });
}

// --- 3. The attempts the SLA asks for vs the attempts the sellers can make -----------------------

/**
 * What the capacity check waits for: a goal that works back (with an MQL stage), its sellers, the
 * SLA, and the attempts one seller can make a week (agreed in the SLA).
 */
export type FollowUpCapacityWaitingFor = 'goal' | 'sellers' | 'sla' | 'attemptsPerSeller';

export interface FollowUpCapacityInput {
  sellers: number | null;
  /**
   * Contact attempts one seller can make per week, as the SLA agrees it. Attempts are compared
   * with attempts: the shared goal's follow-ups a week are sized for meetings, not calls.
   */
  attemptsPerSellerPerWeek: number | null;
  /** Leads handed to sales per week under the SLA: exact (2,287 MQLs over 52 weeks is 2287/52). */
  leadsPerWeek: number | Ratio | null;
  /** Contact attempts the SLA promises per lead. */
  attemptsPerLead: number | null;
  /** What is missing, when a figure is null (the message names it). */
  waitingFor?: FollowUpCapacityWaitingFor;
}

/**
 * Whether the sellers can make the attempts the SLA promises: leads × attempts per lead ≤ sellers ×
 * attempts a seller can make. When not even one attempt per lead fits, the fix says so rather than
 * "lower the attempts to 0".
 *
 * @example
 * checkFollowUpCapacity({ sellers: 3, attemptsPerSellerPerWeek: 20, leadsPerWeek: 12, attemptsPerLead: 6 }, agenda).params;
 * // { needed: 72, capacity: 60, sellersNeeded: 4, … }: 12 × 6 = 72 > 3 × 20 = 60; ⌈72 ÷ 20⌉ = 4
 */
export function checkFollowUpCapacity(input: FollowUpCapacityInput, agenda: readonly string[]): CrossCheckResult {
  const skipped = skippedForAgenda('followUpCapacity', agenda);
  if (skipped) return skipped;
  const { sellers, attemptsPerSellerPerWeek: perSeller, leadsPerWeek, attemptsPerLead } = input;
  if (sellers === null || perSeller === null || leadsPerWeek === null || attemptsPerLead === null) {
    return result('followUpCapacity', 'skipped', waitingKey('followUpCapacity', input.waitingFor));
  }
  const leads = exact(leadsPerWeek);
  const needed = mul(leads, exact(attemptsPerLead));
  const capacity = mul(exact(sellers), exact(perSeller));
  const sellersNeeded = perSeller > 0 ? Number(ceil(div(needed, exact(perSeller)))) : 0;
  // The most attempts per lead the sellers can keep: ⌊capacity ÷ leads⌋.
  const attemptsPossible = leads.n > 0n ? Number(floor(div(capacity, leads))) : 0;
  const params = {
    needed: Number(ceil(needed)),
    capacity: Number(ceil(capacity)),
    sellers,
    perSeller,
    // Rounded up, as the goal shows a week's figures: a week never looks lighter than it is.
    leadsPerWeek: shown(leads, 'up'),
    attemptsPerLead,
    sellersNeeded,
    attemptsPossible,
  };
  if (compare(needed, capacity) > 0) {
    const fix = attemptsPossible >= 1 ? 'checks.followUpCapacity.fix' : 'checks.followUpCapacity.fixNoAttempt';
    return result('followUpCapacity', 'failing', 'checks.followUpCapacity.failing', params, { fix: { key: fix, params } });
  }
  return result('followUpCapacity', 'ok', 'checks.followUpCapacity.ok', params);
}

// --- 4. Every accountable role of the RACI is held by a participant -------------------------------

export interface RaciRoleInput {
  id: string;
  label: string;
  /** The activities the role is accountable for (labels, for the finding). */
  accountableFor: readonly string[];
  /** The participants who hold the role. */
  holderIds: readonly string[];
}

/**
 * Whether every role that is accountable for something is held by one of the participants.
 *
 * @example
 * checkRaciAccountable({ roles: [{ id: 'cmo', label: 'CMO', accountableFor: ['Lead generation'], holderIds: [] }], participantIds: ['p-sofie'] }, agenda).status;
 * // 'failing'
 */
export function checkRaciAccountable(input: { roles: readonly RaciRoleInput[]; participantIds: readonly string[] }, agenda: readonly string[]): CrossCheckResult {
  const skipped = skippedForAgenda('raciAccountable', agenda);
  if (skipped) return skipped;
  const accountable = input.roles.filter((role) => role.accountableFor.length > 0);
  if (accountable.length === 0) return result('raciAccountable', 'skipped', 'checks.raciAccountable.missing');
  const findings = accountable
    .filter((role) => !role.holderIds.some((id) => input.participantIds.includes(id)))
    .map((role) => ({
      key: 'checks.raciAccountable.unheld',
      params: { role: role.label, activities: role.accountableFor.join(', '), count: role.accountableFor.length },
      place: { ...PLACES.raciAccountable, itemId: role.id },
    }));
  if (findings.length === 0) return result('raciAccountable', 'ok', 'checks.raciAccountable.ok', { count: accountable.length });
  return result('raciAccountable', 'failing', 'checks.raciAccountable.failing', { count: findings.length }, { findings, fix: { key: 'checks.raciAccountable.fix', params: {} } });
}

// --- 5. Every SLA commitment and meeting has an owner among the participants ----------------------

export interface OwnedItem {
  stepId: 'serviceLevel' | 'feedbackCadence';
  kind: 'commitment' | 'meeting';
  id: string;
  label: string;
  /** '' when nobody is chosen. */
  ownerId: string;
}

/**
 * Whether each SLA commitment and each meeting has an owner who is one of the participants.
 * Items of a step that is not on the agenda are not checked; with neither step there, skipped.
 *
 * @example
 * checkOwners({ items: [{ stepId: 'feedbackCadence', kind: 'meeting', id: 'm1', label: 'Weekly lead review', ownerId: '' }], participantIds: [] }, ['feedbackCadence']).findings[0].key;
 * // 'checks.owners.noOwner'
 */
export function checkOwners(input: { items: readonly OwnedItem[]; participantIds: readonly string[] }, agenda: readonly string[]): CrossCheckResult {
  const steps = ['serviceLevel', 'feedbackCadence'].filter((step) => agenda.includes(step));
  if (steps.length === 0) return result('owners', 'skipped', 'checks.skipped.notInAgenda', { steps: 2 }, { missingSteps: ['serviceLevel', 'feedbackCadence'] });
  const items = input.items.filter((item) => steps.includes(item.stepId));
  if (items.length === 0) return result('owners', 'skipped', 'checks.owners.missing');
  const findings: CheckFinding[] = [];
  for (const item of items) {
    const place = { stepId: item.stepId, field: item.kind === 'meeting' ? 'meetings' : 'commitments', itemId: item.id };
    if (item.ownerId === '') findings.push({ key: 'checks.owners.noOwner', params: { label: item.label, kind: item.kind }, place });
    else if (!input.participantIds.includes(item.ownerId)) findings.push({ key: 'checks.owners.notParticipant', params: { label: item.label, kind: item.kind }, place });
  }
  if (findings.length === 0) return result('owners', 'ok', 'checks.owners.ok', { count: items.length });
  return result('owners', 'failing', 'checks.owners.failing', { count: findings.length }, { findings, fix: { key: 'checks.owners.fix', params: {} }, place: findings[0]!.place });
}

// --- 6. Meetings that review leads have sales and marketing attending -----------------------------

export interface MeetingInput {
  id: string;
  label: string;
  reviewsLeads: boolean;
  attendeeIds: readonly string[];
}

/**
 * Whether every meeting that reviews leads has at least one attendee from sales and one from
 * marketing. A cadence with no meeting that reviews leads fails too: nothing closes the loop.
 *
 * @example
 * checkLeadReviewAttendance({ meetings: [{ id: 'm1', label: 'Weekly lead review', reviewsLeads: true, attendeeIds: ['p-jens'] }], participants: [{ id: 'p-jens', team: 'sales' }] }, agenda).findings[0].params;
 * // { label: 'Weekly lead review', missing: 'marketing' }
 */
export function checkLeadReviewAttendance(
  input: { meetings: readonly MeetingInput[]; participants: ReadonlyArray<{ id: string; team: string }> },
  agenda: readonly string[],
): CrossCheckResult {
  const skipped = skippedForAgenda('leadReviewAttendance', agenda);
  if (skipped) return skipped;
  if (input.meetings.length === 0) return result('leadReviewAttendance', 'skipped', 'checks.leadReviewAttendance.missing');
  const reviews = input.meetings.filter((m) => m.reviewsLeads);
  if (reviews.length === 0) {
    return result('leadReviewAttendance', 'failing', 'checks.leadReviewAttendance.noReview', {}, { fix: { key: 'checks.leadReviewAttendance.fixNoReview', params: {} } });
  }
  const teamOf = (id: string) => input.participants.find((p) => p.id === id)?.team;
  const findings: CheckFinding[] = [];
  for (const meeting of reviews) {
    const teams = new Set(meeting.attendeeIds.map(teamOf));
    const missing = (['sales', 'marketing'] as const).filter((team) => !teams.has(team));
    if (missing.length > 0) {
      findings.push({
        key: missing.length === 2 ? 'checks.leadReviewAttendance.missingBoth' : 'checks.leadReviewAttendance.missingOne',
        params: { label: meeting.label, missing: missing.join(',') },
        place: { ...PLACES.leadReviewAttendance, itemId: meeting.id },
      });
    }
  }
  if (findings.length === 0) return result('leadReviewAttendance', 'ok', 'checks.leadReviewAttendance.ok', { count: reviews.length });
  return result('leadReviewAttendance', 'failing', 'checks.leadReviewAttendance.failing', { count: findings.length }, { findings, fix: { key: 'checks.leadReviewAttendance.fix', params: {} } });
}

// --- 7. The first quarterly review has a date ------------------------------------------------------

/**
 * Whether the first review has a date, and one after the workshop (when the workshop has a date).
 *
 * @example
 * checkFirstReview({ firstReviewDate: '', workshopDate: '2027-01-14' }, agenda).key; // 'checks.firstReview.noDate'
 */
export function checkFirstReview(input: { firstReviewDate: string; workshopDate: string }, agenda: readonly string[]): CrossCheckResult {
  const skipped = skippedForAgenda('firstReview', agenda);
  if (skipped) return skipped;
  const fix = { key: 'checks.firstReview.fix', params: {} };
  if (input.firstReviewDate === '') return result('firstReview', 'failing', 'checks.firstReview.noDate', {}, { fix });
  // ISO dates compare as text.
  if (input.workshopDate !== '' && input.firstReviewDate <= input.workshopDate) {
    return result('firstReview', 'failing', 'checks.firstReview.notAfterWorkshop', { date: input.firstReviewDate, workshopDate: input.workshopDate }, { fix });
  }
  return result('firstReview', 'ok', 'checks.firstReview.ok', { date: input.firstReviewDate });
}

// --- All of them -----------------------------------------------------------------------------------

export interface CrossCheckInputs {
  mqlThreshold: MqlThresholdInput;
  slaVolumes: { volumes: readonly VolumePair[]; waitingFor?: SlaVolumesWaitingFor };
  followUpCapacity: FollowUpCapacityInput;
  raciAccountable: { roles: readonly RaciRoleInput[]; participantIds: readonly string[] };
  owners: { items: readonly OwnedItem[]; participantIds: readonly string[] };
  leadReviewAttendance: { meetings: readonly MeetingInput[]; participants: ReadonlyArray<{ id: string; team: string }> };
  firstReview: { firstReviewDate: string; workshopDate: string };
}

/**
 * Every check, in the panel's order.
 *
 * @example
 * runCrossChecks(inputs, workshop.agenda.map((item) => item.stepId)).filter((c) => c.status === 'failing');
 */
export function runCrossChecks(inputs: CrossCheckInputs, agenda: readonly string[]): CrossCheckResult[] {
  return [
    checkMqlThreshold(inputs.mqlThreshold, agenda),
    checkSlaVolumes(inputs.slaVolumes, agenda),
    checkFollowUpCapacity(inputs.followUpCapacity, agenda),
    checkRaciAccountable(inputs.raciAccountable, agenda),
    checkOwners(inputs.owners, agenda),
    checkLeadReviewAttendance(inputs.leadReviewAttendance, agenda),
    checkFirstReview(inputs.firstReview, agenda),
  ];
}
