import type { Language } from '../../contract/workspace';
import type { ActionsSignOff } from '../../domain/actions-schema';

type Text = Record<Language, string>;

/**
 * The Nordvind sample's end of the day: actions with owners and dates that answer the three
 * problems of the wall (theme-follow-up, theme-lead-quality, theme-goals in
 * src/steps/currentState/sample.ts), the decisions the room wrote down, and a sign-off ready for
 * signatures (sponsor Mette Kjærgaard, nothing signed yet, the first review on 15 April 2027).
 */
const ACTIONS: { id: string; what: Text; ownerId: string; due: string; problemId: string | null; stepId: string | null }[] = [
  {
    id: 'action-weekly-review',
    what: { en: 'Book the weekly lead review (Mondays 08:30) for the rest of the year', da: 'Book den ugentlige leadgennemgang (mandage kl. 8.30) resten af året' },
    ownerId: 'p-jens',
    due: '2027-01-21',
    problemId: 'theme-follow-up',
    stepId: 'feedbackCadence',
  },
  {
    id: 'action-fair-leads',
    what: { en: 'Call every open lead from the Herning trade fair and record an outcome', da: 'Ring til alle åbne leads fra messen i Herning, og registrér et udfald' },
    ownerId: 'p-rasmus',
    due: '2027-01-29',
    problemId: 'theme-follow-up',
    stepId: null,
  },
  {
    id: 'action-lead-queue',
    what: { en: 'Set up a shared lead queue in the CRM with a status and a reason for every lead', da: 'Opret en fælles leadkø i CRM med status og årsag på hvert lead' },
    ownerId: 'p-ahmed',
    due: '2027-02-01',
    problemId: 'theme-follow-up',
    stepId: 'serviceLevel',
  },
  {
    id: 'action-mql-checklist',
    what: { en: 'Write the MQL checklist and the scoring sheet from today’s definition', da: 'Skriv MQL-tjeklisten og pointskemaet ud fra dagens definition' },
    ownerId: 'p-sofie',
    due: '2027-01-28',
    problemId: 'theme-lead-quality',
    stepId: 'leadDefinitions',
  },
  {
    id: 'action-dashboard',
    what: { en: 'Build the revenue dashboard: MQLs, SQLs and orders per month against the goal', da: 'Byg omsætningsdashboardet: MQL’er, SQL’er og ordrer pr. måned mod målet' },
    ownerId: 'p-thomas',
    due: '2027-02-15',
    problemId: 'theme-goals',
    stepId: 'sharedGoal',
  },
  {
    id: 'action-customer-visits',
    what: { en: 'Plan two customer visits where a marketer joins a seller', da: 'Planlæg to kundebesøg, hvor en marketingmedarbejder tager med en sælger' },
    ownerId: 'p-karen',
    due: '2027-03-01',
    problemId: null,
    stepId: null,
  },
  {
    id: 'action-first-review',
    what: { en: 'Send the invitation to the first quarterly review', da: 'Send invitationen til den første kvartalsopfølgning' },
    ownerId: 'p-mette',
    due: '2027-01-21',
    problemId: null,
    stepId: 'actionsSignOff',
  },
];

const DECISIONS: { id: string; decision: Text; why: Text; decidedBy: string[]; stepId: string }[] = [
  {
    id: 'decision-shared-goal',
    decision: { en: 'Sales and marketing share one revenue goal for 2027', da: 'Salg og marketing har ét fælles omsætningsmål for 2027' },
    why: { en: 'Separate goals made the two teams compete instead of work together', da: 'Separate mål fik de to teams til at konkurrere i stedet for at samarbejde' },
    decidedBy: ['p-mette', 'p-thomas'],
    stepId: 'sharedGoal',
  },
  {
    id: 'decision-measure-revenue',
    decision: { en: 'Marketing is measured on its contribution to revenue, not on clicks and likes', da: 'Marketing måles på sit bidrag til omsætningen, ikke på klik og likes' },
    why: { en: 'Clicks told the room nothing about orders', da: 'Klik fortalte ingen noget om ordrer' },
    decidedBy: ['p-mette', 'p-sofie'],
    stepId: 'attribution',
  },
  {
    id: 'decision-every-lead-outcome',
    decision: { en: 'Every lead handed to sales gets an outcome and a reason in the CRM', da: 'Hvert lead, der gives videre til salg, får et udfald og en årsag i CRM' },
    why: { en: 'Nobody could tell what happened to a lead after the handover', da: 'Ingen kunne se, hvad der skete med et lead efter overdragelsen' },
    decidedBy: ['p-jens', 'p-sofie'],
    stepId: 'serviceLevel',
  },
];

const SIGNERS: { id: string; participantId: string; role: Text }[] = [
  { id: 'signer-mette', participantId: 'p-mette', role: { en: 'Sponsor, for the management', da: 'Sponsor, for direktionen' } },
  { id: 'signer-jens', participantId: 'p-jens', role: { en: 'For sales', da: 'For salg' } },
  { id: 'signer-sofie', participantId: 'p-sofie', role: { en: 'For marketing', da: 'For marketing' } },
  { id: 'signer-thomas', participantId: 'p-thomas', role: { en: 'For finance', da: 'For økonomi' } },
];

export function sampleActionsSignOff(lang: Language): ActionsSignOff {
  return {
    actions: ACTIONS.map((a) => ({ id: a.id, what: a.what[lang], ownerId: a.ownerId, due: a.due, problemId: a.problemId, stepId: a.stepId, status: 'open' })),
    decisions: DECISIONS.map((d) => ({ id: d.id, decision: d.decision[lang], why: d.why[lang], decidedBy: d.decidedBy, when: '2027-01-14', stepId: d.stepId })),
    deferrals: [],
    signOff: {
      sponsorId: 'p-mette',
      signers: SIGNERS.map((s) => ({ id: s.id, participantId: s.participantId, role: s.role[lang] })),
      date: '',
      firstReviewDate: '2027-04-15',
    },
    versions: [],
  };
}
