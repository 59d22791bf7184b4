import { z } from 'zod';
import { clockTimeSchema } from './agenda';

/**
 * The slice of the "Feedback cadence" step: the meetings that keep the loop between sales and
 * marketing closed (a daily check on yesterday's leads, a weekly lead review, the monthly
 * strategy lunch, the quarterly review of goal and SLA, seller–marketer pairs), each with a
 * purpose, a recurrence, a first date, time and duration, attendees, an agenda, the measures it
 * looks at and an owner; plus the time zone the meetings are held in and the participants'
 * e-mail addresses for the calendar invites. The rules are in ./cadence.ts, the calendar export
 * in ./calendar-ics.ts.
 */
const idSchema = z.string().min(1).max(100);

export const MAX_MEETINGS = 30;
export const MAX_AGENDA_ITEMS = 30;
export const MAX_MEETING_TEXT = 1000;
export const DEFAULT_TIME_ZONE = 'Europe/Copenhagen';

/** ISO weekdays: 1 is Monday, 7 is Sunday. */
export const weekdaySchema = z.number().int().min(1).max(7);
/** The week of the month: 1–4, or -1 for the last. */
export const weekOfMonthSchema = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(-1)]);

/**
 * How a meeting recurs: every working day (Monday to Friday); weekly on a weekday (every
 * `interval` weeks); monthly on the Nth weekday ("the first Tuesday"); quarterly on the Nth
 * weekday of every third month, counted from the first date's month.
 *
 * @example
 * recurrenceSchema.parse({ kind: 'monthly', week: 1, weekday: 2 }); // the first Tuesday of the month
 */
export const recurrenceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('workingDays') }),
  z.object({ kind: z.literal('weekly'), weekday: weekdaySchema, interval: z.number().int().min(1).max(4) }),
  z.object({ kind: z.literal('monthly'), week: weekOfMonthSchema, weekday: weekdaySchema }),
  z.object({ kind: z.literal('quarterly'), week: weekOfMonthSchema, weekday: weekdaySchema }),
]);
export type Recurrence = z.infer<typeof recurrenceSchema>;

export const agendaPointSchema = z.object({ id: idSchema, text: z.string().max(300) });
export type AgendaPoint = z.infer<typeof agendaPointSchema>;

/**
 * One recurring meeting. `sequence` is raised by the step on every edit that changes what a
 * calendar shows, so a second calendar export updates the same events instead of duplicating them.
 *
 * @example
 * meetingSchema.parse({
 *   id: 'daily-check', title: 'Daily lead check', purpose: '', recurrence: { kind: 'workingDays' },
 *   firstDate: '2027-01-18', time: '08:45', durationMinutes: 10, location: '', attendeeIds: [],
 *   agenda: [], slaMeasureIds: [], stageIds: [], ownerId: '', reviewsLeads: true, answers: [], sequence: 0,
 * });
 */
export const meetingSchema = z.object({
  id: idSchema,
  title: z.string().max(200),
  purpose: z.string().max(MAX_MEETING_TEXT),
  recurrence: recurrenceSchema,
  /** YYYY-MM-DD: the meetings start on the first occurrence on or after it; '' until set. */
  firstDate: z.union([z.iso.date(), z.literal('')]),
  /** Local time in the cadence's time zone. */
  time: clockTimeSchema,
  durationMinutes: z.number().int().min(5).max(480),
  location: z.string().max(300),
  /** Participant ids (src/domain/workshop.ts). */
  attendeeIds: z.array(idSchema).max(200),
  agenda: z.array(agendaPointSchema).max(MAX_AGENDA_ITEMS),
  /** Ids of the SLA's commitments whose measures the meeting looks at. */
  slaMeasureIds: z.array(idSchema).max(30),
  /** Ids of the shared goal's stages whose volumes the meeting looks at. */
  stageIds: z.array(idSchema).max(20),
  /** The participant who owns the meeting; '' while nobody is chosen. */
  ownerId: z.string().max(100),
  /** The meeting reviews leads: sales and marketing must both attend. */
  reviewsLeads: z.boolean(),
  /** The problems of the current-state wall this meeting answers (theme ids). */
  answers: z.array(idSchema).max(20),
  sequence: z.number().int().min(0).max(1_000_000),
});
export type Meeting = z.infer<typeof meetingSchema>;

/** A seller paired with a marketer (participant ids). */
export const pairSchema = z.object({ id: idSchema, sellerId: z.string().max(100), marketerId: z.string().max(100) });
export type Pair = z.infer<typeof pairSchema>;

/** An e-mail address, or '' for none. Deliberately loose: the room types what the invite needs. */
export const emailSchema = z.union([z.literal(''), z.string().max(254).regex(/^[^\s@<>",;]+@[^\s@<>",;]+\.[^\s@<>",;]+$/)]);

export const cadenceSchema = z.object({
  /** The IANA time zone the meetings are held in. */
  timeZone: z.string().min(1).max(100),
  /** participantId → e-mail address, for the calendar invites (optional per participant). */
  emails: z.record(z.string().min(1).max(100), emailSchema).refine((map) => Object.keys(map).length <= 200, 'at most 200 addresses'),
  pairs: z.array(pairSchema).max(50),
  meetings: z.array(meetingSchema).max(MAX_MEETINGS),
});
export type Cadence = z.infer<typeof cadenceSchema>;

/** Where the slice lives in a workspace document. */
export const CADENCE_PATH = ['steps', 'feedbackCadence'] as const;

/**
 * The feedback cadence of a workspace, safe-parsed, or null when it has none or one of the wrong
 * shape (other steps and the calendar export read it through this).
 *
 * @example
 * const cadence = cadenceOf(workspace);
 * const meetings = cadence?.meetings ?? [];
 */
export function cadenceOf(workspace: { steps: Record<string, unknown> }): Cadence | null {
  const parsed = cadenceSchema.safeParse(workspace.steps[CADENCE_PATH[1]]);
  return parsed.success ? parsed.data : null;
}
