import { call } from '../api/client';
import { hasUnacknowledged, useDocumentStore } from './document-store';

/**
 * Tells the desktop whether this page holds edits the service has not acknowledged, each time that
 * changes: the window's close then waits for them (electron/main/close-guard.ts), so a last
 * keystroke is not lost with the window. Returns the unsubscribe.
 *
 * @example
 * if (host.kind === 'desktop') reportPendingEdits();
 */
export function reportPendingEdits(): () => void {
  let reported = false;
  return useDocumentStore.subscribe((state) => {
    const pending = hasUnacknowledged(state);
    if (pending === reported) return;
    reported = pending;
    void call('host.pendingEdits', { pending }).catch(() => undefined);
  });
}
