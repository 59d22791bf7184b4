// The app window. Its webPreferences are Electron's security checklist, written out in full (not
// left to defaults) so a reader, electronegativity and the e2e test all see the same thing. They
// stay inline in `new BrowserWindow({...})`: electronegativity only reads a literal there.
import { BrowserWindow, nativeTheme } from 'electron';

export interface WindowOptions {
  /** The built preload bundle (out/preload/index.cjs). */
  preload: string;
  /** `app://samspil/index.html`, or the dev server's URL in `npm run dev`. */
  url: string;
}

export function createMainWindow({ preload, url }: WindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 800,
    minHeight: 600,
    show: false,
    title: 'Samspil',
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#1b1d21' : '#ffffff',
    webPreferences: {
      // The preload is reviewed: it exposes only { call, on } through contextBridge, refuses names
      // outside the contract (test/electron/preload.test.ts).
      preload, // eng-disable PRELOAD_JS_CHECK
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      // Middle-click ("auxclick") could open links past the window-open handler in old versions.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  window.once('ready-to-show', () => window.show());
  window.loadURL(url).catch((error: unknown) => {
    // Show the window anyway: an empty window says more than none, and the log says why.
    console.error(`samspil: could not load ${url}`, error);
    if (!window.isDestroyed() && !window.isVisible()) window.show();
  });
  return window;
}

/** Brings a window to the front: restores it if minimized, shows it if hidden, focuses it. */
export function bringToFront(window: BrowserWindow): void {
  if (window.isDestroyed()) return;
  if (window.isMinimized()) window.restore();
  if (!window.isVisible()) window.show();
  window.focus();
}
