import { describe, expect, it } from 'vitest';
import { applyEdit } from './apply-edit';
import {
  allCallNames,
  allCalls,
  callNames,
  calls,
  events,
  hostCallNames,
  isCallName,
  isHostCallName,
  workspaceListEntrySchema,
  type AnyCallName,
  type EventName,
} from './calls';
import { errorCodes, envelopeSchema, serviceError, serviceErrorSchema, ServiceFailure } from './errors';
import { z } from 'zod';
import { currentStepVersions, defaultSteps } from '../steps/index';
import { setupSliceSchema } from '../steps/setup/definition';
import { emptySession } from './session';
import { CURRENT_SCHEMA_VERSION, type Workspace } from './workspace';

/**
 * The contract is the only gate between a window and the service: every call's input must refuse
 * what the service could be hurt by. Each call (the service's and the host's) needs at least one
 * accepted and one refused input here; a call added to `calls` or `hostCalls` without a row fails
 * the "every call has cases" test (and the type check: the table is keyed by AnyCallName).
 */

const ID = '3f6c2a8e-9b1d-4c7e-a5f0-2d8b6e1c4a97';
const AT = '2026-11-02T08:30:00.000Z';
const long = (n: number) => 'x'.repeat(n);

/** Workspace ids that must never reach the file system (an id is its file name). */
const badWorkspaceIds: Array<[string, unknown]> = [
  ['path traversal ../x', '../x'],
  ['parent folder ..', '..'],
  ['current folder .', '.'],
  ['empty', ''],
  ['forward slash', 'a/b'],
  ['backslash', 'a\\b'],
  ['absolute path', '/etc/passwd'],
  ['windows drive', 'C:evil'],
  ['leading dot', '.hidden'],
  ['leading dash (looks like an option)', '-rf'],
  ['leading underscore', '_x'],
  ['space', 'a b'],
  ['dot inside', 'a.json'],
  ['NUL byte', 'a\u0000b'],
  ['newline', 'a\nb'],
  ['non-ASCII', 'æble'],
  ['101 characters', long(101)],
  ['a number', 42],
  ['null', null],
];

const validOps = [
  { type: 'set', path: ['name'], value: 'Nordvind kickoff' },
  { type: 'set', path: ['steps', 'setup', 'participants', { id: 'p-1' }, 'name'], value: 'Mette' },
  { type: 'delete', path: ['steps', 'setup', 'notes'] },
  { type: 'insert', path: ['steps', 'setup', 'participants'], value: { id: 'p-2', name: 'Jens' } },
  { type: 'insert', path: ['steps', 'setup', 'participants'], value: { id: 'p-3' }, index: 0 },
  { type: 'remove', path: ['steps', 'setup', 'participants', { id: 'p-2' }] },
  { type: 'move', path: ['steps', 'setup', 'participants', { id: 'p-3' }], toIndex: 1 },
];
const editBase = { workspaceId: ID, baseRevision: 3, clientId: 'window-1' };
const editWith = (op: unknown) => ({ ...editBase, ops: [op] });

interface CallCases {
  valid: unknown[];
  invalid: Array<[string, unknown]>;
}

const idOnlyInvalid = (extra: Record<string, unknown> = {}): Array<[string, unknown]> => [
  ...badWorkspaceIds.map(([label, workspaceId]): [string, unknown] => [`workspaceId ${label}`, { ...extra, workspaceId }]),
  ['workspaceId missing', { ...extra }],
  ['unknown key', { ...extra, workspaceId: ID, force: true }],
  ['not an object', ID],
  ['null', null],
  ['array', [ID]],
];

const cases = {
  'workspace.list': {
    valid: [{}],
    invalid: [
      ['unknown key', { all: true }],
      ['null', null],
      ['undefined', undefined],
      ['array', []],
      ['string', 'list'],
    ],
  },
  'workspace.create': {
    valid: [
      { name: 'Kickoff', clientCompany: 'Nordvind Ventilation A/S', language: 'da' },
      { name: 'Kickoff', clientCompany: '', language: 'en', currency: 'EUR' },
      { name: long(200), clientCompany: long(200), language: 'da', currency: 'SEK' },
    ],
    invalid: [
      ['name empty', { name: '', clientCompany: 'N', language: 'da' }],
      ['name only spaces', { name: '   \t ', clientCompany: 'N', language: 'da' }],
      ['name 201 characters', { name: long(201), clientCompany: 'N', language: 'da' }],
      ['name a number', { name: 7, clientCompany: 'N', language: 'da' }],
      ['name missing', { clientCompany: 'N', language: 'da' }],
      ['clientCompany missing', { name: 'K', language: 'da' }],
      ['clientCompany 201 characters', { name: 'K', clientCompany: long(201), language: 'da' }],
      ['language missing', { name: 'K', clientCompany: 'N' }],
      ['language de', { name: 'K', clientCompany: 'N', language: 'de' }],
      ['language DA (case)', { name: 'K', clientCompany: 'N', language: 'DA' }],
      ['language da-DK', { name: 'K', clientCompany: 'N', language: 'da-DK' }],
      ['currency lower case dkk', { name: 'K', clientCompany: 'N', language: 'da', currency: 'dkk' }],
      ['currency two letters DK', { name: 'K', clientCompany: 'N', language: 'da', currency: 'DK' }],
      ['currency four letters', { name: 'K', clientCompany: 'N', language: 'da', currency: 'DKKR' }],
      ['currency symbol kr', { name: 'K', clientCompany: 'N', language: 'da', currency: 'kr.' }],
      ['currency null', { name: 'K', clientCompany: 'N', language: 'da', currency: null }],
      ['unknown key id', { name: 'K', clientCompany: 'N', language: 'da', id: '../x' }],
      ['unknown key schemaVersion', { name: 'K', clientCompany: 'N', language: 'da', schemaVersion: 99 }],
      ['null', null],
    ],
  },
  'workspace.open': { valid: [{ workspaceId: ID }, { workspaceId: 'a' }, { workspaceId: `A${long(99)}` }], invalid: idOnlyInvalid() },
  'workspace.takeOver': { valid: [{ workspaceId: ID }], invalid: [...idOnlyInvalid(), ['unknown key force', { workspaceId: ID, force: true }]] },
  'workspace.rename': {
    valid: [{ workspaceId: ID, name: 'Ny titel' }],
    invalid: [
      ...idOnlyInvalid({ name: 'Ny titel' }),
      ['name missing', { workspaceId: ID }],
      ['name empty', { workspaceId: ID, name: '' }],
      ['name only spaces', { workspaceId: ID, name: '  ' }],
      ['name 201 characters', { workspaceId: ID, name: long(201) }],
      ['name an object', { workspaceId: ID, name: { da: 'x' } }],
    ],
  },
  'workspace.duplicate': {
    valid: [{ workspaceId: ID }, { workspaceId: ID, name: 'Kopi af kickoff' }],
    invalid: [
      ...idOnlyInvalid(),
      ['name empty when given', { workspaceId: ID, name: '' }],
      ['name 201 characters', { workspaceId: ID, name: long(201) }],
      ['name null', { workspaceId: ID, name: null }],
    ],
  },
  'workspace.delete': { valid: [{ workspaceId: ID }], invalid: idOnlyInvalid() },
  'workspace.trash': {
    valid: [{}],
    invalid: [
      ['unknown key', { workspaceId: ID }],
      ['null', null],
    ],
  },
  'workspace.restore': {
    valid: [{ trashId: `${ID}__20261102T083000000Z` }, { trashId: 'a' }],
    invalid: [
      ['trashId path traversal', { trashId: '../x' }],
      ['trashId with a dot', { trashId: 'a.json' }],
      ['trashId with a slash', { trashId: 'a/b' }],
      ['trashId empty', { trashId: '' }],
      ['trashId 201 characters', { trashId: long(201) }],
      ['trashId missing', {}],
      ['trashId a number', { trashId: 12 }],
      ['unknown key', { trashId: 'a', workspaceId: ID }],
    ],
  },
  'workspace.import': {
    valid: [
      { fileName: 'nordvind.json', content: '{}' },
      { fileName: '', content: '' },
    ],
    invalid: [
      ['content missing', { fileName: 'a.json' }],
      ['fileName missing', { content: '{}' }],
      ['content an object (not text)', { fileName: 'a.json', content: { schemaVersion: 1 } }],
      ['fileName 501 characters', { fileName: long(501), content: '{}' }],
      ['unknown key path', { fileName: 'a.json', content: '{}', path: '/etc/passwd' }],
    ],
  },
  'workspace.export': { valid: [{ workspaceId: ID }], invalid: idOnlyInvalid() },
  'workspace.edit': {
    valid: [
      { ...editBase, ops: validOps },
      { ...editBase, baseRevision: 0, ops: [validOps[0]], coalesceKey: 'name' },
      { ...editBase, ops: Array.from({ length: 500 }, () => validOps[0]) },
      editWith({ type: 'set', path: ['steps', 'setup', 'budget'], value: null }),
      editWith({ type: 'set', path: Array.from({ length: 32 }, () => 'a'), value: 1 }),
      // The running of the room, kept off the undo stack (the service allows it under `session` only).
      { ...editWith({ type: 'set', path: ['session', 'currentItemId'], value: 'agenda-setup' }), undoable: false },
      { ...editBase, ops: [validOps[0]], undoable: true },
    ],
    invalid: [
      ...idOnlyInvalid({ baseRevision: 3, clientId: 'w', ops: [validOps[0]] }),
      ['zero ops', { ...editBase, ops: [] }],
      ['501 ops', { ...editBase, ops: Array.from({ length: 501 }, () => validOps[0]) }],
      ['ops missing', { ...editBase }],
      ['ops not an array', { ...editBase, ops: validOps[0] }],
      ['negative revision', { ...editBase, baseRevision: -1, ops: [validOps[0]] }],
      ['fractional revision', { ...editBase, baseRevision: 1.5, ops: [validOps[0]] }],
      ['revision as text', { ...editBase, baseRevision: '3', ops: [validOps[0]] }],
      ['revision missing', { workspaceId: ID, clientId: 'w', ops: [validOps[0]] }],
      ['clientId empty', { ...editBase, clientId: '', ops: [validOps[0]] }],
      ['clientId 101 characters', { ...editBase, clientId: long(101), ops: [validOps[0]] }],
      ['clientId missing', { workspaceId: ID, baseRevision: 3, ops: [validOps[0]] }],
      ['coalesceKey 301 characters', { ...editBase, ops: [validOps[0]], coalesceKey: long(301) }],
      ['undoable as text', { ...editBase, ops: [validOps[0]], undoable: 'false' }],
      ['undoable as a number', { ...editBase, ops: [validOps[0]], undoable: 0 }],
      ['undoable null', { ...editBase, ops: [validOps[0]], undoable: null }],
      ['unknown key', { ...editBase, ops: [validOps[0]], force: true }],
      ['op type unknown', editWith({ type: 'replace', path: ['name'], value: 'x' })],
      ['op type missing', editWith({ path: ['name'], value: 'x' })],
      ['op not an object', editWith('set name x')],
      ['op with unknown key (after)', editWith({ type: 'insert', path: ['a'], value: { id: 'x' }, after: 'p-1' })],
      ['op path empty', editWith({ type: 'set', path: [], value: 'x' })],
      ['op path missing', editWith({ type: 'delete' })],
      ['op path a string', editWith({ type: 'set', path: 'name', value: 'x' })],
      ['op path 33 segments', editWith({ type: 'set', path: Array.from({ length: 33 }, () => 'a'), value: 1 })],
      ['path segment empty string', editWith({ type: 'set', path: ['steps', ''], value: 1 })],
      ['path segment 201 characters', editWith({ type: 'set', path: ['steps', long(201)], value: 1 })],
      ['path segment a number (index)', editWith({ type: 'remove', path: ['steps', 'setup', 'participants', 0] })],
      ['path segment null', editWith({ type: 'set', path: ['steps', null], value: 1 })],
      ['path segment id empty', editWith({ type: 'remove', path: ['steps', { id: '' }] })],
      ['path segment id a number', editWith({ type: 'remove', path: ['steps', { id: 7 }] })],
      ['path segment with extra key', editWith({ type: 'remove', path: ['steps', { id: 'p', index: 0 }] })],
      ['path segment object without id', editWith({ type: 'remove', path: ['steps', { key: 'p' }] })],
      ['insert value without id', editWith({ type: 'insert', path: ['a'], value: { name: 'x' } })],
      ['insert value id empty', editWith({ type: 'insert', path: ['a'], value: { id: '' } })],
      ['insert value id a number', editWith({ type: 'insert', path: ['a'], value: { id: 1 } })],
      ['insert value a string', editWith({ type: 'insert', path: ['a'], value: 'p-1' })],
      ['insert index negative', editWith({ type: 'insert', path: ['a'], value: { id: 'x' }, index: -1 })],
      ['insert index fractional', editWith({ type: 'insert', path: ['a'], value: { id: 'x' }, index: 0.5 })],
      ['move toIndex missing', editWith({ type: 'move', path: ['a', { id: 'x' }] })],
      ['move toIndex negative', editWith({ type: 'move', path: ['a', { id: 'x' }], toIndex: -2 })],
      ['move toIndex as text', editWith({ type: 'move', path: ['a', { id: 'x' }], toIndex: '1' })],
    ],
  },
  'workspace.undo': {
    valid: [{ workspaceId: ID }, { workspaceId: ID, clientId: 'window-1' }],
    invalid: [
      ...idOnlyInvalid(),
      ['clientId 101 characters', { workspaceId: ID, clientId: long(101) }],
      ['clientId a number', { workspaceId: ID, clientId: 1 }],
    ],
  },
  'workspace.redo': {
    valid: [{ workspaceId: ID }, { workspaceId: ID, clientId: 'window-1' }],
    invalid: [...idOnlyInvalid(), ['clientId 101 characters', { workspaceId: ID, clientId: long(101) }]],
  },
  'workspace.backups': { valid: [{ workspaceId: ID }], invalid: idOnlyInvalid() },
  'workspace.restoreBackup': {
    valid: [{ workspaceId: ID, backupId: '20261102T083000000Z-periodic.json' }],
    invalid: [
      ...idOnlyInvalid({ backupId: 'b.json' }),
      ['backupId path traversal', { workspaceId: ID, backupId: '../other/b.json' }],
      ['backupId absolute', { workspaceId: ID, backupId: '/etc/passwd' }],
      ['backupId backslash', { workspaceId: ID, backupId: '..\\b.json' }],
      ['backupId empty', { workspaceId: ID, backupId: '' }],
      ['backupId 201 characters', { workspaceId: ID, backupId: long(201) }],
      ['backupId missing', { workspaceId: ID }],
    ],
  },
  'workspace.resolveExternalChange': {
    valid: [
      { workspaceId: ID, choice: 'reload' },
      { workspaceId: ID, choice: 'keep_mine_as_copy', copyName: 'Kickoff (min kopi)' },
    ],
    invalid: [
      ...idOnlyInvalid({ choice: 'reload' }),
      ['choice missing', { workspaceId: ID }],
      ['choice unknown', { workspaceId: ID, choice: 'overwrite' }],
      ['copyName empty', { workspaceId: ID, choice: 'keep_mine_as_copy', copyName: '' }],
      ['copyName 201 characters', { workspaceId: ID, choice: 'keep_mine_as_copy', copyName: long(201) }],
    ],
  },
  'settings.get': {
    valid: [{}],
    invalid: [
      ['unknown key', { uiLanguage: 'da' }],
      ['null', null],
    ],
  },
  'settings.update': {
    valid: [{ uiLanguage: 'da' }, { uiLanguage: 'en' }],
    invalid: [
      ['uiLanguage missing', {}],
      ['uiLanguage de', { uiLanguage: 'de' }],
      ['uiLanguage null (only the first start leaves it unset)', { uiLanguage: null }],
      ['sampleInstalled is not the window’s to set', { uiLanguage: 'da', sampleInstalled: false }],
      ['unknown key', { uiLanguage: 'da', theme: 'dark' }],
    ],
  },
  'settings.consultant': {
    valid: [
      { firmName: 'Lykke & Co. Rådgivning', accent: '#0F4C81', logo: null },
      { firmName: '', accent: '#c8642a', logo: { mediaType: 'image/svg+xml', data: 'PHN2Zy8+' } },
    ],
    invalid: [
      ['accent not #rrggbb', { firmName: '', accent: 'red', logo: null }],
      ['a logo of another type', { firmName: '', accent: '#000000', logo: { mediaType: 'image/gif', data: 'R0lG' } }],
      ['a logo that is not base64', { firmName: '', accent: '#000000', logo: { mediaType: 'image/png', data: 'not base64!' } }],
      ['a logo over the cap', { firmName: '', accent: '#000000', logo: { mediaType: 'image/png', data: 'A'.repeat(400_000) } }],
      ['a firm name too long', { firmName: 'x'.repeat(121), accent: '#000000', logo: null }],
      ['an unknown key', { firmName: '', accent: '#000000', logo: null, sampleInstalled: true }],
    ],
  },
  'workspace.installSample': {
    valid: [{ language: 'da' }, { language: 'en' }],
    invalid: [
      ['language missing', {}],
      ['language sv', { language: 'sv' }],
      ['language a number', { language: 1 }],
      ['unknown key path', { language: 'da', path: '/tmp/sample.json' }],
    ],
  },
  'host.info': {
    valid: [{}],
    invalid: [
      ['unknown key', { verbose: true }],
      ['null', null],
    ],
  },
  'host.revealFile': { valid: [{ workspaceId: ID }], invalid: [...idOnlyInvalid(), ['a path instead of an id', { path: '/etc/passwd' }]] },
  'host.present': { valid: [{ workspaceId: ID }], invalid: [...idOnlyInvalid(), ['a display chosen by the page', { workspaceId: ID, display: 2 }]] },
  'host.stopPresenting': {
    valid: [{}],
    invalid: [
      ['a workspace id (there is one presenter window)', { workspaceId: ID }],
      ['null', null],
    ],
  },
  'host.pendingEdits': {
    valid: [{ pending: true }, { pending: false }],
    invalid: [
      ['pending missing', {}],
      ['pending as text', { pending: 'yes' }],
      ['unknown key', { pending: true, windowId: 1 }],
      ['null', null],
    ],
  },
  'host.exportWorkspace': {
    valid: [{ workspaceId: ID }],
    invalid: [...idOnlyInvalid(), ['a target path (the dialog picks it)', { workspaceId: ID, path: '/tmp/x.json' }]],
  },
  'host.exportPlaybook': {
    valid: [
      { workspaceId: ID, paper: 'A4', includeNotes: false, cards: 'themes' },
      { workspaceId: ID, paper: 'Letter', includeNotes: true, cards: 'full' },
    ],
    invalid: [
      ['options missing', { workspaceId: ID }],
      ['paper A3', { workspaceId: ID, paper: 'A3', includeNotes: false, cards: 'themes' }],
      ['cards some', { workspaceId: ID, paper: 'A4', includeNotes: false, cards: 'some' }],
      ['notes as a string', { workspaceId: ID, paper: 'A4', includeNotes: 'yes', cards: 'full' }],
      ['a target path (the dialog picks it)', { workspaceId: ID, paper: 'A4', includeNotes: false, cards: 'full', path: '/tmp/x.pdf' }],
      ['path traversal id', { workspaceId: '../x', paper: 'A4', includeNotes: false, cards: 'full' }],
    ],
  },
  'host.saveFile': {
    valid: [{ fileName: 'Nordvind – møder.ics', extension: 'ics', fileTypeName: 'Calendar', content: 'BEGIN:VCALENDAR\r\n' }],
    invalid: [
      ['a folder in the name', { fileName: '../x.ics', extension: 'ics', fileTypeName: 'Calendar', content: '' }],
      ['a backslash in the name', { fileName: 'a\\x.ics', extension: 'ics', fileTypeName: 'Calendar', content: '' }],
      ['an extension with a dot', { fileName: 'x.ics', extension: '.ics', fileTypeName: 'Calendar', content: '' }],
      ['content missing', { fileName: 'x.ics', extension: 'ics', fileTypeName: 'Calendar' }],
      ['a target path (the dialog picks it)', { fileName: 'x.ics', extension: 'ics', fileTypeName: 'Calendar', content: '', path: '/tmp/x.ics' }],
    ],
  },
  'host.savePlaybookMarkdown': {
    valid: [{ workspaceId: ID, content: '# Playbook\n' }, { workspaceId: ID, content: '' }],
    invalid: [
      ['content missing', { workspaceId: ID }],
      ['content not text', { workspaceId: ID, content: 42 }],
      ['a target path (the dialog picks it)', { workspaceId: ID, content: '# x', path: '/tmp/x.md' }],
      ['path traversal id', { workspaceId: '../x', content: '# x' }],
    ],
  },
} satisfies Record<AnyCallName, CallCases>;

describe('call inputs', () => {
  it('has accepted and refused inputs for every call in the contract, and no stale rows', () => {
    expect(allCallNames.length).toBe(callNames.length + hostCallNames.length);
    for (const name of allCallNames) {
      const row = (cases as Record<string, CallCases | undefined>)[name];
      expect(row, `no cases for ${name}`).toBeDefined();
      expect(row!.valid.length, `${name}: valid cases`).toBeGreaterThan(0);
      expect(row!.invalid.length, `${name}: invalid cases`).toBeGreaterThan(0);
    }
    expect(Object.keys(cases).sort()).toEqual([...allCallNames].sort());
  });

  describe.each(allCallNames)('%s', (name) => {
    // A call without a row fails the test above; this keeps the rest of the file running.
    const row: CallCases = (cases as Record<string, CallCases | undefined>)[name] ?? { valid: [], invalid: [] };
    const schema = allCalls[name].input;

    it('is guarded by a schema that refuses what is not an object', () => {
      for (const input of [undefined, null, 'x', 1, []]) expect(schema.safeParse(input).success).toBe(false);
    });

    it.each(row.valid.map((input, i) => [i, input] as const))('accepts valid input #%i', (_i, input) => {
      const result = schema.safeParse(input);
      expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
    });

    it.each(row.invalid)('refuses %s', (_label, input) => {
      expect(schema.safeParse(input).success).toBe(false);
    });
  });

  it('gives a created workspace the currency DKK when none is given, and keeps a given one', () => {
    const input = calls['workspace.create'].input;
    expect(input.parse({ name: 'K', clientCompany: 'N', language: 'da' }).currency).toBe('DKK');
    expect(input.parse({ name: 'K', clientCompany: 'N', language: 'en', currency: 'EUR' }).currency).toBe('EUR');
  });

  it('trims names, so what is stored is what the user sees', () => {
    expect(calls['workspace.create'].input.parse({ name: '  Kickoff  ', clientCompany: ' Nordvind ', language: 'da' })).toMatchObject({
      name: 'Kickoff',
      clientCompany: 'Nordvind',
    });
    expect(calls['workspace.rename'].input.parse({ workspaceId: ID, name: ' Ny ' }).name).toBe('Ny');
  });

  it('keeps an inserted item whole (extra fields pass) but drops nothing the service needs', () => {
    const parsed = calls['workspace.edit'].input.parse(
      editWith({ type: 'insert', path: ['steps', 'setup', 'participants'], value: { id: 'p-9', name: 'Anna', role: 'sales' }, index: 2 }),
    );
    expect(parsed.ops[0]).toEqual({
      type: 'insert',
      path: ['steps', 'setup', 'participants'],
      value: { id: 'p-9', name: 'Anna', role: 'sales' },
      index: 2,
    });
  });

  it('tells contract call names from anything else, inherited object keys included', () => {
    expect(isCallName('workspace.list')).toBe(true);
    expect(isCallName('workspace.edit')).toBe(true);
    expect(isHostCallName('host.revealFile')).toBe(true);
    // The service's calls and the host's are apart: neither answers the other's.
    expect(isCallName('host.revealFile')).toBe(false);
    expect(isHostCallName('workspace.list')).toBe(false);
    for (const name of ['toString', 'constructor', '__proto__', 'hasOwnProperty', '', 'workspace', 'workspace.List']) {
      expect(isCallName(name), name).toBe(false);
      expect(isHostCallName(name), name).toBe(false);
    }
  });
});

// ---------------------------------------------------------------------------------------------

const workspace: Workspace = {
  schemaVersion: CURRENT_SCHEMA_VERSION,
  id: ID,
  name: 'Salg og marketing – fælles playbook 2027',
  clientCompany: 'Nordvind Ventilation A/S',
  language: 'da',
  currency: 'DKK',
  createdAt: AT,
  updatedAt: '2026-11-09T14:12:45.250+01:00',
  session: emptySession(),
  stepVersions: currentStepVersions(),
  steps: {
    ...defaultSteps('da'),
    setup: setupSliceSchema.parse({
      ...(defaultSteps('da')['setup'] as object),
      participants: [{ id: 'p-1', name: 'Mette', title: 'Salgschef', team: 'sales' }],
    }),
  },
};
const summary = {
  status: 'ok',
  workspaceId: ID,
  name: workspace.name,
  clientCompany: workspace.clientCompany,
  language: 'da',
  currency: 'DKK',
  createdAt: AT,
  updatedAt: AT,
  fileName: `${ID}.json`,
  sizeBytes: 512,
} as const;
const damaged = {
  status: 'damaged',
  workspaceId: 'broken',
  fileName: 'broken.json',
  reason: 'truncated',
  detail: 'Unexpected end of JSON input',
  modifiedAt: AT,
  sizeBytes: 100,
  backupCount: 2,
} as const;
const tooNew = {
  status: 'too_new',
  workspaceId: 'future',
  fileName: 'future.json',
  name: 'Fra fremtiden',
  schemaVersion: 7,
  supportedVersion: CURRENT_SCHEMA_VERSION,
  modifiedAt: AT,
  sizeBytes: 10,
} as const;
const trashItem = { trashId: `${ID}__20261102T083000000Z`, workspaceId: ID, name: 'K', clientCompany: 'N', deletedAt: AT, damaged: false };
const revision = { revision: 4, canUndo: true, canRedo: false };

/** One output each call's handler may answer: the contract must accept it. */
const validOutputs = {
  'workspace.list': { workspaces: [summary, damaged, tooNew] },
  'workspace.create': summary,
  'workspace.open': { workspace, revision: 0, canUndo: false, canRedo: false },
  'workspace.takeOver': { workspace, revision: 0, canUndo: false, canRedo: false },
  'workspace.rename': summary,
  'workspace.duplicate': summary,
  'workspace.delete': trashItem,
  'workspace.trash': { items: [trashItem, { ...trashItem, damaged: true }] },
  'workspace.restore': damaged,
  'workspace.import': summary,
  'workspace.export': { fileName: 'Nordvind.json', content: '{}\n' },
  'workspace.edit': revision,
  'workspace.undo': revision,
  'workspace.redo': { revision: 5, canUndo: true, canRedo: true },
  'workspace.backups': {
    backups: [{ backupId: '20261102T083000000Z-periodic.json', createdAt: AT, reason: 'periodic', sizeBytes: 300 }],
  },
  'workspace.restoreBackup': summary,
  'workspace.resolveExternalChange': { revision: 9, copy: summary },
  'settings.get': { uiLanguage: null, sampleInstalled: false },
  'settings.update': { uiLanguage: 'da', sampleInstalled: true },
  'settings.consultant': { uiLanguage: 'da', sampleInstalled: true, consultant: { firmName: 'Lykke & Co.', accent: '#0f4c81', logo: null } },
  'workspace.installSample': { installed: true, workspace: summary },
  'host.info': { kind: 'browser', dataDir: '/home/mette/.config/Samspil', capabilities: { revealFile: false, saveDialog: false, presenterWindow: false } },
  'host.revealFile': {},
  'host.present': {},
  'host.stopPresenting': {},
  'host.pendingEdits': {},
  'host.exportWorkspace': { saved: false },
  'host.exportPlaybook': { saved: true, path: '/home/mette/Documents/Nordvind Ventilation A-S – playbook – 2027-01-14.pdf' },
  'host.savePlaybookMarkdown': { saved: false },
  'host.saveFile': { saved: true, path: '/home/mette/Documents/Nordvind – møder.ics' },
} satisfies Record<AnyCallName, unknown>;

describe('call outputs', () => {
  it.each(allCallNames)('%s accepts what its handler answers', (name) => {
    expect(name in validOutputs, `no sample output for ${name}`).toBe(true);
    const result = allCalls[name].output.safeParse((validOutputs as Record<string, unknown>)[name]);
    expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
  });

  it('tells list entries apart by status and refuses an entry of no known status', () => {
    expect(workspaceListEntrySchema.parse(damaged).status).toBe('damaged');
    expect(workspaceListEntrySchema.parse(tooNew).status).toBe('too_new');
    expect(workspaceListEntrySchema.safeParse({ ...summary, status: 'missing' }).success).toBe(false);
    // A damaged entry must say why, with a reason the UI can translate.
    expect(workspaceListEntrySchema.safeParse({ ...damaged, reason: 'corrupt' }).success).toBe(false);
    const { reason: _reason, ...withoutReason } = damaged;
    expect(workspaceListEntrySchema.safeParse(withoutReason).success).toBe(false);
  });

  it('refuses outputs that would mislead a window', () => {
    expect(calls['workspace.edit'].output.safeParse({ ...revision, revision: -1 }).success).toBe(false);
    expect(calls['workspace.edit'].output.safeParse({ revision: 1 }).success).toBe(false);
    expect(calls['workspace.create'].output.safeParse({ ...summary, language: 'de' }).success).toBe(false);
    expect(calls['workspace.create'].output.safeParse({ ...summary, createdAt: '2. november 2026' }).success).toBe(false);
    expect(calls['workspace.create'].output.safeParse({ ...summary, sizeBytes: -1 }).success).toBe(false);
    expect(calls['workspace.open'].output.safeParse({ ...validOutputs['workspace.open'], workspace: { ...workspace, id: '../x' } }).success).toBe(false);
    expect(calls['workspace.backups'].output.safeParse({ backups: [{ backupId: 'b', createdAt: AT, reason: 'whenever', sizeBytes: 1 }] }).success).toBe(false);
  });
});

// ---------------------------------------------------------------------------------------------

const edited = applyEdit(workspace, [
  { type: 'set', path: ['name'], value: 'Ny titel' },
  { type: 'insert', path: ['steps', 'setup', 'participants'], value: { id: 'p-2', name: 'Jens', title: 'Marketingchef', team: 'marketing' }, index: 0 },
]);

const validEvents = {
  'workspace.changed': {
    workspaceId: ID,
    revision: 5,
    patches: edited.patches,
    clientId: 'window-1',
    kind: 'edit',
    canUndo: true,
    canRedo: false,
  },
  'workspace.listChanged': {},
  'workspace.saveState': { workspaceId: ID, state: 'error', error: serviceError('save_failed', { workspaceId: ID, reason: 'ENOSPC' }) },
  'workspace.externalChange': { workspaceId: ID, fileName: `${ID}.json` },
  'settings.changed': { uiLanguage: 'en', sampleInstalled: true },
  'app.command': { command: 'new_workspace' },
  'app.flushEdits': {},
} satisfies Record<EventName, unknown>;

describe('events', () => {
  it.each(Object.keys(events) as EventName[])('%s accepts a sample payload', (name) => {
    expect(name in validEvents, `no sample payload for ${name}`).toBe(true);
    const result = events[name].safeParse((validEvents as Record<string, unknown>)[name]);
    expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
  });

  it('carries the patches applyEdit produces unchanged (mirrors apply them as they are)', () => {
    expect(edited.patches.length).toBeGreaterThan(0);
    expect(events['workspace.changed'].parse(validEvents['workspace.changed']).patches).toEqual(edited.patches);
  });

  it('refuses malformed change events', () => {
    const changed = events['workspace.changed'];
    const good = validEvents['workspace.changed'];
    expect(changed.safeParse({ ...good, kind: 'typed' }).success).toBe(false);
    expect(changed.safeParse({ ...good, revision: -1 }).success).toBe(false);
    expect(changed.safeParse({ ...good, workspaceId: '../x' }).success).toBe(false);
    expect(changed.safeParse({ ...good, patches: [{ op: 'move', path: ['a'] }] }).success).toBe(false);
    expect(changed.safeParse({ ...good, patches: [{ op: 'add', path: [{ id: 'p-1' }], value: 1 }] }).success).toBe(false);
    expect(events['workspace.saveState'].safeParse({ workspaceId: ID, state: 'lost' }).success).toBe(false);
    expect(events['workspace.saveState'].safeParse({ workspaceId: ID, state: 'error', error: { code: 'disk full', params: {} } }).success).toBe(false);
    expect(events['app.command'].safeParse({ command: 'quit' }).success).toBe(false);
    expect(events['settings.changed'].safeParse({ uiLanguage: 'de', sampleInstalled: true }).success).toBe(false);
  });
});

// ---------------------------------------------------------------------------------------------

describe('errors and the envelope', () => {
  const envelope = envelopeSchema(calls['workspace.edit'].output);

  it('accepts a success with valid data and a failure with a known code', () => {
    expect(envelope.safeParse({ ok: true, data: revision }).success).toBe(true);
    const failure = { ok: false, error: serviceError('stale_revision', { workspaceId: ID, baseRevision: 2, revision: 4, path: 'name' }) };
    expect(envelope.parse(failure)).toEqual(failure);
  });

  it('accepts every declared error code', () => {
    for (const code of errorCodes) expect(serviceErrorSchema.safeParse({ code, params: {} }).success, code).toBe(true);
  });

  it('refuses malformed envelopes', () => {
    expect(envelope.safeParse({ ok: true, data: { revision: -3, canUndo: true, canRedo: false } }).success).toBe(false);
    expect(envelope.safeParse({ ok: true }).success).toBe(false);
    expect(envelope.safeParse({ ok: false }).success).toBe(false);
    expect(envelope.safeParse({ ok: false, error: { code: 'kaboom', params: {} } }).success).toBe(false);
    expect(envelope.safeParse({ ok: false, error: { code: 'internal' } }).success).toBe(false);
    expect(envelope.safeParse({ ok: 'yes', data: revision }).success).toBe(false);
    expect(envelope.safeParse({ data: revision }).success).toBe(false);
  });

  it('allows only plain values as message parameters (no prose objects, no nesting)', () => {
    expect(serviceErrorSchema.safeParse({ code: 'workspace_locked', params: { pid: 4242, host: 'laptop', stale: false } }).success).toBe(true);
    expect(serviceErrorSchema.safeParse({ code: 'workspace_locked', params: { owner: { pid: 1 } } }).success).toBe(false);
    expect(serviceErrorSchema.safeParse({ code: 'workspace_locked', params: { pids: [1, 2] } }).success).toBe(false);
    expect(serviceErrorSchema.safeParse({ code: 'workspace_locked', params: { pid: null } }).success).toBe(false);
  });

  it('builds errors and failures that carry the code, not prose', () => {
    expect(serviceError('not_found')).toEqual({ code: 'not_found', params: {} });
    const failure = new ServiceFailure('target_missing', { path: 'steps.setup' });
    expect(failure).toBeInstanceOf(Error);
    expect(failure.name).toBe('ServiceFailure');
    expect(failure.message).toBe('target_missing');
    expect(failure.error).toEqual({ code: 'target_missing', params: { path: 'steps.setup' } });
    expect(serviceErrorSchema.safeParse(failure.error).success).toBe(true);
  });

  it('keeps the envelope generic over the data schema', () => {
    const listEnvelope = envelopeSchema(z.object({ items: z.array(z.string()) }));
    expect(listEnvelope.safeParse({ ok: true, data: { items: ['a'] } }).success).toBe(true);
    expect(listEnvelope.safeParse({ ok: true, data: { items: [1] } }).success).toBe(false);
  });
});
