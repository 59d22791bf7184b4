import { applyPatches, enablePatches, type Patch } from 'immer';
import { create } from 'zustand';
import { applyEdit } from '../../contract/apply-edit';
import type { EventPayload } from '../../contract/calls';
import type { EditOp } from '../../contract/edit';
import type { ServiceError } from '../../contract/errors';
import type { Workspace } from '../../contract/workspace';
import { call, errorOf } from '../api/client';

enablePatches();

export type SaveState = EventPayload<'workspace.saveState'>['state'];

/** This window's id in edits: the service never counts a window's own edits against it. */
export const clientId = crypto.randomUUID();

export interface EditOptions {
  coalesceKey?: string;
  undoable?: boolean;
}

/** An edit of this window not yet in the confirmed document. */
interface PendingEdit {
  ops: EditOp[];
  /** The revision the service gave it, once it answered; it stays shown until the mirror has it. */
  acceptedAs?: number;
}

interface DocumentState {
  workspaceId: string | null;
  /** What this window shows: the service's document with this window's unconfirmed edits on top. */
  workspace: Workspace | null;
  /** The service's document as last broadcast, and its revision. */
  confirmed: Workspace | null;
  revision: number;
  pending: PendingEdit[];
  canUndo: boolean;
  canRedo: boolean;
  saveState: SaveState;
  saveError: ServiceError | null;
  /** The last edit, undo or redo that the service refused, to show beside the save state. */
  lastError: ServiceError | null;
  loadError: ServiceError | null;
  open: (workspaceId: string) => Promise<void>;
  close: () => void;
  reload: () => Promise<void>;
  /**
   * Applies an edit here at once and sends it. `coalesceKey` joins a burst of typing into one
   * undo step; `undoable: false` is for the running of the room (paths under `session`).
   */
  edit: (ops: EditOp[], options?: EditOptions) => Promise<void>;
  undo: () => Promise<void>;
  redo: () => Promise<void>;
  applyChange: (change: EventPayload<'workspace.changed'>) => void;
  applySaveState: (state: EventPayload<'workspace.saveState'>) => void;
  clearError: () => void;
}

/**
 * Edits leave one at a time, in order, so the service sees them as this window made them. When
 * none is in flight, one leaves at once, inside the caller's task: the request is on its way
 * before React renders what the edit changed (re-rendering a whole step after a click can take
 * longer than the request itself, and the projector waits for the request).
 */
let queue: Promise<unknown> = Promise.resolve();
let inFlight = 0;
function inOrder<T>(task: () => Promise<T>): Promise<T> {
  inFlight += 1;
  const next = inFlight === 1 ? task() : queue.then(task, task);
  queue = next.catch(() => undefined).finally(() => (inFlight -= 1));
  return next;
}

/**
 * The shown document: the confirmed one with the pending edits replayed on top. Edits address
 * array items by id, so replaying one the service has already applied changes nothing (a second
 * insert of the same id or removal of a removed item is skipped).
 */
function withPending(confirmed: Workspace | null, pending: readonly PendingEdit[]): Workspace | null {
  if (!confirmed) return null;
  let shown = confirmed;
  for (const entry of pending) {
    try {
      shown = applyEdit(shown, entry.ops).workspace;
    } catch {
      // It no longer fits (someone removed its target): the service will refuse it too.
    }
  }
  return shown;
}

/**
 * The open workspace, mirrored from the service. The window's own edits show at once (a checkbox
 * ticks when clicked, not a round trip later); changes arrive as patches on `workspace.changed`,
 * and a gap in revisions (a missed event) makes the mirror fetch the document again.
 */
export const useDocumentStore = create<DocumentState>((set, get) => {
  /** Drops what the confirmed document already holds, and recomputes what is shown. */
  const showWith = (confirmed: Workspace | null, revision: number, pending: readonly PendingEdit[]) => {
    const open = pending.filter((entry) => entry.acceptedAs === undefined || entry.acceptedAs > revision);
    return { pending: open, workspace: withPending(confirmed, open) };
  };
  const answered = (entry: PendingEdit, acceptedAs: number | null) => {
    // Refused: gone. Accepted: shown until the broadcast of that revision reaches the mirror.
    const pending = acceptedAs === null ? get().pending.filter((candidate) => candidate !== entry) : get().pending;
    if (acceptedAs !== null) entry.acceptedAs = acceptedAs;
    set(showWith(get().confirmed, get().revision, pending));
  };

  return {
    workspaceId: null,
    workspace: null,
    confirmed: null,
    revision: 0,
    pending: [],
    canUndo: false,
    canRedo: false,
    saveState: 'saved',
    saveError: null,
    lastError: null,
    loadError: null,

    open: async (workspaceId) => {
      set({ workspaceId, workspace: null, confirmed: null, pending: [], loadError: null, lastError: null, saveError: null, saveState: 'saved' });
      await get().reload();
    },

    close: () => set({ workspaceId: null, workspace: null, confirmed: null, pending: [], loadError: null }),

    reload: async () => {
      const workspaceId = get().workspaceId;
      if (!workspaceId) return;
      try {
        const opened = await call('workspace.open', { workspaceId });
        if (get().workspaceId !== workspaceId) return;
        set({
          confirmed: opened.workspace,
          ...showWith(opened.workspace, opened.revision, get().pending),
          revision: opened.revision,
          canUndo: opened.canUndo,
          canRedo: opened.canRedo,
        });
      } catch (thrown) {
        set({ loadError: errorOf(thrown) });
      }
    },

    edit: (ops, options = {}) => {
      const entry: PendingEdit = { ops };
      const pending = [...get().pending, entry];
      set({ pending, workspace: withPending(get().confirmed, pending) });
      return inOrder(async () => {
        const { workspaceId, revision } = get();
        if (!workspaceId) return;
        try {
          const result = await call('workspace.edit', {
            workspaceId,
            baseRevision: revision,
            clientId,
            ops,
            ...(options.coalesceKey !== undefined ? { coalesceKey: options.coalesceKey } : {}),
            ...(options.undoable === false ? { undoable: false } : {}),
          });
          answered(entry, result.revision);
          set({ lastError: null });
        } catch (thrown) {
          answered(entry, null);
          set({ lastError: errorOf(thrown) });
          throw thrown;
        }
      });
    },

    undo: () => inOrder(() => runHistory('workspace.undo')),
    redo: () => inOrder(() => runHistory('workspace.redo')),

    applyChange: (change) => {
      const state = get();
      if (change.workspaceId !== state.workspaceId || !state.confirmed) return;
      if (change.revision <= state.revision) return;
      if (change.revision !== state.revision + 1) {
        void state.reload();
        return;
      }
      const confirmed = applyPatches(state.confirmed, change.patches as Patch[]);
      set({
        confirmed,
        ...showWith(confirmed, change.revision, state.pending),
        revision: change.revision,
        canUndo: change.canUndo,
        canRedo: change.canRedo,
      });
    },

    applySaveState: (event) => {
      if (event.workspaceId !== get().workspaceId) return;
      set({ saveState: event.state, saveError: event.error ?? null });
    },

    clearError: () => set({ lastError: null }),
  };
});

async function runHistory(name: 'workspace.undo' | 'workspace.redo'): Promise<void> {
  const { workspaceId } = useDocumentStore.getState();
  if (!workspaceId) return;
  try {
    await call(name, { workspaceId, clientId });
    useDocumentStore.setState({ lastError: null });
  } catch (thrown) {
    const error = errorOf(thrown);
    // Nothing to undo is not an error worth a message: the buttons are disabled then anyway.
    if (error.code !== 'nothing_to_undo' && error.code !== 'nothing_to_redo') useDocumentStore.setState({ lastError: error });
  }
}
