// The facilitator's window waits for the page's pending edits before it closes, so a last
// keystroke is never lost with the window. Electron-free: what to do on each event is decided
// here (unit-tested in test/electron/close-guard.test.ts); electron/main/index.ts only
// carries the events in and the effects out.

/** How long a close waits for the page to report its edits saved, at most. */
export const CLOSE_WAIT_MS = 5000;

export interface CloseGuardState {
  phase: 'open' | 'flushing' | 'closing';
  /** Whether the page reported edits not yet acknowledged by the service. */
  pending: boolean;
}

export type CloseGuardEvent =
  /** The window's `close` (the user, the menu, the app quitting). */
  | { type: 'close' }
  /** The page reports whether it has edits not yet acknowledged. */
  | { type: 'pending'; pending: boolean }
  /** The bounded wait is over. */
  | { type: 'timeout' }
  /** The page is gone (crashed, navigated away, destroyed): nothing more will come from it. */
  | { type: 'page-gone' };

export interface CloseGuardStep {
  state: CloseGuardState;
  /** Hold this `close` back (`event.preventDefault()`). */
  preventClose: boolean;
  /** Ask the page to send what it holds, now. */
  flush: boolean;
  /** Start the bounded wait of this many milliseconds. */
  startTimer: number | null;
  /** Close the window now (the wait is over). */
  closeNow: boolean;
}

export const initialCloseGuard: CloseGuardState = { phase: 'open', pending: false };

const step = (state: CloseGuardState, effects: Partial<Omit<CloseGuardStep, 'state'>> = {}): CloseGuardStep => ({
  state,
  preventClose: false,
  flush: false,
  startTimer: null,
  closeNow: false,
  ...effects,
});

/**
 * What the window does on `event`: a close with nothing pending goes through; with edits pending
 * it is held, the page is asked to flush, and the window closes once the page reports everything
 * saved, or when the bounded wait ends, whichever comes first. A second close while waiting is
 * held too (the wait is short and bounded); once closing, nothing holds it.
 *
 * @example
 * closeGuard({ phase: 'open', pending: true }, { type: 'close' })
 * // { state: { phase: 'flushing', pending: true }, preventClose: true, flush: true, startTimer: 5000, closeNow: false }
 */
export function closeGuard(state: CloseGuardState, event: CloseGuardEvent, waitMs = CLOSE_WAIT_MS): CloseGuardStep {
  switch (event.type) {
    case 'close':
      if (state.phase === 'closing') return step(state);
      if (state.phase === 'flushing') return step(state, { preventClose: true });
      if (!state.pending) return step({ ...state, phase: 'closing' });
      return step({ ...state, phase: 'flushing' }, { preventClose: true, flush: true, startTimer: waitMs });
    case 'pending': {
      const next = { ...state, pending: event.pending };
      if (state.phase === 'flushing' && !event.pending) return step({ ...next, phase: 'closing' }, { closeNow: true });
      return step(next);
    }
    case 'timeout':
    case 'page-gone':
      if (state.phase === 'flushing') return step({ phase: 'closing', pending: false }, { closeNow: true });
      return step({ ...state, pending: event.type === 'page-gone' ? false : state.pending });
  }
}
