import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TimerState } from '../contract/session';
import { emptyStepSession } from '../contract/session';
import { extendTimer, formatCountdown, formatOvertime, pauseTimer, readTimer, resetTimer, startTimer, timersToPauseOnMove } from './timer';

const at = (time: string) => new Date(`2026-11-22T${time}Z`);
const fresh: TimerState = { startedAt: null, elapsedMs: 0, extraMinutes: 0 };

describe('step timer', () => {
  it('counts down while running and keeps the time spent across pause and resume', () => {
    let timer = startTimer(fresh, at('09:00:00'));
    expect(readTimer(timer, 30, at('09:10:00')).remainingMs).toBe(20 * 60_000);
    timer = pauseTimer(timer, at('09:10:00'));
    // Paused for an hour: nothing moves.
    expect(readTimer(timer, 30, at('10:10:00'))).toMatchObject({ running: false, spentMs: 10 * 60_000, remainingMs: 20 * 60_000 });
    timer = startTimer(timer, at('10:10:00'));
    expect(readTimer(timer, 30, at('10:15:00')).spentMs).toBe(15 * 60_000);
  });

  it('goes into overtime past the timebox, and +5 minutes gives time back', () => {
    const timer = startTimer(fresh, at('09:00:00'));
    const late = readTimer(timer, 30, at('09:32:00'));
    expect(late).toMatchObject({ overtime: true, remainingMs: -2 * 60_000 });
    expect(readTimer(extendTimer(timer, 5), 30, at('09:32:00'))).toMatchObject({ overtime: false, remainingMs: 3 * 60_000, budgetMs: 35 * 60_000 });
  });

  it('survives a reload: the same stored timer read later by a new window gives the same answer', () => {
    const stored = JSON.parse(JSON.stringify(startTimer(fresh, at('09:00:00')))) as TimerState;
    expect(readTimer(stored, 30, at('09:29:59')).remainingMs).toBe(1000);
  });

  it('ignores start on a running and pause on a paused timer, and reset clears everything', () => {
    const running = startTimer(fresh, at('09:00:00'));
    expect(startTimer(running, at('09:05:00'))).toBe(running);
    expect(pauseTimer(fresh, at('09:05:00'))).toBe(fresh);
    expect(resetTimer()).toEqual(fresh);
  });

  it('never loses or invents time over any sequence of starts and pauses', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 600_000 }), { minLength: 1, maxLength: 30 }), (gaps) => {
        let timer = fresh;
        let clock = Date.parse('2026-11-22T09:00:00Z');
        let expectedSpent = 0;
        gaps.forEach((gap) => {
          const running = timer.startedAt !== null;
          timer = running ? pauseTimer(timer, new Date(clock)) : startTimer(timer, new Date(clock));
          clock += gap;
          if (!running) expectedSpent += gap;
        });
        expect(readTimer(timer, 60, new Date(clock)).spentMs).toBe(expectedSpent);
      }),
    );
  });

  it('shows minutes and seconds, reaching 0:00 exactly at the end, and a minus in overtime', () => {
    expect(formatCountdown(12 * 60_000 + 5_000)).toBe('12:05');
    expect(formatCountdown(999)).toBe('0:01');
    expect(formatCountdown(0)).toBe('0:00');
    expect(formatCountdown(-200_000)).toBe('-3:20');
    expect(formatCountdown(62 * 60_000)).toBe('1:02:00');
  });
});

describe('overtime and moving between steps', () => {
  it('says the same overtime as the countdown beside it', () => {
    for (const ms of [-1, -999, -1000, -3500, -3999, -4000, -61_500, -3_600_500]) {
      expect(formatOvertime(ms)).toBe(formatCountdown(ms).replace(/^-/, ''));
    }
    expect(formatOvertime(-3500)).toBe('0:03');
    expect(formatOvertime(5000)).toBe('0:00');
  });

  it('pauses every other running timer when the room moves, banking the time spent', () => {
    const running = (startedAt: string) => ({ ...emptyStepSession(), timer: { startedAt, elapsedMs: 60_000, extraMinutes: 0 } });
    const items = { a: running('2026-11-22T09:00:00Z'), b: emptyStepSession(), c: running('2026-11-22T09:05:00Z') };
    const paused = timersToPauseOnMove(items, 'c', at('09:10:00'));
    expect(paused).toEqual([['a', { startedAt: null, elapsedMs: 60_000 + 10 * 60_000, extraMinutes: 0 }]]);
    expect(timersToPauseOnMove(items, 'b', at('09:10:00')).map(([id]) => id)).toEqual(['a', 'c']);
  });
});
