import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { hostname, uptime } from 'node:os';
import { mkdir, open, readFile, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { ServiceFailure } from '../../src/contract/errors';
import { isProcessAlive } from './durable-file';

/**
 * One writer per workspace file, across processes: a second app instance or a second browser host
 * on the same data folder cannot write a workspace this process holds. The lock is a small file
 * created exclusively (`wx`); a lock left by a process that no longer runs on this machine is
 * taken over. A lock held by another machine (a synced folder) is honoured until its owner
 * releases it.
 *
 * A process id alone does not tell a live Samspil: after a reboot another program may run under
 * the old pid, and the lock would block the workspace for good. So a lock also records the boot
 * (Linux's boot id; elsewhere the time of the boot) and its process's start time (from /proc where
 * there is one): a lock from an earlier boot, or whose pid now belongs to a process that started
 * later, is stale and taken over.
 */
export interface LockOwner {
  pid: number;
  host: string;
  since: string;
  /** /proc/sys/kernel/random/boot_id, where there is one. */
  bootId?: string;
  /** When the machine booted (ms since 1970), to within the clock's accuracy. */
  bootTime?: number;
  /** The owner process's start time in clock ticks since boot (/proc/<pid>/stat), where known. */
  processStart?: string;
  /** Unique to this taking of the lock: a release removes the lock file only while it is still this. */
  token?: string;
}

/** What tells this boot and a process apart; the tests pass their own. */
export interface MachineIdentity {
  bootId(): string | null;
  bootTime(): number;
  processStart(pid: number): string | null;
}

export const machineIdentity: MachineIdentity = {
  bootId: () => readTrimmed('/proc/sys/kernel/random/boot_id'),
  bootTime: () => Date.now() - uptime() * 1000,
  processStart: (pid) => {
    // Field 22 of /proc/<pid>/stat; the command name (field 2) may hold spaces and parentheses.
    const stat = readTrimmed(`/proc/${pid}/stat`);
    if (!stat) return null;
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return fields[19] ?? null;
  },
};

function readTrimmed(path: string): string | null {
  try {
    return readFileSync(path, 'utf8').trim() || null;
  } catch {
    return null;
  }
}

/** Two boot times closer than this are the same boot (uptime and the clock drift apart a little). */
const SAME_BOOT_MS = 5 * 60_000;

/** Lock files held by any FileLocks of this process: a lock naming our pid but not in here is a leftover. */
const heldInThisProcess = new Set<string>();

export class FileLocks {
  /** The keys this instance holds, with the token of each lock it wrote. */
  private readonly held = new Map<string, string>();
  /**
   * Each held lock file as `verify` last read it holding this instance's token (inode, size and
   * times to the nanosecond): while the file is still that file, a save checks it with one stat
   * instead of reading it (a take-over removes it and writes a new one).
   */
  private readonly seen = new Map<string, string>();

  constructor(
    private readonly folder: string,
    private readonly isAlive: (pid: number) => boolean = isProcessAlive,
    private readonly machine: MachineIdentity = machineIdentity,
  ) {}

  holds(key: string): boolean {
    return this.held.has(key);
  }

  /** Takes the lock or throws `workspace_locked` naming the owner. */
  async acquire(key: string): Promise<void> {
    if (this.held.has(key)) return;
    await mkdir(this.folder, { recursive: true });
    const path = this.pathOf(key);
    for (let attempt = 0; attempt < 3; attempt += 1) {
      try {
        const handle = await open(path, 'wx', 0o644);
        const bootId = this.machine.bootId();
        const processStart = this.machine.processStart(process.pid);
        const token = randomUUID();
        const owner: LockOwner = {
          pid: process.pid,
          host: hostname(),
          since: new Date().toISOString(),
          ...(bootId ? { bootId } : {}),
          bootTime: Math.round(this.machine.bootTime()),
          ...(processStart ? { processStart } : {}),
          token,
        };
        try {
          await handle.writeFile(JSON.stringify(owner));
          await handle.sync();
        } finally {
          await handle.close();
        }
        this.held.set(key, token);
        heldInThisProcess.add(path);
        return;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const owner = await this.readOwner(path);
      if (owner && !this.isStale(owner, path)) {
        throw new ServiceFailure('workspace_locked', { workspaceId: key, pid: owner.pid, host: owner.host, since: owner.since });
      }
      // A lock of a dead process (or an unreadable, half-written one): take it over.
      await unlink(path).catch(() => undefined);
    }
    throw new ServiceFailure('workspace_locked', { workspaceId: key, pid: 0, host: '', since: '' });
  }

  /**
   * Takes the lock even from a live owner: the user chose to, told that the other window's
   * unsaved edits may be lost. The owner's lock file goes; then it is taken as usual.
   */
  async takeOver(key: string): Promise<void> {
    if (this.held.has(key)) return;
    await unlink(this.pathOf(key)).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
    await this.acquire(key);
  }

  /**
   * Whether the lock of `key` is still this instance's. When it is not (another Samspil took it
   * over: the file names another token, or is gone or half-written while it is taken), this
   * instance forgets it without touching the file, which is the new owner's, and answers who holds
   * it now (null when the file does not tell).
   */
  async verify(key: string): Promise<{ held: true } | { held: false; owner: LockOwner | null }> {
    const token = this.held.get(key);
    const path = this.pathOf(key);
    const mark = await fileMark(path);
    if (token !== undefined && mark !== null && this.seen.get(key) === mark) return { held: true };
    let owner: LockOwner | null = null;
    try {
      owner = parseOwner(await readFile(path, 'utf8'));
    } catch (error) {
      // A disk that cannot be read is a failed save (retried), not a lost lock.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    if (token !== undefined && owner?.token === token) {
      if (mark !== null) this.seen.set(key, mark);
      return { held: true };
    }
    this.held.delete(key);
    this.seen.delete(key);
    return { held: false, owner };
  }

  async release(key: string): Promise<void> {
    const token = this.held.get(key);
    if (token === undefined) return;
    this.held.delete(key);
    this.seen.delete(key);
    const path = this.pathOf(key);
    // Taken over meanwhile: the lock file is the new owner's now, and stays.
    const owner = await this.readOwner(path);
    if (owner?.token !== undefined && owner.token !== token) return;
    heldInThisProcess.delete(path);
    await unlink(path).catch(() => undefined);
  }

  async releaseAll(): Promise<void> {
    await Promise.all([...this.held.keys()].map((key) => this.release(key)));
  }

  /** Runs `task` holding the lock; releases it after unless it was held before. */
  async with<T>(key: string, task: () => Promise<T>): Promise<T> {
    const wasHeld = this.held.has(key);
    await this.acquire(key);
    try {
      return await task();
    } finally {
      if (!wasHeld) await this.release(key);
    }
  }

  private isStale(owner: LockOwner, path: string): boolean {
    if (owner.host !== hostname()) return false;
    if (owner.pid === process.pid) return !heldInThisProcess.has(path);
    if (!this.isAlive(owner.pid)) return true;
    // The pid runs, but is it still the process that took the lock?
    const bootId = this.machine.bootId();
    if (owner.bootId && bootId) {
      if (owner.bootId !== bootId) return true;
    } else if (owner.bootTime !== undefined && Math.abs(owner.bootTime - this.machine.bootTime()) > SAME_BOOT_MS) {
      return true;
    }
    const started = owner.processStart ? this.machine.processStart(owner.pid) : null;
    return started !== null && started !== owner.processStart;
  }

  private async readOwner(path: string): Promise<LockOwner | null> {
    try {
      return parseOwner(await readFile(path, 'utf8'));
    } catch {
      // unreadable: treated as stale
      return null;
    }
  }

  private pathOf(key: string): string {
    return join(this.folder, `${key}.lock`);
  }
}

/** A lock file's owner; null when the text is not one (half-written, or not a lock). */
function parseOwner(text: string): LockOwner | null {
  try {
    const value = JSON.parse(text) as Partial<LockOwner>;
    if (typeof value.pid === 'number' && typeof value.host === 'string') {
      return {
        pid: value.pid,
        host: value.host,
        since: String(value.since ?? ''),
        ...(typeof value.bootId === 'string' ? { bootId: value.bootId } : {}),
        ...(typeof value.bootTime === 'number' ? { bootTime: value.bootTime } : {}),
        ...(typeof value.processStart === 'string' ? { processStart: value.processStart } : {}),
        ...(typeof value.token === 'string' ? { token: value.token } : {}),
      };
    }
  } catch {
    // half-written
  }
  return null;
}

/** A file's identity and last change, to the nanosecond; null when it cannot be read. */
async function fileMark(path: string): Promise<string | null> {
  try {
    const info = await stat(path, { bigint: true });
    return `${info.dev}:${info.ino}:${info.size}:${info.mtimeNs}:${info.ctimeNs}`;
  } catch {
    return null;
  }
}
