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
      onEvent('transport.reconnected', () => void useDocumentStore.getState().reload()),
    ];
    return () => off.forEach((unsubscribe) => unsubscribe());
  }, []);
}

/**
 * The facilitator window's own events on top: the workspace list and the native menu's commands.
 */
export function useServiceEvents(onCommand: (command: string) => void): void {
  const [, navigate] = useLocation();
  useEffect(() => {
    const workspaces = useWorkspacesStore.getState();
    const off = [
      onEvent('workspace.listChanged', () => {
        void workspaces.refresh();
      }),
      onEvent('app.command', ({ command }) => {
        if (command === 'undo') void useDocumentStore.getState().undo();
        else if (command === 'redo') void useDocumentStore.getState().redo();
        else if (command === 'go_home') navigate('/');
        else if (command === 'show_trash') navigate('/trash');
        else onCommand(command);
      }),
      onEvent('transport.reconnected', () => void workspaces.refresh()),
    ];
    return () => off.forEach((unsubscribe) => unsubscribe());
  }, [navigate, onCommand]);
}
