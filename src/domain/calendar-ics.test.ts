import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ICAL from 'ical.js';
import { beforeEach, describe, expect, it } from 'vitest';
import { occurrences } from './cadence';
import type { Cadence, Meeting } from './cadence-schema';
import { calendarFileName, calendarIcs, meetingUid, type CalendarExportInput } from './calendar-ics';
import { vtimezone } from './vtimezone';

/**
 * The export is read back with an independent parser (ical.js, Mozilla's), which expands the
 * recurrence rules and converts local times through the VTIMEZONE embedded in the file: a wrong
 * zone, a missing TZID or a DTSTART off the rule shows up as a wrong occurrence here.
 */

const base = (id: string, overrides: Partial<Meeting>): Meeting => ({
  id,
  title: id,
  purpose: '',
  recurrence: { kind: 'workingDays' },
  firstDate: '2027-01-14',
  time: '09:00',
  durationMinutes: 30,
  location: '',
  attendeeIds: [],
  agenda: [],
  slaMeasureIds: [],
  stageIds: [],
  ownerId: '',
  reviewsLeads: false,
  answers: [],
  sequence: 0,
  ...overrides,
});

const weekly = base('weekly-review', {
  title: 'Ugentlig leadgennemgang – æøå ÆØÅ',
  purpose: 'Gennemgå ugens leads: kvalitet, afviste leads og årsager; hvad ændrer vi i kampagnerne? '.repeat(3),
  recurrence: { kind: 'weekly', weekday: 2, interval: 1 },
  agenda: [
    { id: 'a1', text: 'Sidste uges MQL’er mod målet' },
    { id: 'a2', text: 'Afviste leads og årsagerne' },
  ],
  slaMeasureIds: ['first-contact'],
  stageIds: ['mql'],
  attendeeIds: ['p-jens', 'p-sofie', 'p-karen'],
  ownerId: 'p-jens',
  reviewsLeads: true,
  sequence: 3,
  location: 'Mødelokale Ørsted',
});

const cadence: Cadence = {
  timeZone: 'Europe/Copenhagen',
  emails: { 'p-jens': 'jens.holm@nordvind.dk', 'p-sofie': 'sofie@nordvind.dk' },
  pairs: [],
  meetings: [
    base('daily-check', { time: '08:45', durationMinutes: 10 }),
    weekly,
    base('strategy-lunch', { recurrence: { kind: 'monthly', week: 1, weekday: 2 }, time: '11:30', durationMinutes: 90 }),
    base('quarterly-review', { recurrence: { kind: 'quarterly', week: -1, weekday: 4 }, time: '13:00', durationMinutes: 120 }),
    base('pairs', { recurrence: { kind: 'weekly', weekday: 5, interval: 2 }, time: '23:30', durationMinutes: 60 }),
    base('not-planned', { firstDate: '' }),
  ],
};

const input = (overrides: Partial<CalendarExportInput> = {}): CalendarExportInput => ({
  workspaceId: 'nordvind-2027',
  name: 'Nordvind Ventilation A/S',
  cadence,
  participants: [
    { id: 'p-jens', name: 'Jens Holm' },
    { id: 'p-sofie', name: 'Sofie Bach' },
    { id: 'p-karen', name: 'Karen Østergaard' },
  ],
  measureNames: { 'sla:first-contact': 'Tid til første kontakt', 'stage:mql': 'MQL' },
  labels: { agenda: 'Dagsorden', measures: 'Målinger', owner: 'Ansvarlig', attendees: 'Deltagere' },
  now: new Date('2026-12-01T12:00:00Z'),
  ...overrides,
});

function parse(content: string) {
  const calendar = new ICAL.Component(ICAL.parse(content));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(new ICAL.Timezone(zone));
  return { calendar, events: calendar.getAllSubcomponents('vevent') };
}

beforeEach(() => ICAL.TimezoneService.reset());

describe('the calendar export, read back by ical.js', () => {
  it('has VERSION and PRODID, a VTIMEZONE, and every event UID, DTSTAMP and a DTSTART with TZID', () => {
    const { content, meetingIds, skipped } = calendarIcs(input());
    const { calendar, events } = parse(content);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toBeTruthy();
    expect(calendar.getAllSubcomponents('vtimezone').map((zone) => zone.getFirstPropertyValue('tzid'))).toEqual(['Europe/Copenhagen']);
    expect(events).toHaveLength(5);
    expect(meetingIds).toEqual(['daily-check', 'weekly-review', 'strategy-lunch', 'quarterly-review', 'pairs']);
    expect(skipped).toEqual(['not-planned']);
    for (const event of events) {
      expect(event.getFirstPropertyValue('uid')).toMatch(/@samspil$/);
      expect(String(event.getFirstPropertyValue('dtstamp'))).toBe('2026-12-01T12:00:00Z');
      expect(event.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('Europe/Copenhagen');
      expect(event.getFirstProperty('dtend')!.getParameter('tzid')).toBe('Europe/Copenhagen');
      expect(event.getFirstPropertyValue('rrule')).toBeTruthy();
    }
  });

  it('keeps the weekly meeting at 09:00 local from winter to summer time (UTC 08:00, then 07:00)', () => {
    const { events } = parse(calendarIcs(input()).content);
    const event = new ICAL.Event(events[1]!);
    const iterator = event.iterator();
    const seen: { date: string; hour: number; utc: string }[] = [];
    for (let i = 0; i < 14; i++) {
      const time = iterator.next()!;
      seen.push({ date: time.toString().slice(0, 10), hour: time.hour, utc: time.toJSDate().toISOString().slice(11, 16) });
    }
    expect(seen.every((s) => s.hour === 9)).toBe(true);
    // Summer time begins on Sunday 28 March 2027: Tuesday 23 March is 08:00 UTC, 30 March 07:00 UTC.
    expect(seen.find((s) => s.date === '2027-03-23')!.utc).toBe('08:00');
    expect(seen.find((s) => s.date === '2027-03-30')!.utc).toBe('07:00');
    expect(seen[0]!.date).toBe('2027-01-19'); // the first Tuesday on or after 14 January
  });

  it('expands every recurrence to the same dates the domain computes', () => {
    const { events } = parse(calendarIcs(input()).content);
    for (const [i, meeting] of cadence.meetings.slice(0, 5).entries()) {
      const iterator = new ICAL.Event(events[i]!).iterator();
      const dates = Array.from({ length: 30 }, () => iterator.next()!.toString().slice(0, 10));
      expect(dates, meeting.id).toEqual(occurrences(meeting.recurrence, meeting.firstDate, 30));
    }
  });

  it('ends a meeting that runs past midnight on the next day', () => {
    const { events } = parse(calendarIcs(input()).content);
    expect(events[4]!.getFirstPropertyValue('dtend')!.toString()).toBe('2027-01-16T00:30:00');
  });

  it('keeps the UIDs across exports and carries the meeting’s sequence', () => {
    const first = parse(calendarIcs(input()).content).events;
    const edited = { ...cadence, meetings: cadence.meetings.map((m) => (m.id === 'weekly-review' ? { ...m, time: '10:00', sequence: 4 } : m)) };
    const second = parse(calendarIcs(input({ cadence: edited, now: new Date('2027-02-01T08:00:00Z') })).content).events;
    expect(second.map((e) => e.getFirstPropertyValue('uid'))).toEqual(first.map((e) => e.getFirstPropertyValue('uid')));
    expect(first[1]!.getFirstPropertyValue('uid')).toBe(meetingUid('nordvind-2027', 'weekly-review'));
    expect(first[1]!.getFirstPropertyValue('sequence')).toBe(3);
    expect(second[1]!.getFirstPropertyValue('sequence')).toBe(4);
  });

  it('writes the agenda, the measures, the owner and attendees with e-mail addresses', () => {
    const { events } = parse(calendarIcs(input()).content);
    const event = new ICAL.Event(events[1]!);
    expect(event.summary).toBe('Ugentlig leadgennemgang – æøå ÆØÅ');
    expect(event.location).toBe('Mødelokale Ørsted');
    expect(event.description).toBe(
      [
        weekly.purpose.trim(),
        'Dagsorden:\n1. Sidste uges MQL’er mod målet\n2. Afviste leads og årsagerne',
        'Målinger: Tid til første kontakt; MQL',
        'Ansvarlig: Jens Holm',
        'Deltagere: Jens Holm, Sofie Bach, Karen Østergaard',
      ].join('\n\n'),
    );
    // Only those with an address are invited; the owner with one organises.
    expect(event.attendees.map((a) => String(a.getFirstValue()).toLowerCase())).toEqual(['mailto:jens.holm@nordvind.dk', 'mailto:sofie@nordvind.dk']);
    expect(event.organizer.toLowerCase()).toBe('mailto:jens.holm@nordvind.dk');
  });

  it('uses CRLF only and folds every line at 75 octets', () => {
    const { content } = calendarIcs(input());
    expect(content.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(content.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const encoder = new TextEncoder();
    const lines = content.split('\r\n');
    expect(lines.some((line) => line.startsWith(' '))).toBe(true); // the long description was folded
    for (const line of lines) expect(encoder.encode(line).length).toBeLessThanOrEqual(75);
  });

  it('one file per meeting', () => {
    const { content, meetingIds } = calendarIcs(input({ meetingIds: ['strategy-lunch'] }));
    const { events } = parse(content);
    expect(meetingIds).toEqual(['strategy-lunch']);
    expect(events.map((e) => e.getFirstPropertyValue('uid'))).toEqual([meetingUid('nordvind-2027', 'strategy-lunch')]);
    expect(events[0]!.getFirstPropertyValue('rrule')!.toString()).toBe('FREQ=MONTHLY;BYDAY=1TU');
  });

  it('names files from the meeting or workspace', () => {
    expect(calendarFileName('Daily lead check')).toBe('daily-lead-check.ics');
    expect(calendarFileName('Strategifrokost – månedlig')).toBe('strategifrokost-månedlig.ics');
    expect(calendarFileName('  ')).toBe('samspil.ics');
  });
});

describe('the VTIMEZONE', () => {
  it('states the same rules as the tz database’s own VTIMEZONE for Europe/Copenhagen', () => {
    const rules = (text: string) => {
      const zone = new ICAL.Component(ICAL.parse(`BEGIN:VCALENDAR\r\n${text.trim()}\r\nEND:VCALENDAR`)).getFirstSubcomponent('vtimezone')!;
      return zone.getAllSubcomponents().map((part) => ({
        kind: part.name,
        rrule: String(part.getFirstPropertyValue('rrule')),
        from: String(part.getFirstPropertyValue('tzoffsetfrom')),
        to: String(part.getFirstPropertyValue('tzoffsetto')),
        at: String(part.getFirstPropertyValue('dtstart')).slice(10),
      }));
    };
    const ours = rules(vtimezone('Europe/Copenhagen', 2026, 2036)!);
    expect(ours).toEqual(rules(getVtimezoneComponent('Europe/Copenhagen')!));
    expect(ours.map((o) => o.kind)).toEqual(['daylight', 'standard']);
  });

  it('writes each change when a zone follows no yearly rule, and one observance when it has none', () => {
    // Morocco moves its clock around Ramadan, on dates no yearly rule describes.
    const morocco = vtimezone('Africa/Casablanca', 2026, 2028)!;
    expect(morocco).not.toContain('RRULE');
    expect(morocco.match(/BEGIN:(STANDARD|DAYLIGHT)/g)!.length).toBeGreaterThan(2);
    const tokyo = vtimezone('Asia/Tokyo', 2026, 2030)!;
    expect(tokyo).toContain('TZOFFSETFROM:+0900\r\nTZOFFSETTO:+0900');
    expect(vtimezone('Not/AZone', 2026, 2030)).toBeNull();
  });

  it('converts through the zone for a meeting in New York too', () => {
    const { events } = parse(calendarIcs(input({ cadence: { ...cadence, timeZone: 'America/New_York', meetings: [weekly] } })).content);
    const iterator = new ICAL.Event(events[0]!).iterator();
    const utc = Array.from({ length: 10 }, () => iterator.next()!.toJSDate().toISOString().slice(11, 16));
    // 19 Jan – 9 Mar 2027 at 14:00 UTC (EST); summer time from 14 March: 16 March at 13:00 UTC.
    expect(utc.slice(0, 8).every((t) => t === '14:00')).toBe(true);
    expect(utc[8]).toBe('13:00');
  });
});
