import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PLAYBOOK_OPTIONS } from '../../contract/print-options';
import type { StepMarkdownContext } from '../../contract/step-definition';
import type { Language, Workspace } from '../../contract/workspace';
import type { FunnelInput } from '../../domain/funnel-schema';
import { validateSla } from '../../domain/sla';
import { slaSchema, type Sla } from '../../domain/sla-schema';
import { stepFormat } from '../kit/format';
import { serviceLevelStep } from './definition';
import da from './i18n/da.json';
import en from './i18n/en.json';

/**
 * The SLA's Markdown as a reader sees it, through the real catalogs, i18next and the workspace's
 * formatting: the commitments with owners and measures, the MQLs live from the goal, the
 * evidence with its sources and the capacity check; and the answers, decisions and summary.
 */

const i18n = i18next.createInstance();
await i18n.init({
  resources: { en: { serviceLevel: en }, da: { serviceLevel: da } },
  lng: 'en',
  fallbackLng: false,
  ns: ['serviceLevel'],
  defaultNS: 'serviceLevel',
  interpolation: { escapeValue: false },
  initAsync: false,
});

const rates = (lead: number, mql: number, sql: number, meeting: number, proposal: number) => ({ lead, mql, sql, meeting, proposal });

/** The Nordvind goal (src/steps/sharedGoal/sample.ts): 2.287 MQLs in 2027, six sellers, room for five a week. */
const nordvindGoal: FunnelInput = {
  targetAmount: 12_000_000,
  period: { kind: 'year', year: 2027 },
  stages: ['lead', 'mql', 'sql', 'meeting', 'proposal', 'won'].map((id) => ({ id, name: id === 'mql' ? 'MQL' : id })),
  salesTypes: [
    { id: 'new-business', name: 'New business', share: { kind: 'amount', amount: 6_600_000 }, averageDealSize: 120_000, salesCycleMonths: 4, conversionRates: rates(25, 40, 60, 50, 30) },
    { id: 'existing-customers', name: 'Existing customers', share: { kind: 'amount', amount: 4_350_000 }, averageDealSize: 40_000, salesCycleMonths: 2, conversionRates: rates(50, 60, 80, 70, 50) },
    { id: 'service-agreements', name: 'Service agreements', share: { kind: 'amount', amount: 1_050_000 }, averageDealSize: 50_000, salesCycleMonths: 1, conversionRates: rates(40, 50, 75, 80, 70) },
  ],
  team: { sellers: 6, marketers: 3 },
  capacity: { followUpsPerSellerPerWeek: 5 },
};

const people = [
  { id: 'p-mette', name: 'Mette Kjærgaard', title: 'CEO', team: 'leadership' },
  { id: 'p-jens', name: 'Jens Østergaard', title: 'Sales Director', team: 'sales' },
  { id: 'p-rasmus', name: 'Rasmus Holm', title: 'AE', team: 'sales' },
  { id: 'p-sofie', name: 'Sofie Lærke Andersen', title: 'Head of Marketing', team: 'marketing' },
  { id: 'p-ahmed', name: 'Ahmed Haddad', title: 'Digital', team: 'marketing' },
  { id: 'p-karen', name: 'Karen Søndergaard', title: 'Content', team: 'marketing' },
];

function contextFor(language: Language, goal: FunnelInput | null = nordvindGoal): StepMarkdownContext {
  const workspace = { language, currency: 'DKK', steps: { setup: { participants: people }, ...(goal && { sharedGoal: goal }) } } as unknown as Workspace;
  return {
    language,
    registered: [],
    workspace,
    options: DEFAULT_PLAYBOOK_OPTIONS,
    t: i18n.getFixedT(language, 'serviceLevel') as StepMarkdownContext['t'],
    format: stepFormat(language, 'DKK'),
  };
}

const sample = (language: Language): Sla => serviceLevelStep.sample({ language, registered: [] });

describe('the Nordvind sample and the defaults', () => {
  it('are valid slices with every commitment measurable, in both languages', () => {
    for (const language of ['en', 'da'] as const) {
      expect(slaSchema.safeParse(sample(language)).success).toBe(true);
      expect(validateSla(sample(language), people)).toEqual([]);
      const defaults = serviceLevelStep.defaults({ language, registered: [] });
      expect(slaSchema.safeParse(defaults).success).toBe(true);
      // Owners are roles until the room names people: still measurable.
      expect(validateSla(defaults, [])).toEqual([]);
    }
    expect(sample('da').commitments.map((c) => c.id)).toEqual(sample('en').commitments.map((c) => c.id));
  });
});

describe('the Markdown section', () => {
  it('states each side’s commitments with owner, measure and escalation (English)', () => {
    const text = serviceLevelStep.markdown(sample('en'), contextFor('en'));
    expect(text).toContain('### Marketing commits');
    expect(text).toContain('### Sales commits');
    // 2.287 MQLs over 12 months front-loaded: the first month has ⌈2.287 ÷ 12⌉ per sales type
    // summed: 128 + 55 + 9 = 192; per week ⌈2.287 ÷ 52⌉ = 44.
    expect(text).toContain('| 192 MQLs a month to sales (44 a week), as the shared goal needs | MQLs handed to sales per month, against the goal | At least the goal’s MQLs every month | Sofie Lærke Andersen | The monthly pipeline walk-through | Mette Kjærgaard is told after 1 month |');
    expect(text).toContain('| The first contact attempt within 1 hour of the handover | Time from handover to the first contact attempt | 95 % of MQLs within the hour | Jens Østergaard |');
    expect(text).toContain('| Every MQL is accepted or rejected within 4 working hours |');
    expect(text).toContain('| At least 6 contact attempts over 14 days before a lead is closed as not reached |');
    expect(text).toContain('Rasmus Holm');
  });

  it('says where the MQLs come from, per sales type and per seller', () => {
    // Intl puts a no-break space between the currency and the amount.
    const text = serviceLevelStep.markdown(sample('en'), contextFor('en')).replace(/\u00a0/g, ' ');
    expect(text).toContain('From the shared goal: DKK 12,000,000 in 2027, worked back through the sales chain.');
    expect(text).toContain('| New business | 1,535 | 128 |');
    expect(text).toContain('| Total | 2,287 | 192 |');
    // ⌈2.287 ÷ 72⌉ = ⌈31,76⌉ = 32 a month; ⌈2.287 ÷ 312⌉ = ⌈7,33⌉ = 8 a week.
    expect(text).toContain('Per seller (6 sellers): 32 a month, 8 a week.');
  });

  it('gives the evidence with its sources', () => {
    const text = serviceLevelStep.markdown(sample('en'), contextFor('en'));
    expect(text).toContain('Of 2,241 US firms, 37 % answered a web lead within an hour and 23 % never answered; the mean was 42 hours.');
    expect(text).toContain('nearly 7× as likely to qualify it as those that tried an hour later, and over 60× as likely');
    expect(text).toContain('Calling after 30 minutes instead of 5 made contact 100× and qualification 21× less likely (more than 15,000 leads).');
    expect(text).toContain('Source: Oldroyd, McElheran, Elkington, “The Short Life of Online Sales Leads”, Harvard Business Review, 2011.');
    expect(text).toContain('Source: MIT, InsideSales.com, “Lead Response Management Study”, InsideSales.com, 2007.');
  });

  it('checks the attempts against the attempts a seller can make, as the SLA agrees them', () => {
    const text = serviceLevelStep.markdown(sample('en'), contextFor('en'));
    // 2.287 × 6 = 13.722 attempts over 6 × 52 = 312 seller-weeks: ⌈43,98⌉ = 44 a week; each can make 50.
    // (The goal's 5 follow-ups a week, sized for meetings, play no part.)
    expect(text).toContain('At 6 attempts a lead, each seller needs to make 44 contact attempts a week; each can make 50.');
    expect(text).not.toContain('attempts per lead fit');
    // At 40 a seller: 40 × 312 = 12.480 < 13.722; ⌊12.480 ÷ 2.287⌋ = ⌊5,46⌋ = 5 attempts fit;
    // ⌈13.722 ÷ (52 × 40)⌉ = ⌈6,6⌉ = 7 sellers.
    const fewer = sample('en');
    const short = serviceLevelStep.markdown({ ...fewer, sales: { ...fewer.sales, attemptsPerSellerPerWeek: 40 } }, contextFor('en'));
    expect(short).toContain('each can make only 40. At most 5 attempts per lead fit, or 7 sellers are needed.');
    // Unset (a file from before the figure existed): the load, and what the check waits for.
    const { attemptsPerSellerPerWeek: _unset, ...terms } = fewer.sales;
    const unset = serviceLevelStep.markdown({ ...fewer, sales: terms }, contextFor('en'));
    expect(unset).toContain('each seller needs to make 44 contact attempts a week. Agree how many one seller can make a week to check it.');
  });

  it('reads naturally in Danish, with Danish numbers', () => {
    const text = serviceLevelStep.markdown(sample('da'), contextFor('da'));
    expect(text).toContain('### Marketing forpligter sig til');
    expect(text).toContain('| 192 MQL’er om måneden til salg (44 om ugen), som det fælles mål kræver |');
    expect(text).toContain('Mette Kjærgaard får besked efter 1 måned');
    expect(text).toContain('| I alt | 2.287 | 192 |');
    expect(text).toContain('Af 2.241 amerikanske virksomheder svarede 37 % på et weblead inden for en time');
    expect(text).toContain('Med 6 forsøg pr. lead skal hver sælger lave 44 kontaktforsøg om ugen; hver kan lave 50.');
    expect(text).toContain('Kilde: Oldroyd, McElheran, Elkington');
  });

  it('follows the goal live, and says so when there is none', () => {
    const doubled = serviceLevelStep.markdown(sample('en'), contextFor('en', { ...nordvindGoal, targetAmount: 24_000_000, salesTypes: nordvindGoal.salesTypes.map((s) => ({ ...s, share: { kind: 'amount' as const, amount: s.share.kind === 'amount' ? s.share.amount * 2 : 0 } })) }));
    expect(doubled).not.toContain('192 MQLs a month');
    const without = serviceLevelStep.markdown(sample('en'), contextFor('en', null));
    expect(without).toContain('The MQLs marketing commits to follow from the shared goal once it is complete.');
    expect(without).toContain('There is no shared goal yet');
    expect(without).toContain('The check needs the shared goal’s MQLs and its number of sellers.');
  });
});

describe('answers, decisions and summary', () => {
  it('the follow-up commitments answer the wall’s follow-up problem', () => {
    const answers = serviceLevelStep.answers(sample('en'), contextFor('en'));
    expect(answers.filter((a) => a.problemId === 'follow-up').map((a) => a.clauseId)).toEqual(['accept', 'first-contact', 'attempts', 'outcome']);
    expect(answers.find((a) => a.clauseId === 'first-contact')!.label).toBe('First contact');
    expect(answers.find((a) => a.problemId === 'lead-quality')!.clauseId).toBe('mql-quality');
  });

  it('records the response time as a decision, and sums it up', () => {
    expect(serviceLevelStep.decisions(sample('da'), contextFor('da'))[0]).toEqual({
      id: 'response-time',
      text: 'Første kontakt inden for 1 time efter overdragelsen.',
      why: 'Chancen for at nå og kvalificere et lead falder stejlt efter den første time (Harvard Business Review, 2011; MIT/InsideSales, 2007).',
    });
    expect(serviceLevelStep.summary(sample('en'), contextFor('en'))).toEqual([
      { label: 'Response time', text: 'First contact within 1 hour; accepted or rejected within 4 working hours' },
      { label: 'MQLs from marketing', text: '192 MQLs a month, from the shared goal' },
    ]);
  });
});
