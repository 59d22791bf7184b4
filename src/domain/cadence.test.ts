import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoWeekday, missingSides, nthWeekdayOfMonth, occurrences, rruleOf, validateCadence, weekAtAGlance, yearAtAGlance } from './cadence';
import { cadenceOf, cadenceSchema, type Cadence, type Meeting } from './cadence-schema';

const meeting = (overrides: Partial<Meeting> = {}): Meeting => ({
  id: 'weekly-review',
  title: 'Weekly lead review',
  purpose: '',
  recurrence: { kind: 'weekly', weekday: 2, interval: 1 },
  firstDate: '2027-01-14',
  time: '09:00',
  durationMinutes: 30,
  location: '',
  attendeeIds: ['p-jens', 'p-sofie'],
  agenda: [],
  slaMeasureIds: [],
  stageIds: [],
  ownerId: 'p-jens',
  reviewsLeads: true,
  answers: [],
  sequence: 0,
  ...overrides,
});

const participants = [
  { id: 'p-jens', team: 'sales' as const },
  { id: 'p-line', team: 'sales' as const },
  { id: 'p-sofie', team: 'marketing' as const },
  { id: 'p-mette', team: 'leadership' as const },
];

describe('calendar arithmetic', () => {
  it('weekdays and the Nth weekday of a month (checked against a printed calendar)', () => {
    expect(isoWeekday('2027-01-14')).toBe(4); // Thursday 14 January 2027, the workshop
    expect(isoWeekday('2027-01-17')).toBe(7); // Sunday
    expect(nthWeekdayOfMonth(2027, 1, 1, 2)).toBe('2027-01-05'); // 1 January 2027 is a Friday
    expect(nthWeekdayOfMonth(2027, 2, 1, 2)).toBe('2027-02-02');
    expect(nthWeekdayOfMonth(2027, 3, -1, 7)).toBe('2027-03-28'); // summer time begins
    expect(nthWeekdayOfMonth(2027, 10, -1, 7)).toBe('2027-10-31'); // and ends
    expect(nthWeekdayOfMonth(2027, 12, 4, 5)).toBe('2027-12-24');
  });
});

describe('occurrences', () => {
  it('every working day skips the weekend', () => {
    // Thursday 14th, Friday 15th, then Monday 18th to Wednesday 20th.
    expect(occurrences({ kind: 'workingDays' }, '2027-01-14', 5)).toEqual(['2027-01-14', '2027-01-15', '2027-01-18', '2027-01-19', '2027-01-20']);
  });

  it('weekly on a weekday, from the first one on or after the first date, every interval weeks', () => {
    expect(occurrences({ kind: 'weekly', weekday: 2, interval: 1 }, '2027-01-14', 3)).toEqual(['2027-01-19', '2027-01-26', '2027-02-02']);
    expect(occurrences({ kind: 'weekly', weekday: 4, interval: 2 }, '2027-01-14', 3)).toEqual(['2027-01-14', '2027-01-28', '2027-02-11']);
    // From a later date the two-week rhythm stays anchored on the first one: 14 January + 6 × 14
    // days = 8 April (before the 10th), + 7 × 14 = 22 April.
    expect(occurrences({ kind: 'weekly', weekday: 4, interval: 2 }, '2027-01-14', 2, '2027-04-10')).toEqual(['2027-04-22', '2027-05-06']);
  });

  it('monthly on the first Tuesday, and quarterly from the first date’s month', () => {
    // 5 January is before the first date, so February's first Tuesday is the first.
    expect(occurrences({ kind: 'monthly', week: 1, weekday: 2 }, '2027-01-14', 3)).toEqual(['2027-02-02', '2027-03-02', '2027-04-06']);
    expect(occurrences({ kind: 'monthly', week: -1, weekday: 5 }, '2027-01-14', 2)).toEqual(['2027-01-29', '2027-02-26']);
    // Quarterly, first Tuesday: January's is past, so April, July, October.
    expect(occurrences({ kind: 'quarterly', week: 1, weekday: 2 }, '2027-01-14', 3)).toEqual(['2027-04-06', '2027-07-06', '2027-10-05']);
    // From 2030 the quarters stay April, July, October, January.
    expect(occurrences({ kind: 'quarterly', week: 1, weekday: 2 }, '2027-01-14', 2, '2030-02-01')).toEqual(['2030-04-02', '2030-07-02']);
  });

  it('none without a first date', () => {
    expect(occurrences({ kind: 'workingDays' }, '', 3)).toEqual([]);
  });

  it('for any recurrence: increasing dates on the rule, none before the start, and a later start is a suffix', () => {
    const recurrence = fc.oneof(
      fc.constant({ kind: 'workingDays' as const }),
      fc.record({ kind: fc.constant('weekly' as const), weekday: fc.integer({ min: 1, max: 7 }), interval: fc.integer({ min: 1, max: 4 }) }),
      fc.record({ kind: fc.constantFrom('monthly' as const, 'quarterly' as const), week: fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const, -1 as const), weekday: fc.integer({ min: 1, max: 7 }) }),
    );
    const day = fc.integer({ min: 0, max: 3000 }).map((n) => new Date(Date.UTC(2026, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
    fc.assert(
      fc.property(recurrence, day, fc.integer({ min: 0, max: 400 }), (rule, first, later) => {
        const all = occurrences(rule, first, 40);
        expect(all).toHaveLength(40);
        const more = occurrences(rule, first, 43);
        for (let i = 1; i < all.length; i++) expect(all[i]! > all[i - 1]!).toBe(true);
        expect(all[0]! >= first).toBe(true);
        if (rule.kind !== 'workingDays') for (const date of all) expect(isoWeekday(date)).toBe(rule.weekday);
        else for (const date of all) expect(isoWeekday(date)).toBeLessThanOrEqual(5);
        const from = all[Math.min(later % 40, 39)]!;
        const suffix = occurrences(rule, first, 3, from);
        expect(suffix).toEqual(more.slice(more.indexOf(from), more.indexOf(from) + 3));
      }),
    );
  });
});

describe('recurrence rules', () => {
  it('are RFC 5545 RRULE values', () => {
    expect(rruleOf({ kind: 'workingDays' })).toBe('FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR');
    expect(rruleOf({ kind: 'weekly', weekday: 2, interval: 1 })).toBe('FREQ=WEEKLY;BYDAY=TU');
    expect(rruleOf({ kind: 'weekly', weekday: 5, interval: 2 })).toBe('FREQ=WEEKLY;INTERVAL=2;BYDAY=FR');
    expect(rruleOf({ kind: 'monthly', week: 1, weekday: 2 })).toBe('FREQ=MONTHLY;BYDAY=1TU');
    expect(rruleOf({ kind: 'quarterly', week: -1, weekday: 4 })).toBe('FREQ=MONTHLY;INTERVAL=3;BYDAY=-1TH');
  });
});

describe('sales and marketing both attend the meetings that review leads', () => {
  it('names the side that is missing', () => {
    expect(missingSides(meeting(), participants)).toEqual([]);
    expect(missingSides(meeting({ attendeeIds: ['p-jens', 'p-line'] }), participants)).toEqual(['marketing']);
    expect(missingSides(meeting({ attendeeIds: ['p-mette'] }), participants)).toEqual(['sales', 'marketing']);
    expect(missingSides(meeting({ attendeeIds: ['p-mette'], reviewsLeads: false }), participants)).toEqual([]);
  });

  it('validates the whole cadence', () => {
    const cadence: Cadence = {
      timeZone: 'Europe/Copenhagen',
      emails: {},
      pairs: [],
      meetings: [
        meeting(),
        meeting({ id: 'lunch', title: ' ', firstDate: '', ownerId: 'p-gone', attendeeIds: ['p-jens', 'p-gone'], reviewsLeads: true }),
        meeting({ id: 'quarterly', ownerId: '', attendeeIds: [], reviewsLeads: false }),
      ],
    };
    expect(validateCadence(cadence, participants)).toEqual([
      { code: 'title_missing', path: ['meetings', { id: 'lunch' }, 'title'], params: {} },
      { code: 'first_date_missing', path: ['meetings', { id: 'lunch' }, 'firstDate'], params: {} },
      { code: 'owner_unknown', path: ['meetings', { id: 'lunch' }, 'ownerId'], params: {} },
      { code: 'attendee_unknown', path: ['meetings', { id: 'lunch' }, 'attendeeIds'], params: { count: 1 } },
      { code: 'marketing_missing', path: ['meetings', { id: 'lunch' }, 'attendeeIds'], params: {} },
      { code: 'owner_missing', path: ['meetings', { id: 'quarterly' }, 'ownerId'], params: {} },
      { code: 'attendees_missing', path: ['meetings', { id: 'quarterly' }, 'attendeeIds'], params: {} },
    ]);
    expect(validateCadence({ ...cadence, meetings: [meeting({ reviewsLeads: false })] }, participants).map((i) => i.code)).toEqual(['no_lead_review']);
  });
});

describe('the slice', () => {
  it('parses, and refuses a bad e-mail address', () => {
    const cadence: Cadence = { timeZone: 'Europe/Copenhagen', emails: { 'p-jens': 'jens@nordvind.dk', 'p-line': '' }, pairs: [], meetings: [meeting()] };
    expect(cadenceOf({ steps: { feedbackCadence: cadence } })).toEqual(cadence);
    expect(cadenceSchema.safeParse({ ...cadence, emails: { 'p-jens': 'jens at nordvind' } }).success).toBe(false);
    expect(cadenceOf({ steps: {} })).toBeNull();
  });
});

describe('at a glance', () => {
  const daily = meeting({ id: 'daily', recurrence: { kind: 'workingDays' }, time: '08:45' });
  const lunch = meeting({ id: 'lunch', recurrence: { kind: 'monthly', week: 1, weekday: 2 }, firstDate: '2027-01-14' });
  const quarterly = meeting({ id: 'q', recurrence: { kind: 'quarterly', week: 1, weekday: 2 }, firstDate: '2027-01-14' });

  it('a week: daily meetings every day, weekly ones on their day, by time', () => {
    const week = weekAtAGlance([meeting(), daily, lunch]);
    expect(week.map((day) => day.meetings.map((m) => m.id))).toEqual([['daily'], ['daily', 'weekly-review'], ['daily'], ['daily'], ['daily']]);
  });

  it('a year: monthly and quarterly dates by month', () => {
    const year = yearAtAGlance([lunch, quarterly, daily], 2027);
    expect(year[0]!.dates).toEqual([]); // both start after 14 January
    expect(year[1]!.dates).toEqual([{ meetingId: 'lunch', date: '2027-02-02' }]);
    expect(year[3]!.dates).toEqual([
      { meetingId: 'lunch', date: '2027-04-06' },
      { meetingId: 'q', date: '2027-04-06' },
    ]);
    expect(year.reduce((sum, month) => sum + month.dates.length, 0)).toBe(11 + 3);
  });
});
