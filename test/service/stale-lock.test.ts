// A lock whose pid runs again after a reboot (another program got the number) must not block the
// workspace for good: a lock records the boot and its process's start time, and one from an earlier
// boot, or whose pid now belongs to a later process, is taken over. A live owner is still honoured.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FileLocks, machineIdentity, type LockOwner, type MachineIdentity } from '../../electron/service/file-lock';
import { ServiceFailure } from '../../src/contract/errors';
import { TestBed, createSample, edit, expectError, listDir, locksDir } from './helpers';

const bed = new TestBed();
afterEach(() => bed.cleanup());

/** A process that is alive and not us: the test runner's parent. */
const livePid = process.ppid;

const machine = (over: Partial<MachineIdentity> = {}): MachineIdentity => ({
  bootId: () => 'boot-now',
  bootTime: () => Date.parse('2026-12-01T08:00:00Z'),
  processStart: (pid) => (pid === livePid ? 'start-of-the-live-process' : 'start-of-us'),
  ...over,
});

async function lockFolderWith(owner: Partial<LockOwner>): Promise<string> {
  const folder = join(await bed.tempDir(), 'locks');
  await mkdir(folder);
  await writeFile(join(folder, 'ws.lock'), JSON.stringify({ pid: livePid, host: hostname(), since: '2026-11-30T10:00:00Z', ...owner }));
  return folder;
}

async function acquired(folder: string, identity: MachineIdentity): Promise<boolean> {
  const locks = new FileLocks(folder, () => true, identity);
  try {
    await locks.acquire('ws');
  } catch (error) {
    if (error instanceof ServiceFailure && error.error.code === 'workspace_locked') return false;
    throw error;
  }
  await locks.release('ws');
  return true;
}

describe('a stale lock whose pid runs again', () => {
  it('is taken over when it was written before a reboot (another boot id)', async () => {
    const folder = await lockFolderWith({ bootId: 'boot-before', processStart: 'start-of-the-live-process' });
    expect(await acquired(folder, machine())).toBe(true);
  });

  it('is taken over when the boot time moved (where there is no boot id)', async () => {
    const folder = await lockFolderWith({ bootTime: Date.parse('2026-11-30T07:00:00Z') });
    expect(await acquired(folder, machine({ bootId: () => null, processStart: () => null }))).toBe(true);
  });

  it('is taken over when the pid belongs to a process that started later', async () => {
    const folder = await lockFolderWith({ bootId: 'boot-now', processStart: 'an-earlier-process' });
    expect(await acquired(folder, machine())).toBe(true);
  });

  it('is honoured while its own process runs, and when nothing tells (an old lock)', async () => {
    const live = await lockFolderWith({ bootId: 'boot-now', bootTime: Date.parse('2026-12-01T08:01:00Z'), processStart: 'start-of-the-live-process' });
    expect(await acquired(live, machine())).toBe(false);
    const old = await lockFolderWith({});
    expect(await acquired(old, machine())).toBe(false);
  });

  it('records the boot and the start time of its process', async () => {
    const folder = join(await bed.tempDir(), 'locks');
    const locks = new FileLocks(folder);
    await locks.acquire('ws');
    const owner = JSON.parse(await readFile(join(folder, 'ws.lock'), 'utf8')) as LockOwner;
    await locks.release('ws');
    expect(owner.pid).toBe(process.pid);
    expect(typeof owner.bootTime).toBe('number');
    if (process.platform === 'linux') {
      expect(owner.bootId).toBe(machineIdentity.bootId());
      expect(owner.processStart).toMatch(/^\d+$/);
      expect(machineIdentity.processStart(process.pid)).toBe(owner.processStart);
    }
  });
});

describe('taking over a lock that cannot be told stale', () => {
  it('opens the workspace held by a live Samspil, only when asked; the displaced owner leaves the new lock be', async () => {
    const dataDir = await bed.tempDir();
    const first = await bed.service({ dataDir });
    const second = await bed.service({ dataDir });
    const { summary } = await createSample(first);
    const workspaceId = summary.workspaceId;
    await edit(first, workspaceId, [{ type: 'set', path: ['name'], value: 'Saved by the first' }]);

    // The first runs (it is this very process): opening is refused, naming it.
    expect((await expectError(second, 'workspace.open', { workspaceId })).code).toBe('workspace_locked');
    // The call is validated like every other.
    expect((await expectError(second, 'workspace.takeOver', { workspaceId, force: true })).code).toBe('invalid_input');
    expect((await expectError(second, 'workspace.takeOver', { workspaceId: '../x' })).code).toBe('invalid_input');

    const taken = await second.call('workspace.takeOver', { workspaceId });
    expect(taken.workspace.name).toBe('Saved by the first');
    await edit(second, workspaceId, [{ type: 'set', path: ['name'], value: 'Now the second’s' }]);
    const lock = JSON.parse(await readFile(join(locksDir(dataDir), `${workspaceId}.lock`), 'utf8')) as LockOwner;

    // The displaced first closes: the lock file is the second's and stays, so a third is kept out.
    await first.close();
    expect(await listDir(locksDir(dataDir))).toEqual([`${workspaceId}.lock`]);
    expect(JSON.parse(await readFile(join(locksDir(dataDir), `${workspaceId}.lock`), 'utf8'))).toEqual(lock);
    const third = await bed.service({ dataDir });
    expect((await expectError(third, 'workspace.open', { workspaceId })).code).toBe('workspace_locked');

    // Taking over what one already holds changes nothing.
    expect((await second.call('workspace.takeOver', { workspaceId })).workspace.name).toBe('Now the second’s');
    await second.close();
    expect(await listDir(locksDir(dataDir))).toEqual([]);
  });

  it('tells a lock it holds from one another Samspil wrote in its place, also when the file is rewritten where it is', async () => {
    const folder = join(await bed.tempDir(), 'locks');
    const locks = new FileLocks(folder);
    await locks.acquire('ws');
    // Read once and remembered; then checked by a stat while the file stays the same.
    expect(await locks.verify('ws')).toEqual({ held: true });
    expect(await locks.verify('ws')).toEqual({ held: true });
    // The same file, the same length, another token: not ours any more.
    const path = join(folder, 'ws.lock');
    const mine = JSON.parse(await readFile(path, 'utf8')) as LockOwner;
    const theirs = { ...mine, token: mine.token!.replace(/./g, (c) => (c === 'f' ? 'e' : c === '-' ? '-' : 'f')) };
    await writeFile(path, JSON.stringify(theirs));
    expect(await locks.verify('ws')).toEqual({ held: false, owner: theirs });
    expect(locks.holds('ws')).toBe(false);
  });
});
