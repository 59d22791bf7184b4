// A workspace file changed on disk by another program (a synced folder) while it is open: the
// service notices, stops saving, tells every window, never overwrites the other version, and lets
// the user reload it or keep theirs as a copy.
import { readFile, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { applyPatches, type Patch } from 'immer';
import { afterEach, describe, expect, it } from 'vitest';
import type { Workspace } from '../../src/contract/workspace';
import { defaultSteps } from '../../src/steps';
import {
  TestBed,
  backupsDir,
  createSample,
  edit,
  expectError,
  listDir,
  recordEvents,
  sampleDocument,
  sampleText,
  workspaceFile,
  workspacesDir,
} from './helpers';

const bed = new TestBed();
afterEach(() => bed.cleanup());

async function openSample(options: { watchIntervalMs?: number } = {}) {
  const dataDir = await bed.tempDir();
  const service = await bed.service({ dataDir, ...options });
  const { summary } = await createSample(service);
  const workspaceId = summary.workspaceId;
  await edit(service, workspaceId, [{ type: 'set', path: ['steps', 'notes', 'text'], value: 'Mine, saved' }]);
  const mine = (await service.call('workspace.open', { workspaceId })).workspace;
  // What the other machine wrote: a different, valid version of the same workspace.
  const theirs = sampleText(workspaceId, { name: 'Edited on the other laptop', steps: { ...defaultSteps('da'), notes: { text: 'Theirs' } } });
  const writeTheirs = () => writeFile(workspaceFile(dataDir, workspaceId), theirs);
  const fileText = () => readFile(workspaceFile(dataDir, workspaceId), 'utf8');
  return { dataDir, service, workspaceId, mine, theirs, writeTheirs, fileText };
}

describe('a change on disk under an open workspace', () => {
  it('refuses the next edit with external_change, tells every window, and keeps the other version', async () => {
    const { service, workspaceId, theirs, writeTheirs, fileText } = await openSample();
    const events = recordEvents(service);
    await writeTheirs();

    const refused = await expectError(service, 'workspace.edit', {
      workspaceId,
      baseRevision: (await service.call('workspace.open', { workspaceId })).revision,
      clientId: 'a',
      ops: [{ type: 'set', path: ['name'], value: 'Would overwrite theirs' }],
    });
    expect(refused).toMatchObject({ code: 'external_change', params: { workspaceId } });
    expect(events.named('workspace.externalChange').map((e) => e.payload)).toEqual([{ workspaceId, fileName: `${workspaceId}.json` }]);
    expect(events.named('workspace.saveState').at(-1)!.payload).toMatchObject({ workspaceId, state: 'conflict' });
    expect(await fileText()).toBe(theirs);

    // Until the user chooses, every change is refused and nothing is written.
    const revision = (await service.call('workspace.open', { workspaceId })).revision;
    events.clear();
    for (const [name, input] of [
      ['workspace.edit', { workspaceId, baseRevision: revision, clientId: 'a', ops: [{ type: 'set', path: ['clientCompany'], value: 'x' }] }],
      ['workspace.undo', { workspaceId }],
      ['workspace.rename', { workspaceId, name: 'Renamed' }],
    ] as const) {
      expect((await expectError(service, name, input)).code).toBe('external_change');
    }
    expect(events.named('workspace.changed')).toEqual([]);
    expect((await service.call('workspace.open', { workspaceId })).revision).toBe(revision);
    await service.flush();
    await service.close();
    expect(await fileText()).toBe(theirs);
  });

  it('notices the change through checkExternalChanges() without an edit, once', async () => {
    const { service, workspaceId, theirs, writeTheirs, fileText } = await openSample();
    const events = recordEvents(service);
    await service.checkExternalChanges();
    expect(events.events).toEqual([]);

    await writeTheirs();
    await service.checkExternalChanges();
    await service.checkExternalChanges();
    expect(events.named('workspace.externalChange')).toHaveLength(1);
    expect(events.named('workspace.saveState').map((e) => e.payload.state)).toEqual(['conflict']);
    const refused = await expectError(service, 'workspace.edit', {
      workspaceId,
      baseRevision: (await service.call('workspace.open', { workspaceId })).revision,
      clientId: 'a',
      ops: [{ type: 'set', path: ['name'], value: 'x' }],
    });
    expect(refused.code).toBe('external_change');
    expect(await fileText()).toBe(theirs);
  });

  it('does not call it a change when another program rewrote the same bytes', async () => {
    const { service, workspaceId, fileText } = await openSample();
    const events = recordEvents(service);
    const same = await fileText();
    const file = join(workspacesDir(service.dataDir), `${workspaceId}.json`);
    await writeFile(file, same);
    // Another modification time, whatever the file system's resolution and the machine's speed,
    // so the check must look at the bytes (a sleep before the write could leave it unchanged).
    const { mtime } = await stat(file);
    await utimes(file, mtime, new Date(mtime.getTime() + 60_000));
    await service.checkExternalChanges();
    expect(events.named('workspace.externalChange')).toEqual([]);
    await edit(service, workspaceId, [{ type: 'set', path: ['name'], value: 'Still mine to save' }]);
    expect(JSON.parse(await fileText()).name).toBe('Still mine to save');
  });

  it('is noticed by the watcher when watchIntervalMs is set', async () => {
    const { service, workspaceId, writeTheirs } = await openSample({ watchIntervalMs: 25 });
    const seen = new Promise((resolve) => {
      service.subscribe((event) => {
        if (event.name === 'workspace.externalChange') resolve(event.payload);
      });
    });
    await writeTheirs();
    await expect(seen).resolves.toEqual({ workspaceId, fileName: `${workspaceId}.json` });
  });

  it("'reload' takes the disk version and keeps the in-memory one as a before_reload backup", async () => {
    const { dataDir, service, workspaceId, mine, writeTheirs, fileText } = await openSample();
    const opened = await service.call('workspace.open', { workspaceId });
    let mirror: Workspace = opened.workspace;
    const events = recordEvents(service);
    service.subscribe((event) => {
      if (event.name === 'workspace.changed') mirror = applyPatches(mirror, event.payload.patches as Patch[]);
    });
    await writeTheirs();
    await service.checkExternalChanges();

    const resolved = await service.call('workspace.resolveExternalChange', { workspaceId, choice: 'reload' });
    expect(resolved.copy).toBeUndefined();
    const after = await service.call('workspace.open', { workspaceId });
    expect(after.revision).toBe(resolved.revision);
    expect(after.revision).toBeGreaterThan(opened.revision);
    expect(after.workspace).toEqual(sampleDocument(workspaceId, { name: 'Edited on the other laptop', steps: { ...defaultSteps('da'), notes: { text: 'Theirs' } } }));
    expect(after).toMatchObject({ canUndo: false, canRedo: false });
    expect(mirror).toEqual(after.workspace);
    expect(events.named('workspace.changed').at(-1)!.payload).toMatchObject({ kind: 'reload', revision: after.revision });
    expect(events.named('workspace.saveState').at(-1)!.payload.state).toBe('saved');

    const backups = (await service.call('workspace.backups', { workspaceId })).backups.filter((b) => b.reason === 'before_reload');
    expect(backups).toHaveLength(1);
    const kept = JSON.parse(await readFile(join(backupsDir(dataDir, workspaceId), backups[0]!.backupId), 'utf8'));
    expect(kept).toEqual(mine);

    // Saving works again, on top of their version.
    await edit(service, workspaceId, [{ type: 'set', path: ['clientCompany'], value: 'After reload' }]);
    expect(JSON.parse(await fileText())).toMatchObject({ name: 'Edited on the other laptop', clientCompany: 'After reload' });
    expect((await expectError(service, 'workspace.resolveExternalChange', { workspaceId, choice: 'reload' })).code).toBe('no_external_change');
  });

  it("'keep_mine_as_copy' saves the in-memory version as a new workspace and reloads the disk version", async () => {
    const { dataDir, service, workspaceId, mine, theirs, writeTheirs, fileText } = await openSample();
    await writeTheirs();
    await service.checkExternalChanges();

    const resolved = await service.call('workspace.resolveExternalChange', {
      workspaceId,
      choice: 'keep_mine_as_copy',
      copyName: 'Nordvind (my copy)',
    });
    expect(resolved.copy).toBeDefined();
    const copyId = resolved.copy!.workspaceId;
    expect(copyId).not.toBe(workspaceId);
    expect(resolved.copy).toMatchObject({ status: 'ok', name: 'Nordvind (my copy)' });

    const copy = await service.call('workspace.open', { workspaceId: copyId });
    const { id: _a, name: _b, updatedAt: _c, ...copyContent } = copy.workspace;
    const { id: _d, name: _e, updatedAt: _f, ...mineContent } = mine;
    expect(copyContent).toEqual(mineContent);
    expect(copy.workspace.steps).toMatchObject({ notes: { text: 'Mine, saved' } });

    const original = await service.call('workspace.open', { workspaceId });
    expect(original.workspace.name).toBe('Edited on the other laptop');
    expect(original.revision).toBe(resolved.revision);
    expect(await fileText()).toBe(theirs);
    expect(await listDir(workspacesDir(dataDir))).toEqual([`${copyId}.json`, `${workspaceId}.json`].sort());

    // Both can be edited and saved independently now.
    await edit(service, workspaceId, [{ type: 'set', path: ['clientCompany'], value: 'Theirs+' }]);
    await edit(service, copyId, [{ type: 'set', path: ['clientCompany'], value: 'Mine+' }]);
    expect(JSON.parse(await fileText()).clientCompany).toBe('Theirs+');
  });

  it('keeps the original name for the copy when no copy name is given', async () => {
    const { service, workspaceId, mine, writeTheirs } = await openSample();
    await writeTheirs();
    await service.checkExternalChanges();
    const resolved = await service.call('workspace.resolveExternalChange', { workspaceId, choice: 'keep_mine_as_copy' });
    expect(resolved.copy!.name).toBe(mine.name);
  });

  it('answers no_external_change when there is no conflict to resolve', async () => {
    const { service, workspaceId, fileText } = await openSample();
    const before = await fileText();
    for (const choice of ['reload', 'keep_mine_as_copy'] as const) {
      const error = await expectError(service, 'workspace.resolveExternalChange', { workspaceId, choice });
      expect(error.code).toBe('no_external_change');
    }
    const notOpen = await service.call('workspace.create', { name: 'Closed', clientCompany: '', language: 'en' });
    const error = await expectError(service, 'workspace.resolveExternalChange', { workspaceId: notOpen.workspaceId, choice: 'reload' });
    expect(error.code).toBe('no_external_change');
    expect(await fileText()).toBe(before);
    expect((await service.call('workspace.list', {})).workspaces).toHaveLength(2);
  });
});
