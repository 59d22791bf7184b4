// The Electron main process: app lifecycle. Thin: it wires the workspace service (plain Node,
// electron/service) to Electron: the app:// scheme, the IPC bridge, the menu, the facilitator's
// window and the presenter window. With the preload, the only code that imports 'electron'.
//
//   --data-dir DIR        the workspaces' folder (default: Electron's userData folder, "Samspil")
//   --user-data-dir=DIR   Electron's own profile folder (tests); also what "single instance" means
import { BrowserWindow, app, dialog, session } from 'electron';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dataDirFromArgs } from '../service/data-dir';
import { createHostDispatch, type Dispatch } from '../service/host-dispatch';
import { createWorkspaceService, type WorkspaceService } from '../service/workspace-service';
import { APP_ENTRY_URL } from './app-files';
import { desktopHostHandlers } from './host-handlers';
import { guardWindowClose, type WindowCloseGuard } from './close-wiring';
import { broadcast, handleCalls, sendEvent } from './ipc';
import { createAppMenu, type AppMenu } from './menu';
import { interpolate } from './menu-template';
import { registerAppScheme, serveAppScheme } from './protocol';
import { hardenWebContents, lockDownSession } from './security';
import { devServerOrigin } from './security-policy';
import { optionValue } from './launch-args';
import { createPlaybookExporter } from './playbook-export';
import { createPresenter, type Presenter } from './presenter';
import { bringToFront, createMainWindow } from './window';

/** out/main, where this file is bundled to; the preload and the renderer are built beside it. */
const here = dirname(fileURLToPath(import.meta.url));
const preload = join(here, '../preload/index.cjs');
const rendererDir = join(here, '../renderer');

// Before the app is ready: the scheme, the sandbox for every renderer, the profile folder.
registerAppScheme();
app.enableSandbox();
const userDataDir = optionValue(process.argv, '--user-data-dir');
if (userDataDir) app.setPath('userData', resolve(userDataDir));

if (!app.requestSingleInstanceLock()) {
  // Another Samspil runs on this profile: it brings its window to the front ('second-instance').
  app.quit();
} else {
  run();
}

function run(): void {
  // electron-vite sets the dev server's URL in `npm run dev` only; a built app serves app://.
  const devUrl = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL'];
  const devOrigin = devServerOrigin(devUrl);
  const isDev = devOrigin !== undefined;
  const entryUrl = isDev && devUrl ? devUrl : APP_ENTRY_URL;
  let mainWindow: BrowserWindow | null = null;
  let presenter: Presenter | null = null;
  /** The facilitator's window waits for its page's pending edits before it closes. */
  let mainCloseGuard: WindowCloseGuard | null = null;

  hardenWebContents(devOrigin);

  const openWindow = (): BrowserWindow => {
    const window = createMainWindow({ preload, url: entryUrl });
    mainCloseGuard = guardWindowClose(window, () => sendEvent(window.webContents, { name: 'app.flushEdits', payload: {} }, devOrigin));
    window.on('closed', () => {
      if (mainWindow !== window) return;
      mainWindow = null;
      mainCloseGuard = null;
      // No room view without the facilitator's: and with it gone, the app may quit.
      presenter?.stop();
    });
    mainWindow = window;
    return window;
  };

  app.on('second-instance', () => {
    const window = mainWindow ?? BrowserWindow.getAllWindows()[0];
    if (window) bringToFront(window);
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  void app.whenReady().then(async () => {
    lockDownSession(session.defaultSession, devOrigin);
    serveAppScheme(session.defaultSession, rendererDir);
    const presenting = createPresenter({ preload, entryUrl, facilitatorWindow: () => mainWindow });
    presenter = presenting;
    // Quitting closes the room's view first, whatever else holds the quit back.
    app.on('before-quit', () => presenting.stop());
    const menu = createAppMenu({
      isDev,
      // The menu acts on the facilitator's work: its commands never go to the room's view.
      send: (window, command) => {
        const target = window === presenting.window() && mainWindow ? mainWindow : window;
        sendEvent(target.webContents, { name: 'app.command', payload: { command } }, devOrigin);
      },
    });
    menu.update(null);

    const dataDir = resolve(dataDirFromArgs(process.argv) ?? app.getPath('userData'));
    const service = await startService(dataDir, menu);
    if (!service) return;
    const settings = await service.call('settings.get', {}).catch(() => null);
    menu.update(settings?.uiLanguage ?? null);
    service.subscribe((event) => {
      broadcast(event, devOrigin);
      if (event.name === 'settings.changed') menu.update(event.payload.uiLanguage);
    });

    const playbook = createPlaybookExporter({ preload, entryUrl, service, labels: menu.labels });
    const calls = trackCalls(createHostDispatch(service, desktopHostHandlers({ dataDir, service, labels: menu.labels, presenter: presenting, playbook, pendingEdits: (pending) => mainCloseGuard?.report(pending) })));
    handleCalls(calls.dispatch, devOrigin);
    waitForSavesOnQuit(service, async () => {
      // The page's last keystrokes first (bounded), then the calls they became.
      await mainCloseGuard?.settle();
      await calls.settled();
    });
    app.setAboutPanelOptions({ applicationName: 'Samspil', applicationVersion: app.getVersion() });

    openWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) openWindow();
    });
  });
}

/** Opens the workspace service; on failure says why in a native dialog and quits. */
async function startService(dataDir: string, menu: AppMenu): Promise<WorkspaceService | null> {
  try {
    return await createWorkspaceService({ dataDir, samplesDir: join(app.getAppPath(), 'resources', 'samples') });
  } catch (error) {
    const text = menu.labels().dialogs;
    const reason = (error as NodeJS.ErrnoException | undefined)?.code ?? (error instanceof Error ? error.message : String(error));
    console.error('samspil: the workspace service could not start', error);
    dialog.showErrorBox(text.startupFailedTitle, interpolate(text.startupFailedMessage, { dataDir, reason }));
    app.exit(1);
    return null;
  }
}

/** Wraps a dispatch so that quitting can wait for the calls already on their way. */
function trackCalls(dispatch: Dispatch): { dispatch: Dispatch; settled: () => Promise<void> } {
  const inFlight = new Set<Promise<unknown>>();
  return {
    dispatch: (name, input) => {
      const answer = dispatch(name, input);
      inFlight.add(answer);
      answer.finally(() => inFlight.delete(answer)).catch(() => undefined);
      return answer;
    },
    settled: async () => {
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
    },
  };
}

/**
 * Quitting waits for pending saves: the first `before-quit` is held back until the page's pending
 * edits are sent (a bounded wait), the calls already sent have been answered and the service has written every accepted change and released its
 * locks; then the quit goes on.
 */
function waitForSavesOnQuit(service: WorkspaceService, callsSettled: () => Promise<void>): void {
  let state: 'running' | 'closing' | 'closed' = 'running';
  app.on('before-quit', (event) => {
    if (state === 'closed') return;
    event.preventDefault();
    if (state === 'closing') return;
    state = 'closing';
    void callsSettled()
      .then(() => service.close())
      .catch((error: unknown) => console.error('samspil: saving before quitting failed', error))
      .finally(() => {
        state = 'closed';
        app.quit();
      });
  });
}
