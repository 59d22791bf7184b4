// A file that fails to parse or validate is reported, never overwritten: each kind of damage is
// named in the list, refused with a typed error on open, and its bytes stay exactly as they were.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { DamageReason } from '../../src/contract/calls';
import { CURRENT_SCHEMA_VERSION } from '../../src/contract/workspace';
import {
  TestBed,
  backupsDir,
  createSample,
  edit,
  expectError,
  fileHash,
  listDir,
  sampleDocument,
  sampleText,
  workspaceFile,
  workspacesDir,
  writeWorkspaceFile,
} from './helpers';

const bed = new TestBed();
afterEach(() => bed.cleanup());

type Case =
  | { id: string; what: string; bytes: Uint8Array | string; reason: DamageReason }
  | { id: string; what: string; bytes: Uint8Array | string; tooNew: number };

const valid = sampleText('placeholder');
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

const cases: Case[] = [
  { id: 'empty', what: 'an empty file', bytes: '', reason: 'empty' },
  { id: 'blank', what: 'only white space', bytes: ' \n\t\r\n  ', reason: 'empty' },
  { id: 'bom', what: 'a UTF-8 BOM before valid JSON', bytes: Buffer.concat([BOM, Buffer.from(sampleText('bom'))]), reason: 'bom' },
  { id: 'cut-in-string', what: 'cut inside a string', bytes: valid.slice(0, valid.indexOf('Nordvind workshop') + 4), reason: 'truncated' },
  { id: 'cut-after-comma', what: 'cut after a comma and newline', bytes: valid.slice(0, valid.indexOf('"clientCompany"')), reason: 'truncated' },
  { id: 'cut-after-value', what: 'cut right after a value', bytes: valid.slice(0, valid.indexOf(',\n  "clientCompany"')), reason: 'truncated' },
  { id: 'cut-in-half', what: 'cut in half', bytes: valid.slice(0, Math.floor(valid.length / 2)), reason: 'truncated' },
  { id: 'not-json', what: 'text that is not JSON', bytes: 'Nordvind workshop\nagenda: kick-off\n', reason: 'not_json' },
  { id: 'bad-syntax', what: 'JSON with a syntax error in the middle', bytes: valid.replace('"name":', '"name" '), reason: 'not_json' },
  { id: 'bad-utf8', what: 'invalid UTF-8 bytes', bytes: Buffer.concat([Buffer.from('{"schemaVersion":1,"name":"'), Buffer.from([0xc3, 0x28, 0xff, 0xfe]), Buffer.from('"}')]), reason: 'not_json' },
  { id: 'null', what: 'null', bytes: 'null\n', reason: 'not_an_object' },
  { id: 'array', what: 'an array', bytes: '[]', reason: 'not_an_object' },
  { id: 'number', what: 'a number', bytes: '42', reason: 'not_an_object' },
  { id: 'no-version', what: 'an object without schemaVersion', bytes: JSON.stringify({ name: 'x', steps: {} }), reason: 'invalid_shape' },
  { id: 'wrong-shape', what: 'valid JSON of the wrong shape', bytes: JSON.stringify({ ...sampleDocument('wrong-shape'), language: 'klingon', createdAt: 12 }), reason: 'invalid_shape' },
  { id: 'too-new', what: 'a newer schemaVersion', bytes: JSON.stringify({ ...sampleDocument('too-new'), schemaVersion: CURRENT_SCHEMA_VERSION + 1, shinyNewField: true }), tooNew: CURRENT_SCHEMA_VERSION + 1 },
];

describe('damaged and too-new files', () => {
  it('reports each kind of damage, refuses it with a typed error, and never changes its bytes', async () => {
    const dataDir = await bed.tempDir();
    const service = await bed.service({ dataDir, backupIntervalMs: 0 });
    // Valid neighbours in the same folder.
    const { summary: good } = await createSample(service, 'Good one');
    await writeWorkspaceFile(dataDir, 'hand-written', sampleText('hand-written', { name: 'Hand written' }));
    for (const c of cases) await writeWorkspaceFile(dataDir, c.id, c.bytes);
    const hashes = new Map<string, string>();
    for (const c of cases) hashes.set(c.id, await fileHash(workspaceFile(dataDir, c.id)));

    const list = (await service.call('workspace.list', {})).workspaces;
    expect(list).toHaveLength(cases.length + 2);
    for (const c of cases) {
      const entry = list.find((e) => e.workspaceId === c.id);
      expect(entry, c.what).toBeDefined();
      expect(entry!.fileName).toBe(`${c.id}.json`);
      if ('reason' in c) {
        expect({ what: c.what, status: entry!.status }).toEqual({ what: c.what, status: 'damaged' });
        if (entry!.status === 'damaged') {
          expect({ what: c.what, reason: entry!.reason }).toEqual({ what: c.what, reason: c.reason });
          expect(entry!.sizeBytes).toBe(Buffer.byteLength(c.bytes));
          expect(entry!.backupCount).toBe(0);
        }
      } else {
        expect(entry!.status).toBe('too_new');
        if (entry!.status === 'too_new') {
          expect(entry!.schemaVersion).toBe(c.tooNew);
          expect(entry!.supportedVersion).toBe(CURRENT_SCHEMA_VERSION);
          expect(entry!.name).toBe('Nordvind workshop');
        }
      }
    }

    for (const c of cases) {
      const opened = await expectError(service, 'workspace.open', { workspaceId: c.id });
      if ('reason' in c) {
        expect({ what: c.what, code: opened.code, reason: opened.params['reason'] }).toEqual({
          what: c.what,
          code: 'workspace_damaged',
          reason: c.reason,
        });
        expect(opened.params['workspaceId']).toBe(c.id);
      } else {
        expect(opened.code).toBe('workspace_too_new');
        expect(opened.params['schemaVersion']).toBe(c.tooNew);
        expect(opened.params['supportedVersion']).toBe(CURRENT_SCHEMA_VERSION);
      }
      const renamed = await expectError(service, 'workspace.rename', { workspaceId: c.id, name: 'Fixed?' });
      expect(renamed.code).toBe(opened.code);
      const edited = await expectError(service, 'workspace.edit', {
        workspaceId: c.id,
        baseRevision: 0,
        clientId: 'a',
        ops: [{ type: 'set', path: ['name'], value: 'Fixed?' }],
      });
      expect(edited.code).toBe(opened.code);
      expect((await expectError(service, 'workspace.undo', { workspaceId: c.id })).code).toBe(opened.code);
      expect((await expectError(service, 'workspace.export', { workspaceId: c.id })).code).toBe(opened.code);
      expect((await expectError(service, 'workspace.duplicate', { workspaceId: c.id })).code).toBe(opened.code);
    }

    // The valid neighbours are untouched by all of that.
    const goodOpen = await service.call('workspace.open', { workspaceId: good.workspaceId });
    expect(goodOpen.workspace.name).toBe('Good one');
    await edit(service, good.workspaceId, [{ type: 'set', path: ['clientCompany'], value: 'Still fine' }]);
    const hand = await service.call('workspace.open', { workspaceId: 'hand-written' });
    expect(hand.workspace.name).toBe('Hand written');

    await service.close();
    for (const c of cases) {
      expect({ what: c.what, hash: await fileHash(workspaceFile(dataDir, c.id)) }).toEqual({ what: c.what, hash: hashes.get(c.id) });
      // No backup folder, no temp file: nothing was written for them.
      expect(await listDir(backupsDir(dataDir, c.id)), c.what).toEqual([]);
    }
    const names = await listDir(workspacesDir(dataDir));
    expect(names).toEqual([...cases.map((c) => `${c.id}.json`), `${good.workspaceId}.json`, 'hand-written.json'].sort());

    // A new service reads them the same way: the refusal did not "repair" anything.
    const again = await bed.service({ dataDir });
    const relisted = (await again.call('workspace.list', {})).workspaces;
    for (const c of cases) {
      const entry = relisted.find((e) => e.workspaceId === c.id)!;
      expect(entry.status).toBe('reason' in c ? 'damaged' : 'too_new');
    }
  });

  it('names the position of the problem in the detail', async () => {
    const dataDir = await bed.tempDir();
    const service = await bed.service({ dataDir });
    await writeWorkspaceFile(dataDir, 'shape', JSON.stringify({ ...sampleDocument('shape'), language: 'klingon' }));
    const entry = (await service.call('workspace.list', {})).workspaces[0]!;
    expect(entry.status).toBe('damaged');
    if (entry.status === 'damaged') expect(entry.detail).toContain('language');
  });

  it('restores a damaged file from a backup and keeps the damaged bytes as a before_restore backup', async () => {
    const dataDir = await bed.tempDir();
    const first = await bed.service({ dataDir, backupIntervalMs: 0 });
    const { summary } = await createSample(first);
    const workspaceId = summary.workspaceId;
    await edit(first, workspaceId, [{ type: 'set', path: ['steps', 'notes', 'text'], value: 'Edited once' }]);
    const lastGood = (await first.call('workspace.open', { workspaceId })).workspace;
    await first.close();

    const damagedBytes = Buffer.from('{"schemaVersion": 1, "name": "Nordvind wor');
    await writeFile(workspaceFile(dataDir, workspaceId), damagedBytes);

    const service = await bed.service({ dataDir, backupIntervalMs: 0 });
    const entry = (await service.call('workspace.list', {})).workspaces[0]!;
    expect(entry.status).toBe('damaged');
    const { backups } = await service.call('workspace.backups', { workspaceId });
    expect(backups.length).toBeGreaterThan(0);
    if (entry.status === 'damaged') expect(entry.backupCount).toBe(backups.length);
    expect(backups.every((b) => b.reason === 'periodic')).toBe(true);
    // Newest first: the newest periodic backup holds the state before the last edit.
    const newest = backups[0]!;
    const newestDoc = JSON.parse(await readFile(join(backupsDir(dataDir, workspaceId), newest.backupId), 'utf8'));
    expect(newestDoc.steps.notes.text).toBe('Bring post-its');

    const restored = await service.call('workspace.restoreBackup', { workspaceId, backupId: newest.backupId });
    expect(restored.status).toBe('ok');
    expect(restored.workspaceId).toBe(workspaceId);
    const opened = await service.call('workspace.open', { workspaceId });
    expect(opened.workspace.steps).toEqual(newestDoc.steps);
    expect(opened.workspace.name).toBe(lastGood.name);

    const after = (await service.call('workspace.backups', { workspaceId })).backups;
    const kept = after.filter((b) => b.reason === 'before_restore');
    expect(kept).toHaveLength(1);
    const keptBytes = await readFile(join(backupsDir(dataDir, workspaceId), kept[0]!.backupId));
    expect(keptBytes.equals(damagedBytes)).toBe(true);
    expect(kept[0]!.sizeBytes).toBe(damagedBytes.length);

    // And the restored document is a normal workspace again.
    await edit(service, workspaceId, [{ type: 'set', path: ['steps', 'notes', 'text'], value: 'Back in business' }]);
    expect(JSON.parse(await readFile(workspaceFile(dataDir, workspaceId), 'utf8')).steps.notes.text).toBe('Back in business');
  });

  it('refuses an unknown backup id and a damaged backup', async () => {
    const dataDir = await bed.tempDir();
    const service = await bed.service({ dataDir, backupIntervalMs: 0 });
    const { summary } = await createSample(service);
    const missing = await expectError(service, 'workspace.restoreBackup', {
      workspaceId: summary.workspaceId,
      backupId: '20260101T000000000Z-periodic.json',
    });
    expect(missing.code).toBe('backup_not_found');
    const traversal = await expectError(service, 'workspace.restoreBackup', {
      workspaceId: summary.workspaceId,
      backupId: '../../workspaces/x.json',
    });
    expect(traversal.code).toBe('invalid_input');

    const [backup] = (await service.call('workspace.backups', { workspaceId: summary.workspaceId })).backups;
    await writeFile(join(backupsDir(dataDir, summary.workspaceId), backup!.backupId), '{"half": ');
    const before = await fileHash(workspaceFile(dataDir, summary.workspaceId));
    const damaged = await expectError(service, 'workspace.restoreBackup', { workspaceId: summary.workspaceId, backupId: backup!.backupId });
    expect(damaged.code).toBe('workspace_damaged');
    expect(damaged.params['reason']).toBe('truncated');
    expect(await fileHash(workspaceFile(dataDir, summary.workspaceId))).toBe(before);
  });
});
