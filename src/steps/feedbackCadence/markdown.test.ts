import i18next from 'i18next';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PLAYBOOK_OPTIONS } from '../../contract/print-options';
import type { StepMarkdownContext } from '../../contract/step-definition';
import type { Language, Workspace } from '../../contract/workspace';
import { validateCadence } from '../../domain/cadence';
import { cadenceSchema, type Cadence } from '../../domain/cadence-schema';
import { calendarIcs } from '../../domain/calendar-ics';
import type { Participant } from '../../domain/workshop';
import { stepFormat } from '../kit/format';
import { feedbackCadenceStep } from './definition';
import da from './i18n/da.json';
import en from './i18n/en.json';
import { calendarInput, recurrenceText } from './text';

/**
 * The cadence's Markdown as a reader sees it (real catalogs, i18next, Danish formats), the
 * sample's soundness, and the calendar export built from a whole workspace in its language.
 */

const i18n = i18next.createInstance();
await i18n.init({
  resources: { en: { feedbackCadence: en }, da: { feedbackCadence: da } },
  lng: 'en',
  fallbackLng: false,
  ns: ['feedbackCadence'],
  defaultNS: 'feedbackCadence',
  interpolation: { escapeValue: false },
  initAsync: false,
});
const tOf = (language: Language) => i18n.getFixedT(language, 'feedbackCadence') as StepMarkdownContext['t'];

const people: Participant[] = [
  { id: 'p-mette', name: 'Mette Kjærgaard', title: 'CEO', team: 'leadership' },
  { id: 'p-jens', name: 'Jens Østergaard', title: 'Sales Director', team: 'sales' },
  { id: 'p-line', name: 'Line Bøgh', title: 'KAM', team: 'sales' },
  { id: 'p-rasmus', name: 'Rasmus Holm', title: 'AE', team: 'sales' },
  { id: 'p-sofie', name: 'Sofie Lærke Andersen', title: 'Head of Marketing', team: 'marketing' },
  { id: 'p-ahmed', name: 'Ahmed Haddad', title: 'Digital', team: 'marketing' },
  { id: 'p-karen', name: 'Karen Søndergaard', title: 'Content', team: 'marketing' },
  { id: 'p-thomas', name: 'Thomas Friis', title: 'CFO', team: 'leadership' },
];

const sample = (language: Language): Cadence => feedbackCadenceStep.sample({ language, registered: [] });

function workspaceOf(language: Language, cadence: Cadence = sample(language)): Workspace {
  return {
    id: 'nordvind-sample',
    name: 'Nordvind',
    clientCompany: 'Nordvind Ventilation A/S',
    language,
    currency: 'DKK',
    steps: {
      setup: { participants: people },
      feedbackCadence: cadence,
      serviceLevel: { commitments: [] },
      sharedGoal: { targetAmount: 1, period: { kind: 'year', year: 2027 }, stages: [{ id: 'mql', name: 'MQL' }, { id: 'sql', name: 'SQL' }], salesTypes: [], team: {} },
    },
  } as unknown as Workspace;
}

function contextFor(language: Language, cadence?: Cadence): StepMarkdownContext {
  return { language, registered: [], workspace: workspaceOf(language, cadence), options: DEFAULT_PLAYBOOK_OPTIONS, t: tOf(language), format: stepFormat(language, 'DKK') };
}

describe('the sample and the defaults', () => {
  it('are valid, and the sample has no open issue: sales and marketing attend every lead review', () => {
    for (const language of ['en', 'da'] as const) {
      expect(cadenceSchema.safeParse(sample(language)).success).toBe(true);
      expect(validateCadence(sample(language), people)).toEqual([]);
      const defaults = feedbackCadenceStep.defaults({ language, registered: [] });
      expect(cadenceSchema.safeParse(defaults).success).toBe(true);
      expect(defaults.meetings.map((m) => m.id)).toEqual(['daily-check', 'weekly-review', 'strategy-lunch', 'quarterly-review', 'pairs']);
      expect(defaults.timeZone).toBe('Europe/Copenhagen');
    }
  });
});

describe('recurrences in words', () => {
  it('in English and Danish', () => {
    expect(recurrenceText({ kind: 'monthly', week: 1, weekday: 2 }, tOf('en'))).toBe('Monthly on the first Tuesday');
    expect(recurrenceText({ kind: 'monthly', week: 1, weekday: 2 }, tOf('da'))).toBe('Den første tirsdag i måneden');
    expect(recurrenceText({ kind: 'weekly', weekday: 4, interval: 2 }, tOf('da'))).toBe('Hver 2. uge om torsdagen');
    expect(recurrenceText({ kind: 'quarterly', week: -1, weekday: 5 }, tOf('en'))).toBe('Quarterly on the last Friday of the month');
    expect(recurrenceText({ kind: 'workingDays' }, tOf('da'))).toBe('Hver arbejdsdag');
  });
});

describe('the Markdown section', () => {
  it('lists the meetings with their agendas, owners and measures (Danish)', () => {
    const text = feedbackCadenceStep.markdown(sample('da'), contextFor('da'));
    expect(text).toContain('Tidspunkterne er lokal tid i Europe/Copenhagen.');
    expect(text).toContain('| Dagligt leadtjek | Hver arbejdsdag | 08:45–08:55 | 10 min. | Jens Østergaard |');
    expect(text).toContain('### Ugentlig leadgennemgang');
    expect(text).toContain('- **Hvornår:** Hver tirsdag. Fra 19. januar 2027, kl. 09:00–09:30');
    expect(text).toContain('- **Målinger, mødet ser på:** MQL, SQL');
    expect(text).toContain('**Dagsorden**\n\n1. Ugens MQL’er holdt op mod målet\n2. Afviste leads og årsagerne');
    expect(text).toContain('- Rasmus Holm og Ahmed Haddad');
  });

  it('warns where a lead review lacks sales or marketing (English)', () => {
    const cadence = sample('en');
    const sales = { ...cadence, meetings: cadence.meetings.map((m) => (m.id === 'daily-check' ? { ...m, attendeeIds: ['p-jens', 'p-line'] } : m)) };
    const text = feedbackCadenceStep.markdown(sales, contextFor('en', sales));
    expect(text).toContain('_Reviews leads without anyone from marketing._');
    expect(text).toContain('- **When:** Every working day. From 18 January 2027, 08:45–08:55');
  });

  it('answers the wall’s problems and sums up', () => {
    const answers = feedbackCadenceStep.answers(sample('en'));
    expect(answers).toContainEqual({ problemId: 'follow-up', clauseId: 'daily-check', label: 'Daily lead check' });
    expect(answers.map((a) => a.problemId)).toEqual(['follow-up', 'lead-quality', 'goals', 'follow-up']);
    expect(feedbackCadenceStep.summary(sample('da'), contextFor('da'))[0]!.text).toBe(
      '5 møder: Dagligt leadtjek, Ugentlig leadgennemgang, Månedlig strategifrokost, Kvartalsmøde om mål og SLA, Makkerpar: sælger og marketing',
    );
  });
});

describe('the calendar export of a workspace', () => {
  it('is the cadence in the workspace’s language, readable by ical.js', () => {
    const input = calendarInput(workspaceOf('da'), tOf('da'), new Date('2027-01-14T15:00:00Z'))!;
    expect(input.fileName).toBe('nordvind-ventilation-a-s-feedbackrytme.ics');
    const events = new ICAL.Component(ICAL.parse(calendarIcs(input).content)).getAllSubcomponents('vevent');
    expect(events.map((e) => e.getFirstPropertyValue('summary'))).toEqual(sample('da').meetings.map((m) => m.title));
    const daily = new ICAL.Event(events[0]!);
    expect(daily.description).toContain('Dagsorden:\n1. Gårsdagens MQL’er: accepteret, afvist og hvorfor');
    expect(daily.description).toContain('Målinger: MQL');
    expect(daily.description).toContain('Ansvarlig: Jens Østergaard');
  });

  it('one meeting at a time, and nothing for an unknown one', () => {
    const one = calendarInput(workspaceOf('en'), tOf('en'), new Date(), 'strategy-lunch')!;
    expect(one.meetingIds).toEqual(['strategy-lunch']);
    expect(one.fileName).toBe('monthly-strategy-lunch.ics');
    expect(calendarInput(workspaceOf('en'), tOf('en'), new Date(), 'gone')).toBeNull();
  });
});
