import type { CrossCheckInputs, MeetingInput, OwnedItem, RaciRoleInput } from './cross-checks';
import { cadenceOf, type Cadence } from './cadence-schema';
import { followUpCapacityInput, mqlThresholdInput, slaVolumesInput } from './cross-check-volumes';
import { goalOf } from './goal-access';
import { leadDefinitionsOf } from './lead-schema';
import { raciOf } from './raci';
import type { RaciMatrix } from './raci-schema';
import { slaOf, type Sla } from './sla-schema';

/**
 * The adapter from the steps' slices to the cross-checks' plain inputs (./cross-checks.ts), each
 * read through the owning step's accessor in the core (never through its folder). A slice that is
 * missing or of the wrong shape gives no input: the check then waits for data (skipped), it never
 * fails on a step the room has not filled in.
 *
 * Covered: all seven checks. Here: the RACI's accountable roles and their holders; the SLA
 * commitments' and the meetings' owners; which meetings review leads and who attends them. In
 * ./cross-check-volumes.ts, from the shared goal's plan (the goal's own period: a year or a
 * quarter), the lead definitions and the SLA: the MQLs the goal needs against the MQLs its leads
 * give at the threshold (the share of the calibration's sample leads at or over it); the SLA's MQLs
 * a month against the goal's; the attempts the sellers can make a week (the goal's sellers × the
 * SLA's attempts a seller can make) against the MQLs a week × the SLA's attempts per lead. The
 * volume checks always get an input: when a figure is missing it says what the check waits for (no
 * goal, no MQL stage, no sample leads, no sellers, no SLA or no attempts a seller can make).
 */

/**
 * Each role that is accountable (A) for something, with the activities and who holds it.
 *
 * @example
 * raciRoleInputs(matrix); // [{ id: 'sales-manager', label: 'Sales manager', accountableFor: ['Handover of MQLs to sales'], holderIds: ['p-jens'] }, …]
 */
export function raciRoleInputs(matrix: RaciMatrix): RaciRoleInput[] {
  return matrix.roles.map((role) => ({
    id: role.id,
    label: role.name || role.abbreviation || role.id,
    accountableFor: matrix.activities.filter((activity) => matrix.cells[activity.id]?.[role.id] === 'A').map((activity) => activity.name || activity.id),
    holderIds: role.holders,
  }));
}

/**
 * The SLA's commitments and the cadence's meetings with their owners. A commitment owned by a role
 * rather than a person has no owner among the participants: it is given an id no participant has.
 */
export function ownedItems(sla: Sla | null, cadence: Cadence | null): OwnedItem[] {
  const commitments: OwnedItem[] = (sla?.commitments ?? []).map((c) => ({
    stepId: 'serviceLevel',
    kind: 'commitment',
    id: c.id,
    label: c.text || c.measure || c.target || c.id,
    ownerId: c.owner.kind === 'participant' ? c.owner.participantId : `role:${c.owner.role}`,
  }));
  const meetings: OwnedItem[] = (cadence?.meetings ?? []).map((m) => ({ stepId: 'feedbackCadence', kind: 'meeting', id: m.id, label: m.title || m.id, ownerId: m.ownerId }));
  return [...commitments, ...meetings];
}

export function meetingInputs(cadence: Cadence | null): MeetingInput[] {
  return (cadence?.meetings ?? []).map((m) => ({ id: m.id, label: m.title || m.id, reviewsLeads: m.reviewsLeads, attendeeIds: m.attendeeIds }));
}

/**
 * The inputs this adapter can read from a workspace; the caller merges them over its defaults.
 *
 * @example
 * runCrossChecks({ ...defaults, ...crossCheckInputsOf(workspace, participants) }, agenda);
 */
export function crossCheckInputsOf(
  workspace: { steps: Record<string, unknown> },
  participants: ReadonlyArray<{ id: string; team: string }>,
): Partial<CrossCheckInputs> {
  const participantIds = participants.map((p) => p.id);
  const matrix = raciOf(workspace);
  const sla = slaOf(workspace);
  const cadence = cadenceOf(workspace);
  const goal = goalOf(workspace);
  const inputs: Partial<CrossCheckInputs> = {
    mqlThreshold: mqlThresholdInput(goal, leadDefinitionsOf(workspace)),
    slaVolumes: slaVolumesInput(goal, sla),
    followUpCapacity: followUpCapacityInput(goal, sla),
  };
  if (matrix) inputs.raciAccountable = { roles: raciRoleInputs(matrix), participantIds };
  if (sla || cadence) inputs.owners = { items: ownedItems(sla, cadence), participantIds };
  if (cadence) inputs.leadReviewAttendance = { meetings: meetingInputs(cadence), participants };
  return inputs;
}
