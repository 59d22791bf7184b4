import '../steps/step-catalogs';
import { create } from 'zustand';
import { DEFAULT_PLAYBOOK_OPTIONS, playbookFileName, printRoute, type PlaybookOptions } from '../../contract/print-options';
import type { ServiceError } from '../../contract/errors';
import type { Workspace } from '../../contract/workspace';
import { call, errorOf } from '../api/client';
import { i18n } from '../i18n';
import { useAppStore } from '../stores/app-store';
import { hasViews } from '../steps/registry';
import { downloadFile } from '../steps/StepHostProvider';
import { playbookMarkdown } from './markdown';
import { setupOf, today } from './model';

/**
 * Exporting the playbook: a PDF (the desktop prints the print route in a hidden window and saves
 * it through its save dialog; a browser opens the print route in a new tab, which calls
 * window.print() once laid out: the browser's "Save as PDF"), or Markdown (a save dialog, or a
 * download). The options and the export's progress live here, so the File menu and the preview
 * export the same playbook.
 */

export type ExportState = 'idle' | 'pdf' | 'markdown';

export type ExportOutcome =
  | { kind: 'saved'; format: 'pdf' | 'markdown'; path: string }
  | { kind: 'downloaded' }
  | { kind: 'printing' }
  | { kind: 'popupBlocked' }
  | { kind: 'cancelled' }
  | { kind: 'failed'; error: ServiceError };

interface PlaybookState {
  options: PlaybookOptions;
  exporting: ExportState;
  setOptions: (options: Partial<PlaybookOptions>) => void;
}

export const usePlaybookStore = create<PlaybookState>((set, get) => ({
  options: DEFAULT_PLAYBOOK_OPTIONS,
  exporting: 'idle',
  setOptions: (options) => set({ options: { ...get().options, ...options } }),
}));

const desktop = () => useAppStore.getState().host?.capabilities.saveDialog === true;

async function exporting(state: Exclude<ExportState, 'idle'>, task: () => Promise<ExportOutcome>): Promise<ExportOutcome> {
  if (usePlaybookStore.getState().exporting !== 'idle') return { kind: 'cancelled' };
  usePlaybookStore.setState({ exporting: state });
  try {
    return await task();
  } catch (thrown) {
    return { kind: 'failed', error: errorOf(thrown) };
  } finally {
    usePlaybookStore.setState({ exporting: 'idle' });
  }
}

export function exportPlaybookPdf(workspaceId: string, options: PlaybookOptions): Promise<ExportOutcome> {
  if (!desktop()) {
    // A new tab on the print route: it prints itself once laid out (same components, print CSS).
    const opened = window.open(`${location.pathname}${location.search}${printRoute(workspaceId, options, { autoprint: '1' })}`, '_blank');
    return Promise.resolve(opened ? { kind: 'printing' } : { kind: 'popupBlocked' });
  }
  return exporting('pdf', async () => {
    const result = await call('host.exportPlaybook', { workspaceId, ...options });
    return result.saved && result.path ? { kind: 'saved', format: 'pdf', path: result.path } : { kind: 'cancelled' };
  });
}

export function exportPlaybookMarkdown(workspace: Workspace, options: PlaybookOptions): Promise<ExportOutcome> {
  return exporting('markdown', async () => {
    const content = playbookMarkdown(workspace, options, i18n.getFixedT(workspace.language), hasViews);
    if (desktop()) {
      const result = await call('host.savePlaybookMarkdown', { workspaceId: workspace.id, content });
      return result.saved && result.path ? { kind: 'saved', format: 'markdown', path: result.path } : { kind: 'cancelled' };
    }
    const fileName = playbookFileName(workspace.clientCompany, setupOf(workspace).date || today(), 'md');
    downloadFile({ fileName, mimeType: 'text/markdown;charset=utf-8', fileTypeName: 'Markdown', content });
    return { kind: 'downloaded' };
  });
}

/** The outcome as a notice in the UI's language; null when there is nothing to say. */
export function outcomeMessage(outcome: ExportOutcome, errorText: (error: ServiceError) => string): { tone: 'info' | 'error'; message: string } | null {
  const t = i18n.getFixedT(useAppStore.getState().uiLanguage, 'playbook');
  switch (outcome.kind) {
    case 'saved':
      return { tone: 'info', message: t(outcome.format === 'pdf' ? 'preview.saved' : 'preview.markdownSaved', { path: outcome.path }) };
    case 'downloaded':
      return { tone: 'info', message: t('preview.downloaded') };
    case 'printing':
      return { tone: 'info', message: t('preview.printing') };
    case 'popupBlocked':
      return { tone: 'error', message: t('preview.popupBlocked') };
    case 'failed':
      return { tone: 'error', message: errorText(outcome.error) };
    case 'cancelled':
      return null;
  }
}
