// Deleting moves the file to the trash with its bytes untouched; restoring brings it back, under a
// new id when its old one was taken meanwhile. Damaged files can be deleted (and kept) too.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  FakeClock,
  TestBed,
  createSample,
  edit,
  expectError,
  fileHash,
  holdServiceTimers,
  listDir,
  recordEvents,
  sampleText,
  trashDir,
  workspaceFile,
  workspacesDir,
  writeWorkspaceFile,
} from './helpers';

const bed = new TestBed();
afterEach(async () => {
  vi.useRealTimers();
  await bed.cleanup();
});

describe('trash', () => {
  it('moves a deleted workspace to trash/ unchanged and restores it with identical content', async () => {
    const clock = new FakeClock();
    const dataDir = await bed.tempDir();
    const service = await bed.service({ dataDir, now: clock.now });
    const { summary } = await createSample(service, 'To be deleted');
    const keep = await service.call('workspace.create', { name: 'Keeper', clientCompany: '', language: 'en' });
    const workspaceId = summary.workspaceId;
    await service.flush();
    const bytes = await readFile(workspaceFile(dataDir, workspaceId));
    const events = recordEvents(service);

    clock.advance(1000);
    const item = await service.call('workspace.delete', { workspaceId });
    expect(item).toMatchObject({ workspaceId, name: 'To be deleted', clientCompany: 'Nordvind A/S', damaged: false });
    expect(item.deletedAt).toBe(clock.now().toISOString());
    expect(events.named('workspace.listChanged').length).toBeGreaterThan(0);

    expect(await listDir(workspacesDir(dataDir))).toEqual([`${keep.workspaceId}.json`]);
    expect(await listDir(trashDir(dataDir))).toEqual([`${item.trashId}.json`]);
    expect((await readFile(join(trashDir(dataDir), `${item.trashId}.json`))).equals(bytes)).toBe(true);

    const list = (await service.call('workspace.list', {})).workspaces;
    expect(list.map((w) => w.workspaceId)).toEqual([keep.workspaceId]);
    expect((await expectError(service, 'workspace.open', { workspaceId })).code).toBe('not_found');

    const trash = await service.call('workspace.trash', {});
    expect(trash.items).toEqual([item]);

    const restored = await service.call('workspace.restore', { trashId: item.trashId });
    expect(restored).toMatchObject({ status: 'ok', workspaceId, name: 'To be deleted' });
    expect((await readFile(workspaceFile(dataDir, workspaceId))).equals(bytes)).toBe(true);
    expect(await listDir(trashDir(dataDir))).toEqual([]);
    expect((await service.call('workspace.trash', {})).items).toEqual([]);
    const reopened = await service.call('workspace.open', { workspaceId });
    expect(reopened.workspace.name).toBe('To be deleted');
    expect(reopened.workspace.steps).toMatchObject({ notes: { text: 'Bring post-its' } });
    // And it is a working workspace again.
    await edit(service, workspaceId, [{ type: 'set', path: ['name'], value: 'Back again' }]);
    expect(JSON.parse(await readFile(workspaceFile(dataDir, workspaceId), 'utf8')).name).toBe('Back again');
  });

  it('lists several trashed items newest first', async () => {
    const clock = new FakeClock();
    const service = await bed.service({ now: clock.now });
    const a = await service.call('workspace.create', { name: 'A', clientCompany: 'a', language: 'en' });
    const b = await service.call('workspace.create', { name: 'B', clientCompany: 'b', language: 'en' });
    await service.call('workspace.delete', { workspaceId: a.workspaceId });
    clock.advance(5000);
    await service.call('workspace.delete', { workspaceId: b.workspaceId });
    const { items } = await service.call('workspace.trash', {});
    expect(items.map((i) => i.name)).toEqual(['B', 'A']);
    expect(items.map((i) => i.clientCompany)).toEqual(['b', 'a']);
  });

  it('restores under a new id when the old id was taken meanwhile, keeping the bytes', async () => {
    const dataDir = await bed.tempDir();
    const ids = ['first', 'fresh'];
    const service = await bed.service({ dataDir, newId: () => ids.shift()! });
    const original = await service.call('workspace.create', { name: 'Original', clientCompany: '', language: 'en' });
    expect(original.workspaceId).toBe('first');
    const bytes = await readFile(workspaceFile(dataDir, 'first'));
    const item = await service.call('workspace.delete', { workspaceId: 'first' });

    // Another workspace now lives under the same id (e.g. imported from a synced folder).
    await writeWorkspaceFile(dataDir, 'first', sampleText('first', { name: 'Newcomer' }));
    const newcomerHash = await fileHash(workspaceFile(dataDir, 'first'));
    const restored = await service.call('workspace.restore', { trashId: item.trashId });
    expect(restored.workspaceId).toBe('fresh');
    expect(restored).toMatchObject({ status: 'ok', name: 'Original' });
    expect((await readFile(workspaceFile(dataDir, 'fresh'))).equals(bytes)).toBe(true);
    expect(await fileHash(workspaceFile(dataDir, 'first'))).toBe(newcomerHash);

    const opened = await service.call('workspace.open', { workspaceId: 'fresh' });
    expect(opened.workspace.id).toBe('fresh');
    expect(opened.workspace.name).toBe('Original');
    expect((await service.call('workspace.open', { workspaceId: 'first' })).workspace.name).toBe('Newcomer');
  });

  it('answers trash_item_not_found for an unknown trash id and changes nothing', async () => {
    const dataDir = await bed.tempDir();
    const service = await bed.service({ dataDir });
    await createSample(service);
    const before = await listDir(workspacesDir(dataDir));
    for (const trashId of ['nothing__20260101T000000000Z', 'no-separator', 'x__notastamp']) {
      const error = await expectError(service, 'workspace.restore', { trashId });
      expect(error.code).toBe('trash_item_not_found');
    }
    expect((await expectError(service, 'workspace.restore', { trashId: '../workspaces/x' })).code).toBe('invalid_input');
    expect((await expectError(service, 'workspace.delete', { workspaceId: 'never-was' })).code).toBe('not_found');
    expect(await listDir(workspacesDir(dataDir))).toEqual(before);
    expect(await listDir(trashDir(dataDir))).toEqual([]);
  });

  it('deletes a damaged file, keeping its bytes, and restores it as it was', async () => {
    const dataDir = await bed.tempDir();
    const service = await bed.service({ dataDir });
    const damaged = Buffer.from([0x7b, 0x22, 0xff, 0x00, 0x0a]);
    await writeWorkspaceFile(dataDir, 'broken', damaged);
    const item = await service.call('workspace.delete', { workspaceId: 'broken' });
    expect(item).toMatchObject({ workspaceId: 'broken', damaged: true, name: 'broken.json' });
    expect(await listDir(workspacesDir(dataDir))).toEqual([]);
    expect((await readFile(join(trashDir(dataDir), `${item.trashId}.json`))).equals(damaged)).toBe(true);
    expect((await service.call('workspace.trash', {})).items).toEqual([item]);

    const restored = await service.call('workspace.restore', { trashId: item.trashId });
    expect(restored).toMatchObject({ status: 'damaged', workspaceId: 'broken', reason: 'not_json' });
    expect((await readFile(workspaceFile(dataDir, 'broken'))).equals(damaged)).toBe(true);
  });

  it('never brings a deleted workspace back, nor loses an edit it acknowledged, when an edit races the delete', async () => {
    const timers = holdServiceTimers();
    const dataDir = await bed.tempDir();
    const service = await bed.service({ dataDir });
    const { summary } = await createSample(service);
    const { revision } = await service.call('workspace.open', { workspaceId: summary.workspaceId });
    // The edit is sent first, and the delete right after it without waiting for its answer.
    const pending = service.dispatch('workspace.edit', {
      workspaceId: summary.workspaceId,
      baseRevision: revision,
      clientId: 'a',
      ops: [{ type: 'set', path: ['name'], value: 'Last words' }],
    });
    const item = await service.call('workspace.delete', { workspaceId: summary.workspaceId });
    const answer = await pending;
    await service.flush();
    // The edit and the delete answered, and no timer of the service is left (a save's retry of the
    // deleted document would bring the file back later): what is on disk now is final.
    expect(await timers.armed()).toBe(0);
    // The file stays deleted: a late save must not recreate it.
    expect(await listDir(workspacesDir(dataDir))).toEqual([]);
    expect((await service.call('workspace.list', {})).workspaces).toEqual([]);
    const inTrash = JSON.parse(await readFile(join(trashDir(dataDir), `${item.trashId}.json`), 'utf8'));
    if (answer.ok) {
      // Acknowledged means saved: the trashed file has it.
      expect(inTrash.name).toBe('Last words');
    } else {
      expect(answer.error.code).toBe('not_found');
      expect(inTrash.name).toBe('Nordvind workshop');
    }
    // Edits after the delete are refused and write nothing.
    const late = await expectError(service, 'workspace.edit', {
      workspaceId: summary.workspaceId,
      baseRevision: revision,
      clientId: 'a',
      ops: [{ type: 'set', path: ['name'], value: 'Too late' }],
    });
    expect(late.code).toBe('not_found');
    expect(await listDir(workspacesDir(dataDir))).toEqual([]);
  });
});
