import ical, { ICalAttendeeRole, ICalAttendeeStatus } from 'ical-generator';
import { occurrences, rruleOf } from './cadence';
import type { Cadence, Meeting } from './cadence-schema';
import { vtimezone } from './vtimezone';
import type { Participant } from './workshop';

/**
 * The feedback cadence as an RFC 5545 calendar (ical-generator writes it; ./vtimezone.ts writes
 * the time zone): one VEVENT per meeting with its recurrence rule, in local time with the
 * cadence's TZID and the VTIMEZONE embedded, so a 09:00 meeting stays at 09:00 across the change
 * to summer time (Outlook wants recurring meetings this way). A meeting's UID is derived from the
 * workspace and the meeting, and its SEQUENCE is the meeting's own edit counter, so importing a
 * second export updates the same events instead of adding copies. Lines end in CRLF and are
 * folded at 75 octets (ical-generator does both). Pure: no clock (DTSTAMP is handed in), no files.
 */

/** The words of the description, in the workspace's language. */
export interface CalendarLabels {
  agenda: string;
  measures: string;
  owner: string;
  attendees: string;
}

export interface CalendarExportInput {
  workspaceId: string;
  /** The calendar's name (the workspace's name or client). */
  name: string;
  cadence: Cadence;
  participants: readonly Pick<Participant, 'id' | 'name'>[];
  /** The names of the measures a meeting may look at, by id (`sla:<commitment>`, `stage:<stage>`). */
  measureNames: Readonly<Record<string, string>>;
  labels: CalendarLabels;
  /** The export's time, written as every event's DTSTAMP. */
  now: Date;
  /** Only these meetings (one file per meeting); default all. */
  meetingIds?: readonly string[];
}

export interface CalendarExport {
  /** The .ics text. */
  content: string;
  /** The meetings written. */
  meetingIds: string[];
  /** Meetings left out because they have no first date yet. */
  skipped: string[];
}

/**
 * The UID of a meeting's event: the same for every export of the same meeting of the same
 * workspace (RFC 5545 §3.8.4.7: globally unique, and kept when the event is updated).
 *
 * @example
 * meetingUid('nordvind-2027', 'weekly-review'); // 'weekly-review.nordvind-2027@samspil'
 */
export function meetingUid(workspaceId: string, meetingId: string): string {
  return `${meetingId}.${workspaceId}@samspil`;
}

/**
 * A file name for an export: letters and digits of the name, the rest as dashes ("æøå" kept).
 *
 * @example
 * calendarFileName('Daily lead check'); // 'daily-lead-check.ics'
 */
export function calendarFileName(name: string): string {
  const slug = name
    .toLocaleLowerCase('da')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return `${slug || 'samspil'}.ics`;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A local wall-clock date-time `minutes` after a date and time, across midnight. */
function localDateTime(date: string, time: string, minutes = 0): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  const at = new Date(Date.UTC(y, m - 1, d, hh, mm + minutes));
  return `${at.getUTCFullYear()}-${pad(at.getUTCMonth() + 1)}-${pad(at.getUTCDate())}T${pad(at.getUTCHours())}:${pad(at.getUTCMinutes())}:00`;
}

function description(meeting: Meeting, input: CalendarExportInput): string {
  const name = (id: string) => input.participants.find((p) => p.id === id)?.name ?? '';
  const measures = [...meeting.slaMeasureIds.map((id) => `sla:${id}`), ...meeting.stageIds.map((id) => `stage:${id}`)]
    .map((id) => input.measureNames[id] ?? '')
    .filter(Boolean);
  const attendees = meeting.attendeeIds.map(name).filter(Boolean);
  const agenda = meeting.agenda.map((point) => point.text.trim()).filter(Boolean);
  return [
    meeting.purpose.trim(),
    agenda.length > 0 ? [`${input.labels.agenda}:`, ...agenda.map((text, i) => `${i + 1}. ${text}`)].join('\n') : '',
    measures.length > 0 ? `${input.labels.measures}: ${measures.join('; ')}` : '',
    name(meeting.ownerId) ? `${input.labels.owner}: ${name(meeting.ownerId)}` : '',
    attendees.length > 0 ? `${input.labels.attendees}: ${attendees.join(', ')}` : '',
  ]
    .filter(Boolean)
    .join('\n\n');
}

/**
 * The cadence's meetings as one .ics (or, with `meetingIds`, just those).
 *
 * @example
 * const { content } = calendarIcs({ workspaceId, name: 'Nordvind', cadence, participants, measureNames, labels, now: new Date() });
 * // BEGIN:VCALENDAR … BEGIN:VTIMEZONE TZID:Europe/Copenhagen … BEGIN:VEVENT
 * // UID:weekly-review.<workspace>@samspil SEQUENCE:0 DTSTART;TZID=Europe/Copenhagen:20270119T090000
 * // RRULE:FREQ=WEEKLY;BYDAY=TU …
 */
export function calendarIcs(input: CalendarExportInput): CalendarExport {
  const { cadence } = input;
  const wanted = cadence.meetings.filter((m) => !input.meetingIds || input.meetingIds.includes(m.id));
  const dated = wanted.filter((m) => m.firstDate !== '');
  const years = dated.map((m) => Number(m.firstDate.slice(0, 4)));
  const fromYear = Math.min(...years, input.now.getUTCFullYear()) - 1;
  const toYear = Math.max(...years, input.now.getUTCFullYear()) + 10;
  const calendar = ical({
    prodId: { company: 'Samspil', product: 'Samspil', language: 'EN' },
    name: input.name,
    // The zone's name is left off the calendar itself: with one, ical-generator would write
    // DTSTAMP in local time, and RFC 5545 wants it in UTC. Each event carries the TZID instead.
    timezone: { name: null, generator: (zone) => vtimezone(zone, fromYear, toYear) },
  });
  const emails = cadence.emails;
  const person = (id: string) => input.participants.find((p) => p.id === id);
  for (const meeting of dated) {
    // DTSTART is the first occurrence: a DTSTART off the rule would be one extra meeting.
    const first = occurrences(meeting.recurrence, meeting.firstDate, 1)[0]!;
    const owner = person(meeting.ownerId);
    const ownerEmail = emails[meeting.ownerId] ?? '';
    calendar.createEvent({
      id: meetingUid(input.workspaceId, meeting.id),
      sequence: meeting.sequence,
      stamp: input.now,
      // Local wall-clock strings: ical-generator writes them as they are after the TZID. (It
      // reads them through the runtime's own zone, which only matters for a meeting set inside
      // that zone's skipped hour, 02:00–03:00 on the night summer time begins.)
      start: localDateTime(first, meeting.time),
      end: localDateTime(first, meeting.time, meeting.durationMinutes),
      timezone: cadence.timeZone,
      repeating: rruleOf(meeting.recurrence),
      summary: meeting.title,
      description: description(meeting, input),
      ...(meeting.location.trim() !== '' && { location: meeting.location }),
      ...(owner && ownerEmail !== '' && { organizer: { name: owner.name, email: ownerEmail } }),
      attendees: meeting.attendeeIds
        .filter((id) => (emails[id] ?? '') !== '' && person(id))
        .map((id) => ({
          name: person(id)!.name,
          email: emails[id]!,
          role: ICalAttendeeRole.REQ,
          status: ICalAttendeeStatus.NEEDSACTION,
          rsvp: true,
        })),
    });
  }
  return {
    // ical-generator ends the last line without its CRLF; RFC 5545 ends every content line with one.
    content: `${calendar.toString()}\r\n`,
    meetingIds: dated.map((m) => m.id),
    skipped: wanted.filter((m) => m.firstDate === '').map((m) => m.id),
  };
}
