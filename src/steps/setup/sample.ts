import type { Language } from '../../contract/workspace';
import type { AgendaItem } from '../../domain/agenda';
import type { Workshop as SetupSlice } from '../../domain/workshop';
import { WORKSHOP_STEP_IDS, type WorkshopStepId } from '../../domain/workshop-steps';

/** The sample day's timeboxes (09:00–16:00 with the breaks): 420 minutes in all. */
const SAMPLE_MINUTES: Record<WorkshopStepId, number> = {
  setup: 30,
  currentState: 60,
  sharedGoal: 75,
  responsibilities: 45,
  leadDefinitions: 45,
  serviceLevel: 30,
  feedbackCadence: 20,
  attribution: 25,
  actionsSignOff: 30,
};

/** Breaks, each after the step it follows. */
const BREAKS: { after: WorkshopStepId; id: string; da: string; en: string; minutes: number }[] = [
  { after: 'currentState', id: 'agenda-coffee', da: 'Kaffepause', en: 'Coffee break', minutes: 15 },
  { after: 'sharedGoal', id: 'agenda-lunch', da: 'Frokost', en: 'Lunch', minutes: 45 },
];

/** The sample's agenda: every registered step in workshop order, with a coffee break and lunch. */
function sampleAgenda(lang: Language, registered: readonly string[]): AgendaItem[] {
  return WORKSHOP_STEP_IDS.filter((id) => registered.includes(id)).flatMap((stepId): AgendaItem[] => [
    { id: `agenda-${stepId}`, kind: 'step', stepId, minutes: SAMPLE_MINUTES[stepId], enabled: true },
    ...BREAKS.filter((pause) => pause.after === stepId).map((pause): AgendaItem => ({ id: pause.id, kind: 'custom', title: pause[lang], minutes: pause.minutes, enabled: true })),
  ]);
}

/** The sample workshop's set-up: eight participants across sales, marketing and leadership, one day. */
export function sampleSetup(lang: Language, registered: readonly string[]): SetupSlice {
  return {
    date: '2027-01-14',
    location: lang === 'da' ? 'Nordvind, mødelokale Vesterhavet, Industrivej 12, 7400 Herning' : 'Nordvind, meeting room Vesterhavet, Industrivej 12, 7400 Herning, Denmark',
    facilitator: 'Anne Lykke Mørch',
    participants: [
      { id: 'p-mette', name: 'Mette Kjærgaard', title: lang === 'da' ? 'Administrerende direktør' : 'Chief Executive Officer', team: 'leadership' },
      { id: 'p-jens', name: 'Jens Østergaard', title: lang === 'da' ? 'Salgsdirektør' : 'Sales Director', team: 'sales' },
      { id: 'p-line', name: 'Line Bøgh', title: 'Key Account Manager', team: 'sales' },
      { id: 'p-rasmus', name: 'Rasmus Holm', title: lang === 'da' ? 'Sælger, nye kunder' : 'Account Executive, new business', team: 'sales' },
      { id: 'p-sofie', name: 'Sofie Lærke Andersen', title: lang === 'da' ? 'Marketingchef' : 'Head of Marketing', team: 'marketing' },
      { id: 'p-ahmed', name: 'Ahmed Haddad', title: lang === 'da' ? 'Digital marketingspecialist' : 'Digital Marketing Specialist', team: 'marketing' },
      { id: 'p-karen', name: 'Karen Søndergaard', title: lang === 'da' ? 'Indholdsansvarlig' : 'Content Lead', team: 'marketing' },
      { id: 'p-thomas', name: 'Thomas Friis', title: lang === 'da' ? 'Økonomidirektør' : 'Chief Financial Officer', team: 'leadership' },
    ],
    startTime: '09:00',
    endTime: '16:00',
    agenda: sampleAgenda(lang, registered),
  };
}
