import { decimalOf, ratio, toNumber, type Ratio } from './decimal';

/**
 * What a cross-check answers (./cross-checks.ts), and the few helpers every check shares: the
 * place each check's fix is made, the steps each needs on the agenda, a result, and exact numbers.
 * The checks and their callers import the public part through ./cross-checks.ts.
 */

export type CrossCheckId =
  | 'mqlThreshold'
  | 'slaVolumes'
  | 'followUpCapacity'
  | 'raciAccountable'
  | 'owners'
  | 'leadReviewAttendance'
  | 'firstReview';

export const CROSS_CHECK_IDS: readonly CrossCheckId[] = [
  'mqlThreshold',
  'slaVolumes',
  'followUpCapacity',
  'raciAccountable',
  'owners',
  'leadReviewAttendance',
  'firstReview',
];

export type CheckStatus = 'ok' | 'failing' | 'skipped';
export type CheckParams = Record<string, string | number>;

/** Where to fix something: a step, a field of its slice, and the item when one is to blame. */
export interface CheckPlace {
  stepId: string;
  field: string;
  itemId?: string;
}

/**
 * One thing a failing check points at (a role nobody holds, a meeting with no owner …), or, under a
 * volume check, a figure it compared or how it worked a figure out (listed under an ok result too).
 */
export interface CheckFinding {
  key: string;
  params: CheckParams;
  place: CheckPlace;
}

export interface CrossCheckResult {
  id: CrossCheckId;
  status: CheckStatus;
  /** What the check found (ok), what fails (failing) or why it did not run (skipped). */
  key: string;
  params: CheckParams;
  /** The steps not on the agenda, when skipped for that (the view names them). */
  missingSteps: string[];
  /** How to fix it, when failing. */
  fix: { key: string; params: CheckParams } | null;
  /** The place the fix is made. */
  place: CheckPlace;
  findings: CheckFinding[];
}

/** The steps each check reads, all of which must be on the agenda for it to run. */
export const CHECK_REQUIRES: Readonly<Record<CrossCheckId, readonly string[]>> = {
  mqlThreshold: ['sharedGoal', 'leadDefinitions'],
  slaVolumes: ['sharedGoal', 'serviceLevel'],
  followUpCapacity: ['sharedGoal', 'serviceLevel'],
  raciAccountable: ['responsibilities'],
  // Either step is enough: the owners of whichever is on the agenda are checked.
  owners: [],
  leadReviewAttendance: ['feedbackCadence'],
  firstReview: [],
};

export const PLACES: Readonly<Record<CrossCheckId, CheckPlace>> = {
  mqlThreshold: { stepId: 'leadDefinitions', field: 'threshold' },
  slaVolumes: { stepId: 'serviceLevel', field: 'volumes' },
  followUpCapacity: { stepId: 'serviceLevel', field: 'attempts' },
  raciAccountable: { stepId: 'responsibilities', field: 'roles' },
  owners: { stepId: 'serviceLevel', field: 'commitments' },
  leadReviewAttendance: { stepId: 'feedbackCadence', field: 'meetings' },
  firstReview: { stepId: 'actionsSignOff', field: 'firstReviewDate' },
};

export function result(id: CrossCheckId, status: CheckStatus, key: string, params: CheckParams = {}, extra: Partial<CrossCheckResult> = {}): CrossCheckResult {
  return { id, status, key, params, missingSteps: [], fix: null, place: PLACES[id], findings: [], ...extra };
}

/** Skipped because a step it needs is not on the agenda, or null when every one is. */
export function skippedForAgenda(id: CrossCheckId, agenda: readonly string[], requires: readonly string[] = CHECK_REQUIRES[id]): CrossCheckResult | null {
  const missing = requires.filter((step) => !agenda.includes(step));
  return missing.length === 0 ? null : result(id, 'skipped', 'checks.skipped.notInAgenda', { steps: missing.length }, { missingSteps: missing });
}

export const exact = (value: number | Ratio): Ratio => (typeof value === 'number' ? (decimalOf(value) ?? ratio(0n)) : value);
export const HUNDRED = ratio(100n);
/** A figure for the message: exact values with a fraction are shown to two decimals. */
export const shown = (value: Ratio, rounding: 'half-up' | 'up' | 'away' = 'half-up'): number => toNumber(value, 2, rounding);

/** The key of a check that waits for data: what it waits for when the adapter knows, else the general one. */
export function waitingKey(id: CrossCheckId, waitingFor: string | undefined): string {
  return waitingFor === undefined ? `checks.${id}.missing` : `checks.${id}.waitingFor.${waitingFor}`;
}
