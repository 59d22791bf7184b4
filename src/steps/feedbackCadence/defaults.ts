import type { Language } from '../../contract/workspace';
import { DEFAULT_TIME_ZONE, type Cadence, type Meeting, type Recurrence } from '../../domain/cadence-schema';

/**
 * The meetings a new workspace starts with, as the trade's practice has them: a ten-minute daily
 * check on yesterday's leads (a weekly or monthly meeting alone is not enough), a weekly lead
 * review, the monthly pipeline and campaign walk-through (the strategy lunch), a quarterly review
 * of the goal and the SLA, and seller–marketer pairs. The room edits times, people and agendas.
 */

type Text = Record<Language, string>;

interface MeetingTemplate {
  id: string;
  title: Text;
  purpose: Text;
  recurrence: Recurrence;
  time: string;
  durationMinutes: number;
  agenda: Text[];
  slaMeasureIds: string[];
  stageIds: string[];
  reviewsLeads: boolean;
}

export const MEETING_TEMPLATES: readonly MeetingTemplate[] = [
  {
    id: 'daily-check',
    title: { en: 'Daily lead check', da: 'Dagligt leadtjek' },
    purpose: {
      en: 'Ten minutes on yesterday’s leads: were they good, were they called, what did the customers object to?',
      da: 'Ti minutter om gårsdagens leads: var de gode, blev de ringet op, og hvad indvendte kunderne?',
    },
    recurrence: { kind: 'workingDays' },
    time: '08:45',
    durationMinutes: 10,
    agenda: [
      { en: 'Yesterday’s MQLs: accepted, rejected and why', da: 'Gårsdagens MQL’er: accepteret, afvist og hvorfor' },
      { en: 'Leads not yet contacted within the SLA', da: 'Leads, der endnu ikke er kontaktet inden for SLA’en' },
      { en: 'The most common objections', da: 'De hyppigste indvendinger' },
    ],
    slaMeasureIds: ['accept', 'first-contact'],
    stageIds: ['mql'],
    reviewsLeads: true,
  },
  {
    id: 'weekly-review',
    title: { en: 'Weekly lead review', da: 'Ugentlig leadgennemgang' },
    purpose: {
      en: 'The week’s leads against the goal and the SLA, and what marketing and sales change next week.',
      da: 'Ugens leads holdt op mod målet og SLA’en, og hvad marketing og salg ændrer i næste uge.',
    },
    recurrence: { kind: 'weekly', weekday: 2, interval: 1 },
    time: '09:00',
    durationMinutes: 30,
    agenda: [
      { en: 'The week’s MQLs against the goal', da: 'Ugens MQL’er holdt op mod målet' },
      { en: 'Rejected leads and their reasons', da: 'Afviste leads og årsagerne' },
      { en: 'SLA misses: what happened?', da: 'Brud på SLA’en: hvad skete der?' },
      { en: 'What we change next week', da: 'Hvad vi ændrer i næste uge' },
    ],
    slaMeasureIds: ['mql-volume', 'mql-quality', 'attempts', 'outcome'],
    stageIds: ['mql', 'sql'],
    reviewsLeads: true,
  },
  {
    id: 'strategy-lunch',
    title: { en: 'Monthly strategy lunch', da: 'Månedlig strategifrokost' },
    purpose: {
      en: 'The pipeline and the campaigns, walked through together over lunch.',
      da: 'Pipelinen og kampagnerne, gennemgået sammen over frokost.',
    },
    recurrence: { kind: 'monthly', week: 1, weekday: 2 },
    time: '11:30',
    durationMinutes: 90,
    agenda: [
      { en: 'The pipeline by stage against the goal', da: 'Pipelinen trin for trin holdt op mod målet' },
      { en: 'Campaigns: what worked, what comes next', da: 'Kampagner: hvad virkede, og hvad kommer nu' },
      { en: 'Customer stories and the material sales needs', da: 'Kundehistorier og det materiale, salg mangler' },
    ],
    slaMeasureIds: ['mql-volume'],
    stageIds: ['lead', 'mql', 'sql', 'meeting', 'proposal', 'won'],
    reviewsLeads: false,
  },
  {
    id: 'quarterly-review',
    title: { en: 'Quarterly review of goal and SLA', da: 'Kvartalsmøde om mål og SLA' },
    purpose: {
      en: 'Are we on course for the shared goal, is the SLA kept, and do the conversion rates still hold?',
      da: 'Er vi på vej mod det fælles mål, holder SLA’en, og passer konverteringsraterne stadig?',
    },
    recurrence: { kind: 'quarterly', week: 1, weekday: 4 },
    time: '13:00',
    durationMinutes: 120,
    agenda: [
      { en: 'The goal: where are we?', da: 'Målet: hvor står vi?' },
      { en: 'The SLA: kept, missed, to change?', da: 'SLA’en: holdt, brudt, skal den ændres?' },
      { en: 'Our own conversion rates instead of the assumptions', da: 'Vores egne konverteringsrater i stedet for antagelserne' },
    ],
    slaMeasureIds: ['mql-volume', 'mql-quality', 'accept', 'first-contact', 'attempts', 'outcome'],
    stageIds: ['lead', 'mql', 'sql', 'meeting', 'proposal', 'won'],
    reviewsLeads: true,
  },
  {
    id: 'pairs',
    title: { en: 'Seller–marketer pairs', da: 'Makkerpar: sælger og marketing' },
    purpose: {
      en: 'Each seller and their marketer: the leads of the seller’s area, and one customer conversation marketing can learn from.',
      da: 'Hver sælger med sin makker fra marketing: leadsene i sælgerens område og én kundesamtale, marketing kan lære af.',
    },
    recurrence: { kind: 'weekly', weekday: 4, interval: 2 },
    time: '14:00',
    durationMinutes: 30,
    agenda: [
      { en: 'The leads of the seller’s area', da: 'Leadsene i sælgerens område' },
      { en: 'One customer conversation to learn from', da: 'Én kundesamtale at lære af' },
    ],
    slaMeasureIds: ['mql-quality'],
    stageIds: ['mql'],
    reviewsLeads: true,
  },
];

/**
 * A template as a meeting of the slice, in a language, with people and a first date.
 *
 * @example
 * meetingFrom(MEETING_TEMPLATES[0], 'da', { firstDate: '2027-01-18', attendeeIds: ['p-jens'], ownerId: 'p-jens' });
 */
export function meetingFrom(template: MeetingTemplate, language: Language, people: Partial<Pick<Meeting, 'firstDate' | 'attendeeIds' | 'ownerId' | 'answers' | 'location'>> = {}): Meeting {
  return {
    id: template.id,
    title: template.title[language],
    purpose: template.purpose[language],
    recurrence: template.recurrence,
    firstDate: '',
    time: template.time,
    durationMinutes: template.durationMinutes,
    location: '',
    attendeeIds: [],
    agenda: template.agenda.map((text, i) => ({ id: `${template.id}-${i + 1}`, text: text[language] })),
    slaMeasureIds: [...template.slaMeasureIds],
    stageIds: [...template.stageIds],
    ownerId: '',
    reviewsLeads: template.reviewsLeads,
    answers: [],
    sequence: 0,
    ...people,
  };
}

/** A new workspace's cadence: the five meetings, no people or dates yet. */
export function cadenceDefaults(language: Language): Cadence {
  return { timeZone: DEFAULT_TIME_ZONE, emails: {}, pairs: [], meetings: MEETING_TEMPLATES.map((template) => meetingFrom(template, language)) };
}
