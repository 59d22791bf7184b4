import { useEffect } from 'react';
import { useLocation } from 'wouter';
import { onEvent } from '../api/client';
import { useAppStore } from '../stores/app-store';
import { useDocumentStore } from '../stores/document-store';
import { useWorkspacesStore } from '../stores/workspaces-store';

/**
 * Keeps the open document and the settings in step with the host: document patches, save states,
 * a change on disk, the UI language chosen in another window, and a reload after a lost stream.
 * Every window needs it, the presenter view included.
 */
export function useDocumentEvents(): void {
  useEffect(() => {
    const off = [
      onEvent('workspace.changed', (change) => useDocumentStore.getState().applyChange(change)),
      onEvent('workspace.saveState', (state) => useDocumentStore.getState().applySaveState(state)),
      onEvent('workspace.externalChange', (event) =>
        useDocumentStore.getState().applySaveState({ workspaceId: event.workspaceId, state: 'conflict' }),
      ),
      onEvent('settings.changed', (settings) => {
        if (settings.uiLanguage) useAppStore.getState().adoptUiLanguage(settings.uiLanguage);
      }),
      onEvent('transport.reconnected', () => {
        void useDocumentStore.getState().reload();
        useDocumentStore.getState().retryNow();
      }),
    ];
    return () => off.forEach((unsubscribe) => unsubscribe());
  }, []);
}

/** The fields the home screen shows of a workspace: an edit of one refreshes the list. */
const LISTED_FIELDS = new Set<string | number>(['name', 'clientCompany', 'language', 'currency']);
const LIST_REFRESH_DELAY_MS = 300;

/**
 * The facilitator window's own events on top: the workspace list and the native menu's commands.
 * The list also follows edits of what it shows (a name typed in another window), once the typing
 * pauses rather than on every keystroke.
 */
export function useServiceEvents(onCommand: (command: string) => void): void {
  const [, navigate] = useLocation();
  useEffect(() => {
    const workspaces = useWorkspacesStore.getState();
    let listRefresh: ReturnType<typeof setTimeout> | undefined;
    const refreshListSoon = () => {
      clearTimeout(listRefresh);
      listRefresh = setTimeout(() => void workspaces.refresh(), LIST_REFRESH_DELAY_MS);
    };
    const off = [
      onEvent('workspace.listChanged', () => {
        void workspaces.refresh();
      }),
      onEvent('workspace.changed', (change) => {
        if (change.patches.some((patch) => patch.path.length === 0 || LISTED_FIELDS.has(patch.path[0]!))) refreshListSoon();
      }),
      onEvent('app.command', ({ command }) => {
        if (command === 'undo') void useDocumentStore.getState().undo();
        else if (command === 'redo') void useDocumentStore.getState().redo();
        else if (command === 'go_home') navigate('/');
        else if (command === 'show_trash') navigate('/trash');
        else onCommand(command);
      }),
      // The window is closing with edits pending: what waits for a host that was down leaves now.
      onEvent('app.flushEdits', () => useDocumentStore.getState().retryNow()),
      onEvent('transport.reconnected', () => void workspaces.refresh()),
    ];
    return () => {
      clearTimeout(listRefresh);
      off.forEach((unsubscribe) => unsubscribe());
    };
  }, [navigate, onCommand]);
}
