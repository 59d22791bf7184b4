import type { TrashItem } from '../../contract/calls';
import { i18n } from '../i18n';
import { call, errorOf } from '../api/client';
import { useToasts } from '../shell/toasts';
import { useAppStore } from '../stores/app-store';
import { useWorkspacesStore } from '../stores/workspaces-store';

/**
 * What the home screen's buttons do that more than one screen needs: import, export and delete
 * with undo. Errors come back as typed values; the caller shows them translated.
 */

export async function importFile(file: File): Promise<string> {
  const content = await file.text();
  const summary = await call('workspace.import', { fileName: file.name, content });
  await useWorkspacesStore.getState().refresh();
  return summary.workspaceId;
}

/** Exports through the host's save dialog where there is one, else as a browser download. */
export async function exportWorkspace(workspaceId: string): Promise<boolean> {
  if (useAppStore.getState().host?.capabilities.saveDialog) {
    const result = await call('host.exportWorkspace', { workspaceId });
    return result.saved;
  }
  const { fileName, content } = await call('workspace.export', { workspaceId });
  const url = URL.createObjectURL(new Blob([content], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return true;
}

/** Moves a workspace to the trash and offers to undo that for a while. */
export async function deleteWithUndo(workspaceId: string, name: string, errorText: (error: ReturnType<typeof errorOf>) => string): Promise<void> {
  const item: TrashItem = await call('workspace.delete', { workspaceId });
  await useWorkspacesStore.getState().refresh();
  const t = i18n.getFixedT(useAppStore.getState().uiLanguage, 'home');
  useToasts.getState().show({
    tone: 'info',
    message: t('deleted', { name }),
    action: {
      label: t('undoDelete'),
      run: async () => {
        try {
          await call('workspace.restore', { trashId: item.trashId });
          await useWorkspacesStore.getState().refresh();
        } catch (thrown) {
          useToasts.getState().show({ tone: 'error', message: errorText(errorOf(thrown)) });
        }
      },
    },
  });
}
