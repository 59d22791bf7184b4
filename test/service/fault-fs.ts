// A file-system layer for tests, installed over `node:fs/promises` with vi.mock. Disarmed it
// passes every call through. Armed, it
//  - records every call (module functions and FileHandle methods) in order: the "steps";
//  - cuts the power before a chosen step: that call and every later one never answer;
//  - keeps a model of what is durable, SQLite-test-VFS style: a file's bytes are durable only as
//    of its last fsync, a folder's entries (names → files) only as of the folder's last fsync.
//    After a cut, `reconstruct` writes the disk as it would be after a reboot: only what was
//    fsynced; a file never fsynced comes back empty, a name never made durable is gone;
//  - can drop one fsync (it runs, but counts for nothing) to prove that every fsync is needed;
//  - injects faults: a chosen call throws an errno error instead of running, or writes short.
import type * as FsPromises from 'node:fs/promises';
import { dirname, join } from 'node:path';

type Fs = typeof FsPromises;
type Handle = FsPromises.FileHandle;

export interface FsCall {
  index: number;
  op: string;
  path: string;
}

interface Entry {
  key: string;
  dir: boolean;
}

export function errnoError(code: string, op = 'call', path = ''): NodeJS.ErrnoException {
  const error = new Error(`${code}: fault injected, ${op} '${path}'`) as NodeJS.ErrnoException;
  error.code = code;
  error.syscall = op;
  error.path = path;
  return error;
}

export class FaultFs {
  armed = false;
  calls: FsCall[] = [];
  /** The power goes off before the call with this index (null: never). */
  cutBefore: number | null = null;
  /** Set once the cut happened. */
  cut = false;
  /** The n-th fsync (0-based, counted while armed) runs but is not recorded as durable. */
  dropSync: number | null = null;
  syncs: FsCall[] = [];
  /** Decides, per call, whether it fails instead of running (null: it runs). */
  fault: ((call: FsCall) => NodeJS.ErrnoException | null) | null = null;
  /** When set, writes and writevs write at most this many bytes per call (a short write). */
  shortWrite: number | null = null;
  private inFlight = 0;
  /** Handles opened while armed and not closed yet: a cut leaves them open; reset closes them. */
  private readonly openHandles = new Set<Handle>();
  private readonly gen = new Map<number, number>();
  private readonly durableData = new Map<string, Buffer>();
  private readonly durableDir = new Map<string, Map<string, Entry>>();
  private rootKey = '';
  readonly module: Fs;

  constructor(private readonly real: Fs) {
    this.module = this.wrapModule();
  }

  reset(): void {
    for (const handle of this.openHandles) void handle.close().catch(() => undefined);
    this.openHandles.clear();
    this.armed = false;
    this.calls = [];
    this.syncs = [];
    this.cutBefore = null;
    this.cut = false;
    this.dropSync = null;
    this.fault = null;
    this.shortWrite = null;
    this.gen.clear();
    this.durableData.clear();
    this.durableDir.clear();
  }

  /**
   * Starts recording; everything under `root` as it is now counts as durable (no root: faults
   * only, no power-cut model).
   */
  async arm(root?: string): Promise<void> {
    this.reset();
    if (root !== undefined) this.rootKey = await this.snapshotTree(root);
    this.armed = true;
  }

  /** Waits until no call that began before the cut is still running, then lets promises settle. */
  async settle(): Promise<void> {
    for (let spins = 0; spins < 50 || this.inFlight > 0; spins += 1) {
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  /** Writes the durable state into `target` (an empty folder): the disk after the reboot. */
  async reconstruct(target: string): Promise<void> {
    await this.build(this.rootKey, target);
  }

  // ---- the model -------------------------------------------------------------------------------

  private keyOf(ino: number): string {
    return `${ino}:${this.gen.get(ino) ?? 0}`;
  }

  private async newInode(path: string): Promise<void> {
    const info = await this.real.lstat(path);
    this.gen.set(info.ino, (this.gen.get(info.ino) ?? 0) + 1);
  }

  private async snapshotTree(path: string): Promise<string> {
    const info = await this.real.lstat(path);
    const key = this.keyOf(info.ino);
    if (info.isDirectory()) {
      const entries = new Map<string, Entry>();
      for (const name of await this.real.readdir(path)) {
        const child = join(path, name);
        const childInfo = await this.real.lstat(child);
        entries.set(name, { key: await this.snapshotTree(child), dir: childInfo.isDirectory() });
      }
      this.durableDir.set(key, entries);
    } else if (info.isFile()) {
      this.durableData.set(key, await this.real.readFile(path));
    }
    return key;
  }

  private async recordSync(path: string): Promise<void> {
    const info = await this.real.lstat(path);
    const key = this.keyOf(info.ino);
    if (info.isDirectory()) {
      const entries = new Map<string, Entry>();
      for (const name of await this.real.readdir(path)) {
        const childInfo = await this.real.lstat(join(path, name));
        entries.set(name, { key: this.keyOf(childInfo.ino), dir: childInfo.isDirectory() });
      }
      this.durableDir.set(key, entries);
    } else {
      this.durableData.set(key, await this.real.readFile(path));
    }
  }

  private async build(dirKey: string, target: string): Promise<void> {
    await this.real.mkdir(target, { recursive: true });
    for (const [name, entry] of this.durableDir.get(dirKey) ?? []) {
      const path = join(target, name);
      if (entry.dir) await this.build(entry.key, path);
      else await this.real.writeFile(path, this.durableData.get(entry.key) ?? Buffer.alloc(0));
    }
  }

  // ---- the calls -------------------------------------------------------------------------------

  /** Runs one call as a step: recorded, maybe cut or failed, counted while in flight. */
  private async step<T>(op: string, path: string, run: () => Promise<T>, after?: (result: T) => Promise<void>): Promise<T> {
    if (!this.armed) return run();
    const call: FsCall = { index: this.calls.length, op, path };
    this.calls.push(call);
    if (this.cut || (this.cutBefore !== null && call.index >= this.cutBefore)) {
      this.cut = true;
      return new Promise<T>(() => undefined);
    }
    const failure = this.fault?.(call);
    if (failure) throw failure;
    this.inFlight += 1;
    try {
      const result = await run();
      if (after && !this.cut) await after(result);
      if (this.cut) return await new Promise<T>(() => undefined);
      return result;
    } finally {
      this.inFlight -= 1;
    }
  }

  private async exists(path: string): Promise<boolean> {
    return this.real.lstat(path).then(
      () => true,
      () => false,
    );
  }

  private wrapModule(): Fs {
    const real = this.real;
    const wrapped: Record<string, unknown> = { ...real };
    const pathOf = (value: unknown) => (typeof value === 'string' ? value : String(value));
    for (const [name, fn] of Object.entries(real)) {
      if (typeof fn !== 'function' || name === 'constants') continue;
      wrapped[name] = (...args: unknown[]) =>
        this.step(name, pathOf(args[0]), () => (fn as (...a: unknown[]) => Promise<unknown>)(...args));
    }
    wrapped['open'] = async (path: string, flags?: string | number, mode?: number) => {
      const creates = typeof flags === 'string' && /[wxa]/.test(flags);
      const existed = !this.armed || !creates || (await this.exists(path));
      const handle = await this.step('open', path, () => real.open(path, flags, mode), async () => {
        if (!existed) await this.newInode(path);
      });
      if (this.armed) this.openHandles.add(handle);
      return this.wrapHandle(handle, path);
    };
    wrapped['copyFile'] = async (source: string, target: string, mode?: number) =>
      this.step('copyFile', target, () => real.copyFile(source, target, mode), () => this.newInode(target));
    wrapped['writeFile'] = async (path: string, ...rest: unknown[]) => {
      const existed = !this.armed || (await this.exists(path));
      return this.step('writeFile', pathOf(path), () => (real.writeFile as (...a: unknown[]) => Promise<void>)(path, ...rest), async () => {
        if (!existed) await this.newInode(path);
      });
    };
    wrapped['mkdir'] = async (path: string, options?: import('node:fs').MakeDirectoryOptions) => {
      const created: string[] = [];
      if (this.armed) {
        for (let dir = path; !(await this.exists(dir)); dir = dirname(dir)) created.push(dir);
      }
      return this.step('mkdir', path, () => real.mkdir(path, options), async () => {
        for (const dir of created) if (await this.exists(dir)) await this.newInode(dir);
      });
    };
    return wrapped as unknown as Fs;
  }

  private wrapHandle(handle: Handle, path: string): Handle {
    const wrap = <K extends keyof Handle>(name: K, run: (...args: never[]) => Promise<unknown>) =>
      ((...args: never[]) => this.step(`handle.${String(name)}`, path, () => run(...args))) as Handle[K];
    const proxy = Object.create(handle) as Handle;
    const sync = (name: 'sync' | 'datasync') =>
      (() => {
        if (!this.armed) return handle[name]();
        const index = this.syncs.length;
        const call = { index: this.calls.length, op: `handle.${name}`, path };
        this.syncs.push(call);
        return this.step(call.op, path, () => handle[name](), async () => {
          if (this.dropSync !== index) await this.recordSync(path);
        });
      }) as Handle['sync'];
    Object.defineProperty(proxy, 'fd', { get: () => handle.fd });
    Object.assign(proxy, {
      sync: sync('sync'),
      datasync: sync('datasync'),
      close: wrap('close', async () => {
        await handle.close();
        this.openHandles.delete(handle);
      }),
      stat: wrap('stat', (...args) => handle.stat(...(args as []))),
      readFile: wrap('readFile', (...args) => handle.readFile(...(args as []))),
      read: wrap('read', (...args) => (handle.read as (...a: unknown[]) => Promise<unknown>)(...args)),
      truncate: wrap('truncate', (...args) => handle.truncate(...(args as []))),
      writeFile: wrap('writeFile', (data: never) => this.writeFileShort(handle, data)),
      write: wrap('write', (...args: never[]) => this.writeShort(handle, args)),
      writev: wrap('writev', (buffers: never, position: never) => this.writevShort(handle, buffers, position)),
    });
    return proxy;
  }

  private async writeFileShort(handle: Handle, data: string | Uint8Array): Promise<void> {
    if (this.shortWrite === null || !this.armed) return handle.writeFile(data);
    // writeFile loops over short writes itself (libuv): model it as complete.
    return handle.writeFile(data);
  }

  private async writeShort(handle: Handle, args: unknown[]): Promise<unknown> {
    const [buffer, offset, length, position] = args as [Uint8Array, number | undefined, number | undefined, number | null | undefined];
    if (this.shortWrite === null || !this.armed || typeof buffer === 'string') {
      return (handle.write as (...a: unknown[]) => Promise<unknown>)(...args);
    }
    const start = offset ?? 0;
    const wanted = length ?? buffer.byteLength - start;
    return handle.write(buffer, start, Math.min(wanted, this.shortWrite), position ?? null);
  }

  private async writevShort(handle: Handle, buffers: readonly Uint8Array[], position?: number | null): Promise<unknown> {
    if (this.shortWrite === null || !this.armed) return handle.writev(buffers as Uint8Array[], position ?? undefined);
    const bytes = Buffer.concat(buffers).subarray(0, this.shortWrite);
    const { bytesWritten } = await handle.write(bytes, 0, bytes.byteLength, position ?? null);
    return { bytesWritten, buffers };
  }
}
