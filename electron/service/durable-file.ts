import { randomUUID } from 'node:crypto';
import { mkdir, open, readdir, rename, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Adapter } from 'lowdb';

/**
 * Durable, atomic file writes. A save either leaves the old file or the new one on disk, never a
 * mix, and once it resolves the new content survives a power cut: unique temp file in the same
 * folder, write, fsync, rename over the target, fsync the folder. steno (lowdb's own writer)
 * renames without any fsync, which is why we have our own adapter.
 */

const TEMP_SUFFIX = '.tmp';

/** `.<name>.<pid>.<uuid>.tmp`: hidden, ours, and tells which process wrote it. */
export function tempFileNameFor(target: string): string {
  return `.${basename(target)}.${process.pid}.${randomUUID()}${TEMP_SUFFIX}`;
}

const TEMP_PATTERN = /^\.(.+)\.(\d+)\.[0-9a-f-]{36}\.tmp$/;

export function parseTempFileName(name: string): { target: string; pid: number } | null {
  const match = TEMP_PATTERN.exec(name);
  return match ? { target: match[1]!, pid: Number(match[2]) } : null;
}

/** What a durable write takes: text, bytes, or bytes in chunks (written with one writev). */
export type FileContent = string | Uint8Array | readonly Uint8Array[];

/**
 * `beforeRename` runs once the new bytes are synced, just before they replace the file: it may
 * throw to leave the file as it is (the workspace's lock was taken over meanwhile).
 */
export async function writeFileDurably(target: string, data: FileContent, beforeRename?: () => Promise<void>): Promise<void> {
  const folder = dirname(target);
  const temp = join(folder, tempFileNameFor(target));
  let renamed = false;
  try {
    const handle = await open(temp, 'wx', 0o644);
    try {
      if (typeof data === 'string' || data instanceof Uint8Array) await handle.writeFile(data);
      else await writeAllChunks(handle, data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await beforeRename?.();
    await renamePatiently(temp, target);
    renamed = true;
    await syncFolder(folder);
  } catch (error) {
    if (!renamed) await unlink(temp).catch(() => undefined);
    // After the rename the file holds the new bytes even though the save failed: callers must
    // know, or they take their own write for someone else's change.
    else if (error !== null && typeof error === 'object') Object.assign(error, { afterRename: true });
    throw error;
  }
}

/** Whether a failed {@link writeFileDurably} had already put the new bytes in place. */
export function failedAfterRename(error: unknown): boolean {
  return error !== null && typeof error === 'object' && (error as { afterRename?: boolean }).afterRename === true;
}

/** How long a rename refused with EPERM/EBUSY/EACCES is retried (Windows: a virus scanner or
 * indexer holding the file for a moment), in waits between attempts. */
const RENAME_RETRY_MS = [10, 20, 40, 80, 160, 320];

async function renamePatiently(from: string, to: string): Promise<void> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      await rename(from, to);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const wait = RENAME_RETRY_MS[attempt];
      if ((code !== 'EPERM' && code !== 'EBUSY' && code !== 'EACCES') || wait === undefined) throw error;
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
}

async function writeAllChunks(handle: FileHandle, chunks: readonly Uint8Array[]): Promise<void> {
  const total = chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0);
  let written = (await handle.writev(chunks as Uint8Array[], 0)).bytesWritten;
  if (written >= total) return;
  // A short write is rare on regular files, but not impossible: finish what is left, however many
  // more writes it takes. A write that makes no progress is an error, not a loop.
  const rest = Buffer.concat(chunks);
  while (written < total) {
    const { bytesWritten } = await handle.write(rest, written, total - written, written);
    if (bytesWritten <= 0) throw Object.assign(new Error('write made no progress'), { code: 'EIO' });
    written += bytesWritten;
  }
}

/**
 * `mkdir -p` that survives a power cut: a new folder's name lives in its parent, so the parent of
 * every folder it created is fsynced (from the top down, each once). Nothing is synced when all
 * existed already.
 */
export async function makeFolderDurably(...paths: string[]): Promise<void> {
  const parents: string[] = [];
  for (const path of paths) {
    const first = await mkdir(path, { recursive: true });
    if (first === undefined) continue;
    const chain: string[] = [];
    for (let folder = path; ; folder = dirname(folder)) {
      chain.unshift(dirname(folder));
      if (folder === first || dirname(folder) === folder) break;
    }
    for (const parent of chain) if (!parents.includes(parent)) parents.push(parent);
  }
  for (const parent of parents) await syncFolder(parent);
}

/** fsync of a folder makes a rename durable; some platforms (Windows) cannot open a folder for it. */
export async function syncFolder(folder: string): Promise<void> {
  let handle;
  try {
    handle = await open(folder, 'r');
    await handle.sync();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EISDIR' && code !== 'EPERM' && code !== 'EINVAL' && code !== 'EACCES') throw error;
  } finally {
    await handle?.close();
  }
}

/**
 * Removes temp files that a killed process left behind in `folder`, those `abandoned` says are.
 * Callers decide: at start-up, those of processes no longer running; on opening a workspace
 * under its lock, every temp file of that workspace (no one else may be writing it).
 */
export async function removeTempFiles(
  folder: string,
  abandoned: (temp: { target: string; pid: number }) => boolean,
): Promise<number> {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    const temp = parseTempFileName(name);
    if (!temp || !abandoned(temp)) continue;
    await unlink(join(folder, name)).then(
      () => (removed += 1),
      () => undefined,
    );
  }
  return removed;
}

export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * lowdb adapter that writes through {@link writeFileDurably}. `read` returns the raw text's value
 * through `decode`, which decides what a file is (it may throw); it never invents defaults.
 * `encode` gives the bytes to write (the service's encoder reuses unchanged parts' bytes).
 */
export class DurableJsonAdapter<T> implements Adapter<T> {
  /** The exact bytes of the last successful write, in chunks: for backups and change detection. */
  lastWritten: readonly Uint8Array[] | null = null;

  constructor(
    readonly filePath: string,
    private readonly codec: { encode: (data: T) => readonly Uint8Array[]; decode: (text: string) => T },
    private readonly readText: (path: string) => Promise<string | null>,
    /** Runs before each write's bytes replace the file; throwing keeps the file as it is. */
    private readonly beforeRename?: () => Promise<void>,
  ) {}

  async read(): Promise<T | null> {
    const text = await this.readText(this.filePath);
    return text === null ? null : this.codec.decode(text);
  }

  async write(data: T): Promise<void> {
    const bytes = this.codec.encode(data);
    try {
      await writeFileDurably(this.filePath, bytes, this.beforeRename);
    } catch (error) {
      if (failedAfterRename(error)) this.lastWritten = bytes;
      throw error;
    }
    this.lastWritten = bytes;
  }
}
