import { call } from '../api/client';
import { useAppStore } from '../stores/app-store';

/**
 * Opens the presenter view: a window of its own from the desktop host (fullscreen on the
 * projector when one is connected), or a new browser window where the page runs in a browser.
 */
export async function startPresenting(workspaceId: string): Promise<void> {
  if (useAppStore.getState().host?.capabilities.presenterWindow) {
    await call('host.present', { workspaceId });
    return;
  }
  const url = `${location.pathname}${location.search}#/present/${encodeURIComponent(workspaceId)}`;
  window.open(url, 'samspil-presenter', 'popup,width=1280,height=720');
}

/** Ends presenting from the presenter view itself (Esc). */
export async function stopPresenting(): Promise<void> {
  if (useAppStore.getState().host?.capabilities.presenterWindow) {
    await call('host.stopPresenting', {});
    return;
  }
  window.close();
}
