import { describe, expect, it } from 'vitest';
import { decodeWorkspace } from '../../contract/codec';
import { emptySession } from '../../contract/session';
import { CURRENT_SCHEMA_VERSION, type Workspace } from '../../contract/workspace';
import { crossCheckInputsOf } from '../../domain/cross-check-inputs';
import { slaOf } from '../../domain/sla-schema';
import { workshopOf } from '../../domain/workshop';
import { codecOptions, currentStepVersions, sampleSteps } from '../index';
import { serviceLevelStep } from './definition';

/** The Danish sample as a file whose SLA slice is version 1: no attempts a seller can make a week. */
function versionOneFile(): string {
  const steps = sampleSteps('da');
  const sla = steps['serviceLevel'] as { sales: Record<string, unknown> };
  const { attemptsPerSellerPerWeek: _new, ...sales } = sla.sales;
  const doc = {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: 'sla-v1',
    name: 'Nordvind',
    clientCompany: 'Nordvind Ventilation A/S',
    language: 'da',
    currency: 'DKK',
    createdAt: '2026-11-22T09:00:00.000Z',
    updatedAt: '2026-11-22T09:00:00.000Z',
    session: emptySession(),
    stepVersions: { ...currentStepVersions(), serviceLevel: 1 },
    steps: { ...steps, serviceLevel: { ...sla, sales } },
  };
  return JSON.stringify(doc);
}

describe('the SLA slice’s versions', () => {
  it('opens a version 1 SLA as valid, the attempts a seller can make left unset, and the capacity check waits for them', () => {
    expect(serviceLevelStep.version).toBe(2);
    const decoded = decodeWorkspace(versionOneFile(), codecOptions);
    expect(decoded.status).toBe('ok');
    if (decoded.status !== 'ok') return;
    const workspace: Workspace = decoded.workspace;
    // Migrated (so the original is backed up before it is saved), now recorded as version 2.
    expect(decoded.migratedFrom).toBe(CURRENT_SCHEMA_VERSION);
    expect(workspace.stepVersions['serviceLevel']).toBe(2);
    const sla = slaOf(workspace)!;
    expect(sla.sales).toEqual({ acceptWithinWorkingHours: 4, firstContact: { amount: 1, unit: 'hours' }, attempts: 6, attemptDays: 14 });
    expect('attemptsPerSellerPerWeek' in sla.sales).toBe(false);
    const inputs = crossCheckInputsOf(workspace, workshopOf(workspace).participants);
    expect(inputs.followUpCapacity?.waitingFor).toBe('attemptsPerSeller');
  });

  it('refuses a figure that is not a whole number of at least one', () => {
    const sla = sampleSteps('en')['serviceLevel'] as { sales: Record<string, unknown> };
    for (const bad of [0, 2.5, -3, 1001]) {
      expect(serviceLevelStep.schema.safeParse({ ...sla, sales: { ...sla.sales, attemptsPerSellerPerWeek: bad } }).success, String(bad)).toBe(false);
    }
    expect(serviceLevelStep.schema.safeParse(sla).success).toBe(true);
  });
});
