import type { Language } from '../../contract/workspace';
import { DEFAULT_TIME_ZONE, type Cadence } from '../../domain/cadence-schema';
import { MEETING_TEMPLATES, meetingFrom } from './defaults';

const template = (id: string) => MEETING_TEMPLATES.find((t) => t.id === id)!;

const SALES = ['p-jens', 'p-line', 'p-rasmus'];
const MARKETING = ['p-sofie', 'p-ahmed', 'p-karen'];

/**
 * The Nordvind sample's cadence, starting the Monday after the workshop (14 January 2027): the
 * daily check at 08:45 from 18 January, the weekly review on Tuesdays, the strategy lunch on the
 * first Tuesday of the month, the quarterly review on the first Thursday of each quarter from
 * April, and three seller–marketer pairs every other Thursday. Sales and marketing attend every
 * meeting that reviews leads. E-mail addresses are on the reserved `.example` domain, so an
 * imported sample invites nobody real. The daily check and the pairs answer the wall's
 * "Following up leads"; the weekly review "Lead quality"; the quarterly review "Shared goals".
 */
export function sampleFeedbackCadence(language: Language): Cadence {
  const da = language === 'da';
  const room = da ? 'Mødelokalet “Vindmøllen”, Vejle' : 'The “Vindmøllen” meeting room, Vejle';
  return {
    timeZone: DEFAULT_TIME_ZONE,
    emails: {
      'p-mette': 'mette.kjaergaard@nordvind.example',
      'p-jens': 'jens.oestergaard@nordvind.example',
      'p-line': 'line.boegh@nordvind.example',
      'p-rasmus': 'rasmus.holm@nordvind.example',
      'p-sofie': 'sofie.andersen@nordvind.example',
      'p-ahmed': 'ahmed.haddad@nordvind.example',
      'p-karen': '',
      'p-thomas': '',
    },
    pairs: [
      { id: 'pair-rasmus-ahmed', sellerId: 'p-rasmus', marketerId: 'p-ahmed' },
      { id: 'pair-line-karen', sellerId: 'p-line', marketerId: 'p-karen' },
      { id: 'pair-jens-sofie', sellerId: 'p-jens', marketerId: 'p-sofie' },
    ],
    meetings: [
      meetingFrom(template('daily-check'), language, {
        firstDate: '2027-01-18',
        attendeeIds: ['p-jens', 'p-line', 'p-rasmus', 'p-ahmed'],
        ownerId: 'p-jens',
        location: da ? 'Ved salgstavlen' : 'At the sales board',
        answers: ['follow-up'],
      }),
      meetingFrom(template('weekly-review'), language, { firstDate: '2027-01-19', attendeeIds: [...SALES, ...MARKETING], ownerId: 'p-sofie', location: room, answers: ['lead-quality'] }),
      meetingFrom(template('strategy-lunch'), language, { firstDate: '2027-01-18', attendeeIds: ['p-mette', ...SALES, ...MARKETING], ownerId: 'p-sofie', location: room }),
      meetingFrom(template('quarterly-review'), language, {
        firstDate: '2027-04-01',
        attendeeIds: ['p-mette', 'p-thomas', ...SALES, ...MARKETING],
        ownerId: 'p-mette',
        location: room,
        answers: ['goals'],
      }),
      meetingFrom(template('pairs'), language, { firstDate: '2027-01-21', attendeeIds: [...SALES, ...MARKETING], ownerId: 'p-jens', answers: ['follow-up'] }),
    ],
  };
}
