import { describe, expect, it } from 'vitest';
import { decodeWorkspace, encodeWorkspace } from '../contract/codec';
import { emptySession } from '../contract/session';
import { CURRENT_SCHEMA_VERSION, type Workspace } from '../contract/workspace';
import { WORKSHOP_STEP_IDS } from '../domain/workshop-steps';
import { codecOptions, currentStepVersions, defaultSteps, registeredStepIds, sampleSteps, stepDefinition, stepDefinitions } from './index';

describe('the step registry', () => {
  it('registers each step once, with an id of the workshop, in workshop order', () => {
    const ids = stepDefinitions.map((step) => step.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(WORKSHOP_STEP_IDS).toContain(id);
    expect(registeredStepIds).toEqual(WORKSHOP_STEP_IDS.filter((id) => (ids as readonly string[]).includes(id)));
    expect(registeredStepIds[0]).toBe('setup');
  });

  it('gives every registered step a title in both languages, from its own catalog', () => {
    for (const step of stepDefinitions) {
      expect((step.catalogs.en as { title?: string }).title, step.id).toBeTruthy();
      expect((step.catalogs.da as { title?: string }).title, step.id).toBeTruthy();
    }
    expect((stepDefinition('setup')!.catalogs.en as { title: string }).title).toBe('Set-up');
    expect((stepDefinition('currentState')!.catalogs.da as { title: string }).title).toBe('Nuværende situation');
  });

  it("makes samples that pass each step's own schema, in both languages, and differ from the defaults", () => {
    for (const language of ['da', 'en'] as const) {
      const samples = sampleSteps(language);
      const defaults = defaultSteps(language);
      for (const step of stepDefinitions) {
        expect(step.schema.safeParse(samples[step.id]).success, `${step.id} (${language})`).toBe(true);
        expect(samples[step.id], `${step.id} (${language}) has sample content`).not.toEqual(defaults[step.id]);
      }
    }
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
      stepVersions: currentStepVersions(),
      steps: defaultSteps('da'),
    };
    expect(decodeWorkspace(encodeWorkspace(doc), codecOptions)).toMatchObject({ status: 'ok', migratedFrom: null });
    // A slice of the wrong shape is damage, never silently replaced by defaults.
    const wrong = { ...doc, steps: { ...doc.steps, setup: { agenda: 'all day' } } };
    expect(decodeWorkspace(JSON.stringify(wrong), codecOptions)).toMatchObject({ status: 'damaged', reason: 'invalid_shape' });
  });

  it("has a migration for every version of each slice below the step's own", () => {
    for (const step of stepDefinitions) {
      expect(Number.isInteger(step.version) && step.version >= 1, step.id).toBe(true);
      const versions = Object.keys(step.migrations).map(Number).sort((a, b) => a - b);
      expect(versions, step.id).toEqual(Array.from({ length: step.version - 1 }, (_, i) => i + 1));
    }
  });

  it('puts every registered step on the default agenda of a new workspace', () => {
    const agenda = (defaultSteps('en')['setup'] as { agenda: { kind: string; stepId?: string }[] }).agenda;
    expect(agenda.filter((item) => item.kind === 'step').map((item) => item.stepId)).toEqual([...registeredStepIds]);
    expect(stepDefinition('setup')?.icon).toBeTruthy();
    expect(stepDefinition('nope')).toBeUndefined();
  });
});
