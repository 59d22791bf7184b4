import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_PLAYBOOK_OPTIONS, type PlaybookOptions } from '../../contract/print-options';
import { StepHostContext, type SavedFile, type StepHost } from '../../steps/kit/host';
import { call } from '../api/client';
import { useErrorText } from '../shell/use-error-text';
import { useToasts } from '../shell/toasts';
import { workshopOf } from '../../domain/workshop';
import { i18n } from '../i18n';
import { agreementOf } from '../playbook/markdown';
import { goToItem } from '../session/session-actions';
import { useAppStore } from '../stores/app-store';
import { editsDuring, refusalAt, useDocumentStore } from '../stores/document-store';

/** Downloads a file in the page (the browser host has no save dialog). */
export function downloadFile({ fileName, mimeType, content }: SavedFile): void {
  const url = URL.createObjectURL(new Blob([content], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Focuses an element once it is in the page (a step's editor may still be loading). */
function focusWhenShown(id: string, triesLeft = 40): void {
  const element = document.getElementById(id);
  if (element) {
    element.scrollIntoView({ block: 'center' });
    element.focus();
    return;
  }
  if (triesLeft > 0) setTimeout(() => focusWhenShown(id, triesLeft - 1), 50);
}

/**
 * Lends the step views the host's services (src/steps/kit/host.tsx): editing and undo through
 * the document store, notices through the toasts, files through the host's save dialog or a
 * download. The only place where a step's needs meet the renderer's internals.
 */
export function StepHostProvider({ playbookOptions = DEFAULT_PLAYBOOK_OPTIONS, children }: { playbookOptions?: PlaybookOptions; children: ReactNode }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const host = useMemo<StepHost>(
    () => ({
      edit: (ops, options) => void useDocumentStore.getState().edit(ops, options).catch(() => undefined),
      undo: () => void useDocumentStore.getState().undo(),
      notify: ({ tone, message, undoable }) =>
        useToasts.getState().show({ tone, message, ...(undoable ? { action: { label: t('workspace:undo'), run: () => useDocumentStore.getState().undo() } } : {}) }),
      refusalText: (error) => errorText(error),
      editsDuring: (commit) => editsDuring(commit).flatMap((op) => (op.type === 'set' ? [op.path] : [])),
      refusalAt: (path) => refusalAt(useDocumentStore.getState(), path),
      subscribeRefusals: (listener) =>
        useDocumentStore.subscribe((state, previous) => {
          if (state.refusals !== previous.refusals) listener();
        }),
      dismissRefusal: (path) => useDocumentStore.getState().dismissRefusal(path),
      playbookOptions,
      saveFile: async (file) => {
        if (useAppStore.getState().host?.capabilities.saveDialog === true) {
          const extension = /\.([a-z0-9]{1,10})$/i.exec(file.fileName)?.[1]?.toLowerCase() ?? 'txt';
          const result = await call('host.saveFile', { fileName: file.fileName, extension, fileTypeName: file.fileTypeName, content: file.content });
          if (result.saved && result.path) useToasts.getState().show({ tone: 'info', message: t('workspace:fileSaved', { path: result.path }) });
          return;
        }
        downloadFile(file);
      },
      agreementSources: (workspace) => agreementOf(workspace, playbookOptions, i18n.getFixedT(workspace.language)),
      goToStep: (stepId, focusId) => {
        const workspace = useDocumentStore.getState().workspace;
        const item = workspace ? workshopOf(workspace).agenda.find((entry) => entry.kind === 'step' && entry.stepId === stepId) : undefined;
        if (!item) return;
        void goToItem(item.id).then(() => {
          // The step's editor renders (and may load) first; then the field the check points to.
          if (focusId) focusWhenShown(focusId);
        });
      },
    }),
    [t, errorText, playbookOptions],
  );
  return <StepHostContext.Provider value={host}>{children}</StepHostContext.Provider>;
}
