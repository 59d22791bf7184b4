import type { Language } from '../../src/contract/workspace';
import type { SetupSlice } from '../../src/steps/setup/definition';

/** The sample workshop's set-up: eight participants across sales, marketing and leadership, one day. */
export function sampleSetup(lang: Language): SetupSlice {
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
    agenda: [
      { id: 'agenda-setup', kind: 'step', stepId: 'setup', minutes: 30, enabled: true },
      { id: 'agenda-currentState', kind: 'step', stepId: 'currentState', minutes: 60, enabled: true },
      { id: 'agenda-coffee', kind: 'custom', title: lang === 'da' ? 'Kaffepause' : 'Coffee break', minutes: 15, enabled: true },
      { id: 'agenda-sharedGoal', kind: 'step', stepId: 'sharedGoal', minutes: 75, enabled: true },
      { id: 'agenda-lunch', kind: 'custom', title: lang === 'da' ? 'Frokost' : 'Lunch', minutes: 45, enabled: true },
      { id: 'agenda-raci', kind: 'custom', title: lang === 'da' ? 'Ansvarsfordeling (RACI)' : 'Responsibilities (RACI)', minutes: 60, enabled: true },
      { id: 'agenda-leads', kind: 'custom', title: lang === 'da' ? 'Leaddefinitioner og scoring' : 'Lead definitions and scoring', minutes: 45, enabled: true },
      { id: 'agenda-sla', kind: 'custom', title: lang === 'da' ? 'Serviceniveauaftale' : 'Service level agreement', minutes: 30, enabled: true },
      { id: 'agenda-wrap', kind: 'custom', title: lang === 'da' ? 'Handlinger, godkendelse og næste skridt' : 'Actions, sign-off and next steps', minutes: 30, enabled: true },
    ],
  };
}
