import type { Translate } from '../../contract/step-definition';
import type { Workspace } from '../../contract/workspace';
import { cadenceOf, type Meeting, type Recurrence } from '../../domain/cadence-schema';
import { calendarFileName, type CalendarExportInput } from '../../domain/calendar-ics';
import { goalOf } from '../../domain/goal-access';
import { slaOf } from '../../domain/sla-schema';
import { workshopOf } from '../../domain/workshop';

/**
 * The cadence's words, shared by the Markdown, the views and the calendar export: one wording
 * per fact, through the step's translator (`t` with this step's namespace as the default).
 */

const NTH: Record<number, string> = { 1: 'first', 2: 'second', 3: 'third', 4: 'fourth', [-1]: 'last' };

/**
 * A recurrence in words: "Monthly on the first Tuesday", "Den første tirsdag i måneden".
 *
 * @example
 * recurrenceText({ kind: 'weekly', weekday: 2, interval: 1 }, t); // 'Weekly on Tuesdays'
 */
export function recurrenceText(recurrence: Recurrence, t: Translate): string {
  switch (recurrence.kind) {
    case 'workingDays':
      return t('recurrence.workingDays');
    case 'weekly':
      return recurrence.interval === 1
        ? t('recurrence.weekly', { weekdays: t(`weekdaysPlural.${recurrence.weekday}`) })
        : t('recurrence.weeklyInterval', { n: recurrence.interval, weekdays: t(`weekdaysPlural.${recurrence.weekday}`) });
    case 'monthly':
    case 'quarterly':
      return t(`recurrence.${recurrence.kind}`, { nth: t(`nth.${NTH[recurrence.week]}`), weekday: t(`weekdays.${recurrence.weekday}`) });
  }
}

/** The end of a meeting as HH:MM on the clock (wrapping past midnight). */
export function endTime(meeting: Pick<Meeting, 'time' | 'durationMinutes'>): string {
  const [h, m] = meeting.time.split(':').map(Number) as [number, number];
  const end = (h * 60 + m + meeting.durationMinutes) % (24 * 60);
  return `${String(Math.floor(end / 60)).padStart(2, '0')}:${String(end % 60).padStart(2, '0')}`;
}

/**
 * The names of every measure a meeting may look at, by id: `sla:<commitment>` (the commitment's
 * kind, or a custom commitment's measure) and `stage:<stage>` (the goal's stage name).
 *
 * @example
 * measureNames(workspace, t)['sla:first-contact']; // 'First contact'
 */
export function measureNames(workspace: Pick<Workspace, 'steps'>, t: Translate): Record<string, string> {
  const names: Record<string, string> = {};
  for (const commitment of slaOf(workspace)?.commitments ?? []) {
    names[`sla:${commitment.id}`] = commitment.kind === 'custom' ? commitment.measure.trim() || commitment.text.trim() : t(`measureKinds.${commitment.kind}`);
  }
  for (const stage of goalOf(workspace)?.stages ?? []) names[`stage:${stage.id}`] = stage.name;
  return names;
}

/** The names of the measures one meeting looks at, in order, leaving out those no longer there. */
export function meetingMeasures(meeting: Pick<Meeting, 'slaMeasureIds' | 'stageIds'>, names: Readonly<Record<string, string>>): string[] {
  return [...meeting.slaMeasureIds.map((id) => `sla:${id}`), ...meeting.stageIds.map((id) => `stage:${id}`)].map((id) => names[id] ?? '').filter(Boolean);
}

/**
 * What the calendar export needs from a workspace, in its language; null when it has no cadence.
 * With `meetingId`, just that meeting (one file per meeting).
 *
 * @example
 * const input = calendarInput(workspace, t, new Date());
 * if (input) download(calendarIcs(input).content, input.fileName);
 */
export function calendarInput(workspace: Workspace, t: Translate, now: Date, meetingId?: string): (CalendarExportInput & { fileName: string }) | null {
  const cadence = cadenceOf(workspace);
  if (!cadence) return null;
  const meeting = meetingId === undefined ? undefined : cadence.meetings.find((m) => m.id === meetingId);
  if (meetingId !== undefined && !meeting) return null;
  const name = workspace.clientCompany.trim() || workspace.name;
  return {
    workspaceId: workspace.id,
    name: t('calendar.name', { name }),
    cadence,
    participants: workshopOf(workspace).participants,
    measureNames: measureNames(workspace, t),
    labels: { agenda: t('calendar.agenda'), measures: t('calendar.measures'), owner: t('calendar.owner'), attendees: t('calendar.attendees') },
    now,
    ...(meeting && { meetingIds: [meeting.id] }),
    fileName: calendarFileName(meeting ? meeting.title || meeting.id : t('calendar.name', { name })),
  };
}
