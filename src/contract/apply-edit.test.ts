import fc from 'fast-check';
import { applyPatches } from 'immer';
import { describe, expect, it } from 'vitest';
import { applyEdit, formatPath, pathsOverlap, touchedPath } from './apply-edit';
import { patchSchema, PROTECTED_FIELDS, type DocPath, type EditOp } from './edit';
import { ServiceFailure, type ErrorCode } from './errors';
import { currentStepVersions, defaultSteps } from '../steps/index';
import { emptySession } from './session';
import { CURRENT_SCHEMA_VERSION, type Workspace } from './workspace';

/**
 * A fresh document each time: immer freezes what it shares with its result. applyEdit knows no
 * slice's schema (the service validates what it made), so the `setup` slice here is free-form on
 * purpose: fields of every kind (a list by id, an object, an array of strings) to edit.
 */
function makeDoc(): Workspace {
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: '3f6c2a8e-9b1d-4c7e-a5f0-2d8b6e1c4a97',
    name: 'Kickoff',
    clientCompany: 'Nordvind Ventilation A/S',
    language: 'da',
    currency: 'DKK',
    createdAt: '2026-11-02T08:30:00.000Z',
    updatedAt: '2026-11-02T08:30:00.000Z',
    session: emptySession(),
    stepVersions: currentStepVersions(),
    steps: {
      ...defaultSteps('da'),
      setup: {
        participants: [
          { id: 'p1', name: 'Mette', role: 'sales' },
          { id: 'p2', name: 'Jens', role: 'marketing' },
          { id: 'p3', name: 'Anna', role: 'sales' },
        ],
        goals: { revenue: 1_000_000, note: 'FY27' },
        tags: ['b2b'],
      },
    },
  };
}

const participants = (doc: Workspace) =>
  (doc.steps['setup'] as { participants: Array<{ id: string; name: string; role: string }> }).participants;
const setup = (doc: Workspace) => doc.steps['setup'] as Record<string, unknown>;
const P: DocPath = ['steps', 'setup', 'participants'];

/** Runs `fn`, expecting a ServiceFailure with `code` (and `params` containing `params`). */
function expectFailure(fn: () => unknown, code: ErrorCode, params: Record<string, unknown> = {}): ServiceFailure {
  let caught: unknown;
  try {
    fn();
  } catch (error) {
    caught = error;
  }
  expect(caught, 'expected a ServiceFailure').toBeInstanceOf(ServiceFailure);
  const failure = caught as ServiceFailure;
  expect(failure.error.code).toBe(code);
  expect(failure.error.params).toMatchObject(params);
  return failure;
}

/** Applies `ops` to a fresh document, checking the input stays as it was. */
function apply(ops: EditOp[]) {
  const input = makeDoc();
  const before = structuredClone(input);
  const result = applyEdit(input, ops);
  expect(input).toEqual(before);
  return { input, ...result };
}

describe('set', () => {
  it('replaces a top-level field and leaves the input untouched', () => {
    const { input, workspace } = apply([{ type: 'set', path: ['name'], value: 'Salg og marketing' }]);
    expect(workspace.name).toBe('Salg og marketing');
    expect(input.name).toBe('Kickoff');
    expect(workspace).not.toBe(input);
    // Unchanged parts are shared, not copied.
    expect(workspace.steps).toBe(input.steps);
  });

  it('sets a field of an array item addressed by id', () => {
    const { workspace } = apply([{ type: 'set', path: [...P, { id: 'p2' }, 'name'], value: 'Jens Ø.' }]);
    expect(participants(workspace).map((p) => p.name)).toEqual(['Mette', 'Jens Ø.', 'Anna']);
  });

  it('adds a key that does not exist yet when its parent does', () => {
    const { workspace, patches } = apply([{ type: 'set', path: ['steps', 'setup', 'notes'], value: 'Husk kaffe' }]);
    expect(setup(workspace)['notes']).toBe('Husk kaffe');
    expect(patches).toEqual([{ op: 'add', path: ['steps', 'setup', 'notes'], value: 'Husk kaffe' }]);
  });

  it('creates a step slice under steps', () => {
    const { workspace } = apply([{ type: 'set', path: ['steps', 'funnel'], value: { stages: [] } }]);
    expect(workspace.steps['funnel']).toEqual({ stages: [] });
  });

  it('replaces a whole array item when the id stays the same', () => {
    const { workspace } = apply([{ type: 'set', path: [...P, { id: 'p1' }], value: { id: 'p1', name: 'Mette H.' } }]);
    expect(participants(workspace)[0]).toEqual({ id: 'p1', name: 'Mette H.' });
  });

  it.each([
    ['another id', { id: 'p9', name: 'X' }],
    ['no id', { name: 'X' }],
    ['a string', 'p1'],
    ['null', null],
    ['an array', [{ id: 'p1' }]],
  ])('refuses to replace an array item with %s (its id is its address)', (_label, value) => {
    expectFailure(() => applyEdit(makeDoc(), [{ type: 'set', path: [...P, { id: 'p1' }], value }]), 'invalid_edit', {
      reason: 'id_changed',
      path: 'steps.setup.participants[id=p1]',
    });
  });

  it('refuses to change or delete the id field of an array item (two items could share one id)', () => {
    expectFailure(() => applyEdit(makeDoc(), [{ type: 'set', path: [...P, { id: 'p1' }, 'id'], value: 'p2' }]), 'invalid_edit', {
      reason: 'id_changed',
    });
    expectFailure(() => applyEdit(makeDoc(), [{ type: 'delete', path: [...P, { id: 'p1' }, 'id'] }]), 'invalid_edit', {
      reason: 'id_changed',
    });
  });

  it('stores a copy of the value: changing the caller’s object later does not reach the document', () => {
    const value = { revenue: 2_000_000, regions: ['DK', 'SE'] };
    const { workspace } = apply([{ type: 'set', path: ['steps', 'setup', 'goals'], value }]);
    value.regions.push('NO');
    value.revenue = 0;
    expect(setup(workspace)['goals']).toEqual({ revenue: 2_000_000, regions: ['DK', 'SE'] });
    expect(Object.isFrozen(value)).toBe(false);
  });

  it('stores values as JSON holds them (what is saved is what the document holds)', () => {
    const { workspace } = apply([
      { type: 'set', path: ['steps', 'setup', 'when'], value: new Date('2026-11-02T08:30:00.000Z') },
      { type: 'set', path: ['steps', 'setup', 'ratio'], value: Number.NaN },
    ]);
    expect(setup(workspace)['when']).toBe('2026-11-02T08:30:00.000Z');
    expect(setup(workspace)['ratio']).toBeNull();
  });

  it('refuses a set without a value', () => {
    expectFailure(() => applyEdit(makeDoc(), [{ type: 'set', path: ['name'], value: undefined }]), 'invalid_edit', { reason: 'no_value' });
  });

  it.each([
    ['a BigInt', () => 10n],
    ['a cycle', () => {
      const cycle: Record<string, unknown> = {};
      cycle['self'] = cycle;
      return cycle;
    }],
    ['a symbol', () => Symbol('x')],
    ['a function', () => () => 1],
  ])('refuses %s as a value with invalid_edit (both survive structured clone or a careless caller)', (_label, make) => {
    expectFailure(() => applyEdit(makeDoc(), [{ type: 'set', path: ['steps', 'setup', 'x'], value: make() }]), 'invalid_edit', {
      reason: 'not_json',
    });
  });

  it('reports a missing parent as target_missing, with the path as text', () => {
    expectFailure(() => applyEdit(makeDoc(), [{ type: 'set', path: ['steps', 'funnel', 'stages'], value: [] }]), 'target_missing', {
      path: 'steps.funnel.stages',
    });
    expectFailure(() => applyEdit(makeDoc(), [{ type: 'set', path: [...P, { id: 'p9' }, 'name'], value: 'X' }]), 'target_missing', {
      path: 'steps.setup.participants[id=p9].name',
    });
  });

  it('does not walk into inherited properties', () => {
    expectFailure(() => applyEdit(makeDoc(), [{ type: 'set', path: ['steps', 'constructor', 'name'], value: 'X' }]), 'target_missing');
    expectFailure(() => applyEdit(makeDoc(), [{ type: 'set', path: ['steps', 'toString', 'x'], value: 'X' }]), 'target_missing');
  });

  it.each<[string, DocPath]>([
    ['top level', ['__proto__']],
    ['in a slice', ['steps', '__proto__']],
    ['under an item', [...P, { id: 'p1' }, '__proto__']],
  ])('refuses __proto__ in a path (%s) with invalid_edit and pollutes nothing', (_label, path) => {
    expectFailure(() => applyEdit(makeDoc(), [{ type: 'set', path, value: { polluted: true } }]), 'invalid_edit', { reason: 'bad_path' });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('reports a path through a value that is not an object or array as target_missing', () => {
    expectFailure(() => applyEdit(makeDoc(), [{ type: 'set', path: ['name', 'first'], value: 'X' }]), 'target_missing');
    expectFailure(() => applyEdit(makeDoc(), [{ type: 'set', path: ['steps', 'setup', 'goals', 'revenue', 'x'], value: 1 }]), 'target_missing');
  });

  it('does not address arrays by key or objects by id', () => {
    expectFailure(() => applyEdit(makeDoc(), [{ type: 'set', path: [...P, '0', 'name'], value: 'X' }]), 'target_missing');
    expectFailure(() => applyEdit(makeDoc(), [{ type: 'set', path: [...P, 'length'], value: 0 }]), 'target_missing');
    expectFailure(() => applyEdit(makeDoc(), [{ type: 'set', path: ['steps', { id: 'setup' }, 'x'], value: 0 }]), 'target_missing');
  });
});

describe('delete', () => {
  it('removes an object key', () => {
    const { workspace } = apply([{ type: 'delete', path: ['steps', 'setup', 'goals', 'note'] }]);
    expect(setup(workspace)['goals']).toEqual({ revenue: 1_000_000 });
    expect(Object.prototype.hasOwnProperty.call(setup(workspace)['goals'], 'note')).toBe(false);
  });

  it('reports a key that is not there as target_missing', () => {
    expectFailure(() => applyEdit(makeDoc(), [{ type: 'delete', path: ['steps', 'setup', 'nothing'] }]), 'target_missing', {
      path: 'steps.setup.nothing',
    });
    expectFailure(() => applyEdit(makeDoc(), [{ type: 'delete', path: ['steps', 'funnel', 'stages'] }]), 'target_missing');
    expectFailure(() => applyEdit(makeDoc(), [{ type: 'delete', path: ['steps', 'toString'] }]), 'target_missing');
  });

  it('refuses to delete an array item (that is remove)', () => {
    expectFailure(() => applyEdit(makeDoc(), [{ type: 'delete', path: [...P, { id: 'p1' }] }]), 'invalid_edit', { reason: 'use_remove' });
  });
});

describe('insert', () => {
  const newcomer = { id: 'p4', name: 'Lars', role: 'sales' };

  it('appends at the end without an index', () => {
    const { workspace } = apply([{ type: 'insert', path: P, value: newcomer }]);
    expect(participants(workspace).map((p) => p.id)).toEqual(['p1', 'p2', 'p3', 'p4']);
    expect(participants(workspace)[3]).toEqual(newcomer);
  });

  it.each([
    [0, ['p4', 'p1', 'p2', 'p3']],
    [1, ['p1', 'p4', 'p2', 'p3']],
    [3, ['p1', 'p2', 'p3', 'p4']],
    [99, ['p1', 'p2', 'p3', 'p4']],
  ])('inserts at index %i', (index, order) => {
    const { workspace } = apply([{ type: 'insert', path: P, value: newcomer, index }]);
    expect(participants(workspace).map((p) => p.id)).toEqual(order);
  });

  it('inserts into an empty array', () => {
    const { workspace } = apply([
      { type: 'set', path: ['steps', 'setup', 'tags'], value: [] },
      { type: 'insert', path: ['steps', 'setup', 'tags'], value: { id: 't1' } },
    ]);
    expect(setup(workspace)['tags']).toEqual([{ id: 't1' }]);
  });

  it('refuses an id already in the array', () => {
    expectFailure(() => applyEdit(makeDoc(), [{ type: 'insert', path: P, value: { id: 'p2', name: 'Dublet' } }]), 'invalid_edit', {
      reason: 'duplicate_id',
      id: 'p2',
    });
  });

  it('refuses an id inserted twice in one edit', () => {
    expectFailure(
      () =>
        applyEdit(makeDoc(), [
          { type: 'insert', path: P, value: newcomer },
          { type: 'insert', path: P, value: newcomer },
        ]),
      'invalid_edit',
      { reason: 'duplicate_id' },
    );
  });

  it('refuses to insert into something that is not a list', () => {
    expectFailure(() => applyEdit(makeDoc(), [{ type: 'insert', path: ['steps', 'setup', 'goals'], value: newcomer }]), 'invalid_edit', {
      reason: 'not_a_list',
    });
    expectFailure(() => applyEdit(makeDoc(), [{ type: 'insert', path: ['name'], value: newcomer }]), 'invalid_edit', {
      reason: 'not_a_list',
    });
  });

  it('reports a list that is not there as target_missing', () => {
    expectFailure(() => applyEdit(makeDoc(), [{ type: 'insert', path: ['steps', 'setup', 'owners'], value: newcomer }]), 'target_missing');
    expectFailure(() => applyEdit(makeDoc(), [{ type: 'insert', path: ['steps', 'funnel', 'stages'], value: newcomer }]), 'target_missing');
  });

  it('stores a copy of the inserted item', () => {
    const value = { id: 'p4', tags: ['a'] };
    const { workspace } = apply([{ type: 'insert', path: P, value }]);
    value.tags.push('b');
    expect(participants(workspace)[3]).toEqual({ id: 'p4', tags: ['a'] });
  });

  it('lets later operations of the same edit address the inserted item', () => {
    const { workspace } = apply([
      { type: 'insert', path: P, value: newcomer, index: 0 },
      { type: 'set', path: [...P, { id: 'p4' }, 'name'], value: 'Lars K.' },
      { type: 'move', path: [...P, { id: 'p4' }], toIndex: 2 },
    ]);
    expect(participants(workspace).map((p) => `${p.id}:${p.name}`)).toEqual(['p1:Mette', 'p2:Jens', 'p4:Lars K.', 'p3:Anna']);
  });
});

describe('remove', () => {
  it('removes the item with the id, wherever it is', () => {
    const { workspace } = apply([{ type: 'remove', path: [...P, { id: 'p2' }] }]);
    expect(participants(workspace).map((p) => p.id)).toEqual(['p1', 'p3']);
  });

  it('reports an id that is not there as target_missing', () => {
    expectFailure(() => applyEdit(makeDoc(), [{ type: 'remove', path: [...P, { id: 'p9' }] }]), 'target_missing', {
      path: 'steps.setup.participants[id=p9]',
    });
  });

  it('reports an item removed earlier in the same edit as target_missing', () => {
    expectFailure(
      () =>
        applyEdit(makeDoc(), [
          { type: 'remove', path: [...P, { id: 'p2' }] },
          { type: 'remove', path: [...P, { id: 'p2' }] },
        ]),
      'target_missing',
    );
  });

  it('refuses a path that does not end on an item', () => {
    expectFailure(() => applyEdit(makeDoc(), [{ type: 'remove', path: ['steps', 'setup', 'goals'] }]), 'invalid_edit', {
      reason: 'not_a_list_item',
    });
  });
});

describe('move', () => {
  it.each([
    ['p1', 2, ['p2', 'p3', 'p1']],
    ['p3', 0, ['p3', 'p1', 'p2']],
    ['p2', 1, ['p1', 'p2', 'p3']],
    ['p1', 99, ['p2', 'p3', 'p1']],
  ])('moves %s to index %i', (id, toIndex, order) => {
    const { workspace } = apply([{ type: 'move', path: [...P, { id }], toIndex }]);
    expect(participants(workspace).map((p) => p.id)).toEqual(order);
    expect(participants(workspace).find((p) => p.id === id)).toEqual(participants(makeDoc()).find((p) => p.id === id));
  });

  it('reports an id that is not there as target_missing', () => {
    expectFailure(() => applyEdit(makeDoc(), [{ type: 'move', path: [...P, { id: 'p9' }], toIndex: 0 }]), 'target_missing');
  });

  it('refuses a path that does not end on an item', () => {
    expectFailure(() => applyEdit(makeDoc(), [{ type: 'move', path: P, toIndex: 0 }]), 'invalid_edit', { reason: 'not_a_list_item' });
  });
});

describe('protected fields and bad paths', () => {
  it.each(PROTECTED_FIELDS)('refuses to set or delete %s', (field) => {
    expectFailure(() => applyEdit(makeDoc(), [{ type: 'set', path: [field], value: 'x' }]), 'invalid_edit', {
      reason: 'read_only',
      path: field,
    });
    expectFailure(() => applyEdit(makeDoc(), [{ type: 'delete', path: [field] }]), 'invalid_edit', { reason: 'read_only' });
  });

  it('protects the envelope fields before applying anything, even behind a valid operation', () => {
    const input = makeDoc();
    expectFailure(
      () =>
        applyEdit(input, [
          { type: 'set', path: ['name'], value: 'Ny' },
          { type: 'set', path: ['schemaVersion'], value: 99 },
        ]),
      'invalid_edit',
      { reason: 'read_only' },
    );
    expect(input.name).toBe('Kickoff');
    expect(input.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
  });

  it('lets the session be edited like any field (the running of the room is not protected)', () => {
    const { workspace, patches } = apply([
      { type: 'set', path: ['session', 'currentItemId'], value: 'agenda-setup' },
      { type: 'set', path: ['session', 'presenterBlank'], value: true },
    ]);
    expect(workspace.session).toMatchObject({ currentItemId: 'agenda-setup', presenterBlank: true });
    expect(patches).toEqual([
      { op: 'replace', path: ['session', 'currentItemId'], value: 'agenda-setup' },
      { op: 'replace', path: ['session', 'presenterBlank'], value: true },
    ]);
  });

  it('lets a step slice have its own fields named like envelope fields', () => {
    const { workspace } = apply([{ type: 'set', path: ['steps', 'setup', 'createdAt'], value: 'i går' }]);
    expect(setup(workspace)['createdAt']).toBe('i går');
  });

  it('refuses paths that do not start with a field name', () => {
    expectFailure(() => applyEdit(makeDoc(), [{ type: 'remove', path: [{ id: 'p1' }] }]), 'invalid_edit', { reason: 'bad_path' });
    expectFailure(() => applyEdit(makeDoc(), [{ type: 'set', path: [], value: {} }]), 'invalid_edit', { reason: 'bad_path' });
  });
});

describe('all or nothing', () => {
  it.each<[string, EditOp]>([
    ['a missing target', { type: 'set', path: ['steps', 'funnel', 'x'], value: 1 }],
    ['a duplicate id', { type: 'insert', path: P, value: { id: 'p1' } }],
    ['a changed item id', { type: 'set', path: [...P, { id: 'p2' }], value: { id: 'p7' } }],
    ['a removal of a missing item', { type: 'remove', path: [...P, { id: 'p9' }] }],
  ])('applies nothing when a later operation fails on %s', (_label, failing) => {
    const input = makeDoc();
    const before = structuredClone(input);
    expect(() =>
      applyEdit(input, [
        { type: 'set', path: ['name'], value: 'Ændret' },
        { type: 'insert', path: P, value: { id: 'p4' }, index: 0 },
        { type: 'remove', path: [...P, { id: 'p3' }] },
        { type: 'delete', path: ['steps', 'setup', 'tags'] },
        failing,
      ]),
    ).toThrow(ServiceFailure);
    expect(input).toEqual(before);
  });

  it('never changes the document it is given, whatever the operations', () => {
    const ops: EditOp[] = [
      { type: 'set', path: ['clientCompany'], value: 'Sydvind' },
      { type: 'set', path: [...P, { id: 'p1' }, 'role'], value: 'marketing' },
      { type: 'insert', path: P, value: { id: 'p5' } },
      { type: 'move', path: [...P, { id: 'p1' }], toIndex: 3 },
      { type: 'remove', path: [...P, { id: 'p2' }] },
      { type: 'delete', path: ['steps', 'setup', 'goals'] },
    ];
    const input = makeDoc();
    const before = structuredClone(input);
    const first = applyEdit(input, ops);
    expect(input).toEqual(before);
    // The same edit on the same input gives the same result: nothing leaked from the first run.
    expect(applyEdit(input, ops).workspace).toEqual(first.workspace);
  });
});

describe('patches', () => {
  const ops: EditOp[] = [
    { type: 'set', path: ['name'], value: 'Workshop 2' },
    { type: 'set', path: [...P, { id: 'p2' }, 'role'], value: 'ledelse' },
    { type: 'insert', path: P, value: { id: 'p4', name: 'Lars' }, index: 1 },
    { type: 'move', path: [...P, { id: 'p1' }], toIndex: 3 },
    { type: 'remove', path: [...P, { id: 'p3' }] },
    { type: 'delete', path: ['steps', 'setup', 'goals', 'note'] },
    { type: 'set', path: ['steps', 'setup', 'tags'], value: ['b2b', 'industri'] },
  ];

  it('replay the edit on a mirror, and the inverse patches undo it', () => {
    const { input, workspace, patches, inversePatches } = apply(ops);
    expect(applyPatches(makeDoc(), patches)).toEqual(workspace);
    expect(applyPatches(workspace, inversePatches)).toEqual(input);
    expect(applyPatches(applyPatches(workspace, inversePatches), patches)).toEqual(workspace);
  });

  it('are what the contract broadcasts (concrete paths, known ops, JSON values)', () => {
    const { patches, inversePatches } = apply(ops);
    for (const patch of [...patches, ...inversePatches]) {
      expect(patchSchema.safeParse(patch).success, JSON.stringify(patch)).toBe(true);
      expect(JSON.parse(JSON.stringify(patch))).toEqual(patch);
    }
  });

  it('are empty for an edit that changes nothing', () => {
    const { workspace, patches, input } = apply([{ type: 'set', path: ['name'], value: 'Kickoff' }]);
    expect(patches).toEqual([]);
    expect(workspace).toEqual(input);
  });
});

describe('touched paths', () => {
  it('name what each operation claims, an inserted item by its own id', () => {
    const { touched } = apply([
      { type: 'set', path: ['name'], value: 'X' },
      { type: 'insert', path: P, value: { id: 'p4' } },
      { type: 'move', path: [...P, { id: 'p1' }], toIndex: 0 },
      { type: 'remove', path: [...P, { id: 'p2' }] },
      { type: 'delete', path: ['steps', 'setup', 'tags'] },
    ]);
    expect(touched).toEqual([
      ['name'],
      [...P, { id: 'p4' }],
      [...P, { id: 'p1' }],
      [...P, { id: 'p2' }],
      ['steps', 'setup', 'tags'],
    ]);
  });

  it('lets an insert and an edit of a sibling pass each other (no false collision)', () => {
    const inserted = touchedPath({ type: 'insert', path: P, value: { id: 'p4' } });
    expect(pathsOverlap(inserted, [...P, { id: 'p1' }, 'name'])).toBe(false);
    expect(pathsOverlap(inserted, [...P, { id: 'p4' }, 'name'])).toBe(true);
  });
});

describe('pathsOverlap', () => {
  const item = (id: string): DocPath => [...P, { id }];
  it.each<[string, DocPath, DocPath, boolean]>([
    ['the document and anything', [], ['name'], true],
    ['the same field', ['name'], ['name'], true],
    ['two fields', ['name'], ['clientCompany'], false],
    ['a slice and a field inside it', ['steps', 'setup'], [...item('p1'), 'name'], true],
    ['a list and one of its items', P, item('p1'), true],
    ['two items', item('p1'), item('p2'), false],
    ['the same item', item('p1'), item('p1'), true],
    ['two fields of one item', [...item('p1'), 'name'], [...item('p1'), 'role'], false],
    ['an item and one of its fields', item('p1'), [...item('p1'), 'role'], true],
    ['an id segment and a key of the same text', item('p1'), [...P, 'p1'], false],
    ['two slices', ['steps', 'setup'], ['steps', 'funnel'], false],
    ['keys that share a prefix as text', ['steps', 'set'], ['steps', 'setup'], false],
  ])('%s → %s', (_label, a, b, expected) => {
    expect(pathsOverlap(a, b)).toBe(expected);
    expect(pathsOverlap(b, a)).toBe(expected);
  });

  const segment = fc.oneof(fc.constantFrom('steps', 'setup', 'name', 'p1'), fc.record({ id: fc.constantFrom('p1', 'p2', 'setup') }));
  const path = fc.array(segment, { maxLength: 5 });

  it('is symmetric, and a path overlaps everything below it', () => {
    fc.assert(
      fc.property(path, path, (a, b) => {
        expect(pathsOverlap(a, b)).toBe(pathsOverlap(b, a));
        expect(pathsOverlap(a, [...a, ...b])).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('formatPath', () => {
  it.each<[DocPath, string]>([
    [[], '(document)'],
    [['name'], 'name'],
    [['steps', 'setup', 'goals'], 'steps.setup.goals'],
    [['steps', 'setup', 'participants', { id: 'p1' }, 'name'], 'steps.setup.participants[id=p1].name'],
    [['steps', 'setup', 'participants', { id: 'p1' }], 'steps.setup.participants[id=p1]'],
    [['rows', { id: 'r1' }, { id: 'c2' }], 'rows[id=r1][id=c2]'],
    [[{ id: 'x' }, 'y'], '[id=x].y'],
  ])('%j → %s', (path, text) => {
    expect(formatPath(path)).toBe(text);
  });
});
