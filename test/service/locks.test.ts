// One writer per workspace file: a second service on the same data folder cannot open a workspace
// the first holds, until it is released; a lock left by a dead process on this host is taken over.
import { spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TestBed, createSample, edit, expectError, fileHash, holdServiceTimers, listDir, locksDir, workspaceFile, workspacesDir } from './helpers';

const bed = new TestBed();
afterEach(async () => {
  vi.useRealTimers();
  await bed.cleanup();
});

/** The pid of a process that has just exited: no process runs under it now. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', ''], { stdio: 'ignore' });
  expect(child.status).toBe(0);
  return child.pid!;
}

describe('workspace locks', () => {
  it('keeps a second service out of a workspace the first has open, until the first closes', async () => {
    const dataDir = await bed.tempDir();
    const first = await bed.service({ dataDir });
    const second = await bed.service({ dataDir });
    const { summary } = await createSample(first);
    const workspaceId = summary.workspaceId;
    await first.call('workspace.open', { workspaceId });
    expect(await listDir(locksDir(dataDir))).toEqual([`${workspaceId}.lock`]);
    const hash = await fileHash(workspaceFile(dataDir, workspaceId));

    const locked = await expectError(second, 'workspace.open', { workspaceId });
    expect(locked.code).toBe('workspace_locked');
    expect(locked.params).toMatchObject({ workspaceId, pid: process.pid, host: hostname() });
    expect(typeof locked.params['since']).toBe('string');
    for (const [name, input] of [
      ['workspace.edit', { workspaceId, baseRevision: 1, clientId: 'b', ops: [{ type: 'set', path: ['name'], value: 'B' }] }],
      ['workspace.rename', { workspaceId, name: 'B' }],
      ['workspace.delete', { workspaceId }],
    ] as const) {
      expect((await expectError(second, name, input)).code).toBe('workspace_locked');
    }
    // Reading is fine: the list still shows it.
    expect((await second.call('workspace.list', {})).workspaces.map((w) => w.workspaceId)).toEqual([workspaceId]);
    expect(await fileHash(workspaceFile(dataDir, workspaceId))).toBe(hash);

    // The first keeps working.
    await edit(first, workspaceId, [{ type: 'set', path: ['name'], value: 'Held by the first' }]);
    await first.close();
    expect(await listDir(locksDir(dataDir))).toEqual([]);

    const opened = await second.call('workspace.open', { workspaceId });
    expect(opened.workspace.name).toBe('Held by the first');
    await edit(second, workspaceId, [{ type: 'set', path: ['name'], value: 'Now the second' }]);
    expect(JSON.parse(await readFile(workspaceFile(dataDir, workspaceId), 'utf8')).name).toBe('Now the second');
    const owner = JSON.parse(await readFile(join(locksDir(dataDir), `${workspaceId}.lock`), 'utf8'));
    expect(owner).toMatchObject({ pid: process.pid, host: hostname() });
  });

  it('releases the lock when the open fails (a damaged file), so the folder is not left locked', async () => {
    const dataDir = await bed.tempDir();
    const first = await bed.service({ dataDir });
    await writeFile(workspaceFile(dataDir, 'broken'), '{"oops"');
    expect((await expectError(first, 'workspace.open', { workspaceId: 'broken' })).code).toBe('workspace_damaged');
    expect(await listDir(locksDir(dataDir))).toEqual([]);
    const second = await bed.service({ dataDir });
    expect((await expectError(second, 'workspace.open', { workspaceId: 'broken' })).code).toBe('workspace_damaged');
  });

  it('takes over a stale lock naming a dead process on this host', async () => {
    const dataDir = await bed.tempDir();
    const setup = await bed.service({ dataDir });
    const { summary } = await createSample(setup);
    await setup.close();
    const workspaceId = summary.workspaceId;
    const pid = deadPid();
    await writeFile(
      join(locksDir(dataDir), `${workspaceId}.lock`),
      JSON.stringify({ pid, host: hostname(), since: '2026-01-01T00:00:00.000Z' }),
    );

    const service = await bed.service({ dataDir });
    const opened = await service.call('workspace.open', { workspaceId });
    expect(opened.workspace.name).toBe('Nordvind workshop');
    const owner = JSON.parse(await readFile(join(locksDir(dataDir), `${workspaceId}.lock`), 'utf8'));
    expect(owner.pid).toBe(process.pid);
    await edit(service, workspaceId, [{ type: 'set', path: ['name'], value: 'Taken over' }]);
  });

  it('takes over a half-written lock file, but honours a lock of another host', async () => {
    const dataDir = await bed.tempDir();
    const setup = await bed.service({ dataDir });
    const a = await setup.call('workspace.create', { name: 'A', clientCompany: '', language: 'en' });
    const b = await setup.call('workspace.create', { name: 'B', clientCompany: '', language: 'en' });
    await setup.close();
    await writeFile(join(locksDir(dataDir), `${a.workspaceId}.lock`), '{"pid": 12');
    await writeFile(
      join(locksDir(dataDir), `${b.workspaceId}.lock`),
      JSON.stringify({ pid: deadPid(), host: 'the-other-laptop', since: '2026-01-01T00:00:00.000Z' }),
    );
    const service = await bed.service({ dataDir });
    expect((await service.call('workspace.open', { workspaceId: a.workspaceId })).workspace.name).toBe('A');
    const error = await expectError(service, 'workspace.open', { workspaceId: b.workspaceId });
    expect(error).toMatchObject({ code: 'workspace_locked', params: { host: 'the-other-laptop' } });
  });

  it('writes nothing and holds no lock after close resolves, even for an edit sent just before', async () => {
    const timers = holdServiceTimers();
    const dataDir = await bed.tempDir();
    const service = await bed.service({ dataDir });
    const { summary, revision } = await createSample(service);
    const workspaceId = summary.workspaceId;
    const pending = service.dispatch('workspace.edit', {
      workspaceId,
      baseRevision: revision,
      clientId: 'a',
      ops: [{ type: 'set', path: ['name'], value: 'Sent while closing' }],
    });
    await service.close();
    const hash = await fileHash(workspaceFile(dataDir, workspaceId));
    expect(await listDir(locksDir(dataDir))).toEqual([]);
    // The edit was the one thing under way; once it answered, and no timer of the service is left
    // (a save's retry would write later), nothing can write the file any more.
    const answer = await pending;
    expect(await timers.armed()).toBe(0);
    expect(await fileHash(workspaceFile(dataDir, workspaceId))).toBe(hash);
    // Whatever it answered is true of the file.
    const name = JSON.parse(await readFile(workspaceFile(dataDir, workspaceId), 'utf8')).name;
    expect(name).toBe(answer.ok ? 'Sent while closing' : 'Nordvind workshop');
    // And nothing new is written by calls that arrive after it.
    const late = await service.dispatch('workspace.create', { name: 'After close', clientCompany: '', language: 'en' });
    expect(late).toMatchObject({ ok: false, error: { code: 'internal', params: { reason: 'closed' } } });
    expect(await listDir(workspacesDir(dataDir))).toEqual([`${workspaceId}.json`]);
  });
});
