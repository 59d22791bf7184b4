import type { Language } from '../../contract/workspace';
import type { Commitment, CommitmentKind, OutcomeStatus, Sla, SlaOwner } from '../../domain/sla-schema';

/**
 * What a new workspace starts with: the usual SLA of the trade (HubSpot's own: a number of leads
 * per rep from marketing; contact attempts per lead from sales, monitored daily), with the
 * research's hour as the response time, six attempts over two weeks (HubSpot's "two weeks old
 * with fewer than 5 calls" is the line not to cross), and HubSpot's lead statuses as outcomes.
 * Owners are roles until the room names people. A starting point the room replaces.
 */

type Text = Record<Language, string>;

interface CommitmentText {
  measure: Text;
  target: Text;
  reportedIn: Text;
}

export const COMMITMENT_TEXT: Record<Exclude<CommitmentKind, 'custom'>, CommitmentText> = {
  mqlVolume: {
    measure: { en: 'MQLs handed to sales per month, against the goal', da: 'MQL’er givet videre til salg pr. måned, målt mod målet' },
    target: { en: 'At least the goal’s MQLs every month', da: 'Mindst målets MQL’er hver måned' },
    reportedIn: { en: 'The monthly pipeline walk-through', da: 'Den månedlige pipelinegennemgang' },
  },
  mqlQuality: {
    measure: { en: 'Share of MQLs that sales accepts', da: 'Andel af MQL’erne, som salg accepterer' },
    target: { en: 'At least 60 % accepted', da: 'Mindst 60 % accepteret' },
    reportedIn: { en: 'The weekly lead review', da: 'Den ugentlige leadgennemgang' },
  },
  accept: {
    measure: { en: 'Working hours from handover to accept or reject', da: 'Arbejdstimer fra overdragelse til accept eller afvisning' },
    target: { en: 'Every MQL', da: 'Alle MQL’er' },
    reportedIn: { en: 'The CRM’s SLA report, at the daily check', da: 'CRM’ets SLA-rapport, ved det daglige tjek' },
  },
  firstContact: {
    measure: { en: 'Time from handover to the first contact attempt', da: 'Tid fra overdragelse til første kontaktforsøg' },
    target: { en: '95 % of MQLs', da: '95 % af MQL’erne' },
    reportedIn: { en: 'The CRM’s SLA report, at the daily check', da: 'CRM’ets SLA-rapport, ved det daglige tjek' },
  },
  attempts: {
    measure: { en: 'Contact attempts per lead before it is closed as not reached', da: 'Kontaktforsøg pr. lead, før det lukkes som ikke nået' },
    target: { en: 'Every lead not reached', da: 'Alle leads, der ikke er nået' },
    reportedIn: { en: 'The weekly lead review', da: 'Den ugentlige leadgennemgang' },
  },
  outcome: {
    measure: { en: 'Leads with a recorded outcome, and a reason when closed', da: 'Leads med et registreret udfald og en årsag, når de lukkes' },
    target: { en: '100 % of leads', da: '100 % af leadsene' },
    reportedIn: { en: 'The weekly lead review', da: 'Den ugentlige leadgennemgang' },
  },
};

const ROLES = {
  marketing: { en: 'Head of Marketing', da: 'Marketingchef' },
  sales: { en: 'Sales Director', da: 'Salgsdirektør' },
  ceo: { en: 'CEO', da: 'Administrerende direktør' },
} satisfies Record<string, Text>;

/** HubSpot's default lead statuses; the closing ones end the follow-up and need a reason. */
const OUTCOMES: { id: string; name: Text; closing: boolean }[] = [
  { id: 'new', name: { en: 'New', da: 'Ny' }, closing: false },
  { id: 'attempted', name: { en: 'Attempted to contact', da: 'Forsøgt kontaktet' }, closing: false },
  { id: 'connected', name: { en: 'Connected', da: 'I kontakt' }, closing: false },
  { id: 'in-progress', name: { en: 'In progress', da: 'I gang' }, closing: false },
  { id: 'open-deal', name: { en: 'Open deal', da: 'Åben handel' }, closing: true },
  { id: 'unqualified', name: { en: 'Unqualified', da: 'Ikke kvalificeret' }, closing: true },
  { id: 'bad-timing', name: { en: 'Bad timing', da: 'Dårlig timing' }, closing: true },
];

export const outcomeStatuses = (language: Language): OutcomeStatus[] => OUTCOMES.map(({ id, name, closing }) => ({ id, name: name[language], closing }));

/** The built-in commitments' ids: the kind's name in kebab case, stable across languages. */
export const COMMITMENT_IDS: Record<Exclude<CommitmentKind, 'custom'>, string> = {
  mqlVolume: 'mql-volume',
  mqlQuality: 'mql-quality',
  accept: 'accept',
  firstContact: 'first-contact',
  attempts: 'attempts',
  outcome: 'outcome',
};

const role = (text: Text, language: Language): SlaOwner => ({ kind: 'role', role: text[language] });

/**
 * A built-in commitment with its default measure, target and report, owned and escalated as given.
 *
 * @example
 * builtInCommitment('firstContact', 'da', { kind: 'participant', participantId: 'p-jens' }, ceo, { amount: 1, unit: 'workingDays' });
 */
export function builtInCommitment(kind: Exclude<CommitmentKind, 'custom'>, language: Language, owner: SlaOwner, escalateTo: SlaOwner, after: Commitment['escalation']['after'], answers: string[] = []): Commitment {
  const text = COMMITMENT_TEXT[kind];
  return {
    id: COMMITMENT_IDS[kind],
    kind,
    side: kind === 'mqlVolume' || kind === 'mqlQuality' ? 'marketing' : 'sales',
    text: '',
    measure: text.measure[language],
    target: text.target[language],
    owner,
    reportedIn: text.reportedIn[language],
    escalation: { to: escalateTo, after },
    answers,
  };
}

/**
 * A new workspace's SLA. The attempts one seller can make a week are left unset: no source gives
 * a figure to start from, and a made-up one would pass or fail the capacity check on a number the
 * room never agreed; unset, the check says it waits for it.
 */
export function slaDefaults(language: Language): Sla {
  const marketing = role(ROLES.marketing, language);
  const sales = role(ROLES.sales, language);
  const ceo = role(ROLES.ceo, language);
  return {
    sales: { acceptWithinWorkingHours: 8, firstContact: { amount: 1, unit: 'hours' }, attempts: 6, attemptDays: 14 },
    outcomes: outcomeStatuses(language),
    mqlQuality: '',
    commitments: [
      builtInCommitment('mqlVolume', language, marketing, ceo, { amount: 1, unit: 'months' }),
      builtInCommitment('mqlQuality', language, marketing, ceo, { amount: 1, unit: 'months' }),
      builtInCommitment('accept', language, sales, ceo, { amount: 1, unit: 'workingDays' }),
      builtInCommitment('firstContact', language, sales, ceo, { amount: 1, unit: 'workingDays' }),
      builtInCommitment('attempts', language, sales, ceo, { amount: 1, unit: 'weeks' }),
      builtInCommitment('outcome', language, sales, ceo, { amount: 1, unit: 'weeks' }),
    ],
  };
}
