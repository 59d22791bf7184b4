import { create } from 'zustand';
import type { TrashItem, WorkspaceListEntry } from '../../contract/calls';
import type { ServiceError } from '../../contract/errors';
import { call, errorOf } from '../api/client';

interface WorkspacesState {
  entries: WorkspaceListEntry[];
  trash: TrashItem[];
  loaded: boolean;
  error: ServiceError | null;
  refresh: () => Promise<void>;
  refreshTrash: () => Promise<void>;
}

/** The home screen's mirror of the workspace list and the trash; refreshed on `listChanged`. */
export const useWorkspacesStore = create<WorkspacesState>((set) => ({
  entries: [],
  trash: [],
  loaded: false,
  error: null,
  refresh: async () => {
    try {
      const { workspaces } = await call('workspace.list', {});
      set({ entries: workspaces, loaded: true, error: null });
    } catch (thrown) {
      set({ loaded: true, error: errorOf(thrown) });
    }
  },
  refreshTrash: async () => {
    try {
      const { items } = await call('workspace.trash', {});
      set({ trash: items });
    } catch (thrown) {
      set({ error: errorOf(thrown) });
    }
  },
}));
