import { useEffect } from 'react';
import { useLocation } from 'wouter';
import { onEvent } from '../api/client';
import { useAppStore } from '../stores/app-store';
import { useDocumentStore } from '../stores/document-store';
import { useWorkspacesStore } from '../stores/workspaces-store';

/**
 * Connects the stores to the host's events, once for the window: list changes, document patches,
 * save states, settings from other windows, native menu commands, and a reconnect after a gap.
 */
export function useServiceEvents(onCommand: (command: string) => void): void {
  const [, navigate] = useLocation();
  useEffect(() => {
    const documents = useDocumentStore.getState();
    const workspaces = useWorkspacesStore.getState();
    const off = [
      onEvent('workspace.listChanged', () => {
        void workspaces.refresh();
      }),
      onEvent('workspace.changed', (change) => useDocumentStore.getState().applyChange(change)),
      onEvent('workspace.saveState', (state) => useDocumentStore.getState().applySaveState(state)),
      onEvent('workspace.externalChange', (event) =>
        useDocumentStore.getState().applySaveState({ workspaceId: event.workspaceId, state: 'conflict' }),
      ),
      onEvent('settings.changed', (settings) => {
        if (settings.uiLanguage) useAppStore.getState().adoptUiLanguage(settings.uiLanguage);
      }),
      onEvent('app.command', ({ command }) => {
        if (command === 'undo') void useDocumentStore.getState().undo();
        else if (command === 'redo') void useDocumentStore.getState().redo();
        else if (command === 'go_home') navigate('/');
        else if (command === 'show_trash') navigate('/trash');
        else onCommand(command);
      }),
      onEvent('transport.reconnected', () => {
        void workspaces.refresh();
        void documents.reload();
      }),
    ];
    return () => off.forEach((unsubscribe) => unsubscribe());
  }, [navigate, onCommand]);
}
