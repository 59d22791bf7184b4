// The playbook's exports from the desktop: the PDF is printed from a hidden window of ours on the
// print route (the same React view as the preview, with the same webPreferences as every window,
// window.ts) by `webContents.printToPDF` with the shared print options (src/contract/
// print-options.ts: paper, no printer margins, backgrounds, a tagged PDF with the document outline),
// once the page says it is laid out (`data-playbook-ready`, after `document.fonts.ready`), then
// finished with its metadata and exact paper size (pdf-finish.ts). A save
// dialog first, then the printing, then an offer to open the file. Markdown (made by the page) is
// saved through a save dialog too.
import { BrowserWindow, app, dialog, shell, type SaveDialogOptions, type WebContents } from 'electron';
import { join } from 'node:path';
import { ServiceFailure } from '../../src/contract/errors';
import {
  PLAYBOOK_ERROR_ATTRIBUTE,
  PLAYBOOK_READY_ATTRIBUTE,
  PLAYBOOK_READY_TIMEOUT_MS,
  electronPdfOptions,
  playbookFileName,
  printRoute,
  type Paper,
  type PlaybookOptions,
} from '../../src/contract/print-options';
import type { Workspace } from '../../src/contract/workspace';
import { writeFileDurably } from '../service/durable-file';
import { finishPdf, PREPARE_PRINT, type PreparedPrint } from './pdf-finish';
import type { WorkspaceService } from '../service/workspace-service';
import type { MenuLabels } from './menu-template';
import { createAppWindow } from './window';
import { workshopOf } from '../../src/domain/workshop';

export interface PlaybookExporterOptions {
  preload: string;
  /** The page every window loads: `app://samspil/index.html`, or the dev server's URL. */
  entryUrl: string;
  service: Pick<WorkspaceService, 'call'>;
  labels: () => MenuLabels;
  timeoutMs?: number;
}

export interface PlaybookExporter {
  exportPdf(workspaceId: string, options: PlaybookOptions): Promise<{ saved: boolean; path?: string }>;
  saveMarkdown(workspaceId: string, content: string): Promise<{ saved: boolean; path?: string }>;
}

/** The workshop's date for the file name, or today's. */
function dateOf(workspace: Workspace): string {
  const date: unknown = workshopOf(workspace).date;
  if (typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date)) return date;
  return new Date().toISOString().slice(0, 10);
}

async function askWhere(options: SaveDialogOptions): Promise<string | null> {
  const parent = BrowserWindow.getFocusedWindow();
  const choice = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
  return choice.canceled || !choice.filePath ? null : choice.filePath;
}

export function createPlaybookExporter({ preload, entryUrl, service, labels, timeoutMs = PLAYBOOK_READY_TIMEOUT_MS }: PlaybookExporterOptions): PlaybookExporter {
  const defaultPath = async (workspaceId: string, extension: 'pdf' | 'md') => {
    const { workspace } = await service.call('workspace.open', { workspaceId });
    return join(app.getPath('documents'), playbookFileName(workspace.clientCompany, dateOf(workspace), extension));
  };
  const properties: SaveDialogOptions['properties'] = ['createDirectory', 'showOverwriteConfirmation'];

  return {
    async exportPdf(workspaceId, options) {
      const text = labels().dialogs;
      const path = await askWhere({
        title: text.exportPlaybookTitle,
        defaultPath: await defaultPath(workspaceId, 'pdf'),
        filters: [{ name: text.pdfFileType, extensions: ['pdf'] }],
        properties,
      });
      if (!path) return { saved: false };
      const pdf = await printPlaybookPdf({ preload, url: `${entryUrl}${printRoute(workspaceId, options)}`, paper: options.paper, timeoutMs });
      await writeFileDurably(path, pdf);
      const parent = BrowserWindow.getFocusedWindow();
      const offer = { type: 'info' as const, message: text.playbookSaved, detail: path, buttons: [text.openFile, text.close], defaultId: 0, cancelId: 1 };
      const answer = parent ? await dialog.showMessageBox(parent, offer) : await dialog.showMessageBox(offer);
      if (answer.response === 0) {
        const failure = await shell.openPath(path);
        if (failure) console.error(`samspil: could not open ${path}: ${failure}`);
      }
      return { saved: true, path };
    },

    async saveMarkdown(workspaceId, content) {
      const text = labels().dialogs;
      const path = await askWhere({
        title: text.exportMarkdownTitle,
        defaultPath: await defaultPath(workspaceId, 'md'),
        filters: [{ name: text.markdownFileType, extensions: ['md'] }],
        properties,
      });
      if (!path) return { saved: false };
      await writeFileDurably(path, content);
      return { saved: true, path };
    },
  };
}

/**
 * Prints a print-route page to PDF from a hidden window: waits for the page's ready signal (or its
 * error), within `timeoutMs`, and always closes the window.
 */
export async function printPlaybookPdf({ preload, url, paper, timeoutMs }: { preload: string; url: string; paper: Paper; timeoutMs: number }): Promise<Buffer> {
  const window = createAppWindow({ preload, url, show: false });
  try {
    await waitForReady(window.webContents, timeoutMs);
    const prepared = (await window.webContents.executeJavaScript(PREPARE_PRINT)) as PreparedPrint;
    if (!prepared.metadata) throw new ServiceFailure('playbook_failed', { reason: 'no PDF metadata on the page' });
    for (const overflow of prepared.overflow) console.error(`samspil: the playbook's page ${overflow.page} cuts ${overflow.what} (${overflow.by}px)`);
    // Title, author, creator, language and the exact paper size (Chromium cannot be told them).
    return finishPdf(await window.webContents.printToPDF(electronPdfOptions(paper)), prepared.metadata, paper);
  } catch (error) {
    if (error instanceof ServiceFailure) throw error;
    throw new ServiceFailure('playbook_failed', { reason: error instanceof Error ? error.message : String(error) });
  } finally {
    if (!window.isDestroyed()) window.destroy();
  }
}

const READ_STATE = `(() => { const root = document.documentElement; return root.getAttribute(${JSON.stringify(PLAYBOOK_READY_ATTRIBUTE)}) ? 'ready' : (root.getAttribute(${JSON.stringify(PLAYBOOK_ERROR_ATTRIBUTE)}) ?? ''); })()`;

async function waitForReady(contents: WebContents, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (contents.isDestroyed()) throw new ServiceFailure('playbook_failed', { reason: 'the print window closed' });
    // Before the page has loaded there is nothing to ask; a failed evaluation is asked again.
    const state = contents.isLoading() ? '' : await contents.executeJavaScript(READ_STATE).catch(() => '');
    if (state === 'ready') return;
    if (typeof state === 'string' && state !== '') throw new ServiceFailure('playbook_failed', { reason: state });
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new ServiceFailure('playbook_timeout', { seconds: Math.round(timeoutMs / 100) / 10 });
}
