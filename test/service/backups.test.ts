// Rolling backups: at most one periodic backup per interval of editing, a bounded number kept
// (oldest removed first), and restoring one is itself backed up, broadcast and undoable.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { applyPatches } from 'immer';
import { afterEach, describe, expect, it } from 'vitest';
import { encodeWorkspace } from '../../src/contract/codec';
import type { Workspace } from '../../src/contract/workspace';
import { defaultSteps } from '../../src/steps';
import { FakeClock, TestBed, backupsDir, edit, expectError, listDir, recordEvents, workspaceFile } from './helpers';

const bed = new TestBed();
afterEach(() => bed.cleanup());

const MINUTE = 60_000;
/** The steps of a freshly created (English) workspace, and with a note added. */
const freshSteps = () => defaultSteps('en');
const withNote = (note: string) => ({ ...defaultSteps('en'), note });
const INTERVAL = 5 * MINUTE;

async function setup(options: { maxBackups?: number } = {}) {
  const clock = new FakeClock();
  const dataDir = await bed.tempDir();
  const service = await bed.service({ dataDir, now: clock.now, backupIntervalMs: INTERVAL, ...options });
  const summary = await service.call('workspace.create', { name: 'Backups', clientCompany: 'Nordvind', language: 'en' });
  const workspaceId = summary.workspaceId;
  await service.call('workspace.open', { workspaceId });
  const backups = async () => (await service.call('workspace.backups', { workspaceId })).backups;
  const readBackup = async (backupId: string) =>
    JSON.parse(await readFile(join(backupsDir(dataDir, workspaceId), backupId), 'utf8')) as Workspace;
  const setNote = (text: string) => edit(service, workspaceId, [{ type: 'set', path: ['steps', 'note'], value: text }]);
  return { clock, dataDir, service, workspaceId, backups, readBackup, setNote };
}

describe('periodic backups', () => {
  it('makes at most one periodic backup for a burst of edits, and another after the interval', async () => {
    const { clock, backups, readBackup, setNote } = await setup();
    expect(await backups()).toEqual([]);

    for (let i = 0; i < 12; i += 1) {
      await setNote(`burst ${i}`);
      clock.advance(10_000); // two minutes in all: well inside one interval
    }
    const afterBurst = await backups();
    expect(afterBurst).toHaveLength(1);
    expect(afterBurst[0]!.reason).toBe('periodic');
    // It holds the file as it was before the burst (the freshly created workspace).
    expect((await readBackup(afterBurst[0]!.backupId)).steps).toEqual(freshSteps());

    clock.advance(INTERVAL);
    await setNote('after the interval');
    await setNote('and once more');
    const later = await backups();
    expect(later).toHaveLength(2);
    // Newest first; the new one holds the state the burst left on disk.
    expect(later[1]!.backupId).toBe(afterBurst[0]!.backupId);
    expect((await readBackup(later[0]!.backupId)).steps).toEqual(withNote('burst 11'));
    expect(Date.parse(later[0]!.createdAt)).toBeGreaterThan(Date.parse(later[1]!.createdAt));

    clock.advance(INTERVAL - 1);
    await setNote('still inside the second interval');
    expect(await backups()).toHaveLength(2);
  });

  it('keeps at most maxBackups, removing the oldest', async () => {
    const { clock, dataDir, workspaceId, backups, readBackup, setNote } = await setup({ maxBackups: 3 });
    const stamps: string[] = [];
    for (let i = 0; i < 6; i += 1) {
      stamps.push(clock.now().toISOString());
      await setNote(`round ${i}`);
      clock.advance(INTERVAL);
    }
    const kept = await backups();
    expect(kept).toHaveLength(3);
    expect(kept.map((b) => b.createdAt)).toEqual(stamps.slice(3).reverse());
    expect(await listDir(backupsDir(dataDir, workspaceId))).toHaveLength(3);
    // The newest kept backup is the state before the last round.
    expect((await readBackup(kept[0]!.backupId)).steps).toEqual(withNote('round 4'));
    expect((await readBackup(kept[2]!.backupId)).steps).toEqual(withNote('round 2'));
  });

  it('lists backups made in the same millisecond newest first, and rotates the oldest away', async () => {
    const { service, workspaceId, backups, readBackup, setNote } = await setup({ maxBackups: 2 });
    // With the clock standing still, every restore writes a before_restore backup at the same instant.
    await setNote('one');
    const [first] = await backups();
    await service.call('workspace.restoreBackup', { workspaceId, backupId: first!.backupId });
    await service.call('workspace.restoreBackup', { workspaceId, backupId: first!.backupId });
    const list = await backups();
    expect(list).toHaveLength(2);
    // The periodic one is the oldest: it is the one rotated away, and both kept are the restores.
    expect(list.map((b) => b.reason)).toEqual(['before_restore', 'before_restore']);
    // Newest first: the second restore replaced the restored (empty) state, the first one "one".
    expect((await readBackup(list[0]!.backupId)).steps).toEqual(freshSteps());
    expect((await readBackup(list[1]!.backupId)).steps).toEqual(withNote('one'));
  });
});

describe('backup names', () => {
  it('never overwrites an earlier backup, even when a restarted service sees the same instant', async () => {
    const clock = new FakeClock();
    const dataDir = await bed.tempDir();
    const first = await bed.service({ dataDir, now: clock.now, backupIntervalMs: INTERVAL });
    const { workspaceId } = await first.call('workspace.create', { name: 'Same instant', clientCompany: '', language: 'en' });
    await edit(first, workspaceId, [{ type: 'set', path: ['steps', 'note'], value: 'one' }]);
    await first.close();
    // The clock did not move (or was set back): the next session's first backup has the same stamp.
    const second = await bed.service({ dataDir, now: clock.now, backupIntervalMs: INTERVAL });
    await edit(second, workspaceId, [{ type: 'set', path: ['steps', 'note'], value: 'two' }]);
    const backups = (await second.call('workspace.backups', { workspaceId })).backups;
    expect(backups).toHaveLength(2);
    const contents = await Promise.all(
      backups.map(async (b) => JSON.parse(await readFile(join(backupsDir(dataDir, workspaceId), b.backupId), 'utf8')).steps),
    );
    expect(contents).toEqual([withNote('one'), freshSteps()]);
  });
});

describe('restoring a backup on an open workspace', () => {
  it('backs up the current state, replaces the document, broadcasts a restore, and can be undone', async () => {
    const { clock, dataDir, service, workspaceId, backups, readBackup, setNote } = await setup();
    await setNote('first version');
    clock.advance(INTERVAL);
    await setNote('second version');
    await edit(service, workspaceId, [{ type: 'set', path: ['clientCompany'], value: 'Changed Co' }]);
    const beforeRestore = await service.call('workspace.open', { workspaceId });
    const periodic = await backups();
    expect(periodic).toHaveLength(2);
    const target = periodic[0]!; // the state after "first version"
    const targetDoc = await readBackup(target.backupId);
    expect(targetDoc.steps).toEqual(withNote('first version'));

    // A mirror kept by patches, like a window.
    let mirror: Workspace = beforeRestore.workspace;
    let mirrorRevision = beforeRestore.revision;
    const events = recordEvents(service);
    service.subscribe((event) => {
      if (event.name !== 'workspace.changed') return;
      expect(event.payload.revision).toBe(mirrorRevision + 1);
      mirror = applyPatches(mirror, event.payload.patches as never);
      mirrorRevision = event.payload.revision;
    });

    clock.advance(MINUTE);
    const summary = await service.call('workspace.restoreBackup', { workspaceId, backupId: target.backupId });
    expect(summary).toMatchObject({ status: 'ok', workspaceId, clientCompany: 'Nordvind' });

    const restored = await service.call('workspace.open', { workspaceId });
    expect(restored.workspace.steps).toEqual(withNote('first version'));
    expect(restored.workspace.clientCompany).toBe('Nordvind');
    expect(restored.workspace.id).toBe(workspaceId);
    expect(restored.revision).toBe(beforeRestore.revision + 1);
    expect(restored.canUndo).toBe(true);
    expect(mirror).toEqual(restored.workspace);

    const changed = events.named('workspace.changed');
    expect(changed).toHaveLength(1);
    expect(changed[0]!.payload).toMatchObject({ workspaceId, kind: 'restore', revision: restored.revision, canUndo: true });
    expect(events.named('workspace.listChanged').length).toBeGreaterThan(0);

    // The state it replaced is kept as a before_restore backup, exactly as it was in memory.
    const all = await backups();
    const kept = all.filter((b) => b.reason === 'before_restore');
    expect(kept).toHaveLength(1);
    const keptText = await readFile(join(backupsDir(dataDir, workspaceId), kept[0]!.backupId), 'utf8');
    expect(keptText).toBe(encodeWorkspace(beforeRestore.workspace));

    // On disk too.
    expect(JSON.parse(await readFile(workspaceFile(dataDir, workspaceId), 'utf8'))).toEqual(restored.workspace);

    // Undo brings back what was there before the restore.
    const undone = await service.call('workspace.undo', { workspaceId });
    expect(undone.canRedo).toBe(true);
    const afterUndo = await service.call('workspace.open', { workspaceId });
    const { updatedAt: _a, ...undoneDoc } = afterUndo.workspace;
    const { updatedAt: _b, ...originalDoc } = beforeRestore.workspace;
    expect(undoneDoc).toEqual(originalDoc);
    expect(mirror).toEqual(afterUndo.workspace);
    expect(events.named('workspace.changed').at(-1)!.payload.kind).toBe('undo');
    expect(JSON.parse(await readFile(workspaceFile(dataDir, workspaceId), 'utf8')).clientCompany).toBe('Changed Co');
  });

  it('answers backup_not_found for a backup of another workspace', async () => {
    const { service, workspaceId, backups, setNote } = await setup();
    await setNote('x');
    const [backup] = await backups();
    const other = await service.call('workspace.create', { name: 'Other', clientCompany: '', language: 'en' });
    const error = await expectError(service, 'workspace.restoreBackup', { workspaceId: other.workspaceId, backupId: backup!.backupId });
    expect(error.code).toBe('backup_not_found');
    expect((await service.call('workspace.open', { workspaceId })).workspace.steps).toEqual(withNote('x'));
  });
});
