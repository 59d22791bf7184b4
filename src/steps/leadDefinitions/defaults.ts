import type { Language } from '../../contract/workspace';
import type { CriteriaGroup, LeadDefinitions, LifecycleStage } from '../../domain/lead-schema';

/**
 * What a new workspace starts with: HubSpot's lifecycle stages, a fit and engagement model in the
 * shape of HubSpot's and Marketo's (demographics capped at 30 as in Marketo's own model, BANT for
 * role and need, negative points for a free e-mail domain, a student, a competitor, the careers
 * page and an unsubscribe, engagement decaying by 25 % after a month), and the usual rejection
 * reasons. A starting point the room replaces with its own words and numbers.
 */

type Text = Record<Language, string>;
const pick = (language: Language) => (text: Text) => text[language];

const STAGES: { id: string; name: Text; entry: Text; owner: LifecycleStage['owner']; maxDays: number | null }[] = [
  {
    id: 'subscriber',
    name: { en: 'Subscriber', da: 'Abonnent' },
    entry: { en: 'Has signed up for the newsletter or the blog; we know no more than an e-mail address.', da: 'Har tilmeldt sig nyhedsbrevet eller bloggen; vi kender kun en e-mailadresse.' },
    owner: { kind: 'team', team: 'marketing' },
    maxDays: null,
  },
  {
    id: 'lead',
    name: { en: 'Lead', da: 'Lead' },
    entry: { en: 'Has given us name, company and role (a form, a download, an event).', da: 'Har givet os navn, virksomhed og rolle (en formular, en download, et arrangement).' },
    owner: { kind: 'team', team: 'marketing' },
    maxDays: null,
  },
  {
    id: 'mql',
    name: { en: 'Marketing-qualified lead (MQL)', da: 'Marketingkvalificeret lead (MQL)' },
    entry: { en: 'Scores at or above the MQL threshold; handed over to sales with its score and history.', da: 'Når MQL-grænsen i point; gives videre til salg med score og historik.' },
    owner: { kind: 'team', team: 'sales' },
    maxDays: 2,
  },
  {
    id: 'sql',
    name: { en: 'Sales-qualified lead (SQL)', da: 'Salgskvalificeret lead (SQL)' },
    entry: { en: 'A seller has spoken to the lead and accepts it: a real need, a person who decides, a time frame.', da: 'En sælger har talt med leadet og accepterer det: et reelt behov, en beslutningstager, en tidsramme.' },
    owner: { kind: 'team', team: 'sales' },
    maxDays: 14,
  },
  {
    id: 'opportunity',
    name: { en: 'Opportunity', da: 'Salgsmulighed' },
    entry: { en: 'A meeting is held and a proposal is being prepared; the deal is in the pipeline.', da: 'Der er holdt møde, og et tilbud er undervejs; handlen er i pipelinen.' },
    owner: { kind: 'team', team: 'sales' },
    maxDays: 90,
  },
  {
    id: 'customer',
    name: { en: 'Customer', da: 'Kunde' },
    entry: { en: 'Has signed an order.', da: 'Har underskrevet en ordre.' },
    owner: { kind: 'team', team: 'sales' },
    maxDays: null,
  },
];

const c = (id: string, en: string, da: string, points: number) => ({ id, label: { en, da }, points });
const GROUPS: { id: string; side: CriteriaGroup['side']; name: Text; cap: number | null; criteria: ReturnType<typeof c>[] }[] = [
  {
    id: 'company',
    side: 'fit',
    name: { en: 'Company', da: 'Virksomhed' },
    cap: 30,
    criteria: [c('industry', 'Industry in our target group', 'Branche i vores målgruppe', 15), c('size', 'Company size in our target range', 'Virksomhedsstørrelse i vores målgruppe', 10), c('region', 'In our sales region', 'I vores salgsområde', 5)],
  },
  {
    id: 'bant',
    side: 'fit',
    name: { en: 'Role and need (BANT)', da: 'Rolle og behov (BANT)' },
    cap: 40,
    criteria: [
      c('authority', 'Decides or influences the purchase', 'Beslutter eller påvirker købet', 15),
      c('budget', 'Budget set aside', 'Budget afsat', 10),
      c('need', 'Has described a need we solve', 'Har beskrevet et behov, vi løser', 10),
      c('timeline', 'Buys within 6 months', 'Køber inden for 6 måneder', 10),
    ],
  },
  {
    id: 'disqualifiers',
    side: 'fit',
    name: { en: 'Disqualifiers', da: 'Diskvalificerende' },
    cap: null,
    criteria: [c('free-email', 'Free e-mail domain', 'Gratis e-maildomæne', -10), c('student', 'Student or job seeker', 'Studerende eller jobsøgende', -25), c('competitor', 'Competitor', 'Konkurrent', -50)],
  },
  {
    id: 'intent',
    side: 'engagement',
    name: { en: 'Buying signals', da: 'Købssignaler' },
    cap: 40,
    criteria: [c('demo', 'Requested a demo or a quote', 'Bad om en demo eller et tilbud', 25), c('pricing', 'Visited the pricing page', 'Besøgte prissiden', 10), c('reply', 'Replied to an e-mail', 'Svarede på en e-mail', 10)],
  },
  {
    id: 'interest',
    side: 'engagement',
    name: { en: 'Interest', da: 'Interesse' },
    cap: 20,
    criteria: [
      c('webinar', 'Attended a webinar', 'Deltog i et webinar', 10),
      c('download', 'Downloaded content', 'Hentede indhold', 5),
      c('newsletter', 'Opened 3 or more newsletters', 'Åbnede 3 eller flere nyhedsbreve', 5),
      c('careers', 'Visited the careers page', 'Besøgte jobsiden', -10),
      c('unsubscribed', 'Unsubscribed', 'Afmeldte sig', -15),
    ],
  },
];

const REASONS: [string, Text][] = [
  ['wrong-person', { en: 'Not the right person', da: 'Ikke den rette person' }],
  ['no-budget', { en: 'No budget', da: 'Intet budget' }],
  ['no-need', { en: 'No need', da: 'Intet behov' }],
  ['bad-timing', { en: 'Bad timing', da: 'Forkert tidspunkt' }],
  ['customer', { en: 'Already a customer', da: 'Allerede kunde' }],
  ['duplicate', { en: 'Duplicate', da: 'Dublet' }],
  ['bad-data', { en: 'Bad data (contact details wrong)', da: 'Forkerte data (kontaktoplysningerne passer ikke)' }],
];

const TEXT = {
  cold: { en: 'Fits our customers but shows little interest yet. Marketing nurtures it.', da: 'Ligner vores kunder, men viser endnu ikke ret stor interesse. Marketing plejer det.' },
  warm: { en: 'Fits and engages: reads, downloads, attends. Nurtured towards a conversation.', da: 'Passer og engagerer sig: læser, henter, deltager. Plejes hen mod en samtale.' },
  hot: { en: 'Fits and asks for contact (a demo, a quote, the pricing page). To sales the same day.', da: 'Passer og beder om kontakt (en demo, et tilbud, prissiden). Til salg samme dag.' },
  handover: {
    en: 'Marketing hands an MQL to sales in the CRM with its score, the criteria it met and its history. The seller accepts it (SQL) or rejects it with a reason within the MQL stage’s time.',
    da: 'Marketing giver en MQL videre til salg i CRM med score, de kriterier, den opfylder, og historikken. Sælgeren accepterer den (SQL) eller afviser den med en begrundelse inden for MQL-stadiets frist.',
  },
  recycle: {
    en: 'A rejected lead, or one that stalls in a sales stage, goes back to marketing’s nurturing with the seller’s reason. It comes back as an MQL when it scores again.',
    da: 'Et afvist lead, eller et der går i stå i et salgsstadie, går tilbage til marketings pleje med sælgerens begrundelse. Det kommer tilbage som MQL, når det scorer igen.',
  },
} satisfies Record<string, Text>;

/**
 * The starting content of the step in a language.
 *
 * @example
 * leadDefaults('da').stages[2]!.name; // 'Marketingkvalificeret lead (MQL)'
 */
export function leadDefaults(language: Language): LeadDefinitions {
  const text = pick(language);
  return {
    stages: STAGES.map((stage) => ({ id: stage.id, name: text(stage.name), entryCriteria: text(stage.entry), owner: stage.owner, maxDays: stage.maxDays })),
    mqlStageId: 'mql',
    temperature: {
      cold: { definition: text(TEXT.cold) },
      warm: { definition: text(TEXT.warm), fromScore: 25 },
      hot: { definition: text(TEXT.hot), fromScore: 60 },
    },
    scoring: {
      groups: GROUPS.map((group) => ({
        id: group.id,
        side: group.side,
        name: text(group.name),
        cap: group.cap,
        criteria: group.criteria.map((criterion) => ({ id: criterion.id, label: text(criterion.label), points: criterion.points })),
      })),
      decay: { afterDays: 30, percent: 25 },
      mqlThreshold: 50,
      thresholdWhy: '',
      grid: { fitA: 45, fitB: 25, engagement1: 30, engagement2: 10 },
    },
    handoverRules: text(TEXT.handover),
    rejectionReasons: REASONS.map(([id, label]) => ({ id, label: text(label) })),
    recycle: { afterDays: 30, owner: { kind: 'team', team: 'marketing' }, note: text(TEXT.recycle) },
    calibrationLeads: [],
    crossCheck: { tolerancePercent: 10 },
    problemLinks: [],
  };
}
