// A Samspil whose workspace another Samspil took over (workspace.takeOver, issue 11) is the
// displaced owner: it must never write that workspace's file again, nor its backups, and must say
// so. Two services on one data folder play the two apps (the first is A, the displaced one; the
// second is B, the one that took over).
import { readFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LockOwner } from '../../electron/service/file-lock';
import type { WorkspaceService } from '../../electron/service/workspace-service';
import {
  TestBed,
  backupsDir,
  createSample,
  edit,
  expectError,
  fileHash,
  listDir,
  locksDir,
  readWorkspaceFile,
  recordEvents,
  workspaceFile,
  workspacesDir,
} from './helpers';

/** Holds one `open` of the file system until the test lets it go: a save caught half-way. */
const gate = vi.hoisted(() => ({ hold: null as ((path: string) => Promise<void> | undefined) | null }));

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  const open: typeof real.open = async (...args) => {
    await gate.hold?.(String(args[0]));
    return real.open(...args);
  };
  return { ...real, default: { ...real, open }, open };
});

const bed = new TestBed();
afterEach(async () => {
  gate.hold = null;
  await bed.cleanup();
});

/** A holds a workspace with an edit saved; B runs on the same data folder, with nothing open. */
async function twoApps(): Promise<{ dataDir: string; a: WorkspaceService; b: WorkspaceService; workspaceId: string }> {
  const dataDir = await bed.tempDir();
  // A backs up before every save: a backup written after the take-over cannot hide.
  const a = await bed.service({ dataDir, backupIntervalMs: 0 });
  const b = await bed.service({ dataDir });
  const { summary } = await createSample(a);
  await edit(a, summary.workspaceId, [{ type: 'set', path: ['name'], value: 'Saved by A' }]);
  return { dataDir, a, b, workspaceId: summary.workspaceId };
}

const lockOf = async (dataDir: string, workspaceId: string) =>
  JSON.parse(await readFile(join(locksDir(dataDir), `${workspaceId}.lock`), 'utf8')) as LockOwner;

/** Everything A could have written: the workspace's bytes, its backups, its lock. */
async function footprint(dataDir: string, workspaceId: string) {
  return {
    file: await fileHash(workspaceFile(dataDir, workspaceId)),
    workspaces: await listDir(workspacesDir(dataDir)),
    backups: await listDir(backupsDir(dataDir, workspaceId)),
    lock: await lockOf(dataDir, workspaceId),
  };
}

describe('the displaced owner of a workspace', () => {
  it('has its edits refused with workspace_taken_over, naming the new owner, and writes nothing after', async () => {
    const { dataDir, a, b, workspaceId } = await twoApps();
    await b.call('workspace.takeOver', { workspaceId });
    await edit(b, workspaceId, [{ type: 'set', path: ['clientCompany'], value: 'Typed in B' }]);
    const bLock = await lockOf(dataDir, workspaceId);
    const before = await footprint(dataDir, workspaceId);
    const aEvents = recordEvents(a);

    const refused = await expectError(a, 'workspace.edit', {
      workspaceId,
      baseRevision: 2, // created (0), filled with the sample (1), named (2)
      clientId: 'a-window',
      ops: [{ type: 'set', path: ['name'], value: 'Typed in A after the take-over' }],
    });
    expect(refused).toEqual({
      code: 'workspace_taken_over',
      params: { workspaceId, pid: process.pid, host: hostname(), since: bLock.since },
    });
    // A says so once, with who took it; its mirrors get no change that is not on disk.
    expect(aEvents.named('workspace.saveState').map((e) => e.payload)).toEqual([
      { workspaceId, state: 'saving' },
      { workspaceId, state: 'taken_over', error: refused },
    ]);
    expect(aEvents.named('workspace.changed')).toEqual([]);

    // Every other way A could write the workspace is refused too.
    for (const call of ['workspace.undo', 'workspace.redo'] as const) {
      expect((await expectError(a, call, { workspaceId })).code).toBe('workspace_taken_over');
    }
    expect((await expectError(a, 'workspace.rename', { workspaceId, name: 'Renamed in A' })).code).toBe('workspace_taken_over');
    expect((await expectError(a, 'workspace.delete', { workspaceId })).code).toBe('workspace_taken_over');

    // A's saver, watcher and close write nothing: not the file, not a backup, not the lock.
    await a.flush();
    await a.checkExternalChanges();
    await a.close();
    expect(await footprint(dataDir, workspaceId)).toEqual(before);

    // B goes on saving, with no conflict: the file holds B's edits only.
    await edit(b, workspaceId, [{ type: 'set', path: ['name'], value: 'Named in B' }]);
    const saved = JSON.parse(await readWorkspaceFile(dataDir, workspaceId)) as { name: string; clientCompany: string };
    expect(saved).toMatchObject({ name: 'Named in B', clientCompany: 'Typed in B' });
  });

  it('cannot write even before the new owner has saved anything (the file unchanged since A wrote it)', async () => {
    const { dataDir, a, b, workspaceId } = await twoApps();
    await b.call('workspace.takeOver', { workspaceId });
    const before = await footprint(dataDir, workspaceId);

    expect((await expectError(a, 'workspace.edit', { workspaceId, baseRevision: 2, clientId: 'a', ops: [{ type: 'set', path: ['name'], value: 'A' }] })).code).toBe(
      'workspace_taken_over',
    );
    await a.flush();
    expect(await footprint(dataDir, workspaceId)).toEqual(before);
    // B's first save is not taken for another program's change.
    await edit(b, workspaceId, [{ type: 'set', path: ['name'], value: 'Named in B' }]);
    expect(JSON.parse(await readWorkspaceFile(dataDir, workspaceId))).toMatchObject({ name: 'Named in B' });
  });

  it('keeps out a save that was under way when the lock was taken', async () => {
    const { dataDir, a, b, workspaceId } = await twoApps();
    const before = await fileHash(workspaceFile(dataDir, workspaceId));
    // A's next save stops as it opens its temp file, after its first check of the lock.
    let reached!: () => void;
    let release!: () => void;
    const atTemp = new Promise<void>((resolve) => (reached = resolve));
    const released = new Promise<void>((resolve) => (release = resolve));
    gate.hold = (path) => {
      if (!path.startsWith(join(workspacesDir(dataDir), `.${workspaceId}.json.`))) return undefined;
      gate.hold = null;
      reached();
      return released;
    };
    const aEdit = a.dispatch('workspace.edit', { workspaceId, baseRevision: 2, clientId: 'a', ops: [{ type: 'set', path: ['name'], value: 'A, half-way' }] });
    await atTemp;
    const taken = await b.call('workspace.takeOver', { workspaceId });
    release();

    const answer = await aEdit;
    expect(answer.ok ? answer : answer.error.code).toBe('workspace_taken_over');
    expect(await fileHash(workspaceFile(dataDir, workspaceId))).toBe(before);
    expect(taken.workspace.name).toBe('Saved by A');
    // No temp file left behind, and B's save finds the file as B read it.
    expect(await listDir(workspacesDir(dataDir))).toEqual([`${workspaceId}.json`]);
    await edit(b, workspaceId, [{ type: 'set', path: ['name'], value: 'Named in B' }]);
    expect(JSON.parse(await readWorkspaceFile(dataDir, workspaceId))).toMatchObject({ name: 'Named in B' });
  });

  it('is told while idle: the periodic check finds the lock is another’s', async () => {
    const { a, b, workspaceId } = await twoApps();
    await b.call('workspace.takeOver', { workspaceId });
    const aEvents = recordEvents(a);
    await a.checkExternalChanges();
    expect(aEvents.named('workspace.saveState').map((e) => [e.payload.state, e.payload.error?.code])).toEqual([['taken_over', 'workspace_taken_over']]);
  });

  it('can take it back: the file is read afresh with the other’s edits, and the other is displaced in turn', async () => {
    const { dataDir, a, b, workspaceId } = await twoApps();
    await b.call('workspace.takeOver', { workspaceId });
    await edit(b, workspaceId, [{ type: 'set', path: ['clientCompany'], value: 'Typed in B' }]);
    await expectError(a, 'workspace.edit', { workspaceId, baseRevision: 2, clientId: 'a', ops: [{ type: 'set', path: ['name'], value: 'lost' }] });

    // Opening again asks for the lock afresh: B holds it.
    expect((await expectError(a, 'workspace.open', { workspaceId })).code).toBe('workspace_locked');
    const back = await a.call('workspace.takeOver', { workspaceId });
    expect(back.workspace).toMatchObject({ name: 'Saved by A', clientCompany: 'Typed in B' });
    await edit(a, workspaceId, [{ type: 'set', path: ['name'], value: 'A again' }]);
    expect((await expectError(b, 'workspace.edit', { workspaceId, baseRevision: 1, clientId: 'b', ops: [{ type: 'set', path: ['name'], value: 'B' }] })).code).toBe(
      'workspace_taken_over',
    );
    expect(JSON.parse(await readWorkspaceFile(dataDir, workspaceId))).toMatchObject({ name: 'A again', clientCompany: 'Typed in B' });
  });
});
