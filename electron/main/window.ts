// The app's windows: the facilitator's (main) window and the presenter window share one
// constructor, so both run with the same webPreferences. Those are Electron's security checklist,
// written out in full (not left to defaults) so a reader, electronegativity and the e2e test all
// see the same thing. They stay inline in the one `new BrowserWindow({...})` below:
// electronegativity only reads a literal there.
import { BrowserWindow, nativeTheme } from 'electron';

export interface WindowOptions {
  /** The built preload bundle (out/preload/index.cjs). */
  preload: string;
  /** `app://samspil/index.html`, or the dev server's URL in `npm run dev`. */
  url: string;
}

/** A rectangle in screen coordinates (DIPs), as Electron's `screen` API gives them. */
export interface WindowBounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface AppWindowOptions extends WindowOptions {
  /** Where the window goes; the OS places a 1280×800 window when absent. */
  bounds?: WindowBounds | undefined;
  /** Opens fullscreen (on the display `bounds` lies on). */
  fullscreen?: boolean | undefined;
  /** Hides the menu bar (Windows, Linux) until Alt is pressed; its shortcuts still work. */
  hideMenuBar?: boolean | undefined;
  backgroundColor?: string | undefined;
  /** false: never shown (the playbook's print window); true (default) once ready to show. */
  show?: boolean | undefined;
}

/** Opens a window of ours on one of our pages, with the secure webPreferences. */
export function createAppWindow({ preload, url, bounds, fullscreen = false, hideMenuBar = false, backgroundColor, show = true }: AppWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    ...(bounds ? { x: Math.round(bounds.x), y: Math.round(bounds.y) } : {}),
    width: bounds ? Math.round(bounds.width) : 1280,
    height: bounds ? Math.round(bounds.height) : 800,
    minWidth: 800,
    minHeight: 600,
    fullscreen,
    autoHideMenuBar: hideMenuBar,
    show: false,
    title: 'Samspil',
    backgroundColor: backgroundColor ?? (nativeTheme.shouldUseDarkColors ? '#1b1d21' : '#ffffff'),
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
  if (hideMenuBar) window.setMenuBarVisibility(false);
  if (show) window.once('ready-to-show', () => window.show());
  window.loadURL(url).catch((error: unknown) => {
    // Show the window anyway: an empty window says more than none, and the log says why.
    console.error(`samspil: could not load ${url}`, error);
    if (show && !window.isDestroyed() && !window.isVisible()) window.show();
  });
  return window;
}

/** The facilitator's window: the app's page, wherever the OS puts it. */
export function createMainWindow({ preload, url }: WindowOptions): BrowserWindow {
  return createAppWindow({ preload, url });
}

/** Brings a window to the front: restores it if minimized, shows it if hidden, focuses it. */
export function bringToFront(window: BrowserWindow): void {
  if (window.isDestroyed()) return;
  if (window.isMinimized()) window.restore();
  if (!window.isVisible()) window.show();
  window.focus();
}
