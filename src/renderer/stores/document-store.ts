import { applyPatches, enablePatches, type Patch } from 'immer';
import { create } from 'zustand';
import type { EventPayload } from '../../contract/calls';
import type { EditOp } from '../../contract/edit';
import type { ServiceError } from '../../contract/errors';
import type { Workspace } from '../../contract/workspace';
import { call, errorOf } from '../api/client';

enablePatches();

export type SaveState = EventPayload<'workspace.saveState'>['state'];

/** This window's id in edits: the service never counts a window's own edits against it. */
export const clientId = crypto.randomUUID();

interface DocumentState {
  workspaceId: string | null;
  workspace: Workspace | null;
  revision: number;
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
  edit: (ops: EditOp[], coalesceKey?: string) => Promise<void>;
  undo: () => Promise<void>;
  redo: () => Promise<void>;
  applyChange: (change: EventPayload<'workspace.changed'>) => void;
  applySaveState: (state: EventPayload<'workspace.saveState'>) => void;
  clearError: () => void;
}

/** Edits leave one at a time, in order, so the service sees them as this window made them. */
let queue: Promise<unknown> = Promise.resolve();
function inOrder<T>(task: () => Promise<T>): Promise<T> {
  const next = queue.then(task, task);
  queue = next.catch(() => undefined);
  return next;
}

/**
 * The open workspace, mirrored from the service. Changes arrive as patches on
 * `workspace.changed`; a gap in revisions (a missed event) makes the mirror fetch the document
 * again, so it never drifts.
 */
export const useDocumentStore = create<DocumentState>((set, get) => ({
  workspaceId: null,
  workspace: null,
  revision: 0,
  canUndo: false,
  canRedo: false,
  saveState: 'saved',
  saveError: null,
  lastError: null,
  loadError: null,

  open: async (workspaceId) => {
    set({ workspaceId, workspace: null, loadError: null, lastError: null, saveError: null, saveState: 'saved' });
    await get().reload();
  },

  close: () => set({ workspaceId: null, workspace: null, loadError: null }),

  reload: async () => {
    const workspaceId = get().workspaceId;
    if (!workspaceId) return;
    try {
      const opened = await call('workspace.open', { workspaceId });
      if (get().workspaceId !== workspaceId) return;
      set({ workspace: opened.workspace, revision: opened.revision, canUndo: opened.canUndo, canRedo: opened.canRedo });
    } catch (thrown) {
      set({ loadError: errorOf(thrown) });
    }
  },

  edit: (ops, coalesceKey) =>
    inOrder(async () => {
      const { workspaceId, revision } = get();
      if (!workspaceId) return;
      try {
        await call('workspace.edit', {
          workspaceId,
          baseRevision: revision,
          clientId,
          ops,
          ...(coalesceKey !== undefined ? { coalesceKey } : {}),
        });
        set({ lastError: null });
      } catch (thrown) {
        set({ lastError: errorOf(thrown) });
        throw thrown;
      }
    }),

  undo: () => inOrder(() => runHistory('workspace.undo')),
  redo: () => inOrder(() => runHistory('workspace.redo')),

  applyChange: (change) => {
    const state = get();
    if (change.workspaceId !== state.workspaceId || !state.workspace) return;
    if (change.revision <= state.revision) return;
    if (change.revision !== state.revision + 1) {
      void state.reload();
      return;
    }
    set({
      workspace: applyPatches(state.workspace, change.patches as Patch[]),
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
}));

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
