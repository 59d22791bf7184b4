import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { decodeWorkspace, encodeWorkspace } from '../contract/codec';
import { stepCatalogs, type StepDefinition } from '../contract/step-definition';
import { CURRENT_SCHEMA_VERSION } from '../contract/workspace';
import { codecOptions, currentStepVersions, defaultSteps, migrateSlices, stepDefinitions } from './index';

// Each step's slice carries its own version (tldraw's per-record migration sequences): a file
// without a slice gets the step's defaults, an older slice runs its own migrations, a newer one
// makes the file "from a newer Samspil". Nothing here bumps the document's schemaVersion.

/** A step at slice version 3: v1 had `text`, v2 renamed it to `body`, v3 added `tags`. */
function notesStep(spy = vi.fn()) {
  const schema = z.object({ body: z.string(), tags: z.array(z.string()) });
  return {
    id: 'notes',
    icon: 'sticky-note',
    version: 3,
    schema,
    migrations: {
      1: (slice: unknown) => {
        spy(1);
        const { text, ...rest } = slice as { text: string };
        return { ...rest, body: text };
      },
      2: (slice: unknown) => {
        spy(2);
        return { ...(slice as object), tags: [] };
      },
    },
    defaults: () => ({ body: '', tags: [] }),
    sample: () => ({ body: 'Eksempel', tags: ['a'] }),
    catalogs: stepCatalogs({ title: 'Notes' }, { title: 'Noter' }),
    markdown: (slice: { body: string }) => slice.body,
  } satisfies StepDefinition<'notes', typeof schema>;
}

const doc = (steps: Record<string, unknown>, stepVersions: Record<string, number>) => ({ language: 'da', steps, stepVersions });

describe('per-step slice versions', () => {
  it('runs only the migrations a slice needs, once each and in order, and records the new version', () => {
    const spy = vi.fn();
    const result = migrateSlices(doc({ notes: { text: 'Hej' } }, { notes: 1 }), [notesStep(spy)]);
    expect(result).toEqual({ status: 'ok', changed: true, doc: doc({ notes: { body: 'Hej', tags: [] } }, { notes: 3 }) });
    expect(spy.mock.calls).toEqual([[1], [2]]);

    spy.mockClear();
    const fromTwo = migrateSlices(doc({ notes: { body: 'Hej' } }, { notes: 2 }), [notesStep(spy)]);
    expect(fromTwo).toMatchObject({ status: 'ok', changed: true, doc: { steps: { notes: { body: 'Hej', tags: [] } }, stepVersions: { notes: 3 } } });
    expect(spy.mock.calls).toEqual([[2]]);
  });

  it('leaves a slice of the current version as it is (not even copied)', () => {
    const input = doc({ notes: { body: 'Hej', tags: [] } }, { notes: 3 });
    const result = migrateSlices(input, [notesStep()]);
    expect(result).toEqual({ status: 'ok', changed: false, doc: input });
    if (result.status === 'ok') expect(result.doc).toBe(input);
  });

  it('gives a file without the slice the step’s defaults and its version', () => {
    expect(migrateSlices(doc({}, {}), [notesStep()])).toEqual({ status: 'ok', changed: true, doc: doc({ notes: { body: '', tags: [] } }, { notes: 3 }) });
  });

  it('refuses a slice newer than this build’s step, naming the step and both versions', () => {
    expect(migrateSlices(doc({ notes: { body: 'Fra fremtiden', tags: [], colour: 'red' } }, { notes: 4 }), [notesStep()])).toEqual({
      status: 'too_new',
      step: { stepId: 'notes', version: 4, supported: 3 },
    });
  });

  it('keeps the slices (and versions) of steps this build does not know', () => {
    const result = migrateSlices(doc({ future: { x: 1 } }, { future: 7 }), [notesStep()]);
    expect(result).toMatchObject({ status: 'ok', doc: { steps: { future: { x: 1 } }, stepVersions: { future: 7, notes: 3 } } });
  });

  it('adds a step new to a file to its agenda, after the steps that come before it in a workshop', () => {
    const setup = defaultSteps('da')['setup'] as { agenda: { kind: string; stepId?: string }[] };
    const withoutGoal = { ...defaultSteps('da'), setup: { ...setup, agenda: setup.agenda.filter((item) => item.stepId !== 'sharedGoal') } };
    const { sharedGoal: _goal, ...slices } = withoutGoal as Record<string, unknown>;
    const { sharedGoal: _version, ...versions } = currentStepVersions();
    const result = migrateSlices(doc(slices, versions));
    expect(result.status).toBe('ok');
    if (result.status !== 'ok') return;
    const agenda = (result.doc['steps'] as { setup: { agenda: { stepId?: string }[] } }).setup.agenda.map((item) => item.stepId);
    expect(agenda.indexOf('sharedGoal')).toBe(agenda.indexOf('currentState') + 1);
  });
});

describe('a slice from a newer build, through the codec', () => {
  const current = {
    schemaVersion: CURRENT_SCHEMA_VERSION as typeof CURRENT_SCHEMA_VERSION,
    id: 'w1',
    name: 'Nordvind',
    clientCompany: 'Nordvind Ventilation A/S',
    language: 'da' as const,
    currency: 'DKK',
    createdAt: '2026-11-02T08:30:00.000Z',
    updatedAt: '2026-11-02T08:30:00.000Z',
    session: { currentItemId: null, presenterBlank: false, presenterTheme: 'dark' as const, items: {} },
    stepVersions: currentStepVersions(),
    steps: defaultSteps('da'),
  };

  it.each(stepDefinitions.map((step) => step.id))('refuses the file when the slice of %s is one version newer, naming the step', (stepId) => {
    const step = stepDefinitions.find((entry) => entry.id === stepId)!;
    const text = encodeWorkspace({ ...current, stepVersions: { ...current.stepVersions, [stepId]: step.version + 1 } });
    expect(decodeWorkspace(text, codecOptions)).toEqual({
      status: 'too_new',
      schemaVersion: CURRENT_SCHEMA_VERSION,
      name: 'Nordvind',
      step: { stepId, version: step.version + 1, supported: step.version },
    });
  });
});

describe('the sample workshop as batch 1 shipped it (schema version 3)', () => {
  it('opens: its own content kept, every step since added with its defaults and placed on its agenda', async () => {
    const { readFileSync } = await import('node:fs');
    const text = readFileSync(new URL('../../test/fixtures/nordvind-v3-sample.da.json', import.meta.url), 'utf8');
    const before = JSON.parse(text) as { steps: { setup: { agenda: { id: string; kind: string; stepId?: string }[] }; currentState: unknown; sharedGoal: unknown } };
    const result = decodeWorkspace(text, codecOptions);
    expect(result.status).toBe('ok');
    if (result.status !== 'ok') return;
    expect(result.migratedFrom).toBe(3);
    expect(result.workspace.steps['currentState']).toEqual(before.steps.currentState);
    expect(result.workspace.steps['sharedGoal']).toEqual(before.steps.sharedGoal);
    const defaults = defaultSteps('da');
    const agenda = (result.workspace.steps['setup'] as typeof before.steps.setup).agenda;
    for (const step of stepDefinitions.filter((entry) => !['setup', 'currentState', 'sharedGoal'].includes(entry.id))) {
      expect(result.workspace.steps[step.id], step.id).toEqual(defaults[step.id]);
      expect(result.workspace.stepVersions[step.id], step.id).toBe(step.version);
      expect(agenda.filter((item) => item.stepId === step.id), step.id).toHaveLength(1);
    }
    // What the consultant put on the agenda stays, in its order (the new steps come in between).
    const kept = agenda.filter((item) => before.steps.setup.agenda.some((old) => old.id === item.id)).map((item) => item.id);
    expect(kept).toEqual(before.steps.setup.agenda.map((item) => item.id));
  });
});
