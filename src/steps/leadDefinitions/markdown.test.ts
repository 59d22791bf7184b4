import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PLAYBOOK_OPTIONS } from '../../contract/print-options';
import type { StepMarkdownContext } from '../../contract/step-definition';
import type { Language, Workspace } from '../../contract/workspace';
import type { FunnelInput } from '../../domain/funnel-schema';
import { leadDefinitionsSchema, type LeadDefinitions } from '../../domain/lead-schema';
import { calibrate } from '../../domain/lead-scoring';
import { validateLeadModel } from '../../domain/lead-validation';
import type { Participant } from '../../domain/workshop';
import { formatNumber, formatPercent } from '../kit/format';
import { leadDefinitionsStep } from './definition';
import da from './i18n/da.json';
import en from './i18n/en.json';

/**
 * The Markdown section as a reader sees it, through the real catalogs and i18next (plurals and
 * interpolation as the app does them), on the Nordvind sample in both languages; and the step's
 * defaults, sample, answers, decisions and summary.
 */

const i18n = i18next.createInstance();
await i18n.init({
  resources: { en: { leadDefinitions: en }, da: { leadDefinitions: da } },
  lng: 'en',
  fallbackLng: false,
  ns: ['leadDefinitions'],
  defaultNS: 'leadDefinitions',
  interpolation: { escapeValue: false },
  initAsync: false,
  showSupportNotice: false,
});

const people = (language: Language): Participant[] => [
  { id: 'p-jens', name: 'Jens Østergaard', title: language === 'da' ? 'Salgsdirektør' : 'Sales Director', team: 'sales' },
  { id: 'p-ahmed', name: 'Ahmed Haddad', title: language === 'da' ? 'Digital marketingspecialist' : 'Digital Marketing Specialist', team: 'marketing' },
];

const rates = (lead: number, mql: number, sql: number, meeting: number, proposal: number) => ({ lead, mql, sql, meeting, proposal });
/** The Nordvind goal (src/steps/sharedGoal/sample.ts): 7.695 leads and 2.287 MQLs in 2027. */
const goal: FunnelInput = {
  targetAmount: 12_000_000,
  period: { kind: 'year', year: 2027 },
  stages: ['lead', 'mql', 'sql', 'meeting', 'proposal', 'won'].map((id) => ({ id, name: id })),
  salesTypes: [
    { id: 'n', name: 'N', share: { kind: 'amount', amount: 6_600_000 }, averageDealSize: 120_000, salesCycleMonths: 4, conversionRates: rates(25, 40, 60, 50, 30) },
    { id: 'e', name: 'E', share: { kind: 'amount', amount: 4_350_000 }, averageDealSize: 40_000, salesCycleMonths: 2, conversionRates: rates(50, 60, 80, 70, 50) },
    { id: 's', name: 'S', share: { kind: 'amount', amount: 1_050_000 }, averageDealSize: 50_000, salesCycleMonths: 1, conversionRates: rates(40, 50, 75, 80, 70) },
  ],
  team: {},
};

function contextFor(language: Language, slice: LeadDefinitions, withGoal = true): StepMarkdownContext {
  const workspace = { language, steps: { setup: { participants: people(language) }, leadDefinitions: slice, ...(withGoal && { sharedGoal: goal }) } } as unknown as Workspace;
  return {
    language,
    registered: ['setup', 'currentState', 'sharedGoal', 'leadDefinitions'],
    workspace,
    options: DEFAULT_PLAYBOOK_OPTIONS,
    t: i18n.getFixedT(language, 'leadDefinitions') as StepMarkdownContext['t'],
    format: { number: (v, d) => formatNumber(v, language, d), money: String, percent: (v, d) => formatPercent(v, language, d), date: String },
  };
}

const sample = (language: Language) => leadDefinitionsStep.sample({ language, registered: [] });
const defaults = (language: Language) => leadDefinitionsStep.defaults({ language, registered: [] });

describe('the defaults and the Nordvind sample', () => {
  it('are valid slices with no rule broken, in both languages', () => {
    for (const language of ['en', 'da'] as const) {
      for (const slice of [defaults(language), sample(language)]) {
        expect(leadDefinitionsSchema.safeParse(slice).success).toBe(true);
        expect(validateLeadModel(slice)).toEqual([]);
      }
    }
    expect(defaults('en').stages.map((stage) => stage.id)).toEqual(['subscriber', 'lead', 'mql', 'sql', 'opportunity', 'customer']);
  });

  it('calibrates the sample as its comments say: at 45, 7 of 8 won, 1 of 14 lost, 1 of 8 open', () => {
    const c = calibrate(sample('da').scoring, sample('da').temperature, sample('da').calibrationLeads);
    expect(c.byOutcome).toEqual({ won: { total: 8, mql: 7 }, lost: { total: 14, mql: 1 }, 'no-decision': { total: 8, mql: 1 } });
    // Birgitte Hald: size 10 + region 5 (company 15) + authority 15 = 30, no engagement.
    // Frederik Holt: company 30 + project 30 + engagement min(45, 40) = 40 × 0,75 (35 days) = 30 → 90.
    expect(c.misjudged.map((m) => [m.lead.name, m.kind, m.score.total])).toEqual([
      ['Birgitte Hald', 'won-below', { n: 30n, d: 1n }],
      ['Frederik Holt', 'lost-above', { n: 90n, d: 1n }],
    ]);
    // Julie Lauridsen: company min(35, 30) = 30 + timing 10 + newsletter 5 × 0,75 = 3,75 → 43,75, just under.
    expect(c.leads.find((s) => s.lead.name === 'Julie Lauridsen')!.score.total).toEqual({ n: 175n, d: 4n });
  });
});

describe('the Markdown section', () => {
  it('writes the Nordvind sample in English: stages with owners, points, thresholds, calibration, cross-check', () => {
    const text = leadDefinitionsStep.markdown(sample('en'), contextFor('en', sample('en')));
    expect(text).toContain('### Lifecycle stages');
    expect(text).toContain('| Marketing-qualified lead (MQL) | 45 points or more.');
    expect(text).toContain('| Jens Østergaard (Sales Director) | 2 days |');
    expect(text).toContain('| The seller who owns the project | 120 days |');
    expect(text).toContain('| Customer | The order is signed. | (no longer a participant) | No limit |');
    expect(text).toContain('| Fit | Company (at most 30) | Contractor or consulting engineer | +20 |');
    expect(text).toContain('|   |   | Competitor | -50 |');
    expect(text).toContain('- **MQL threshold:** 45 points or more (fit and engagement together)');
    expect(text).toContain('- **Decay:** Engagement points fall by 25% after 30 days without activity');
    expect(text).toContain('At 45 points, 7 of the 8 won leads would have been MQLs, and 1 of the 14 lost ones.');
    expect(text).toContain('| A | 1 won, 1 lost, 0 no decision | 5 won, 0 lost, 1 no decision | 1 won, 1 lost, 0 no decision |');
    expect(text).toContain('- Birgitte Hald, Hald Ejendomme A/S: won, but scored 30: below the threshold');
    // 9/30 × 7.695 = 2.308,5 → about 2,309 (shown rounded), 0,94 % → 0.9 % above 2,287.
    expect(text).toContain("The plan's 7,695 leads at this threshold give about 2,309 MQLs; the shared goal needs 2,287.".replace("'", '’'));
    expect(text).toContain('**Every handed-over lead gets a decision; none may vanish.**');
    expect(text).toContain('- Private homeowner, not a professional');
    expect(text).toContain('Back to nurturing after 14 days, owned by Ahmed Haddad (Digital Marketing Specialist).');
  });

  it('writes it in Danish with Danish numbers', () => {
    const text = leadDefinitionsStep.markdown(sample('da'), contextFor('da', sample('da')));
    expect(text).toContain('### Livscyklusstadier');
    expect(text).toContain('Ved 45 point ville 7 af de 8 vundne leads have været MQL’er, og 1 af de 14 tabte.');
    expect(text).toContain('- **Aftagende point:** Engagementpoint falder med 25\u00a0% efter 30 dage uden aktivitet');
    expect(text).toContain('Planens 7.695 leads giver ved denne grænse omkring 2.309 MQL’er; det fælles mål kræver 2.287.');
    expect(text).toContain('Tilbage til pleje efter 14 dage, ejet af Ahmed Haddad (Digital marketingspecialist).');
    expect(text).toContain('- Frederik Holt, Holt Entreprise A/S: tabt, men fik 90 point: MQL ved denne grænse');
  });

  it('warns when the MQLs are off the goal by more than the tolerance, and says when there is no goal', () => {
    const strict = { ...sample('en'), scoring: { ...sample('en').scoring, mqlThreshold: 20 } };
    const text = leadDefinitionsStep.markdown(strict, contextFor('en', strict));
    expect(text).toMatch(/⚠ Warning: the plan.s 7,695 leads at this threshold give about \d[\d,]* MQLs, [\d.]+% more than the 2,287/);
    expect(leadDefinitionsStep.markdown(sample('en'), contextFor('en', sample('en'), false))).toContain('No shared goal to compare with yet.');
  });

  it('writes the defaults without sample leads or reasons gaps', () => {
    const slice = { ...defaults('en'), rejectionReasons: [] };
    const text = leadDefinitionsStep.markdown(slice, contextFor('en', slice));
    expect(text).toContain('No sample leads yet');
    expect(text).toContain('_No reasons agreed yet._');
    expect(text).not.toContain('{{');
  });
});

describe('answers, decisions and summary', () => {
  it('answers the wall’s problems with the sample’s clauses', () => {
    const answers = leadDefinitionsStep.answers(sample('en'), contextFor('en', sample('en')));
    expect(answers.map((a) => [a.problemId, a.clauseId])).toEqual([
      ['theme-lead-quality', 'mql-definition'],
      ['theme-lead-quality', 'scoring-model'],
      ['theme-follow-up', 'handover'],
      ['theme-follow-up', 'rejection-reasons'],
      ['theme-follow-up', 'recycle-rule'],
    ]);
    expect(answers[0]!.label).toBe('The MQL definition and threshold');
  });

  it('records the threshold as a decision with its why', () => {
    const [decision] = leadDefinitionsStep.decisions(sample('da'), contextFor('da', sample('da')));
    expect(decision!.text).toBe('Et lead er marketingkvalificeret (en MQL) ved 45 point eller mere, profil og engagement tilsammen.');
    expect(decision!.why).toMatch(/^Ved 45 point finder modellen/);
  });

  it('sums up the MQL definition and the recycle rule', () => {
    const lines = leadDefinitionsStep.summary(sample('en'), contextFor('en', sample('en')));
    expect(lines[0]).toEqual({ label: 'MQL', text: '45 points or more. At 45 points, 7 of the 8 won leads would have been MQLs, and 1 of the 14 lost ones.' });
    expect(lines[1]!.text).toBe('Back to nurturing after 14 days, owned by Ahmed Haddad (Digital Marketing Specialist).');
  });
});
