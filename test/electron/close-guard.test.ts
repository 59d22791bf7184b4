// The facilitator's window waits for the page's pending edits before it closes (issue 11): the
// pure decisions behind electron/main/index.ts's wiring, which Electron cannot run here.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closeGuard, initialCloseGuard, type CloseGuardEvent, type CloseGuardState } from '../../electron/main/close-guard';

/** Runs events through the guard from its start, collecting what it asked for. */
function run(events: CloseGuardEvent[]) {
  let state: CloseGuardState = initialCloseGuard;
  const steps = [];
  for (const event of events) {
    const next = closeGuard(state, event);
    steps.push(next);
    state = next.state;
  }
  return { state, steps };
}

describe('closing the facilitator’s window', () => {
  it('closes at once when the page has nothing pending', () => {
    const { steps } = run([{ type: 'pending', pending: true }, { type: 'pending', pending: false }, { type: 'close' }]);
    expect(steps[2]).toMatchObject({ preventClose: false, flush: false, startTimer: null, closeNow: false, state: { phase: 'closing' } });
  });

  it('holds the close while edits are pending, asks the page to flush, and closes once it reports them saved', () => {
    const { steps } = run([{ type: 'pending', pending: true }, { type: 'close' }, { type: 'close' }, { type: 'pending', pending: false }]);
    expect(steps[1]).toMatchObject({ preventClose: true, flush: true, startTimer: 5000, closeNow: false, state: { phase: 'flushing' } });
    // A second click on the close button while waiting is held too, without a second flush or timer.
    expect(steps[2]).toMatchObject({ preventClose: true, flush: false, startTimer: null, closeNow: false });
    expect(steps[3]).toMatchObject({ closeNow: true, state: { phase: 'closing' } });
    // The close that follows goes through.
    expect(closeGuard(steps[3]!.state, { type: 'close' })).toMatchObject({ preventClose: false, closeNow: false });
  });

  it('closes after the bounded wait when the page never answers, or at once when the page is gone', () => {
    expect(run([{ type: 'pending', pending: true }, { type: 'close' }, { type: 'timeout' }]).steps[2]).toMatchObject({ closeNow: true });
    expect(run([{ type: 'pending', pending: true }, { type: 'close' }, { type: 'page-gone' }]).steps[2]).toMatchObject({ closeNow: true });
    // Still pending edits (another keystroke) while waiting: keep waiting.
    expect(run([{ type: 'pending', pending: true }, { type: 'close' }, { type: 'pending', pending: true }]).steps[2]).toMatchObject({ closeNow: false });
    // A timer left from before does nothing while the window is open.
    expect(run([{ type: 'timeout' }, { type: 'close' }]).steps[1]).toMatchObject({ preventClose: false });
    expect(closeGuard(initialCloseGuard, { type: 'close' }, 1234)).toMatchObject({ startTimer: null });
    expect(closeGuard({ phase: 'open', pending: true }, { type: 'close' }, 1234)).toMatchObject({ startTimer: 1234 });
  });

  it('for any events: a close is held only while edits are pending, and the window is closed by the guard at most once, only after it held one', () => {
    const event = fc.oneof(
      fc.constant<CloseGuardEvent>({ type: 'close' }),
      fc.boolean().map<CloseGuardEvent>((pending) => ({ type: 'pending', pending })),
      fc.constant<CloseGuardEvent>({ type: 'timeout' }),
      fc.constant<CloseGuardEvent>({ type: 'page-gone' }),
    );
    fc.assert(
      fc.property(fc.array(event, { maxLength: 30 }), (events) => {
        let state: CloseGuardState = initialCloseGuard;
        let held = false;
        let closedByGuard = 0;
        for (const next of events) {
          const before = state;
          const result = closeGuard(state, next);
          if (next.type === 'close' && before.phase === 'open') expect(result.preventClose).toBe(before.pending);
          if (result.preventClose) held = true;
          if (result.closeNow) {
            closedByGuard += 1;
            expect(held).toBe(true);
            expect(before.phase).toBe('flushing');
          }
          if (result.flush) expect(result.startTimer).not.toBeNull();
          state = result.state;
        }
        expect(closedByGuard).toBeLessThanOrEqual(1);
      }),
    );
  });
});
