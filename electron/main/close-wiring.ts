// Thin Electron wiring of the close guard (close-guard.ts, where the decisions are, unit-tested):
// the window's `close` and its page's reports go in; holding the close, asking the page to flush,
// the bounded timer and the final close come out.
import type { BrowserWindow } from 'electron';
import { CLOSE_WAIT_MS, closeGuard, initialCloseGuard, type CloseGuardEvent } from './close-guard';

export interface WindowCloseGuard {
  /** The page's report: whether it holds edits not yet acknowledged. */
  report(pending: boolean): void;
  /** For quitting: asks the page to flush and resolves once nothing is pending, or after the wait. */
  settle(): Promise<void>;
}

export function guardWindowClose(window: BrowserWindow, flush: () => void, waitMs = CLOSE_WAIT_MS): WindowCloseGuard {
  let state = initialCloseGuard;
  let timer: NodeJS.Timeout | undefined;
  const waiting = new Set<() => void>();
  const apply = (event: CloseGuardEvent) => {
    const step = closeGuard(state, event, waitMs);
    state = step.state;
    if (step.flush) flush();
    if (step.startTimer !== null) timer = setTimeout(() => apply({ type: 'timeout' }), step.startTimer);
    if (step.closeNow) {
      clearTimeout(timer);
      if (!window.isDestroyed()) window.close();
    }
    if (!state.pending) {
      for (const done of waiting) done();
      waiting.clear();
    }
    return step;
  };
  window.on('close', (event) => {
    if (apply({ type: 'close' }).preventClose) event.preventDefault();
  });
  window.webContents.on('render-process-gone', () => apply({ type: 'page-gone' }));
  window.on('closed', () => {
    clearTimeout(timer);
    apply({ type: 'page-gone' });
  });
  return {
    report: (pending) => void apply({ type: 'pending', pending }),
    settle: () => {
      if (!state.pending) return Promise.resolve();
      flush();
      return new Promise<void>((resolve) => {
        waiting.add(resolve);
        // The wait is over: the page is given up on, so the windows' close is no longer held.
        setTimeout(() => apply({ type: 'page-gone' }), waitMs).unref();
      });
    },
  };
}
