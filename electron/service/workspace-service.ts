import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type {
  CallName,
  CallOutput,
  CallParsedInput,
  WorkspaceListEntry,
  WorkspaceSummary,
  ServiceEvent,
} from '../../src/contract/calls';
import { type TooNewStep, decodeWorkspace, encodeWorkspace, type CodecOptions } from '../../src/contract/codec';
import { ServiceFailure, serviceError, type Envelope } from '../../src/contract/errors';
import { emptySession } from '../../src/contract/session';
import { DEFAULT_DOCUMENT_CONTROL } from '../../src/contract/consultant';
import { checkLogo } from '../../src/contract/logo';
import { CURRENT_SCHEMA_VERSION, type Workspace } from '../../src/contract/workspace';
import { codecOptions, currentStepVersions, defaultSteps } from '../../src/steps';
import { dispatchCall, type Handlers } from './dispatch';
import { removeTempFiles, isProcessAlive, writeFileDurably } from './durable-file';
import { FileLocks } from './file-lock';
import { SettingsStore } from './settings-store';
import { OpenDocument } from './open-document';
import { MAX_WORKSPACE_BYTES, WorkspaceFolder, hashText, type FileInspection } from './workspace-folder';

/**
 * The workspace service: owns the open workspaces of one data folder and answers every call of
 * the contract. Plain Node: Electron's main process and the browser host both wrap it, and the
 * tests drive it directly.
 */
export interface WorkspaceServiceOptions {
  dataDir: string;
  now?: () => Date;
  newId?: () => string;
  /** At most one periodic backup per this long of editing (default five minutes). */
  backupIntervalMs?: number;
  /** Backups kept per workspace (default 20). */
  maxBackups?: number;
  /** How often open files are checked for changes by other programs (default 2 s; 0: never). */
  watchIntervalMs?: number;
  /** Undo steps kept per workspace, and revisions remembered for rebasing (default 500). */
  historyLimit?: number;
  /** The document schema and migrations (default: the step registry's); tests pass their own. */
  codec?: CodecOptions;
  /** Folder of the sample workshops, `nordvind.<language>.json` (default: resources/samples). */
  samplesDir?: string;
}

export type Listener = (event: ServiceEvent) => void;

export class WorkspaceService {
  private readonly folder: WorkspaceFolder;
  private readonly locks: FileLocks;
  private readonly documents = new Map<string, OpenDocument>();
  private readonly opening = new Map<string, Promise<OpenDocument>>();
  private readonly listeners = new Set<Listener>();
  private readonly now: () => Date;
  private readonly newId: () => string;
  private readonly codec: CodecOptions;
  private readonly settings: SettingsStore;
  private watchTimer: ReturnType<typeof setInterval> | null = null;
  private closed = false;

  constructor(private readonly options: WorkspaceServiceOptions) {
    this.now = options.now ?? (() => new Date());
    this.newId = options.newId ?? (() => randomUUID());
    this.codec = options.codec ?? codecOptions;
    this.folder = new WorkspaceFolder(options.dataDir, this.codec, this.now);
    this.locks = new FileLocks(this.folder.locks);
    this.settings = new SettingsStore(options.dataDir, this.now);
  }

  get dataDir(): string {
    return this.options.dataDir;
  }

  async start(): Promise<void> {
    await this.folder.ensure();
    await this.settings.load();
    // Temp files of processes that died mid-write: never a workspace, safe to remove.
    await removeTempFiles(this.folder.workspaces, isAbandoned);
    const interval = this.options.watchIntervalMs ?? 2000;
    if (interval > 0) {
      this.watchTimer = setInterval(() => void this.checkExternalChanges(), interval);
      this.watchTimer.unref?.();
    }
  }

  /** Validates `input` against the contract, runs the call, answers `{ ok, data | error }`. */
  dispatch(name: string, input: unknown): Promise<Envelope<unknown>> {
    // After close nothing is answered (or written): a late call must not create files unlocked.
    if (this.closed) return Promise.resolve({ ok: false, error: serviceError('internal', { reason: 'closed' }) });
    return dispatchCall(this.handlers, name, input);
  }

  /** Typed convenience for Node callers (tests, the main process). */
  async call<N extends CallName>(name: N, input: unknown): Promise<CallOutput<N>> {
    const answer = await this.dispatch(name, input);
    if (!answer.ok) throw new ServiceFailure(answer.error.code, answer.error.params);
    return answer.data as CallOutput<N>;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Waits until every accepted change is on disk. */
  async flush(): Promise<void> {
    await Promise.all([...this.documents.values()].map((doc) => doc.flush()));
  }

  /** Saves what is pending, releases every lock; the service answers nothing after this. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (this.watchTimer) clearInterval(this.watchTimer);
    for (const doc of this.documents.values()) doc.detach();
    await this.flush();
    for (const doc of this.documents.values()) doc.dispose();
    await this.locks.releaseAll();
    this.documents.clear();
  }

  async checkExternalChanges(): Promise<void> {
    await Promise.all([...this.documents.values()].map((doc) => doc.checkDisk()));
  }

  private emit = (event: ServiceEvent): void => {
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch {
        // One broken subscriber must not stop the others or the save.
      }
    }
  };

  private listChanged(): void {
    this.emit({ name: 'workspace.listChanged', payload: {} });
  }

  // ---- opening -------------------------------------------------------------------------------

  private async document(workspaceId: string): Promise<OpenDocument> {
    if (this.closed) throw new ServiceFailure('internal', { reason: 'closed' });
    const open = this.documents.get(workspaceId);
    if (open) return open;
    let pending = this.opening.get(workspaceId);
    if (!pending) {
      pending = this.load(workspaceId).finally(() => this.opening.delete(workspaceId));
      this.opening.set(workspaceId, pending);
    }
    return pending;
  }

  private async load(workspaceId: string): Promise<OpenDocument> {
    await this.locks.acquire(workspaceId);
    try {
      const inspection = await this.folder.inspect(workspaceId);
      const ok = this.assertUsable(workspaceId, inspection);
      const target = `${workspaceId}.json`;
      await removeTempFiles(this.folder.workspaces, (temp) => temp.target === target);
      // Backups are written through temp files too; a process killed mid-backup leaves one here.
      await removeTempFiles(this.folder.backupFolderOf(workspaceId), isAbandoned);
      const workspace = { ...ok.workspace, id: workspaceId };
      const doc = new OpenDocument(workspaceId, workspace, ok.text, ok.fileState, {
        folder: this.folder,
        emit: this.emit,
        now: this.now,
        backupIntervalMs: this.options.backupIntervalMs ?? 5 * 60_000,
        maxBackups: this.options.maxBackups ?? 20,
        historyLimit: this.options.historyLimit ?? 500,
        assertLockHeld: () => this.assertLockHeld(workspaceId),
      });
      if (ok.migratedFrom !== null) {
        // The original stays, byte for byte, before the migrated document replaces it.
        await this.folder.writeBackup(workspaceId, ok.text, 'before_migration', this.options.maxBackups ?? 20);
        await doc.persist();
      }
      this.documents.set(workspaceId, doc);
      return doc;
    } catch (error) {
      await this.locks.release(workspaceId);
      throw error;
    }
  }

  /** Throws `workspace_taken_over`, naming the new owner, once another Samspil holds the lock. */
  private async assertLockHeld(workspaceId: string): Promise<void> {
    const lock = await this.locks.verify(workspaceId);
    if (lock.held) return;
    const { pid = 0, host = '', since = '' } = lock.owner ?? {};
    throw new ServiceFailure('workspace_taken_over', { workspaceId, pid, host, since });
  }

  /**
   * Forgets an open document whose lock another Samspil took (it is never written again), so that
   * opening the workspace asks for the lock afresh: refused while the other holds it, or taken back.
   */
  private async dropIfTakenOver(workspaceId: string): Promise<void> {
    const open = this.documents.get(workspaceId);
    if (!open) return;
    await open.assertOwner().catch(() => undefined);
    if (!open.takenOver || this.documents.get(workspaceId) !== open) return;
    open.detach();
    open.dispose();
    this.documents.delete(workspaceId);
  }

  private assertUsable(workspaceId: string, inspection: FileInspection) {
    switch (inspection.status) {
      case 'ok':
        return inspection;
      case 'missing':
        throw new ServiceFailure('not_found', { workspaceId });
      case 'damaged':
        throw new ServiceFailure('workspace_damaged', { workspaceId, reason: inspection.reason, detail: inspection.detail });
      case 'too_new':
        if (inspection.step) throw new ServiceFailure('workspace_step_too_new', { workspaceId, ...stepParams(inspection.step) });
        throw new ServiceFailure('workspace_too_new', {
          workspaceId,
          schemaVersion: inspection.schemaVersion,
          supportedVersion: this.codec.currentVersion,
        });
    }
  }

  /** The document of a workspace, from memory when open, else read from disk (never written). */
  private async current(workspaceId: string): Promise<Workspace> {
    const open = this.documents.get(workspaceId);
    if (open) return open.workspace;
    const inspection = await this.folder.inspect(workspaceId);
    return { ...this.assertUsable(workspaceId, inspection).workspace, id: workspaceId };
  }

  private summaryOf(workspace: Workspace, sizeBytes: number): WorkspaceSummary {
    return {
      status: 'ok',
      workspaceId: workspace.id,
      name: workspace.name,
      clientCompany: workspace.clientCompany,
      language: workspace.language,
      currency: workspace.currency,
      createdAt: workspace.createdAt,
      updatedAt: workspace.updatedAt,
      fileName: `${workspace.id}.json`,
      sizeBytes,
    };
  }

  /** Writes a brand-new workspace file under a fresh id. */
  private async writeNew(workspace: Omit<Workspace, 'id'>): Promise<WorkspaceSummary> {
    const workspaceId = this.newId();
    // The id second, as in every saved file: a new file reads like an exported one.
    const { schemaVersion, ...rest } = workspace;
    const document: Workspace = { schemaVersion, id: workspaceId, ...rest };
    const text = encodeWorkspace(document);
    await this.locks.with(workspaceId, async () => {
      if (await this.folder.exists(workspaceId)) throw new ServiceFailure('internal', { reason: 'id_taken' });
      await writeFileDurably(this.folder.fileOf(workspaceId), text);
    });
    this.listChanged();
    return this.summaryOf(document, Buffer.byteLength(text));
  }

  private async entryOf(workspaceId: string): Promise<WorkspaceListEntry | null> {
    const open = this.documents.get(workspaceId);
    if (open) return this.summaryOf(open.workspace, open.sizeBytes);
    const inspection = await this.folder.inspect(workspaceId);
    const fileName = `${workspaceId}.json`;
    switch (inspection.status) {
      case 'missing':
        return null;
      case 'ok':
        return this.summaryOf({ ...inspection.workspace, id: workspaceId }, inspection.fileState.size);
      case 'damaged':
        return {
          status: 'damaged',
          workspaceId,
          fileName,
          reason: inspection.reason,
          detail: inspection.detail,
          modifiedAt: new Date(inspection.fileState.mtimeMs).toISOString(),
          sizeBytes: inspection.fileState.size,
          backupCount: (await this.folder.listBackups(workspaceId)).length,
        };
      case 'too_new':
        return {
          status: 'too_new',
          workspaceId,
          fileName,
          name: inspection.name,
          schemaVersion: inspection.schemaVersion,
          supportedVersion: this.codec.currentVersion,
          ...(inspection.step ? { step: inspection.step } : {}),
          modifiedAt: new Date(inspection.fileState.mtimeMs).toISOString(),
          sizeBytes: inspection.fileState.size,
        };
    }
  }

  // ---- the calls -----------------------------------------------------------------------------

  private readonly handlers: Handlers = {
    'workspace.list': async () => {
      const entries = await Promise.all((await this.folder.listIds()).map((id) => this.entryOf(id)));
      const when = (entry: WorkspaceListEntry) => (entry.status === 'ok' ? entry.updatedAt : entry.modifiedAt);
      const workspaces = entries
        .filter((entry): entry is WorkspaceListEntry => entry !== null)
        .sort((a, b) => (when(a) < when(b) ? 1 : when(a) > when(b) ? -1 : 0));
      return { workspaces };
    },

    'workspace.create': async (input) => {
      const at = this.now().toISOString();
      return this.writeNew({
        schemaVersion: CURRENT_SCHEMA_VERSION,
        name: input.name,
        clientCompany: input.clientCompany,
        language: input.language,
        currency: input.currency,
        createdAt: at,
        updatedAt: at,
        session: emptySession(),
        stepVersions: currentStepVersions(),
        steps: defaultSteps(input.language),
        // The consultant's brand carries over to every new workspace (src/contract/consultant.ts).
        playbook: { consultant: this.settings.get().consultant, control: DEFAULT_DOCUMENT_CONTROL },
      } as Omit<Workspace, 'id'>);
    },

    'workspace.open': async ({ workspaceId }) => {
      await this.dropIfTakenOver(workspaceId);
      return (await this.document(workspaceId)).snapshot();
    },

    'workspace.takeOver': async ({ workspaceId }) => {
      // Taking back a workspace another Samspil took from this one: the file is read afresh.
      await this.dropIfTakenOver(workspaceId);
      if (!this.documents.has(workspaceId)) await this.locks.takeOver(workspaceId);
      return (await this.document(workspaceId)).snapshot();
    },

    'workspace.rename': async ({ workspaceId, name }) => {
      const doc = await this.document(workspaceId);
      await doc.edit({ workspaceId, baseRevision: doc.revision, clientId: 'service', ops: [{ type: 'set', path: ['name'], value: name }] });
      this.listChanged();
      return this.summaryOf(doc.workspace, doc.sizeBytes);
    },

    'workspace.duplicate': async ({ workspaceId, name }) => {
      const source = await this.current(workspaceId);
      const at = this.now().toISOString();
      const { id: _id, ...rest } = source;
      return this.writeNew({ ...rest, name: name ?? source.name, createdAt: at, updatedAt: at });
    },

    'workspace.delete': async ({ workspaceId }) => {
      const open = this.documents.get(workspaceId);
      let item;
      try {
        if (open) {
          // Taken over, the lock and the file are another Samspil's: refused, never trashed from here.
          await open.assertOwner();
          open.detach();
          await open.flush();
          // What the trash keeps is what the user sees: a change not yet on disk is saved first,
          // or the delete is refused (save_failed) and the document stays open.
          if (open.unsaved) await open.persist();
        }
        item = await this.locks.with(workspaceId, () => this.folder.moveToTrash(workspaceId));
      } catch (error) {
        // A failed delete (a read-only or full disk) keeps the document open and writable.
        open?.reattach();
        throw error;
      }
      if (open) {
        open.dispose();
        this.documents.delete(workspaceId);
      }
      await this.locks.release(workspaceId);
      this.listChanged();
      return item;
    },

    'workspace.trash': async () => ({ items: await this.folder.listTrash() }),

    'workspace.restore': async ({ trashId }) => {
      const workspaceId = await this.folder.restoreFromTrash(trashId, this.newId);
      this.listChanged();
      const entry = await this.entryOf(workspaceId);
      if (!entry) throw new ServiceFailure('trash_item_not_found', { trashId });
      return entry;
    },

    'workspace.import': async ({ fileName, content }) => {
      const size = Buffer.byteLength(content);
      if (size > MAX_WORKSPACE_BYTES) {
        const mb = (n: number) => `${(n / (1024 * 1024)).toFixed(1)} MB`;
        throw new ServiceFailure('import_invalid', { fileName, reason: 'too_large', detail: `${mb(size)}; the limit is ${mb(MAX_WORKSPACE_BYTES)}` });
      }
      const decoded = decodeWorkspace(content, this.codec);
      if (decoded.status === 'damaged') {
        throw new ServiceFailure('import_invalid', { fileName, reason: decoded.reason, detail: decoded.detail });
      }
      if (decoded.status === 'too_new' && decoded.step) {
        throw new ServiceFailure('workspace_step_too_new', { fileName, ...stepParams(decoded.step) });
      }
      if (decoded.status === 'too_new') {
        throw new ServiceFailure('workspace_too_new', {
          fileName,
          schemaVersion: decoded.schemaVersion,
          supportedVersion: this.codec.currentVersion,
        });
      }
      const { id: _id, ...rest } = decoded.workspace;
      return this.writeNew(rest);
    },

    'workspace.export': async ({ workspaceId }) => {
      const workspace = await this.current(workspaceId);
      return { fileName: exportFileName(workspace), content: encodeWorkspace(workspace) };
    },

    'workspace.edit': async (input) => (await this.document(input.workspaceId)).edit(input),
    'workspace.undo': async ({ workspaceId }) => (await this.document(workspaceId)).undo(),
    'workspace.redo': async ({ workspaceId }) => (await this.document(workspaceId)).redo(),

    'workspace.backups': async ({ workspaceId }) => ({ backups: await this.folder.listBackups(workspaceId) }),

    'workspace.restoreBackup': async ({ workspaceId, backupId }) => {
      const inspection = await this.folder.readBackup(workspaceId, backupId);
      if (inspection.status !== 'ok') {
        const reason = inspection.status === 'damaged' ? inspection.reason : inspection.status;
        throw new ServiceFailure('workspace_damaged', { workspaceId, reason, detail: backupId });
      }
      const restored: Workspace = { ...inspection.workspace, id: workspaceId };
      const open = this.documents.get(workspaceId);
      if (open) {
        await open.backupInMemory('before_restore');
        await open.replace(restored);
      } else {
        // Not open (perhaps damaged): keep the current bytes as a backup, then write the restored one.
        await this.locks.with(workspaceId, async () => {
          await this.folder.backupCurrentFile(workspaceId, 'before_restore', this.options.maxBackups ?? 20);
          await writeFileDurably(this.folder.fileOf(workspaceId), encodeWorkspace(restored));
        });
      }
      this.listChanged();
      const entry = await this.entryOf(workspaceId);
      return entry as WorkspaceSummary;
    },

    'settings.get': async () => this.settings.get(),

    'settings.update': async (input) => {
      const settings = await this.settings.update(input);
      this.emit({ name: 'settings.changed', payload: settings });
      return settings;
    },

    'settings.consultant': async (input) => {
      let logo = input.logo;
      if (logo) {
        const checked = checkLogo(logo);
        if (!checked.ok) throw new ServiceFailure('invalid_input', { field: 'logo', reason: checked.reason });
        logo = checked.logo;
      }
      const settings = await this.settings.update({ consultant: { ...input, logo } });
      this.emit({ name: 'settings.changed', payload: settings });
      return settings;
    },

    'workspace.installSample': async ({ language }) => {
      if (this.settings.get().sampleInstalled) return { installed: false };
      const samplesDir = this.options.samplesDir ?? join(fileURLToPath(new URL('../../resources/samples', import.meta.url)));
      const text = await readFile(join(samplesDir, `nordvind.${language}.json`), 'utf8');
      const decoded = decodeWorkspace(text, this.codec);
      if (decoded.status !== 'ok') throw new ServiceFailure('internal', { reason: 'sample_invalid', language });
      const at = this.now().toISOString();
      const { id: _id, ...sample } = decoded.workspace;
      const workspace = await this.writeNew({ ...sample, createdAt: at, updatedAt: at });
      const settings = await this.settings.update({ sampleInstalled: true });
      this.emit({ name: 'settings.changed', payload: settings });
      return { installed: true, workspace };
    },

    'workspace.resolveExternalChange': async ({ workspaceId, choice, copyName }) => {
      const doc = this.documents.get(workspaceId);
      if (!doc || !doc.conflict) throw new ServiceFailure('no_external_change', { workspaceId });
      // Taken over, neither choice may make this service write the file again.
      await doc.assertOwner();
      const inspection = await this.folder.inspect(workspaceId);
      const disk = this.assertUsable(workspaceId, inspection);
      let copy: WorkspaceSummary | undefined;
      if (choice === 'keep_mine_as_copy') {
        const { id: _id, ...mine } = doc.workspace;
        copy = await this.writeNew({ ...mine, name: copyName ?? mine.name, updatedAt: this.now().toISOString() });
      } else {
        // Even "reload" keeps what was open as a backup: the user may regret the choice.
        await doc.backupInMemory('before_reload');
      }
      const revision = await doc.reloadFrom({ ...disk.workspace, id: workspaceId }, disk.text, {
        ...disk.fileState,
        hash: hashText(disk.text),
      });
      this.listChanged();
      return copy ? { revision, copy } : { revision };
    },
  };
}

/** A temp file of a process that no longer runs: never a workspace or backup, safe to remove. */
function isAbandoned(temp: { pid: number }): boolean {
  return temp.pid !== process.pid && !isProcessAlive(temp.pid);
}

/** `Nordvind workshop.json`: the workspace's name made safe for every file system. */
export function exportFileName(workspace: Workspace): string {
  const base = workspace.name
    .normalize('NFC')
    // Control characters and the characters Windows forbids in file names.
    // eslint-disable-next-line no-control-regex
    .replace(/[\\/:*?"<>|\u0000-\u001f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120);
  return `${base || workspace.id}.json`;
}

export async function createWorkspaceService(options: WorkspaceServiceOptions): Promise<WorkspaceService> {
  const service = new WorkspaceService(options);
  await service.start();
  return service;
}

export type { CallParsedInput };

/** The error parameters of a slice newer than this build's step. */
function stepParams(step: TooNewStep): { stepId: string; stepVersion: number; supportedStepVersion: number } {
  return { stepId: step.stepId, stepVersion: step.version, supportedStepVersion: step.supported };
}
