import type { StepSession, TimerState } from '../contract/session';

/**
 * Timer arithmetic for a step's timebox. The timer is stored as recorded moments (started at,
 * time spent before, minutes added), never as a ticking counter, so every window computes the
 * same remaining time and a reload or restart loses nothing.
 */

export interface TimerReading {
  running: boolean;
  /** Time spent so far, including the running stretch. */
  spentMs: number;
  /** Timebox plus added minutes. */
  budgetMs: number;
  /** Budget minus spent; negative in overtime. */
  remainingMs: number;
  overtime: boolean;
}

/**
 * Reads a timer at `now`.
 *
 * @example
 * readTimer({ startedAt: '2026-11-22T09:00:00Z', elapsedMs: 0, extraMinutes: 0 }, 30, new Date('2026-11-22T09:10:00Z')).remainingMs
 * // 1_200_000 (20 minutes)
 */
export function readTimer(timer: TimerState, timeboxMinutes: number, now: Date): TimerReading {
  const running = timer.startedAt !== null;
  const stretch = running ? Math.max(0, now.getTime() - Date.parse(timer.startedAt!)) : 0;
  const spentMs = timer.elapsedMs + stretch;
  const budgetMs = (timeboxMinutes + timer.extraMinutes) * 60_000;
  const remainingMs = budgetMs - spentMs;
  return { running, spentMs, budgetMs, remainingMs, overtime: remainingMs < 0 };
}

/** Starts (or resumes) the timer; a running timer is left as it is. */
export function startTimer(timer: TimerState, now: Date): TimerState {
  if (timer.startedAt !== null) return timer;
  return { ...timer, startedAt: now.toISOString() };
}

/** Pauses the timer, banking the running stretch; a paused timer is left as it is. */
export function pauseTimer(timer: TimerState, now: Date): TimerState {
  if (timer.startedAt === null) return timer;
  const stretch = Math.max(0, now.getTime() - Date.parse(timer.startedAt));
  return { ...timer, startedAt: null, elapsedMs: timer.elapsedMs + stretch };
}

/** Back to the full timebox, stopped; the added minutes go too. */
export function resetTimer(): TimerState {
  return { startedAt: null, elapsedMs: 0, extraMinutes: 0 };
}

/** Adds minutes to the timebox (the "+5 minutes" button). */
export function extendTimer(timer: TimerState, minutes: number): TimerState {
  return { ...timer, extraMinutes: timer.extraMinutes + minutes };
}

/**
 * "12:05", "-3:20" (overtime), "1:02:00": minutes and seconds, rounded so the display reaches
 * 0:00 exactly when the timebox ends.
 */
export function formatCountdown(ms: number): string {
  const negative = ms < 0;
  const totalSeconds = negative ? Math.floor(-ms / 1000) : Math.ceil(ms / 1000);
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  const mm = hours > 0 ? String(minutes).padStart(2, '0') : String(minutes);
  const text = `${hours > 0 ? `${hours}:` : ''}${mm}:${String(seconds).padStart(2, '0')}`;
  return negative && totalSeconds > 0 ? `-${text}` : text;
}

/**
 * "Over time by 0:03": the overtime of a reading as the countdown shows it, without the minus.
 * Formatting the negated time instead rounds the other way and says a second more than the
 * countdown beside it.
 */
export function formatOvertime(remainingMs: number): string {
  return formatCountdown(Math.min(0, remainingMs)).replace(/^-/, '');
}

/**
 * The room moves to `targetId`: every other step's running timer is paused, its running stretch
 * banked as time spent, so one timer runs at a time and a step left behind never counts on.
 * Returns the timers to store, by agenda item id.
 */
export function timersToPauseOnMove(items: Readonly<Record<string, StepSession>>, targetId: string, now: Date): [string, TimerState][] {
  return Object.entries(items)
    .filter(([itemId, session]) => itemId !== targetId && session.timer.startedAt !== null)
    .map(([itemId, session]) => [itemId, pauseTimer(session.timer, now)]);
}
