import { describe, expect, it } from 'vitest';
import { decodeWorkspace, encodeWorkspace } from '../contract/codec';
import { emptySession } from '../contract/session';
import { CURRENT_SCHEMA_VERSION, type Workspace } from '../contract/workspace';
import { WORKSHOP_STEP_IDS } from '../domain/workshop-steps';
import { catalogs } from '../i18n/catalogs';
import { codecOptions, defaultSteps, registeredStepIds, stepDefinition, stepDefinitions } from './index';

describe('the step registry', () => {
  it('registers each step once, with an id of the workshop, in workshop order', () => {
    const ids = stepDefinitions.map((step) => step.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(WORKSHOP_STEP_IDS).toContain(id);
    expect(registeredStepIds).toEqual(WORKSHOP_STEP_IDS.filter((id) => (ids as readonly string[]).includes(id)));
    expect(registeredStepIds[0]).toBe('setup');
  });

  it("gives every step of the whole workshop a title in both languages, registered or not", () => {
    for (const id of WORKSHOP_STEP_IDS) {
      expect((catalogs.en.steps as Record<string, { title?: string }>)[id]?.title, id).toBeTruthy();
      expect((catalogs.da.steps as Record<string, { title?: string }>)[id]?.title, id).toBeTruthy();
    }
    expect(WORKSHOP_STEP_IDS.map((id) => (catalogs.en.steps as Record<string, { title: string }>)[id]!.title)).toEqual([
      'Set-up',
      'Current state',
      'Shared goal',
      'Responsibilities',
      'Lead definitions',
      'Service level agreement',
      'Feedback cadence',
      'Attribution',
      'Actions and sign-off',
    ]);
  });

  it("makes defaults that pass each step's own schema, in both languages", () => {
    for (const language of ['da', 'en'] as const) {
      const steps = defaultSteps(language);
      for (const step of stepDefinitions) expect(step.schema.safeParse(steps[step.id]).success, `${step.id} (${language})`).toBe(true);
    }
  });

  it('composes a document schema that a new workspace passes and that requires every registered slice', () => {
    const doc: Workspace = {
      schemaVersion: CURRENT_SCHEMA_VERSION,
      id: 'registry-test',
      name: 'Test',
      clientCompany: 'Havbrise Software ApS',
      language: 'da',
      currency: 'DKK',
      createdAt: '2026-11-22T09:00:00.000Z',
      updatedAt: '2026-11-22T09:00:00.000Z',
      session: emptySession(),
      steps: defaultSteps('da'),
    };
    expect(decodeWorkspace(encodeWorkspace(doc), codecOptions).status).toBe('ok');
    const withoutSetup = { ...doc, steps: {} };
    const decoded = decodeWorkspace(JSON.stringify(withoutSetup), codecOptions);
    expect(decoded).toMatchObject({ status: 'damaged', reason: 'invalid_shape' });
  });

  it('only dates steps and migrations within the versions this build knows', () => {
    for (const step of stepDefinitions) {
      expect(step.introducedIn).toBeGreaterThanOrEqual(1);
      expect(step.introducedIn).toBeLessThanOrEqual(CURRENT_SCHEMA_VERSION);
      for (const version of Object.keys(step.migrations).map(Number)) expect(version).toBeLessThan(CURRENT_SCHEMA_VERSION);
    }
  });

  it('puts every registered step on the default agenda of a new workspace', () => {
    const agenda = (defaultSteps('en')['setup'] as { agenda: { kind: string; stepId?: string }[] }).agenda;
    expect(agenda.filter((item) => item.kind === 'step').map((item) => item.stepId)).toEqual([...registeredStepIds]);
    expect(stepDefinition('setup')?.icon).toBeTruthy();
    expect(stepDefinition('nope')).toBeUndefined();
  });
});
