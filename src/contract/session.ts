import { z } from 'zod';

/**
 * The live state of running the workshop: which step the room is on, each step's progress,
 * timer and private facilitator notes, and whether the projection is blanked. It lives in the
 * workspace (so the presenter view follows it through the service's events, and a restart
 * resumes where the room was), apart from the agreements the steps hold.
 */

/**
 * A step's timer, stored as recorded moments rather than a ticking counter, so it survives a
 * reload and a restart: remaining = timebox + extra − (elapsedMs + (now − startedAt if running)).
 */
export const timerStateSchema = z.object({
  /** When the running stretch began; null while paused or never started. */
  startedAt: z.iso.datetime({ offset: true }).nullable(),
  /** Time spent in earlier, finished stretches. */
  elapsedMs: z.number().int().nonnegative(),
  /** Minutes added to the timebox with "+5 minutes". */
  extraMinutes: z.number().int().min(0).max(24 * 60),
});
export type TimerState = z.infer<typeof timerStateSchema>;

export const stepProgressSchema = z.enum(['not_started', 'in_progress', 'done']);
export type StepProgress = z.infer<typeof stepProgressSchema>;

export const stepSessionSchema = z.object({
  progress: stepProgressSchema,
  timer: timerStateSchema,
  /** The facilitator's private notes: never on the projector, in the playbook only on request. */
  notes: z.string().max(50_000),
});
export type StepSession = z.infer<typeof stepSessionSchema>;

export const sessionSchema = z.object({
  /** The agenda item the room is on (an agenda item id), or null before the workshop starts. */
  currentItemId: z.string().max(200).nullable(),
  /** The projector shows nothing but a calm screen while the room talks ("B"). */
  presenterBlank: z.boolean(),
  /** The projector's theme: dark suits most meeting rooms; light suits bright ones. */
  presenterTheme: z.enum(['dark', 'light']),
  /** Per agenda item id. */
  items: z.record(z.string(), stepSessionSchema),
});
export type Session = z.infer<typeof sessionSchema>;

export const emptyTimer = (): TimerState => ({ startedAt: null, elapsedMs: 0, extraMinutes: 0 });
export const emptyStepSession = (): StepSession => ({ progress: 'not_started', timer: emptyTimer(), notes: '' });
export const emptySession = (): Session => ({ currentItemId: null, presenterBlank: false, presenterTheme: 'dark', items: {} });
