import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { codecOptions, currentStepVersions, defaultSteps, registeredStepIds, stepDefinitions } from '../steps/index';
import { setupSliceSchema } from '../steps/setup/definition';
import { decodeWorkspace, describeIssues, encodeWorkspace, migrateDocument, type CodecOptions, type Migration } from './codec';
import { emptySession } from './session';
import { CURRENT_SCHEMA_VERSION, workspaceEnvelopeShape, workspaceSchema, type Workspace } from './workspace';

const fixturesDir = fileURLToPath(new URL('../../test/fixtures/', import.meta.url));
const fixturePath = (version: number) => `${fixturesDir}workspace-v${version}.json`;

const doc: Workspace = {
  schemaVersion: CURRENT_SCHEMA_VERSION,
  id: '3f6c2a8e-9b1d-4c7e-a5f0-2d8b6e1c4a97',
  name: 'Salg og marketing – fælles playbook 2027',
  clientCompany: 'Nordvind Ventilation A/S',
  language: 'da',
  currency: 'DKK',
  createdAt: '2026-11-02T08:30:00.000Z',
  updatedAt: '2026-11-09T14:12:45.250+01:00',
  session: emptySession(),
  stepVersions: currentStepVersions(),
  steps: defaultSteps('da'),
};
const text = (value: unknown) => JSON.stringify(value, null, 2);
const without = (key: keyof Workspace) => {
  const copy: Record<string, unknown> = { ...doc };
  delete copy[key];
  return copy;
};

function expectDamaged(result: ReturnType<typeof decodeWorkspace>, reason: string, detail?: RegExp | string) {
  expect(result.status).toBe('damaged');
  if (result.status !== 'damaged') return;
  expect(result.reason).toBe(reason);
  if (typeof detail === 'string') expect(result.detail).toBe(detail);
  else if (detail) expect(result.detail).toMatch(detail);
}

describe('decodeWorkspace: text that is not a document', () => {
  it('reports an empty file as empty', () => {
    expectDamaged(decodeWorkspace('', codecOptions), 'empty', '');
  });

  it('reports white space only as empty, saying so', () => {
    expectDamaged(decodeWorkspace(' \n\t\r\n  ', codecOptions), 'empty', 'only white space');
  });

  it('reports a byte-order mark rather than silently reading past it', () => {
    expectDamaged(decodeWorkspace(`\uFEFF${text(doc)}`, codecOptions), 'bom', /U\+FEFF/);
    expectDamaged(decodeWorkspace('\uFEFF{', codecOptions), 'bom');
  });

  it.each([
    ['cut inside a value', '{"schemaVersion": 1, "name": "Nordv'],
    ['cut after a value', '{"schemaVersion": 1'],
    ['cut after a comma', '{"schemaVersion": 1,'],
    ['cut after a key', '{"schemaVersion"'],
    ['cut after a colon', '{"schemaVersion":'],
    ['only an opening brace', '{'],
    ['cut inside an array', '{"steps": {"a": [1, 2'],
    ['cut inside a literal', '{"done": tr'],
    ['cut inside a number', '{"n": -'],
    ['cut inside an escape', '{"name": "a\\u00'],
    ['cut with trailing new lines', '{"schemaVersion": 1,\n  "name": "x"\n\n'],
  ])('reports a file %s as truncated', (_label, input) => {
    expectDamaged(decodeWorkspace(input, codecOptions), 'truncated');
  });

  it('reports the file cut at any point as truncated (a crash mid-write), never as some other damage', () => {
    const full = readFileSync(fixturePath(CURRENT_SCHEMA_VERSION), 'utf8');
    const end = full.trimEnd().length; // the last '}' : cutting only the final new line leaves a valid file
    for (let cut = 1; cut < end; cut += 1) {
      const prefix = full.slice(0, cut);
      const result = decodeWorkspace(prefix, codecOptions);
      expect(result.status, `cut at ${cut}: ${JSON.stringify(prefix.slice(-12))}`).toBe('damaged');
      if (result.status === 'damaged') {
        expect(result.reason, `cut at ${cut}: ${JSON.stringify(prefix.slice(-12))} ${result.detail}`).toBe('truncated');
      }
    }
  });

  it.each([
    ['prose', 'hello'],
    ['single quotes', "{'schemaVersion': 1}"],
    ['a trailing comma', '{"schemaVersion": 1,}'],
    ['a comment', '{"schemaVersion": 1 // v1\n}'],
    ['junk after the document', `${text(doc)}\n}`],
    ['two documents', `${text(doc)}${text(doc)}`],
    ['NaN', '{"n": NaN}'],
    ['HTML', '<!doctype html><title>404</title>'],
    ['a bare word', 'undefined'],
    ['a stray character at the end', '{"a": 1x'],
  ])('reports %s as not JSON', (_label, input) => {
    expectDamaged(decodeWorkspace(input, codecOptions), 'not_json');
  });

  it.each([
    ['null', 'null', 'null'],
    ['an array', '[]', 'array'],
    ['an array of documents', `[${text(doc)}]`, 'array'],
    ['a number', '42', 'number'],
    ['a string', '"str"', 'string'],
    ['a boolean', 'true', 'boolean'],
  ])('reports %s as not an object', (_label, input, detail) => {
    expectDamaged(decodeWorkspace(input, codecOptions), 'not_an_object', detail);
  });
});

describe('decodeWorkspace: JSON of the wrong shape', () => {
  it.each([
    ['missing', without('schemaVersion')],
    ['0', { ...doc, schemaVersion: 0 }],
    ['negative', { ...doc, schemaVersion: -1 }],
    ['1.5', { ...doc, schemaVersion: 1.5 }],
    ['a string', { ...doc, schemaVersion: '1' }],
    ['null', { ...doc, schemaVersion: null }],
  ])('refuses a schemaVersion that is %s, naming the field', (_label, value) => {
    expectDamaged(decodeWorkspace(text(value), codecOptions), 'invalid_shape', /schemaVersion/);
  });

  it('refuses a schemaVersion too large for a number (1e400 parses as Infinity)', () => {
    expectDamaged(decodeWorkspace('{"schemaVersion": 1e400}', codecOptions), 'invalid_shape', /schemaVersion/);
  });

  it.each([
    ['id', without('id')],
    ['name', without('name')],
    ['clientCompany', without('clientCompany')],
    ['language', without('language')],
    ['createdAt', without('createdAt')],
    ['updatedAt', without('updatedAt')],
    ['session', without('session')],
    ['steps', without('steps')],
  ])('refuses a document without %s, naming the field', (field, value) => {
    expectDamaged(decodeWorkspace(text(value), codecOptions), 'invalid_shape', new RegExp(`^${field}:`));
  });

  it.each([
    ['id', { ...doc, id: '../../etc/passwd' }],
    ['name', { ...doc, name: '' }],
    ['name', { ...doc, name: 42 }],
    ['language', { ...doc, language: 'de' }],
    ['currency', { ...doc, currency: 'dkk' }],
    ['createdAt', { ...doc, createdAt: '2. november 2026' }],
    ['updatedAt', { ...doc, updatedAt: 1_762_000_000_000 }],
    ['steps', { ...doc, steps: [] }],
    ['steps', { ...doc, steps: 'none' }],
    ['session', { ...doc, session: null }],
    ['session', { ...doc, session: [] }],
  ])('refuses a document whose %s is invalid, naming the field', (field, value) => {
    expectDamaged(decodeWorkspace(text(value), codecOptions), 'invalid_shape', new RegExp(`^${field}:`));
  });

  it('refuses a session of the wrong shape, naming the field inside it', () => {
    const wrong = { ...doc, session: { ...emptySession(), presenterBlank: 'no' } };
    expectDamaged(decodeWorkspace(text(wrong), codecOptions), 'invalid_shape', /^session\.presenterBlank:/);
    const badTimer = { ...doc, session: { ...emptySession(), items: { 'agenda-setup': { progress: 'done', timer: { startedAt: null, elapsedMs: -1, extraMinutes: 0 }, notes: '' } } } };
    expectDamaged(decodeWorkspace(text(badTimer), codecOptions), 'invalid_shape', /^session\.items\.agenda-setup\.timer\.elapsedMs:/);
  });

  it('gives a current document without a registered step\'s slice that step\'s defaults, and counts it as migrated (so it is backed up first)', () => {
    const { sharedGoal: _goal, ...otherSteps } = doc.steps;
    const { sharedGoal: _version, ...otherVersions } = doc.stepVersions;
    const result = decodeWorkspace(text({ ...doc, steps: otherSteps, stepVersions: otherVersions }), codecOptions);
    expect(result.status).toBe('ok');
    if (result.status !== 'ok') return;
    expect(result.migratedFrom).toBe(CURRENT_SCHEMA_VERSION);
    expect(result.workspace.steps['sharedGoal']).toEqual(defaultSteps('da')['sharedGoal']);
    expect(result.workspace.stepVersions['sharedGoal']).toBe(1);
  });

  it('refuses a registered step\'s slice of the wrong shape, naming the field', () => {
    const setup = defaultSteps('da')['setup'] as Record<string, unknown>;
    const wrong = { ...doc, steps: { ...doc.steps, setup: { ...setup, startTime: '9:00' } } };
    expectDamaged(decodeWorkspace(text(wrong), codecOptions), 'invalid_shape', /^steps\.setup\.startTime:/);
  });

  it('summarises at most three problems and counts the rest', () => {
    const result = decodeWorkspace(`{"schemaVersion": ${CURRENT_SCHEMA_VERSION}}`, codecOptions);
    // id, name, clientCompany, language, createdAt, updatedAt, session, stepVersions, steps
    expectDamaged(result, 'invalid_shape', /^id: .*; name: .*; clientCompany: .* \(\+6 more\)$/);
  });

  it('describes issues at the root and nested paths', () => {
    const issues = z.object({ a: z.object({ b: z.string() }) }).safeParse({ a: { b: 1 } }).error!.issues;
    expect(describeIssues(issues)).toMatch(/^a\.b: /);
    const root = z.string().safeParse(1).error!.issues;
    expect(describeIssues(root)).toMatch(/^\(root\): /);
  });
});

describe('decodeWorkspace: versions', () => {
  it('reports a newer schemaVersion as too new, with the name to show', () => {
    expect(decodeWorkspace(text({ ...doc, schemaVersion: CURRENT_SCHEMA_VERSION + 1, steps: 'a shape we cannot know' }), codecOptions)).toEqual({
      status: 'too_new',
      schemaVersion: CURRENT_SCHEMA_VERSION + 1,
      name: doc.name,
    });
  });

  it('reports a newer file without a usable name with an empty name', () => {
    expect(decodeWorkspace('{"schemaVersion": 99}', codecOptions)).toEqual({ status: 'too_new', schemaVersion: 99, name: '' });
    expect(decodeWorkspace('{"schemaVersion": 99, "name": {"da": "x"}}', codecOptions)).toEqual({ status: 'too_new', schemaVersion: 99, name: '' });
  });

  it('decodes a valid current document as it is, not migrated', () => {
    expect(decodeWorkspace(text(doc), codecOptions)).toEqual({ status: 'ok', workspace: doc, migratedFrom: null });
  });

  it('fills in the default currency of a document without one', () => {
    const result = decodeWorkspace(text(without('currency')), codecOptions);
    expect(result.status === 'ok' && result.workspace.currency).toBe('DKK');
  });

  it('keeps the slices of steps this build does not know, exactly', () => {
    const steps = { ...doc.steps, futureStep: { items: [{ id: 'a', nested: { deep: [1, 'to', null, true] } }] }, other: 'text' };
    const result = decodeWorkspace(text({ ...doc, steps }), codecOptions);
    expect(result.status === 'ok' && result.workspace.steps).toEqual(steps);
  });
});

// ---------------------------------------------------------------------------------------------
// Migrations, with a registry of our own: version 3 is current; v1 called the client `client`,
// v2 renamed it and added `facilitator`, v3 added the `agenda` step slice.

const v3Schema = z.object({
  ...workspaceEnvelopeShape,
  schemaVersion: z.literal(3),
  facilitator: z.string(),
  steps: z.looseObject({ agenda: z.object({ items: z.array(z.object({ id: z.string(), title: z.string() })) }) }),
}) as unknown as z.ZodType<Workspace>;

const from1: Migration = (d) => {
  const { client, ...rest } = d;
  if (typeof client !== 'string') throw new Error('v1 document without a client');
  return { ...rest, clientCompany: client, facilitator: '' };
};
const from2: Migration = (d) => ({
  ...d,
  steps: { ...(d['steps'] as Record<string, unknown>), agenda: { items: [{ id: 'welcome', title: 'Velkommen' }] } },
});

const synthetic = (migrations: CodecOptions['migrations'] = { 1: from1, 2: from2 }): CodecOptions => ({
  schema: v3Schema,
  migrations,
  currentVersion: 3,
});

const { clientCompany: _cc, currency: _cur, ...envelopeWithoutClient } = doc;
const fixtureV1 = { ...envelopeWithoutClient, schemaVersion: 1, client: 'Nordvind Ventilation A/S', steps: {} };
const fixtureV2 = {
  ...doc,
  schemaVersion: 2,
  facilitator: 'Mette Holm',
  steps: { notes: { text: 'Fra sidste møde' } },
};
const fixtureV3 = {
  ...doc,
  schemaVersion: 3,
  facilitator: 'Mette Holm',
  steps: { agenda: { items: [] } },
};

describe('decodeWorkspace: migrations', () => {
  it('migrates a v1 document through every step to the current version', () => {
    const result = decodeWorkspace(text(fixtureV1), synthetic());
    expect(result.status).toBe('ok');
    if (result.status !== 'ok') return;
    expect(result.migratedFrom).toBe(1);
    expect(result.workspace).toMatchObject({
      schemaVersion: 3,
      clientCompany: 'Nordvind Ventilation A/S',
      facilitator: '',
      currency: 'DKK',
      steps: { agenda: { items: [{ id: 'welcome', title: 'Velkommen' }] } },
    });
    expect(result.workspace).not.toHaveProperty('client');
  });

  it('migrates a v2 document with only the steps it needs, keeping what it had', () => {
    const result = decodeWorkspace(text(fixtureV2), synthetic());
    expect(result.status).toBe('ok');
    if (result.status !== 'ok') return;
    expect(result.migratedFrom).toBe(2);
    expect(result.workspace).toMatchObject({ schemaVersion: 3, facilitator: 'Mette Holm', clientCompany: doc.clientCompany });
    expect(result.workspace.steps).toEqual({ notes: { text: 'Fra sidste møde' }, agenda: { items: [{ id: 'welcome', title: 'Velkommen' }] } });
  });

  it('runs each migration once, in order, and none for a current document', () => {
    const calls: string[] = [];
    const m1 = vi.fn<Migration>((d) => (calls.push('1'), from1(d)));
    const m2 = vi.fn<Migration>((d) => (calls.push('2'), from2(d)));
    decodeWorkspace(text(fixtureV1), synthetic({ 1: m1, 2: m2 }));
    expect(calls).toEqual(['1', '2']);
    // Each step sees the version it was written for.
    expect(m1.mock.calls[0]![0]).toMatchObject({ schemaVersion: 1, client: 'Nordvind Ventilation A/S' });
    expect(m2.mock.calls[0]![0]).toMatchObject({ schemaVersion: 2, clientCompany: 'Nordvind Ventilation A/S' });

    calls.length = 0;
    const result = decodeWorkspace(text(fixtureV3), synthetic({ 1: m1, 2: m2 }));
    expect(calls).toEqual([]);
    expect(result.status === 'ok' && result.migratedFrom).toBeNull();
  });

  it('sets schemaVersion itself after each step, so a step need not', () => {
    const seen: unknown[] = [];
    const forgetful: Migration = (d) => {
      seen.push(d['schemaVersion']);
      return { ...d };
    };
    const migrated = migrateDocument({ schemaVersion: 1 }, 1, { migrations: { 1: forgetful, 2: forgetful, 3: forgetful }, currentVersion: 4 });
    expect(seen).toEqual([1, 2, 3]);
    expect(migrated['schemaVersion']).toBe(4);
  });

  it('does not change the document it migrates', () => {
    const input = structuredClone(fixtureV1) as Record<string, unknown>;
    const migrated = migrateDocument(input, 1, synthetic());
    expect(input).toEqual(fixtureV1);
    expect(migrated).toMatchObject({ schemaVersion: 3, clientCompany: fixtureV1.client });
  });

  it('reports a missing migration step as migration_failed, naming the version', () => {
    expectDamaged(decodeWorkspace(text(fixtureV2), synthetic({ 1: from1 })), 'migration_failed', /schema version 2/);
    expectDamaged(decodeWorkspace(text(fixtureV1), synthetic({ 1: from1 })), 'migration_failed', /schema version 2/);
    expectDamaged(decodeWorkspace(text(fixtureV1), synthetic({ 2: from2 })), 'migration_failed', /schema version 1/);
  });

  it('reports a migration that throws as migration_failed, with its message', () => {
    const { client: _client, ...noClient } = fixtureV1;
    expectDamaged(decodeWorkspace(text(noClient), synthetic()), 'migration_failed', 'v1 document without a client');
    const throwsText: Migration = () => {
      throw 'not an Error';
    };
    expectDamaged(decodeWorkspace(text(fixtureV2), synthetic({ 1: from1, 2: throwsText })), 'migration_failed', 'not an Error');
  });

  it('reports a migration whose result does not fit the schema as invalid_shape, naming the field', () => {
    const { facilitator: _f, ...noFacilitator } = fixtureV2;
    const result = decodeWorkspace(text({ ...noFacilitator }), synthetic());
    expectDamaged(result, 'invalid_shape', /^facilitator:/);
  });
});

describe('encodeWorkspace', () => {
  it('round-trips: decoding what it wrote gives the same document', () => {
    const rich: Workspace = {
      ...doc,
      language: 'en',
      currency: 'EUR',
      steps: {
        ...defaultSteps('en'),
        setup: {
          ...(defaultSteps('en')['setup'] as Record<string, unknown>),
          participants: [{ id: 'p-1', name: 'Søren "Sælger" Ærø', title: 'a\\b\n', team: 'sales' }],
        },
        futureStep: { tags: ['a\\b', '\n'], budget: 1250000.5 },
      },
    };
    const encoded = encodeWorkspace(rich);
    const decoded = decodeWorkspace(encoded, codecOptions);
    expect(decoded).toEqual({ status: 'ok', workspace: rich, migratedFrom: null });
  });

  it('writes human-readable text: indented, one field a line, letters as they are, ending in a new line', () => {
    const encoded = encodeWorkspace(doc);
    expect(encoded.endsWith('}\n')).toBe(true);
    expect(encoded.endsWith('\n\n')).toBe(false);
    const lines = encoded.split('\n');
    expect(lines[0]).toBe('{');
    expect(lines[1]).toBe(`  "schemaVersion": ${CURRENT_SCHEMA_VERSION},`);
    expect(lines).toContain('  "clientCompany": "Nordvind Ventilation A/S",');
    expect(encoded).toContain('fælles'); // not \u00e6
  });

  it('writes the same bytes it read for a canonical file', () => {
    const fixture = encodeWorkspace(doc);
    const decoded = decodeWorkspace(fixture, codecOptions);
    expect(decoded.status).toBe('ok');
    if (decoded.status === 'ok') expect(encodeWorkspace(decoded.workspace)).toBe(fixture);
  });
});

// ---------------------------------------------------------------------------------------------

describe('the real registry and its fixtures', () => {
  // Every schema version ever released keeps a fixture of its shape, so a release that bumps
  // CURRENT_SCHEMA_VERSION without a migration (or without a fixture of the current shape) fails.
  const versions = Array.from({ length: CURRENT_SCHEMA_VERSION }, (_, i) => i + 1);

  it.each(versions)('test/fixtures/workspace-v%i.json exists and decodes to a valid current document', (version) => {
    expect(existsSync(fixturePath(version)), fixturePath(version)).toBe(true);
    const result = decodeWorkspace(readFileSync(fixturePath(version), 'utf8'), codecOptions);
    expect(result.status, JSON.stringify(result)).toBe('ok');
    if (result.status !== 'ok') return;
    // A current file is migrated only when a step registered since lacks its slice.
    const complete = version === CURRENT_SCHEMA_VERSION && stepDefinitions.every((step) => (JSON.parse(readFileSync(fixturePath(version), 'utf8')) as Workspace).steps[step.id] !== undefined);
    expect(result.migratedFrom).toBe(complete ? null : version);
    expect(result.workspace.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    for (const step of stepDefinitions) expect(result.workspace.stepVersions[step.id], step.id).toBe(step.version);
    expect(codecOptions.schema.safeParse(result.workspace).success).toBe(true);
    expect(workspaceSchema.safeParse(result.workspace).success).toBe(true);
  });

  it('has a migration for every version below the current one', () => {
    for (let version = 1; version < CURRENT_SCHEMA_VERSION; version += 1) {
      expect(typeof codecOptions.migrations[version], `migration from v${version}`).toBe('function');
    }
    expect(codecOptions.currentVersion).toBe(CURRENT_SCHEMA_VERSION);
  });

  it('has no fixture of a version newer than the code', () => {
    const newer = readdirSync(fixturesDir)
      .map((name) => /^workspace-v(\d+)\.json$/.exec(name))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => Number(m[1]))
      .filter((v) => v > CURRENT_SCHEMA_VERSION);
    expect(newer).toEqual([]);
  });

  it('reads the v1 fixture: the Nordvind Ventilation workshop, in Danish, in kroner', () => {
    const result = decodeWorkspace(readFileSync(fixturePath(1), 'utf8'), codecOptions);
    expect(result.status).toBe('ok');
    if (result.status !== 'ok') return;
    expect(result.migratedFrom).toBe(1);
    expect(result.workspace).toMatchObject({
      schemaVersion: CURRENT_SCHEMA_VERSION,
      id: '3f6c2a8e-9b1d-4c7e-a5f0-2d8b6e1c4a97',
      name: 'Salg og marketing – fælles playbook 2027',
      clientCompany: 'Nordvind Ventilation A/S',
      language: 'da',
      currency: 'DKK',
      createdAt: '2026-11-02T08:30:00.000Z',
      updatedAt: '2026-11-09T14:12:45.250Z',
    });
  });

  it('migrates the v1 fixture to v2: an empty session and the set-up step with its Danish defaults', () => {
    const result = decodeWorkspace(readFileSync(fixturePath(1), 'utf8'), codecOptions);
    expect(result.status).toBe('ok');
    if (result.status !== 'ok') return;
    expect(result.workspace.session).toEqual(emptySession());
    expect(result.workspace.steps['setup']).toEqual(defaultSteps('da')['setup']);
    // The v1 file had no slices; the migration adds exactly the registered steps' ones.
    expect(result.workspace.steps).toEqual(defaultSteps('da'));
    // What the migration made is a current document: saved and read again, it is not migrated twice.
    expect(decodeWorkspace(encodeWorkspace(result.workspace), codecOptions)).toEqual({
      status: 'ok',
      workspace: result.workspace,
      migratedFrom: null,
    });
  });

  it('keeps a v1 file\'s own slices and session when migrating, adding only what is missing', () => {
    const v1 = JSON.parse(readFileSync(fixturePath(1), 'utf8')) as Record<string, unknown>;
    const futureStep = { items: [{ id: 'a', text: 'beholdes' }] };
    const result = decodeWorkspace(text({ ...v1, steps: { futureStep } }), codecOptions);
    expect(result.status).toBe('ok');
    if (result.status !== 'ok') return;
    expect(result.migratedFrom).toBe(1);
    const defaults = defaultSteps('da');
    expect(result.workspace.steps).toEqual({ futureStep, ...defaults });
  });

  it.each([
    ['missing', undefined],
    ['null', null],
    ['a number', 42],
    ['a string', 'xy'],
    ['an array', []],
  ])('reports a v1 file whose steps are %s as damaged: the migration does not repair it', (_label, steps) => {
    const v1 = JSON.parse(readFileSync(fixturePath(1), 'utf8')) as Record<string, unknown>;
    expectDamaged(decodeWorkspace(text({ ...v1, steps }), codecOptions), 'invalid_shape', /^steps: /);
  });

  it('brings the v2 fixture to v3: its set-up and session kept, the wall and the goal added to its agenda', () => {
    const fixture = readFileSync(fixturePath(2), 'utf8');
    const result = decodeWorkspace(fixture, codecOptions);
    expect(result.status).toBe('ok');
    if (result.status !== 'ok') return;
    expect(result.migratedFrom).toBe(2);
    expect(result.workspace).toMatchObject({ schemaVersion: CURRENT_SCHEMA_VERSION, clientCompany: 'Nordvind Ventilation A/S', language: 'da', currency: 'DKK' });
    const before = JSON.parse(fixture) as { steps: { setup: { agenda: { id: string; kind: string }[] } }; session: unknown };
    const setup = setupSliceSchema.parse(result.workspace.steps['setup']);
    expect(setup).toMatchObject({ date: '2027-01-14', startTime: '09:00' });
    expect(setup.participants.length).toBeGreaterThanOrEqual(3);
    expect(result.workspace.session).toEqual(before.session);
    // The steps new to it join the agenda right after the set-up, in workshop order; nothing else moves.
    const stepIds = setup.agenda.filter((item) => item.kind === 'step').map((item) => (item.kind === 'step' ? item.stepId : ''));
    expect(stepIds).toEqual([...registeredStepIds]);
    const setupAt = setup.agenda.findIndex((item) => item.kind === 'step' && item.stepId === 'setup');
    expect(setup.agenda[setupAt + 1]).toMatchObject({ kind: 'step', stepId: 'currentState', enabled: true });
    expect(setup.agenda[setupAt + 2]).toMatchObject({ kind: 'step', stepId: 'sharedGoal', enabled: true });
    expect(setup.agenda.filter((item) => item.kind === 'custom').map((item) => item.id)).toEqual(
      before.steps.setup.agenda.filter((item) => item.kind === 'custom').map((item) => item.id),
    );
    const defaults = defaultSteps('da');
    expect(result.workspace.steps['currentState']).toEqual(defaults['currentState']);
    expect(result.workspace.steps['sharedGoal']).toEqual(defaults['sharedGoal']);
  });

  it('reads the v3 fixture with its slices as they were: the wall with a problem answered by the shared goal', () => {
    const result = decodeWorkspace(readFileSync(fixturePath(3), 'utf8'), codecOptions);
    expect(result.status).toBe('ok');
    if (result.status !== 'ok') return;
    expect(result.migratedFrom).toBe(3);
    // Version 4 records each slice's version: a version 3 file's slices are each slice's first.
    for (const id of ['setup', 'currentState', 'sharedGoal']) expect(result.workspace.stepVersions[id], id).toBe(1);
    const wall = result.workspace.steps['currentState'] as { themes: { problem: boolean; answeredBy: string[] }[]; cards: unknown[] };
    expect(wall.cards).toHaveLength(3);
    expect(wall.themes[0]).toMatchObject({ problem: true, answeredBy: ['sharedGoal'] });
  });
});
