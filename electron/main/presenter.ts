// The presenter window: what the room sees, on the projector. One at most. It opens fullscreen on
// a display other than the facilitator's when there is one (Electron's `screen` API), otherwise as
// a normal window beside the facilitator's; it loads the app's own page at `#/present/<id>`, with
// the same webPreferences as every window of ours (window.ts). Presenting ends when it closes:
// `host.stopPresenting` (Esc in the view), its close button, the facilitator's window closing, or
// the app quitting. If its display is unplugged, it comes back as a normal window on the primary
// display. Where it goes is decided by presenter-placement.ts (pure, tested in plain Node).
import { screen, type BrowserWindow, type Display } from 'electron';
import { presenterPlacement, presenterUrl, windowedPlacement } from './presenter-placement';
import { bringToFront, createAppWindow } from './window';

export interface PresenterOptions {
  /** The built preload bundle, the same as the main window's. */
  preload: string;
  /** The page every window loads: `app://samspil/index.html`, or the dev server's URL. */
  entryUrl: string;
  /** The facilitator's window, whose display the room's view avoids. */
  facilitatorWindow: () => BrowserWindow | null;
}

export interface Presenter {
  /** Opens the presenter view of a workspace, or focuses the open one and switches it to this workspace. */
  present(workspaceId: string): void;
  /** Closes the presenter window, if one is open. */
  stop(): void;
  /** The presenter window, while one is open. */
  window(): BrowserWindow | null;
}

/** Manages the presenter window. Call once, after the app is ready (`screen` needs it). */
export function createPresenter({ preload, entryUrl, facilitatorWindow }: PresenterOptions): Presenter {
  let current: BrowserWindow | null = null;
  /** The display it was put on fullscreen; null when it is a normal window. */
  let fullscreenDisplayId: number | null = null;

  const open = (): BrowserWindow | null => (current && !current.isDestroyed() ? current : null);

  screen.on('display-removed', (_event: unknown, removed: Display) => {
    const window = open();
    if (!window || fullscreenDisplayId !== removed.id) return;
    fullscreenDisplayId = null;
    const { bounds } = windowedPlacement(screen.getPrimaryDisplay());
    const place = () => {
      if (!window.isDestroyed()) window.setBounds(bounds);
    };
    // Leaving fullscreen is asynchronous on macOS: place it now, and again once it has left.
    if (window.isFullScreen()) {
      window.once('leave-full-screen', place);
      window.setFullScreen(false);
    }
    place();
  });

  return {
    present(workspaceId) {
      const url = presenterUrl(entryUrl, workspaceId);
      const existing = open();
      if (existing) {
        // The same page with another route: a same-document navigation, no reload.
        if (existing.webContents.getURL() !== url) {
          existing.loadURL(url).catch((error: unknown) => console.error(`samspil: could not load ${url}`, error));
        }
        bringToFront(existing);
        return;
      }
      const primary = screen.getPrimaryDisplay();
      const facilitator = facilitatorWindow();
      const facilitatorDisplay = facilitator && !facilitator.isDestroyed() ? screen.getDisplayMatching(facilitator.getBounds()) : primary;
      const placement = presenterPlacement(screen.getAllDisplays(), facilitatorDisplay.id, primary.id);
      const window = createAppWindow({
        preload,
        url,
        bounds: placement?.bounds,
        fullscreen: placement?.fullscreen ?? false,
        hideMenuBar: true,
        backgroundColor: '#000000',
      });
      current = window;
      fullscreenDisplayId = placement?.fullscreen ? placement.displayId : null;
      window.on('closed', () => {
        if (current !== window) return;
        current = null;
        fullscreenDisplayId = null;
      });
    },

    stop() {
      const window = open();
      current = null;
      fullscreenDisplayId = null;
      if (window) window.close();
    },

    window: open,
  };
}
