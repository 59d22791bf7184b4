// The desktop's answers to the `host.*` calls: what the desktop can do, showing a workspace file in
// the system's file manager, exporting through a native save dialog, the presenter window
// (presenter.ts) and the playbook's exports (playbook-export.ts). Inputs arrive validated by the host dispatch (electron/service/host-dispatch.ts),
// so an id is a plain file name.
import { BrowserWindow, app, dialog, shell } from 'electron';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { ServiceFailure } from '../../src/contract/errors';
import { writeFileDurably } from '../service/durable-file';
import { workspaceFilePath, type HostHandlers } from '../service/host-dispatch';
import type { WorkspaceService } from '../service/workspace-service';
import type { MenuLabels } from './menu-template';
import type { PlaybookExporter } from './playbook-export';
import type { Presenter } from './presenter';

export interface DesktopHostOptions {
  dataDir: string;
  service: Pick<WorkspaceService, 'call'>;
  /** The catalog of the current UI language, for the dialog's title and file type. */
  labels: () => MenuLabels;
  /** The presenter window. */
  presenter: Pick<Presenter, 'present' | 'stop'>;
  /** The playbook's PDF and Markdown exports (playbook-export.ts). */
  playbook: PlaybookExporter;
  /** The page's report of edits not yet acknowledged, for its window's close (close-guard.ts). */
  pendingEdits: (pending: boolean) => void;
}

export function desktopHostHandlers({ dataDir, service, labels, presenter, playbook, pendingEdits }: DesktopHostOptions): HostHandlers {
  return {
    'host.info': async () => ({
      kind: 'desktop',
      dataDir,
      capabilities: { revealFile: true, saveDialog: true, presenterWindow: true },
    }),

    'host.revealFile': async ({ workspaceId }) => {
      const file = workspaceFilePath(dataDir, workspaceId);
      const info = await stat(file).catch(() => null);
      if (!info?.isFile()) throw new ServiceFailure('not_found', { workspaceId });
      shell.showItemInFolder(file);
      return {};
    },

    /** Opens (or switches and focuses) the presenter window; the page there opens the workspace itself. */
    'host.present': async ({ workspaceId }) => {
      const info = await stat(workspaceFilePath(dataDir, workspaceId)).catch(() => null);
      if (!info?.isFile()) throw new ServiceFailure('not_found', { workspaceId });
      presenter.present(workspaceId);
      return {};
    },

    'host.stopPresenting': async () => {
      presenter.stop();
      return {};
    },

    'host.pendingEdits': async ({ pending }) => {
      pendingEdits(pending);
      return {};
    },

    'host.exportWorkspace': async ({ workspaceId }) => {
      const exported = await service.call('workspace.export', { workspaceId });
      const text = labels().dialogs;
      const options = {
        title: text.exportTitle,
        defaultPath: join(app.getPath('documents'), exported.fileName),
        filters: [{ name: text.workspaceFileType, extensions: ['json'] }],
        properties: ['createDirectory', 'showOverwriteConfirmation'] as Array<'createDirectory' | 'showOverwriteConfirmation'>,
      };
      const parent = BrowserWindow.getFocusedWindow();
      const choice = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
      if (choice.canceled || !choice.filePath) return { saved: false };
      await writeFileDurably(choice.filePath, exported.content);
      return { saved: true, path: choice.filePath };
    },

    'host.exportPlaybook': async ({ workspaceId, ...options }) => playbook.exportPdf(workspaceId, options),

    'host.savePlaybookMarkdown': async ({ workspaceId, content }) => playbook.saveMarkdown(workspaceId, content),

    'host.saveFile': async ({ fileName, extension, fileTypeName, content }) => {
      const options = {
        title: labels().dialogs.saveFileTitle,
        defaultPath: join(app.getPath('documents'), fileName),
        filters: [{ name: fileTypeName, extensions: [extension] }],
        properties: ['createDirectory', 'showOverwriteConfirmation'] as Array<'createDirectory' | 'showOverwriteConfirmation'>,
      };
      const parent = BrowserWindow.getFocusedWindow();
      const choice = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
      if (choice.canceled || !choice.filePath) return { saved: false };
      await writeFileDurably(choice.filePath, content);
      return { saved: true, path: choice.filePath };
    },
  };
}
