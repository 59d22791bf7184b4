import type { Cadence, Meeting, Recurrence } from './cadence-schema';
import type { Participant } from './workshop';

/**
 * The feedback cadence's rules: when each meeting happens (its occurrences, in calendar dates of
 * the cadence's time zone), the recurrence as an RFC 5545 RRULE (the calendar export and the
 * occurrences here must agree: the tests check one against the other through an independent
 * parser), and what is missing: a title, a first date, an owner, attendees, and sales AND
 * marketing at every meeting that reviews leads (the loop only closes when both are there).
 *
 * Dates are plain YYYY-MM-DD strings worked out on a UTC calendar (no clock, no time zone): a
 * meeting on the first Tuesday is on the first Tuesday wherever the export is made.
 */

const DAY_MS = 86_400_000;
const BYDAY = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

/** Days since 1970-01-01 of a YYYY-MM-DD date. */
function dayNumber(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

function dateOf(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The ISO weekday (1 Monday … 7 Sunday) of a date.
 *
 * @example
 * isoWeekday('2027-01-14'); // 4 (a Thursday)
 */
export function isoWeekday(date: string): number {
  return ((new Date(dayNumber(date) * DAY_MS).getUTCDay() + 6) % 7) + 1;
}

/**
 * The date of the Nth (1–4, or -1 for the last) given weekday of a month.
 *
 * @example
 * nthWeekdayOfMonth(2027, 2, 1, 2); // '2027-02-02': the first Tuesday of February 2027
 * nthWeekdayOfMonth(2027, 3, -1, 7); // '2027-03-28': the last Sunday of March 2027
 */
export function nthWeekdayOfMonth(year: number, month: number, week: number, weekday: number): string {
  if (week === -1) {
    const last = Date.UTC(year, month, 0) / DAY_MS; // day 0 of the next month
    const back = (isoWeekday(dateOf(last)) - weekday + 7) % 7;
    return dateOf(last - back);
  }
  const first = Date.UTC(year, month - 1, 1) / DAY_MS;
  const ahead = (weekday - isoWeekday(dateOf(first)) + 7) % 7;
  return dateOf(first + ahead + 7 * (week - 1));
}

/** A date's month as one number (months since January of year 0). */
function monthIndex(date: string): number {
  const [y, m] = date.split('-').map(Number) as [number, number];
  return y * 12 + m - 1;
}

/** The month `k` months after a date's month, as [year, month]. */
function monthAfter(date: string, k: number): [number, number] {
  const [y, m] = date.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + k;
  return [Math.floor(index / 12), (index % 12) + 1];
}

/**
 * The meeting's occurrences, in order, from its first occurrence on or after `firstDate`, that
 * fall on or after `from` (default: the first date), at most `count` of them. Empty while the
 * first date is not set.
 *
 * @example
 * occurrences({ kind: 'monthly', week: 1, weekday: 2 }, '2027-01-14', 3);
 * // ['2027-02-02', '2027-03-02', '2027-04-06']: January's first Tuesday (the 5th) is before the first date
 */
export function occurrences(recurrence: Recurrence, firstDate: string, count: number, from: string = firstDate): string[] {
  if (firstDate === '' || count <= 0) return [];
  const start = Math.max(dayNumber(firstDate), dayNumber(from));
  const found: string[] = [];
  const keep = (day: number) => {
    if (day >= start) found.push(dateOf(day));
  };
  if (recurrence.kind === 'workingDays' || recurrence.kind === 'weekly') {
    const first = dayNumber(firstDate);
    if (recurrence.kind === 'workingDays') {
      for (let day = start; found.length < count; day += 1) if (isoWeekday(dateOf(day)) <= 5) keep(day);
      return found;
    }
    const firstOccurrence = first + ((recurrence.weekday - isoWeekday(firstDate) + 7) % 7);
    const step = 7 * recurrence.interval;
    // Skip whole steps up to `from` instead of walking them one by one.
    const skipped = Math.max(0, Math.floor((start - firstOccurrence) / step));
    for (let day = firstOccurrence + skipped * step; found.length < count; day += step) keep(day);
    return found;
  }
  const every = recurrence.kind === 'monthly' ? 1 : 3;
  let k = 0;
  const onMonth = (offset: number) => {
    const [year, month] = monthAfter(firstDate, offset);
    return dayNumber(nthWeekdayOfMonth(year, month, recurrence.week, recurrence.weekday));
  };
  // The first month whose occurrence is not before the first date starts the count of months.
  while (onMonth(k) < dayNumber(firstDate)) k += every;
  // Jump to a period shortly before `from` instead of walking every month since the first date.
  const monthsToFrom = monthIndex(dateOf(start)) - monthIndex(firstDate) - k - every;
  if (monthsToFrom > 0) k += Math.floor(monthsToFrom / every) * every;
  for (; found.length < count; k += every) keep(onMonth(k));
  return found;
}

/**
 * The recurrence as an RFC 5545 RRULE value (without "RRULE:"); the event's DTSTART must be the
 * first occurrence (see {@link occurrences}), which is how intervals are counted.
 *
 * @example
 * rruleOf({ kind: 'monthly', week: 1, weekday: 2 }); // 'FREQ=MONTHLY;BYDAY=1TU'
 * rruleOf({ kind: 'workingDays' }); // 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR'
 */
export function rruleOf(recurrence: Recurrence): string {
  switch (recurrence.kind) {
    case 'workingDays':
      return 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR';
    case 'weekly':
      return `FREQ=WEEKLY${recurrence.interval > 1 ? `;INTERVAL=${recurrence.interval}` : ''};BYDAY=${BYDAY[recurrence.weekday - 1]}`;
    case 'monthly':
      return `FREQ=MONTHLY;BYDAY=${recurrence.week}${BYDAY[recurrence.weekday - 1]}`;
    case 'quarterly':
      return `FREQ=MONTHLY;INTERVAL=3;BYDAY=${recurrence.week}${BYDAY[recurrence.weekday - 1]}`;
  }
}

/** How many times a meeting happens in a year of its recurrence (for "the year at a glance"). */
export function timesPerYear(recurrence: Recurrence): number {
  switch (recurrence.kind) {
    case 'workingDays':
      return 5 * 52;
    case 'weekly':
      return Math.floor(52 / recurrence.interval);
    case 'monthly':
      return 12;
    case 'quarterly':
      return 4;
  }
}

/** Something missing or wrong in the cadence, placed at a path of the slice. */
export interface CadenceIssue {
  code:
    | 'title_missing'
    | 'first_date_missing'
    | 'owner_missing'
    | 'owner_unknown'
    | 'attendees_missing'
    | 'attendee_unknown'
    | 'sales_missing'
    | 'marketing_missing'
    | 'no_lead_review';
  path: (string | { id: string })[];
  params: Record<string, string | number>;
}

/**
 * Which of sales and marketing a meeting that reviews leads lacks among its attendees (by the
 * participants' teams); empty when both attend or when the meeting does not review leads.
 *
 * @example
 * missingSides(meeting, participants); // ['marketing']: only sellers are invited
 */
export function missingSides(meeting: Pick<Meeting, 'reviewsLeads' | 'attendeeIds'>, participants: readonly Pick<Participant, 'id' | 'team'>[]): ('sales' | 'marketing')[] {
  if (!meeting.reviewsLeads) return [];
  const teams = new Set(meeting.attendeeIds.map((id) => participants.find((p) => p.id === id)?.team));
  return (['sales', 'marketing'] as const).filter((team) => !teams.has(team));
}

/**
 * What is missing in the cadence: each meeting needs a title, a first date, an owner among the
 * participants and attendees who are participants; a meeting that reviews leads needs someone
 * from sales and someone from marketing; and at least one meeting must review leads.
 *
 * @example
 * validateCadence(cadence, participants);
 * // [{ code: 'marketing_missing', path: ['meetings', { id: 'weekly-review' }, 'attendeeIds'], params: {} }]
 */
export function validateCadence(cadence: Cadence, participants: readonly Pick<Participant, 'id' | 'team'>[]): CadenceIssue[] {
  const ids = new Set(participants.map((p) => p.id));
  const issues: CadenceIssue[] = [];
  for (const meeting of cadence.meetings) {
    const at = (field: string): CadenceIssue['path'] => ['meetings', { id: meeting.id }, field];
    if (meeting.title.trim() === '') issues.push({ code: 'title_missing', path: at('title'), params: {} });
    if (meeting.firstDate === '') issues.push({ code: 'first_date_missing', path: at('firstDate'), params: {} });
    if (meeting.ownerId === '') issues.push({ code: 'owner_missing', path: at('ownerId'), params: {} });
    else if (!ids.has(meeting.ownerId)) issues.push({ code: 'owner_unknown', path: at('ownerId'), params: {} });
    if (meeting.attendeeIds.length === 0) issues.push({ code: 'attendees_missing', path: at('attendeeIds'), params: {} });
    const unknown = meeting.attendeeIds.filter((id) => !ids.has(id));
    if (unknown.length > 0) issues.push({ code: 'attendee_unknown', path: at('attendeeIds'), params: { count: unknown.length } });
    for (const side of missingSides(meeting, participants)) issues.push({ code: `${side}_missing`, path: at('attendeeIds'), params: {} });
  }
  if (!cadence.meetings.some((m) => m.reviewsLeads)) issues.push({ code: 'no_lead_review', path: ['meetings'], params: {} });
  return issues;
}

/**
 * The meetings on each working day of a typical week (Monday–Friday), for "the week at a glance":
 * daily meetings every day, weekly ones on their weekday (monthly and quarterly ones belong to the
 * year view).
 *
 * @example
 * weekAtAGlance(cadence.meetings)[0]; // { weekday: 1, meetings: [daily check] }
 */
export function weekAtAGlance(meetings: readonly Meeting[]): { weekday: number; meetings: Meeting[] }[] {
  return [1, 2, 3, 4, 5].map((weekday) => ({
    weekday,
    meetings: meetings
      .filter((m) => m.recurrence.kind === 'workingDays' || (m.recurrence.kind === 'weekly' && m.recurrence.weekday === weekday))
      .sort((a, b) => a.time.localeCompare(b.time)),
  }));
}

/**
 * The monthly and quarterly meetings' dates in each month of a year, for "the year at a glance".
 *
 * @example
 * yearAtAGlance(cadence.meetings, 2027)[0]; // { month: 1, dates: [{ meetingId: 'strategy-lunch', date: '2027-01-05' }] }
 */
export function yearAtAGlance(meetings: readonly Meeting[], year: number): { month: number; dates: { meetingId: string; date: string }[] }[] {
  const from = `${String(year).padStart(4, '0')}-01-01`;
  const within = (date: string) => date.startsWith(`${String(year).padStart(4, '0')}-`);
  const dated = meetings
    .filter((m) => m.recurrence.kind === 'monthly' || m.recurrence.kind === 'quarterly')
    .flatMap((m) => occurrences(m.recurrence, m.firstDate, 12, from).filter(within).map((date) => ({ meetingId: m.id, date })));
  return Array.from({ length: 12 }, (_, i) => ({
    month: i + 1,
    dates: dated.filter((d) => Number(d.date.slice(5, 7)) === i + 1).sort((a, b) => a.date.localeCompare(b.date)),
  }));
}
