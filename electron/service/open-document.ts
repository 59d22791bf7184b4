import { applyPatches, freeze, produceWithPatches, type Patch } from 'immer';
import { Low } from 'lowdb';
import type { Backup, CallOutput, CallParsedInput, EventPayload, ServiceEvent } from '../../src/contract/calls';
import { applyEdit, formatPath } from '../../src/contract/apply-edit';
import type { DocPath } from '../../src/contract/edit';
import { ServiceFailure } from '../../src/contract/errors';
import type { Workspace } from '../../src/contract/workspace';
import { CoalescingSaver } from './coalescing-saver';
import { DurableJsonAdapter, failedAfterRename } from './durable-file';
import { assertRebasable, assertStorable, validateTouched, type LogEntry } from './edit-checks';
import { IncrementalJsonEncoder } from './json-encoder';
import { byteLengthOf, hashText, type FileState, type WorkspaceFolder } from './workspace-folder';

/**
 * One open workspace: the document, its revision, its undo history and its saving. All changes
 * are applied synchronously (so they are ordered by the event loop), then saved through one
 * coalescing saver, then broadcast; the caller's promise settles only once the change is on disk.
 */

export interface DocumentDeps {
  folder: WorkspaceFolder;
  emit: (event: ServiceEvent) => void;
  now: () => Date;
  backupIntervalMs: number;
  maxBackups: number;
  historyLimit: number;
  /** Throws `workspace_taken_over` when the workspace's lock is no longer this service's. */
  assertLockHeld: () => Promise<void>;
}

interface HistoryEntry {
  patches: Patch[];
  inverse: Patch[];
  touched: DocPath[];
  coalesceKey: string | undefined;
  clientId: string | undefined;
  at: number;
}

/** The file as we last wrote or read it; the hash is computed only when a check needs it. */
type KnownFileState = Omit<FileState, 'hash'> & { hash: string | null };

type SaveState = EventPayload<'workspace.saveState'>['state'];

/** Edits of one field by one client within this time join one undo step (typing a word). */
const COALESCE_WINDOW_MS = 1500;
const ROOT: DocPath = [];
const SAVE_RETRY_MS = 2000;

export class OpenDocument {
  revision = 0;
  private undoStack: HistoryEntry[] = [];
  private redoStack: HistoryEntry[] = [];
  /** What each recent revision touched, to rebase or refuse edits based on older revisions. */
  private log: LogEntry[] = [];
  private readonly db: Low<Workspace>;
  private readonly adapter: DurableJsonAdapter<Workspace>;
  private readonly encoder = new IncrementalJsonEncoder();
  /** The bytes on disk as we last wrote or read them, in chunks: what a periodic backup keeps. */
  private savedBytes: readonly Uint8Array[];
  private readonly saver: CoalescingSaver;
  private saveState: SaveState = 'saved';
  private lastBackupAt: number | null = null;
  /** Set when the file changed on disk under us: nothing is written until the user chooses. */
  conflict = false;
  /** Set when the workspace is deleted or the service closes: no change is accepted after that. */
  private detached = false;
  /** Set when another Samspil took the workspace's lock: nothing is written here again. */
  takenOver: ServiceFailure | null = null;

  constructor(
    readonly workspaceId: string,
    public workspace: Workspace,
    savedText: string,
    private fileState: KnownFileState,
    private readonly deps: DocumentDeps,
  ) {
    // Frozen from the start, as immer keeps every later state: the encoder may then reuse the
    // bytes of any part that an edit did not touch.
    freeze(this.workspace, true);
    this.savedBytes = [Buffer.from(savedText, 'utf8')];
    this.adapter = new DurableJsonAdapter<Workspace>(
      deps.folder.fileOf(workspaceId),
      { encode: (workspace) => this.encoder.encodeChunks(workspace), decode: () => this.workspace },
      async () => null,
      // Checked again after the bytes are synced: a take-over while they were written keeps them out.
      () => this.assertOwner(),
    );
    this.db = new Low<Workspace>(this.adapter, workspace);
    this.saver = new CoalescingSaver(() => this.write());
    // Warm the encoder's cache once the open has answered, so the first edit's save already
    // reuses the bytes of everything it does not touch.
    const warmUp = setTimeout(() => {
      if (!this.saver.busy) this.encoder.encodeChunks(this.workspace);
    }, 0);
    warmUp.unref?.();
  }

  get canUndo(): boolean {
    return this.undoStack.length > 0;
  }
  get canRedo(): boolean {
    return this.redoStack.length > 0;
  }
  get sizeBytes(): number {
    return byteLengthOf(this.savedBytes);
  }

  snapshot(): CallOutput<'workspace.open'> {
    return { workspace: this.workspace, revision: this.revision, canUndo: this.canUndo, canRedo: this.canRedo };
  }

  private result(): CallOutput<'workspace.edit'> {
    return { revision: this.revision, canUndo: this.canUndo, canRedo: this.canRedo };
  }

  // ---- changes -------------------------------------------------------------------------------

  async edit(input: CallParsedInput<'workspace.edit'>): Promise<CallOutput<'workspace.edit'>> {
    this.assertWritable();
    assertStorable(input.ops);
    const applied = applyEdit(this.workspace, input.ops);
    assertRebasable({ workspaceId: this.workspaceId, revision: this.revision, log: this.log }, input.baseRevision, applied.touched, input.clientId);
    validateTouched(applied.workspace, applied.touched);
    if (input.undoable === false) {
      // The running of the room (timers, current step) is not content: undo passes it by.
      const outside = applied.touched.find((path) => path[0] !== 'session');
      if (outside) throw new ServiceFailure('invalid_edit', { path: formatPath(outside), reason: 'must_be_undoable' });
      return this.commit(applied.workspace, applied.patches, applied.touched, 'edit', input.clientId);
    }
    const now = this.deps.now().getTime();
    const top = this.undoStack[this.undoStack.length - 1];
    if (
      input.coalesceKey !== undefined &&
      top &&
      this.redoStack.length === 0 &&
      top.coalesceKey === input.coalesceKey &&
      top.clientId === input.clientId &&
      now - top.at <= COALESCE_WINDOW_MS
    ) {
      top.patches.push(...applied.patches);
      top.inverse.unshift(...applied.inversePatches);
      // Undoing the joined step changes every path of it: the log must name them all for rebasing.
      top.touched.push(...applied.touched);
      top.at = now;
    } else {
      this.pushUndo({
        patches: applied.patches,
        inverse: applied.inversePatches,
        touched: applied.touched,
        coalesceKey: input.coalesceKey,
        clientId: input.clientId,
        at: now,
      });
    }
    this.redoStack = [];
    return this.commit(applied.workspace, applied.patches, applied.touched, 'edit', input.clientId);
  }

  async undo(): Promise<CallOutput<'workspace.undo'>> {
    this.assertWritable();
    const entry = this.undoStack.pop();
    if (!entry) throw new ServiceFailure('nothing_to_undo', { workspaceId: this.workspaceId });
    this.redoStack.push(entry);
    return this.commit(applyPatches(this.workspace, entry.inverse), entry.inverse, entry.touched, 'undo');
  }

  async redo(): Promise<CallOutput<'workspace.redo'>> {
    this.assertWritable();
    const entry = this.redoStack.pop();
    if (!entry) throw new ServiceFailure('nothing_to_redo', { workspaceId: this.workspaceId });
    this.undoStack.push(entry);
    return this.commit(applyPatches(this.workspace, entry.patches), entry.patches, entry.touched, 'redo');
  }

  /** Replaces the whole document (a restored backup), as one step that can be undone. */
  async replace(next: Workspace): Promise<CallOutput<'workspace.edit'>> {
    this.assertWritable();
    const [replaced, patches, inverse] = produceWithPatches(this.workspace, () => ({ ...next, id: this.workspaceId }));
    this.pushUndo({ patches, inverse, touched: [ROOT], coalesceKey: undefined, clientId: undefined, at: 0 });
    this.redoStack = [];
    return this.commit(replaced, patches, [ROOT], 'restore');
  }

  /** Takes the disk's version after an external change; history starts afresh. */
  async reloadFrom(disk: Workspace, text: string, fileState: FileState): Promise<number> {
    this.workspace = freeze({ ...disk, id: this.workspaceId }, true);
    this.savedBytes = [Buffer.from(text, 'utf8')];
    this.fileState = fileState;
    this.conflict = false;
    this.undoStack = [];
    this.redoStack = [];
    this.revision += 1;
    this.log.push({ revision: this.revision, touched: [ROOT], clientId: undefined });
    this.setSaveState('saved');
    this.broadcast([{ op: 'replace', path: [], value: this.workspace }], 'reload', undefined);
    return this.revision;
  }

  /** Applies a new state: revision, log, updatedAt, then save, then broadcast (even if the save failed). */
  private async commit(
    next: Workspace,
    patches: Patch[],
    touched: DocPath[],
    kind: EventPayload<'workspace.changed'>['kind'],
    clientId?: string,
  ): Promise<CallOutput<'workspace.edit'>> {
    const [stamped, timePatches] = produceWithPatches(next, (draft) => {
      draft.updatedAt = this.deps.now().toISOString();
    });
    this.workspace = stamped;
    this.revision += 1;
    this.log.push({ revision: this.revision, touched, clientId });
    if (this.log.length > this.deps.historyLimit) this.log.splice(0, this.log.length - this.deps.historyLimit);
    const allPatches = [...patches, ...timePatches];
    const revision = this.revision;
    try {
      await this.persist();
    } finally {
      // Taken over: the change is refused and stays out of every mirror (what was typed is kept
      // by the window that typed it); this document is not the workspace's any more.
      if (!this.takenOver) this.broadcast(allPatches, kind, clientId, revision);
    }
    return { ...this.result(), revision };
  }

  private broadcast(patches: Patch[], kind: EventPayload<'workspace.changed'>['kind'], clientId?: string, revision = this.revision): void {
    this.deps.emit({
      name: 'workspace.changed',
      payload: {
        workspaceId: this.workspaceId,
        revision,
        patches: patches as EventPayload<'workspace.changed'>['patches'],
        ...(clientId !== undefined ? { clientId } : {}),
        kind,
        canUndo: this.canUndo,
        canRedo: this.canRedo,
      },
    });
  }

  private pushUndo(entry: HistoryEntry): void {
    this.undoStack.push(entry);
    if (this.undoStack.length > this.deps.historyLimit) this.undoStack.shift();
  }

  /**
   * Stops accepting changes, synchronously: a change already applied is still being saved (and
   * `flush` waits for it); one that arrives later is refused instead of writing the file after
   * it was moved to the trash or its lock released.
   */
  detach(): void {
    this.detached = true;
  }

  /** Accepts changes again: the delete that detached it failed, the document stays. */
  reattach(): void {
    this.detached = false;
  }

  /** Whether the last save failed: the state in memory is not on disk yet. */
  get unsaved(): boolean {
    return this.saveState === 'error';
  }

  private assertWritable(): void {
    if (this.takenOver) throw this.takenOver;
    if (this.detached) throw new ServiceFailure('not_found', { workspaceId: this.workspaceId });
    if (this.conflict) throw new ServiceFailure('external_change', { workspaceId: this.workspaceId });
  }

  // ---- saving --------------------------------------------------------------------------------

  /** Resolves once the current state is on disk. */
  async persist(): Promise<void> {
    this.setSaveState('saving');
    try {
      await this.saver.save();
      if (!this.saver.busy) this.setSaveState('saved');
    } catch (error) {
      if (error instanceof ServiceFailure && (error.error.code === 'external_change' || error.error.code === 'workspace_taken_over')) throw error;
      const code = (error as NodeJS.ErrnoException).code ?? 'unknown';
      const failure = new ServiceFailure('save_failed', { workspaceId: this.workspaceId, reason: code });
      this.setSaveState('error', failure);
      this.scheduleRetry();
      throw failure;
    }
  }

  private retryTimer: ReturnType<typeof setTimeout> | null = null;

  /** After a failed save (disk full, a drive gone), keep trying until the state is on disk. */
  private scheduleRetry(): void {
    if (this.retryTimer) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      if (!this.conflict && !this.detached && !this.takenOver) void this.persist().catch(() => undefined);
    }, SAVE_RETRY_MS);
    this.retryTimer.unref?.();
  }

  /** Stops retrying (the document is being closed). */
  dispose(): void {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
  }

  async flush(): Promise<void> {
    await this.saver.idle();
  }

  private async write(): Promise<void> {
    // The lock is read once per save, just before the new bytes replace the file (the adapter's
    // check): reading it here too would cost every keystroke a second read for no more safety.
    if (this.takenOver) throw this.takenOver;
    await this.assertDiskUnchanged();
    const now = this.deps.now().getTime();
    if (this.lastBackupAt === null || now - this.lastBackupAt >= this.deps.backupIntervalMs) {
      // The state on disk before this session's next stretch of edits (never another owner's).
      await this.assertOwner();
      await this.deps.folder.writeBackup(this.workspaceId, this.savedBytes, 'periodic', this.deps.maxBackups);
      this.lastBackupAt = now;
    }
    this.db.data = this.workspace;
    try {
      await this.db.write();
    } catch (error) {
      // The new bytes are in place though the save failed (the folder's fsync): remember them as
      // ours, so the retry does not take them for another program's change.
      if (failedAfterRename(error)) await this.noteWritten().catch(() => undefined);
      throw error;
    }
    try {
      await this.noteWritten();
    } catch {
      // Written and synced; only the stat after it failed: the next save compares hashes.
    }
  }

  private async noteWritten(): Promise<void> {
    this.savedBytes = this.adapter.lastWritten!;
    // Until the stat below answers, no size matches: the next check compares the bytes' hash.
    this.fileState = { size: -1, mtimeMs: 0, ino: 0, hash: null };
    const info = await this.deps.folder.statOf(this.workspaceId);
    // The hash is only needed when the file's size, time or inode moved: computed then, lazily.
    this.fileState = { ...(info ?? { size: 0, mtimeMs: 0, ino: 0 }), hash: null };
  }

  /** Compares the file with what we last wrote: cheap stat first, a hash only if it moved. */
  async assertDiskUnchanged(): Promise<void> {
    if (this.conflict) throw new ServiceFailure('external_change', { workspaceId: this.workspaceId });
    const info = await this.deps.folder.statOf(this.workspaceId);
    const same =
      info !== null && info.size === this.fileState.size && info.mtimeMs === this.fileState.mtimeMs && info.ino === this.fileState.ino;
    if (same) return;
    const hash = info === null ? null : await this.deps.folder.hashOf(this.workspaceId);
    const expected = this.fileState.hash ?? hashText(this.savedBytes);
    if (hash !== null && hash === expected && info) {
      this.fileState = { ...info, hash };
      return;
    }
    // Changed by the Samspil that took the lock over: that is what to say, not a conflict.
    await this.assertOwner();
    this.conflict = true;
    this.setSaveState('conflict');
    this.deps.emit({
      name: 'workspace.externalChange',
      payload: { workspaceId: this.workspaceId, fileName: `${this.workspaceId}.json` },
    });
    throw new ServiceFailure('external_change', { workspaceId: this.workspaceId });
  }

  /**
   * Refuses, and says so once (save state `taken_over`), when another Samspil took the lock: no
   * two writers, ever. Checked before every write and backup, and again just before a save lands.
   */
  async assertOwner(): Promise<void> {
    if (this.takenOver) throw this.takenOver;
    try {
      await this.deps.assertLockHeld();
    } catch (error) {
      if (error instanceof ServiceFailure && error.error.code === 'workspace_taken_over' && !this.takenOver) {
        this.takenOver = error;
        this.setSaveState('taken_over', error);
      }
      throw error;
    }
  }

  /** Periodic check, while idle, for a lost lock or a change on disk; saving checks before every write anyway. */
  async checkDisk(): Promise<void> {
    if (this.takenOver || this.conflict || this.saver.busy) return;
    await this.assertOwner()
      .then(() => this.assertDiskUnchanged())
      .catch(() => undefined);
  }

  /** A backup of the open document's state as it is in memory, saved or not. */
  async backupInMemory(reason: Backup['reason']): Promise<Backup> {
    await this.assertOwner();
    return this.deps.folder.writeBackup(this.workspaceId, this.encoder.encode(this.workspace), reason, this.deps.maxBackups);
  }

  private setSaveState(state: SaveState, failure?: ServiceFailure): void {
    if (state === this.saveState && state !== 'error') return;
    this.saveState = state;
    this.deps.emit({
      name: 'workspace.saveState',
      payload: { workspaceId: this.workspaceId, state, ...(failure ? { error: failure.error } : {}) },
    });
  }
}
