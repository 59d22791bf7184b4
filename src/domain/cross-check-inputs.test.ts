import { describe, expect, it } from 'vitest';
import type { Cadence } from './cadence-schema';
import { crossCheckInputsOf, meetingInputs, ownedItems, raciRoleInputs } from './cross-check-inputs';
import { checkOwners, checkRaciAccountable } from './cross-checks';
import { raciMatrixSchema } from './raci-schema';
import type { Sla } from './sla-schema';

const ALL = ['responsibilities', 'serviceLevel', 'feedbackCadence'];

/** Two activities, three roles: the sales manager (Jens) and the CMO (nobody) are accountable. */
const matrix = raciMatrixSchema.parse({
  mode: 'RACI',
  activities: [
    { id: 'handover', name: 'Handover of MQLs to sales', stage: 'handover' },
    { id: 'generation', name: 'Lead generation', stage: 'generate' },
  ],
  roles: [
    { id: 'sales-manager', name: 'Sales manager', abbreviation: 'SM', team: 'sales', holders: ['p-jens'] },
    { id: 'cmo', name: 'CMO', abbreviation: 'CMO', team: 'marketing', holders: [] },
    { id: 'marketing', name: 'Marketing', abbreviation: 'MKT', team: 'marketing', holders: ['p-sofie'] },
  ],
  cells: { handover: { 'sales-manager': 'A', marketing: 'R' }, generation: { cmo: 'A', marketing: 'R' } },
  disputes: [],
});

describe('reading the checks’ inputs from the steps’ slices', () => {
  it('finds each accountable role with its activities and holders, and the role nobody holds', () => {
    expect(raciRoleInputs(matrix)).toEqual([
      { id: 'sales-manager', label: 'Sales manager', accountableFor: ['Handover of MQLs to sales'], holderIds: ['p-jens'] },
      { id: 'cmo', label: 'CMO', accountableFor: ['Lead generation'], holderIds: [] },
      { id: 'marketing', label: 'Marketing', accountableFor: [], holderIds: ['p-sofie'] },
    ]);
    const check = checkRaciAccountable({ roles: raciRoleInputs(matrix), participantIds: ['p-jens', 'p-sofie'] }, ALL);
    expect(check.findings.map((f) => f.params['role'])).toEqual(['CMO']);
  });

  it('takes owners from the SLA and the cadence; a role as owner is no participant', () => {
    const sla = {
      commitments: [
        { id: 'first-contact', text: '', measure: 'Time to first contact', target: '', owner: { kind: 'participant', participantId: 'p-jens' } },
        { id: 'volume', text: '40 MQLs a month', measure: '', target: '', owner: { kind: 'role', role: 'Head of Marketing' } },
      ],
    } as unknown as Sla;
    const cadence = { meetings: [{ id: 'weekly', title: 'Weekly lead review', ownerId: '', reviewsLeads: true, attendeeIds: ['p-jens'] }] } as unknown as Cadence;
    const items = ownedItems(sla, cadence);
    expect(items.map((i) => [i.id, i.label, i.ownerId])).toEqual([
      ['first-contact', 'Time to first contact', 'p-jens'],
      ['volume', '40 MQLs a month', 'role:Head of Marketing'],
      ['weekly', 'Weekly lead review', ''],
    ]);
    expect(checkOwners({ items, participantIds: ['p-jens'] }, ALL).findings.map((f) => f.key)).toEqual(['checks.owners.notParticipant', 'checks.owners.noOwner']);
    expect(meetingInputs(cadence)).toEqual([{ id: 'weekly', label: 'Weekly lead review', reviewsLeads: true, attendeeIds: ['p-jens'] }]);
  });

  it('gives no input for a slice that is missing or of the wrong shape; the volume checks are told what they wait for', () => {
    const VOLUME_CHECKS = ['mqlThreshold', 'slaVolumes', 'followUpCapacity'];
    const empty = crossCheckInputsOf({ steps: {} }, []);
    expect(Object.keys(empty)).toEqual(VOLUME_CHECKS);
    expect([empty.mqlThreshold?.waitingFor, empty.slaVolumes?.waitingFor, empty.followUpCapacity?.waitingFor]).toEqual(['leadDefinitions', 'sla', 'sla']);
    expect(Object.keys(crossCheckInputsOf({ steps: { responsibilities: { mode: 'nonsense' } } }, []))).toEqual(VOLUME_CHECKS);
    expect(Object.keys(crossCheckInputsOf({ steps: { responsibilities: matrix } }, [{ id: 'p-jens', team: 'sales' }]))).toEqual([...VOLUME_CHECKS, 'raciAccountable']);
  });
});
