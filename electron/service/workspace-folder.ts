import { createHash } from 'node:crypto';
import { constants } from 'node:fs';
import { copyFile, open, readdir, rename, stat, unlink, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import type { Backup, DamageReason, TrashItem } from '../../src/contract/calls';
import { type TooNewStep, decodeWorkspace, type CodecOptions } from '../../src/contract/codec';
import { ServiceFailure } from '../../src/contract/errors';
import { workspaceIdSchema, type Workspace } from '../../src/contract/workspace';
import { makeFolderDurably, syncFolder, writeFileDurably, type FileContent } from './durable-file';

/**
 * The data folder on disk:
 *   workspaces/<id>.json           one workspace per file (the id is the file name)
 *   backups/<id>/<stamp>-<reason>.json   rolling backups of each workspace
 *   trash/<id>__<stamp>.json       deleted workspaces, bytes untouched
 *   locks/<id>.lock                who writes which workspace
 * Everything that reads a workspace file goes through {@link WorkspaceFolder.inspect}, which never
 * writes and reports damage instead of guessing.
 */

export type FileInspection =
  | { status: 'ok'; workspace: Workspace; text: string; migratedFrom: number | null; fileState: FileState }
  | { status: 'damaged'; reason: DamageReason; detail: string; fileState: FileState }
  | { status: 'too_new'; schemaVersion: number; name: string; step?: TooNewStep; fileState: FileState }
  | { status: 'missing' };

/** What the file looked like when we last read or wrote it: to notice someone else's change. */
export interface FileState {
  size: number;
  mtimeMs: number;
  ino: number;
  hash: string;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The largest workspace file Samspil opens: a workshop's file is well under 1 MB, and reading,
 * validating and encoding a file costs about 0.5 s per 10 MB (during which other windows wait).
 */
export const MAX_WORKSPACE_BYTES = 16 * 1024 * 1024;

/** Why a path could not be read as a workspace file (not an errno: the file is not for us). */
export class NotAWorkspaceFile extends Error {
  constructor(
    readonly reason: 'not_a_file' | 'too_large',
    readonly detail: string,
    readonly info: { size: number; mtimeMs: number; ino: number },
  ) {
    super(reason);
  }
}

// O_NONBLOCK: opening a FIFO must not wait for a writer (Windows has no FIFOs and no flag).
const READ_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/**
 * Reads a regular file of at most `maxBytes`. A pipe, a device (a link to /dev/zero), a folder or
 * a file over the cap is refused by its fstat before a byte is read, so a strange entry in the
 * folder can neither block the host nor fill its memory. Never reads past the size it saw.
 */
export async function readRegularFile(path: string, maxBytes = MAX_WORKSPACE_BYTES): Promise<{ bytes: Buffer; info: { size: number; mtimeMs: number; ino: number } }> {
  let handle: FileHandle;
  try {
    handle = await open(path, READ_FLAGS);
  } catch (error) {
    // A folder opens fine on Linux; elsewhere it may answer EISDIR.
    if ((error as NodeJS.ErrnoException).code === 'EISDIR') throw new NotAWorkspaceFile('not_a_file', 'a folder', { size: 0, mtimeMs: 0, ino: 0 });
    throw error;
  }
  try {
    const stats = await handle.stat();
    const info = { size: stats.size, mtimeMs: stats.mtimeMs, ino: stats.ino };
    if (!stats.isFile()) {
      const kind = stats.isDirectory() ? 'a folder' : stats.isFIFO() ? 'a pipe (FIFO)' : stats.isSocket() ? 'a socket' : 'a device';
      throw new NotAWorkspaceFile('not_a_file', kind, { ...info, size: 0 });
    }
    if (stats.size > maxBytes) {
      const mb = (n: number) => `${(n / (1024 * 1024)).toFixed(1)} MB`;
      throw new NotAWorkspaceFile('too_large', `${mb(stats.size)}; the limit is ${mb(maxBytes)}`, info);
    }
    const bytes = Buffer.alloc(stats.size);
    let read = 0;
    while (read < stats.size) {
      const { bytesRead } = await handle.read(bytes, read, stats.size - read, read);
      if (bytesRead === 0) break; // the file shrank while we read: what we have is what it holds
      read += bytesRead;
    }
    return { bytes: read === stats.size ? bytes : bytes.subarray(0, read), info };
  } finally {
    await handle.close();
  }
}

export function hashText(content: string | Uint8Array | readonly Uint8Array[]): string {
  const hash = createHash('sha256');
  if (typeof content === 'string' || content instanceof Uint8Array) hash.update(content);
  else for (const chunk of content) hash.update(chunk);
  return hash.digest('hex');
}

export function byteLengthOf(content: FileContent): number {
  if (typeof content === 'string') return Buffer.byteLength(content);
  if (content instanceof Uint8Array) return content.byteLength;
  return content.reduce((sum, chunk) => sum + chunk.byteLength, 0);
}

export function stampOf(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace('.', '');
}

function dateOfStamp(stamp: string): Date | null {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z/.exec(stamp);
  if (!m) return null;
  return new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!, +m[7]!));
}

export class WorkspaceFolder {
  readonly workspaces: string;
  readonly backups: string;
  readonly trash: string;
  readonly locks: string;
  private lastStamp = '';

  constructor(
    readonly dataDir: string,
    private readonly codec: CodecOptions,
    private readonly now: () => Date,
  ) {
    this.workspaces = join(dataDir, 'workspaces');
    this.backups = join(dataDir, 'backups');
    this.trash = join(dataDir, 'trash');
    this.locks = join(dataDir, 'locks');
  }

  async ensure(): Promise<void> {
    await makeFolderDurably(this.workspaces, this.backups, this.trash, this.locks);
  }

  fileOf(workspaceId: string): string {
    return join(this.workspaces, `${workspaceId}.json`);
  }

  /** Ids of the workspace files: `*.json` whose name is a valid id; anything else is not ours. */
  async listIds(): Promise<string[]> {
    const names = await readdir(this.workspaces).catch(() => [] as string[]);
    return names
      .filter((name) => name.endsWith('.json') && !name.startsWith('.'))
      .map((name) => name.slice(0, -'.json'.length))
      .filter((id) => workspaceIdSchema.safeParse(id).success);
  }

  async exists(workspaceId: string): Promise<boolean> {
    return this.pathExists(this.fileOf(workspaceId));
  }

  private async pathExists(path: string): Promise<boolean> {
    return stat(path).then(
      () => true,
      () => false,
    );
  }

  /** Reads and decodes one workspace file. Never writes, never throws for bad content. */
  async inspect(workspaceId: string): Promise<FileInspection> {
    return this.inspectPath(this.fileOf(workspaceId));
  }

  async inspectPath(path: string): Promise<FileInspection> {
    let bytes: Buffer;
    let info;
    try {
      ({ bytes, info } = await readRegularFile(path));
    } catch (error) {
      if (error instanceof NotAWorkspaceFile) {
        return { status: 'damaged', reason: error.reason, detail: error.detail, fileState: { ...error.info, hash: '' } };
      }
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return { status: 'missing' };
      return {
        status: 'damaged',
        reason: 'unreadable',
        detail: code ?? String(error),
        fileState: { size: 0, mtimeMs: 0, ino: 0, hash: '' },
      };
    }
    const fileState: FileState = { size: info.size, mtimeMs: info.mtimeMs, ino: info.ino, hash: hashText(bytes) };
    let text: string;
    try {
      // ignoreBOM keeps a BOM in the text so the decoder can name it instead of hiding it.
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    } catch {
      return { status: 'damaged', reason: 'not_json', detail: 'not UTF-8 text', fileState };
    }
    const decoded = decodeWorkspace(text, this.codec);
    if (decoded.status === 'ok') return { ...decoded, text, fileState };
    return { ...decoded, fileState };
  }

  /**
   * Size, time and inode of the file now, without reading it; null if it is gone. Any other
   * failure (EIO) is thrown: it says nothing about whether someone else changed the file.
   */
  async statOf(workspaceId: string): Promise<Omit<FileState, 'hash'> | null> {
    try {
      const info = await stat(this.fileOf(workspaceId));
      return { size: info.size, mtimeMs: info.mtimeMs, ino: info.ino };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  async hashOf(workspaceId: string): Promise<string | null> {
    try {
      return hashText((await readRegularFile(this.fileOf(workspaceId))).bytes);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      // Replaced by a pipe or a huge file: not what we wrote, so a change (never a hang).
      if (error instanceof NotAWorkspaceFile) return `not a workspace file: ${error.reason}`;
      throw error;
    }
  }

  /** A unique, sortable stamp: two backups in one millisecond still get two names. */
  private nextStamp(): string {
    let stamp = stampOf(this.now());
    if (stamp <= this.lastStamp) {
      const base = this.lastStamp.slice(0, 19);
      const n = Number(this.lastStamp.slice(20) || '0') + 1;
      stamp = `${base}-${String(n).padStart(3, '0')}`;
    }
    this.lastStamp = stamp;
    return stamp;
  }

  // ---- backups -------------------------------------------------------------------------------

  backupFolderOf(workspaceId: string): string {
    return join(this.backups, workspaceId);
  }

  async writeBackup(workspaceId: string, content: FileContent, reason: Backup['reason'], keep: number): Promise<Backup> {
    const folder = this.backupFolderOf(workspaceId);
    await makeFolderDurably(folder);
    let backupId = `${this.nextStamp()}-${reason}.json`;
    // Never replace an earlier backup: a restarted service (or a clock set back) can repeat a stamp.
    while (await this.pathExists(join(folder, backupId))) backupId = `${this.nextStamp()}-${reason}.json`;
    await writeFileDurably(join(folder, backupId), content);
    await this.rotateBackups(workspaceId, keep);
    return { backupId, createdAt: this.now().toISOString(), reason, sizeBytes: byteLengthOf(content) };
  }

  /** Copies the file's current bytes, whatever they are, as a backup (damaged files included). */
  async backupCurrentFile(workspaceId: string, reason: Backup['reason'], keep: number): Promise<Backup | null> {
    let bytes: Buffer;
    try {
      // A file too large to open is still kept whole: the cap is for opening, not for keeping.
      bytes = (await readRegularFile(this.fileOf(workspaceId), Number.MAX_SAFE_INTEGER)).bytes;
    } catch {
      return null;
    }
    return this.writeBackup(workspaceId, bytes, reason, keep);
  }

  async listBackups(workspaceId: string): Promise<Backup[]> {
    const folder = this.backupFolderOf(workspaceId);
    const names = await readdir(folder).catch(() => [] as string[]);
    const backups: Backup[] = [];
    for (const name of names) {
      const m = /^(\d{8}T\d{9}Z(?:-\d{3})?)-(periodic|before_restore|before_migration|before_reload)\.json$/.exec(name);
      if (!m) continue;
      const created = dateOfStamp(m[1]!);
      if (!created) continue;
      const info = await stat(join(folder, name)).catch(() => null);
      if (!info) continue;
      backups.push({ backupId: name, createdAt: created.toISOString(), reason: m[2] as Backup['reason'], sizeBytes: info.size });
    }
    // Newest first. A stamp made in the same millisecond as the one before gets a `-NNN` suffix,
    // so order by the stamp with a missing suffix read as `-000` (a plain name sort would put
    // `…Z-before_restore` after `…Z-001-periodic`, and rotation would remove the wrong one).
    const order = (backupId: string) => {
      const stamp = /^\d{8}T\d{9}Z(?:-\d{3})?/.exec(backupId)![0];
      return stamp.length === 19 ? `${stamp}-000` : stamp;
    };
    return backups.sort((a, b) => (order(a.backupId) < order(b.backupId) ? 1 : -1));
  }

  async readBackup(workspaceId: string, backupId: string): Promise<FileInspection> {
    if (!(await this.listBackups(workspaceId)).some((b) => b.backupId === backupId)) {
      throw new ServiceFailure('backup_not_found', { workspaceId, backupId });
    }
    return this.inspectPath(join(this.backupFolderOf(workspaceId), backupId));
  }

  private async rotateBackups(workspaceId: string, keep: number): Promise<void> {
    const backups = await this.listBackups(workspaceId);
    for (const old of backups.slice(keep)) {
      await unlink(join(this.backupFolderOf(workspaceId), old.backupId)).catch(() => undefined);
    }
  }

  // ---- trash ---------------------------------------------------------------------------------

  /** Moves a workspace file to the trash, bytes untouched. */
  async moveToTrash(workspaceId: string): Promise<TrashItem> {
    const inspection = await this.inspect(workspaceId);
    if (inspection.status === 'missing') throw new ServiceFailure('not_found', { workspaceId });
    const deletedAt = this.now();
    const trashId = `${workspaceId}__${this.nextStamp()}`;
    await rename(this.fileOf(workspaceId), join(this.trash, `${trashId}.json`));
    // The new name first: a power cut between the two leaves the file in both folders, not in none.
    await syncFolder(this.trash);
    await syncFolder(this.workspaces);
    return this.trashItemOf(trashId, inspection, deletedAt);
  }

  async listTrash(): Promise<TrashItem[]> {
    const names = await readdir(this.trash).catch(() => [] as string[]);
    const items: TrashItem[] = [];
    for (const name of names) {
      const parsed = this.parseTrashName(name);
      if (!parsed) continue;
      const inspection = await this.inspectPath(join(this.trash, name));
      items.push(this.trashItemOf(parsed.trashId, inspection, parsed.deletedAt));
    }
    return items.sort((a, b) => (a.deletedAt < b.deletedAt ? 1 : -1));
  }

  /**
   * Moves a trashed file back. Its old id is kept unless another workspace has taken it since;
   * then it comes back under a fresh id (the file name) and keeps its bytes.
   */
  async restoreFromTrash(trashId: string, freshId: () => string): Promise<string> {
    const source = join(this.trash, `${trashId}.json`);
    const parsed = this.parseTrashName(`${trashId}.json`);
    if (!parsed || !(await stat(source).then(() => true, () => false))) {
      throw new ServiceFailure('trash_item_not_found', { trashId });
    }
    let workspaceId = parsed.workspaceId;
    if (await this.exists(workspaceId)) workspaceId = freshId();
    const target = this.fileOf(workspaceId);
    await copyFile(source, target, 1 /* COPYFILE_EXCL */);
    // The copy's bytes and its name are on disk before the only other copy is removed.
    const copy = await open(target, 'r+');
    try {
      await copy.sync();
    } finally {
      await copy.close();
    }
    await syncFolder(this.workspaces);
    await unlink(source);
    await syncFolder(this.trash);
    return workspaceId;
  }

  private parseTrashName(name: string): { trashId: string; workspaceId: string; deletedAt: Date } | null {
    if (!name.endsWith('.json')) return null;
    const trashId = name.slice(0, -'.json'.length);
    const cut = trashId.lastIndexOf('__');
    if (cut <= 0) return null;
    const workspaceId = trashId.slice(0, cut);
    const deletedAt = dateOfStamp(trashId.slice(cut + 2));
    if (!deletedAt || !workspaceIdSchema.safeParse(workspaceId).success) return null;
    return { trashId, workspaceId, deletedAt };
  }

  private trashItemOf(trashId: string, inspection: FileInspection, deletedAt: Date): TrashItem {
    const workspaceId = trashId.slice(0, trashId.lastIndexOf('__'));
    const ok = inspection.status === 'ok' ? inspection.workspace : null;
    return {
      trashId,
      workspaceId,
      name: ok?.name ?? (inspection.status === 'too_new' ? inspection.name : `${workspaceId}.json`),
      clientCompany: ok?.clientCompany ?? '',
      deletedAt: deletedAt.toISOString(),
      damaged: inspection.status === 'damaged',
    };
  }
}

export { utf8 };
