import type { Language } from '../../contract/workspace';
import type { CalibrationLead, CriteriaGroup, LeadDefinitions } from '../../domain/lead-schema';
import { leadDefaults } from './defaults';

/**
 * The Nordvind Ventilation A/S sample: a ventilation maker that sells to contractors and
 * consulting engineers, where sales say half the leads are students and homeowners. Its model
 * scores the segment, the project and the people who decide; its calibration is 30 leads from
 * last year's CRM (8 won, 14 lost, 8 without a decision). At 45 points, 7 of the 8 won leads
 * would have been MQLs (the building owner who bought directly is missed), 1 of the 14 lost (a
 * contractor lost on price) and 1 without a decision: 9 of 30, which × the plan's 7.695 leads
 * gives 2.308,5 MQLs beside the 2.287 the goal needs (within the room's 10 %).
 */

type Text = Record<Language, string>;
const c = (id: string, en: string, da: string, points: number) => ({ id, label: { en, da } as Text, points });

const GROUPS: { id: string; side: CriteriaGroup['side']; name: Text; cap: number | null; criteria: ReturnType<typeof c>[] }[] = [
  {
    id: 'company',
    side: 'fit',
    name: { en: 'Company', da: 'Virksomhed' },
    cap: 30,
    criteria: [
      c('segment', 'Contractor or consulting engineer', 'Entreprenør eller rådgivende ingeniør', 20),
      c('size', '20 or more employees', '20 eller flere ansatte', 10),
      c('region', 'Project in Denmark or southern Sweden', 'Projekt i Danmark eller Sydsverige', 5),
    ],
  },
  {
    id: 'project',
    side: 'fit',
    name: { en: 'Project and role (BANT)', da: 'Projekt og rolle (BANT)' },
    cap: 40,
    criteria: [
      c('authority', 'Project manager, buyer or HVAC designer', 'Projektleder, indkøber eller VVS-projekterende', 15),
      c('named-project', 'A named project (school, pool, offices …)', 'Et navngivet projekt (skole, svømmehal, kontorer …)', 15),
      c('timing', 'Tender or construction start within 6 months', 'Udbud eller byggestart inden for 6 måneder', 10),
      c('budget', 'Budget or contract sum known', 'Budget eller entreprisesum kendt', 10),
    ],
  },
  {
    id: 'disqualifiers',
    side: 'fit',
    name: { en: 'Disqualifiers', da: 'Diskvalificerende' },
    cap: null,
    criteria: [
      c('homeowner', 'Private homeowner', 'Privat boligejer', -30),
      c('student', 'Student', 'Studerende', -25),
      c('competitor', 'Competitor', 'Konkurrent', -50),
      c('free-email', 'Free e-mail domain (gmail, hotmail …)', 'Gratis e-maildomæne (gmail, hotmail …)', -10),
    ],
  },
  {
    id: 'intent',
    side: 'engagement',
    name: { en: 'Buying signals', da: 'Købssignaler' },
    cap: 40,
    criteria: [
      c('calculator', 'Used the energy calculator', 'Brugte energiberegneren', 20),
      c('quote', 'Asked for a quote or a site visit', 'Bad om et tilbud eller et besøg', 25),
      c('datasheet', 'Downloaded product data sheets', 'Hentede produktdatablade', 10),
    ],
  },
  {
    id: 'interest',
    side: 'engagement',
    name: { en: 'Interest', da: 'Interesse' },
    cap: 20,
    criteria: [
      c('webinar', 'Attended a webinar', 'Deltog i et webinar', 5),
      c('newsletter', 'Opens the newsletter for engineers', 'Åbner nyhedsbrevet til rådgivere', 5),
      c('fair', 'Met us at the HVAC fair', 'Mødte os på HVAC-messen', 10),
      c('careers', 'Only visited the careers page', 'Besøgte kun jobsiden', -10),
    ],
  },
];

type Row = [name: string, company: string, criteria: string, days: number, outcome: CalibrationLead['outcome']];

// Scores under the model above (decay −25 % from day 30), worked by hand in markdown.test.ts.
const LEADS: Row[] = [
  ['Morten Lund', 'Fjordbyg Entreprise A/S', 'segment size region authority named-project timing quote', 2, 'won'], // 30 + 40 + 25 = 95
  ['Camilla Skov', 'Bølling Rådgivende Ingeniører', 'segment size authority named-project calculator datasheet newsletter', 5, 'won'], // 30 + 30 + 35 = 95
  ['Henrik Dam', 'Dam & Søn Byg ApS', 'segment authority timing quote', 1, 'won'], // 20 + 25 + 25 = 70
  ['Louise Winther', 'Vestkyst VVS-Rådgivning', 'segment region named-project calculator', 12, 'won'], // 25 + 15 + 20 = 60
  ['Peter Kragh', 'Kragh Totalentreprise A/S', 'segment size authority fair', 40, 'won'], // 30 + 15 + 10 × 0,75 = 52,5
  ['Anja Møller', 'Søholm Ingeniørhus', 'segment named-project budget datasheet webinar', 20, 'won'], // 20 + 25 + 15 = 60
  ['Kasper Nygaard', 'Nygaard Byggeri ApS', 'segment size timing fair', 8, 'won'], // 30 + 10 + 10 = 50
  ['Birgitte Hald', 'Hald Ejendomme A/S', 'size region authority', 3, 'won'], // 15 + 15 = 30: a building owner, missed
  ['Jonas Brandt', 'Brandt Installation ApS', 'segment size webinar newsletter', 15, 'lost'], // 30 + 10 = 40
  ['Mikkel Thorsen', '', 'homeowner free-email calculator', 4, 'lost'], // −40 + 20 = −20
  ['Sara Jepsen', 'Aarhus Tekniske Skole', 'student webinar datasheet', 10, 'lost'], // −25 + 15 = −10
  ['Rune Falk', 'Jydsk Luftteknik A/S', 'competitor datasheet calculator', 2, 'lost'], // −50 + 30 = −20
  ['Ida Kristensen', 'Kristensen Malerfirma', 'size newsletter', 60, 'lost'], // 10 + 5 × 0,75 = 13,75
  ['Thomas Bach', 'Bach & Partnere Arkitekter', 'region named-project webinar', 25, 'lost'], // 20 + 5 = 25
  ['Nanna Vestergaard', '', 'homeowner quote', 6, 'lost'], // −30 + 25 = −5
  ['Frederik Holt', 'Holt Entreprise A/S', 'segment size authority named-project calculator quote', 35, 'lost'], // 30 + 30 + 40 × 0,75 = 90: lost on price
  ['Maja Iversen', 'Iversen Byg', 'segment webinar', 45, 'lost'], // 20 + 3,75 = 23,75
  ['Emil Dahl', 'Dahl Facility ApS', 'size region datasheet', 18, 'lost'], // 15 + 10 = 25
  ['Cecilie Mortensen', 'Mortensen Rådgivning', 'segment authority careers', 9, 'lost'], // 35 − 10 = 25
  ['Oliver Krogh', '', 'free-email calculator webinar', 14, 'lost'], // −10 + 25 = 15
  ['Julie Lauridsen', 'Lauridsen Totalentreprise', 'segment size region timing newsletter', 50, 'lost'], // 40 + 3,75 = 43,75
  ['Mads Eriksen', 'Eriksen El-service', 'region fair', 70, 'lost'], // 5 + 7,5 = 12,5
  ['Anders Poulsen', 'Poulsen & Wiese Ingeniører', 'segment size authority named-project datasheet newsletter', 22, 'no-decision'], // 60 + 15 = 75
  ['Sofie Bang', 'Bang Boligbyg', 'segment timing', 31, 'no-decision'], // 30
  ['Lars Riis', 'Riis Ejendomsservice', 'size calculator', 40, 'no-decision'], // 10 + 15 = 25
  ['Mette Frost', 'Frost Arkitekter', 'named-project webinar newsletter', 12, 'no-decision'], // 15 + 10 = 25
  ['Christian Lind', 'Lind Murer ApS', 'segment fair', 90, 'no-decision'], // 20 + 7,5 = 27,5
  ['Helle Juhl', 'Juhl VVS', 'segment size region newsletter', 5, 'no-decision'], // 30 + 5 = 35
  ['Simon Kjeldsen', '', 'free-email webinar', 3, 'no-decision'], // −10 + 5 = −5
  ['Marie Toft', 'Toft Byggerådgivning', 'segment authority datasheet', 33, 'no-decision'], // 35 + 7,5 = 42,5
];

const TEXT = {
  subscriber: { en: 'Signs up for the newsletter for engineers or a webinar.', da: 'Tilmelder sig nyhedsbrevet til rådgivere eller et webinar.' },
  lead: { en: 'Has given name, company and role: the energy calculator, a data sheet download, the fair.', da: 'Har givet navn, virksomhed og rolle: energiberegneren, et datablad, messen.' },
  mql: { en: '45 points or more. Handed over in the CRM with the project, the score and the criteria met.', da: '45 point eller mere. Gives videre i CRM med projektet, scoren og de opfyldte kriterier.' },
  sql: { en: 'The seller has called and accepts it: a named project, a person who decides, a start date.', da: 'Sælgeren har ringet og accepterer det: et navngivet projekt, en beslutningstager, en startdato.' },
  opportunity: { en: 'A site visit or a meeting is held; a quote is being calculated.', da: 'Der er holdt besøg eller møde; et tilbud bliver regnet.' },
  customer: { en: 'The order is signed.', da: 'Ordren er underskrevet.' },
  projectSeller: { en: 'The seller who owns the project', da: 'Sælgeren, der ejer projektet' },
  cold: { en: 'A contractor or engineer we know, with no project in sight. The newsletter and the webinars keep us in mind.', da: 'En entreprenør eller rådgiver, vi kender, uden et projekt i sigte. Nyhedsbrevet og webinarerne holder os i erindring.' },
  warm: { en: 'A project is on its way: data sheets, the energy calculator, the fair. Ahmed follows up with cases from schools and pools.', da: 'Et projekt er på vej: datablade, energiberegneren, messen. Ahmed følger op med cases fra skoler og svømmehaller.' },
  hot: { en: 'Asks for a quote or a visit on a named project. Rasmus calls the same day.', da: 'Beder om et tilbud eller et besøg på et navngivet projekt. Rasmus ringer samme dag.' },
  why: {
    en: 'At 45 points the model finds 7 of last year’s 8 won leads and lets only 1 of the 14 lost ones through, and the MQLs it gives match what the goal needs.',
    da: 'Ved 45 point finder modellen 7 af sidste års 8 vundne leads og lukker kun 1 af de 14 tabte igennem, og de MQL’er, den giver, passer med det, målet kræver.',
  },
  homeowner: { en: 'Private homeowner, not a professional', da: 'Privat boligejer, ikke en professionel' },
  competitorStudent: { en: 'Competitor or student', da: 'Konkurrent eller studerende' },
  handover: {
    en: 'Sofie’s team hands every MQL to Jens in the CRM before 10:00 with the project, the score and the criteria met; Jens gives it to a seller the same day. The seller calls within one working day and accepts it (SQL) or rejects it with one of the reasons below within two working days.',
    da: 'Sofies team giver hver MQL til Jens i CRM inden kl. 10 med projektet, scoren og de opfyldte kriterier; Jens fordeler den til en sælger samme dag. Sælgeren ringer inden for én arbejdsdag og accepterer den (SQL) eller afviser den med en af begrundelserne nedenfor inden for to arbejdsdage.',
  },
  recycle: {
    en: 'Ahmed puts rejected and stalled leads into the nurture flow for contractors and engineers, with the seller’s reason; the monthly lead review looks at the reasons.',
    da: 'Ahmed lægger afviste og hængende leads i plejeflowet for entreprenører og rådgivere med sælgerens begrundelse; det månedlige leadmøde ser på begrundelserne.',
  },
} satisfies Record<string, Text>;

/**
 * The sample's slice in its language.
 *
 * @example
 * sampleLeadDefinitions('da').calibrationLeads.length; // 30
 */
export function sampleLeadDefinitions(language: Language): LeadDefinitions {
  const text = (value: Text) => value[language];
  const base = leadDefaults(language);
  const entry: Record<string, Text> = { subscriber: TEXT.subscriber, lead: TEXT.lead, mql: TEXT.mql, sql: TEXT.sql, opportunity: TEXT.opportunity, customer: TEXT.customer };
  const owners: Record<string, LeadDefinitions['stages'][number]['owner']> = {
    subscriber: { kind: 'participant', participantId: 'p-karen' },
    lead: { kind: 'participant', participantId: 'p-ahmed' },
    mql: { kind: 'participant', participantId: 'p-jens' },
    sql: { kind: 'participant', participantId: 'p-rasmus' },
    opportunity: { kind: 'role', role: text(TEXT.projectSeller) },
    customer: { kind: 'participant', participantId: 'p-line' },
  };
  return {
    ...base,
    stages: base.stages.map((stage) => ({ ...stage, entryCriteria: text(entry[stage.id]!), owner: owners[stage.id]!, maxDays: stage.id === 'opportunity' ? 120 : stage.maxDays })),
    temperature: { cold: { definition: text(TEXT.cold) }, warm: { definition: text(TEXT.warm), fromScore: 25 }, hot: { definition: text(TEXT.hot), fromScore: 55 } },
    scoring: {
      groups: GROUPS.map((group) => ({ id: group.id, side: group.side, name: text(group.name), cap: group.cap, criteria: group.criteria.map((cr) => ({ id: cr.id, label: text(cr.label), points: cr.points })) })),
      decay: { afterDays: 30, percent: 25 },
      mqlThreshold: 45,
      thresholdWhy: text(TEXT.why),
      grid: { fitA: 40, fitB: 20, engagement1: 30, engagement2: 10 },
    },
    handoverRules: text(TEXT.handover),
    rejectionReasons: [
      ...base.rejectionReasons,
      { id: 'homeowner', label: text(TEXT.homeowner) },
      { id: 'competitor-student', label: text(TEXT.competitorStudent) },
    ],
    recycle: { afterDays: 14, owner: { kind: 'participant', participantId: 'p-ahmed' }, note: text(TEXT.recycle) },
    calibrationLeads: LEADS.map(([name, company, criteria, days, outcome], i) => ({ id: `lead-${i + 1}`, name, company, criteria: criteria.split(' '), daysSinceActivity: days, outcome })),
    crossCheck: { tolerancePercent: 10 },
    problemLinks: [
      { id: 'link-mql', clause: 'mql-definition', problemId: 'theme-lead-quality' },
      { id: 'link-scoring', clause: 'scoring-model', problemId: 'theme-lead-quality' },
      { id: 'link-handover', clause: 'handover', problemId: 'theme-follow-up' },
      { id: 'link-reasons', clause: 'rejection-reasons', problemId: 'theme-follow-up' },
      { id: 'link-recycle', clause: 'recycle-rule', problemId: 'theme-follow-up' },
    ],
  };
}
