import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PLAYBOOK_OPTIONS } from '../../contract/print-options';
import type { StepMarkdownContext } from '../../contract/step-definition';
import type { Language, Workspace } from '../../contract/workspace';
import { creditJourney } from '../../domain/attribution';
import { attributionSchema } from '../../domain/attribution-schema';
import { stepFormat } from '../kit/format';
import { attributionStep, catalogs } from './definition';

/** The host's translator: i18next with this step's catalogs as the default namespace. */
const i18n = i18next.createInstance();
await i18n.init({ resources: { en: { attribution: catalogs.en }, da: { attribution: catalogs.da } }, ns: ['attribution'], defaultNS: 'attribution', lng: 'en', interpolation: { escapeValue: false } });

// --- A workspace as the sample has it (only what this step reads) --------------------------------

const PEOPLE = [
  { id: 'p-jens', name: 'Jens Østergaard', title: 'Salgsdirektør', team: 'sales' },
  { id: 'p-sofie', name: 'Sofie Lærke Andersen', title: 'Marketingchef', team: 'marketing' },
];

function context(language: Language, slice = attributionStep.sample({ language, registered: [] })): { slice: typeof slice; ctx: StepMarkdownContext } {
  const workspace = {
    language,
    currency: 'DKK',
    steps: {
      setup: { participants: PEOPLE },
      currentState: { columns: [], cards: [], themes: [{ id: 'theme-goals', name: language === 'da' ? 'Fælles mål og målinger' : 'Shared goals and measurement', votes: 1, problem: true, answeredBy: [] }], dotsPerParticipant: 3 },
      attribution: slice,
    },
  } as unknown as Workspace;
  const format = stepFormat(language, 'DKK');
  // Intl writes a no-break space inside "486.500 kr." and "30 %"; the tests read it as a space.
  const plain = (text: string) => text.replace(/\u00a0/g, ' ');
  const spaced = { number: (v: number, d?: number) => plain(format.number(v, d)), money: (v: number) => plain(format.money(v)), percent: (v: number, d?: number) => plain(format.percent(v, d)), date: (iso: string) => plain(format.date(iso)) };
  return { slice, ctx: { language, registered: [], workspace, options: DEFAULT_PLAYBOOK_OPTIONS, t: i18n.getFixedT(language, 'attribution') as StepMarkdownContext['t'], format: spaced } };
}

/** The rows of the Markdown table that follows `heading` (header and rule left out). */
function tableAfter(markdown: string, heading: string): string[][] {
  const lines = markdown.split('\n');
  const start = lines.indexOf(heading);
  expect(start, heading).toBeGreaterThanOrEqual(0);
  const rows: string[][] = [];
  for (const line of lines.slice(start + 1)) {
    if (line === '' && rows.length === 0) continue;
    if (!line.startsWith('|')) break;
    rows.push(line.slice(2, -2).split(' | '));
  }
  return rows.slice(2);
}

// --- The definition -----------------------------------------------------------------------------------

describe('the attribution step definition', () => {
  it('has defaults and samples its own schema accepts, in both languages', () => {
    for (const language of ['da', 'en'] as const) {
      expect(attributionSchema.safeParse(attributionStep.defaults()).success).toBe(true);
      expect(attributionSchema.safeParse(attributionStep.sample({ language, registered: [] })).success).toBe(true);
    }
  });

  it('has the same keys in both catalogs, and no empty text', () => {
    const keys = (node: unknown, prefix = ''): string[] =>
      Object.entries(node as Record<string, unknown>).flatMap(([key, value]) => (typeof value === 'string' ? [`${prefix}${key}`] : keys(value, `${prefix}${key}.`)));
    expect(keys(catalogs.da).sort()).toEqual(keys(catalogs.en).sort());
    const texts = (node: unknown): string[] => Object.values(node as Record<string, unknown>).flatMap((value) => (typeof value === 'string' ? [value] : texts(value)));
    expect(texts(catalogs.en).every((text) => text.trim() !== '')).toBe(true);
    expect(texts(catalogs.da).every((text) => text.trim() !== '')).toBe(true);
  });

  it('the sample story: last touch gives marketing nothing, W-shaped a third (computed by hand)', () => {
    const school = attributionStep.sample({ language: 'da', registered: [] }).journeys[0]!;
    const credits = creditJourney(school, 7);
    const team = (model: string, effort: string) => credits.find((c) => c.model === model)!.teams.find((t) => t.effort === effort)!;
    expect(team('lastTouch', 'marketing').money).toBe(0);
    expect(team('lastTouch', 'sales').money).toBe(486_500);
    // W-shaped: referral (other) 30, e-mail (marketing, lead) 30, first meeting (sales, deal) 30, and
    // 10 % ÷ 5 = 2 % to retargeting, blog (marketing) and meeting 2, proposal, order (sales).
    // Marketing 30 + 2 + 2 = 34 % = 165.410 kr.; sales 30 + 3 × 2 = 36 % = 175.140 kr.; other 30 % = 145.950 kr.
    expect([team('wShaped', 'marketing').money, team('wShaped', 'sales').money, team('wShaped', 'other').money]).toEqual([165_410, 175_140, 145_950]);
  });

  it('answers the wall’s problem, records the chosen model and sums it up', () => {
    const slice = attributionStep.sample({ language: 'en', registered: [] });
    const { ctx } = context('en');
    const { ctx: daCtx } = context('da');
    expect(attributionStep.answers(slice, ctx)).toEqual([
      { problemId: 'theme-goals', clauseId: 'agreement', label: 'The attribution agreement: marketing measured on its contribution to pipeline and revenue' },
    ]);
    const [decision] = attributionStep.decisions(slice, daCtx);
    expect(decision!.text).toBe('Attributionsmodel: W-formet. 30 % hver til første kontaktpunkt, leadets oprettelse og handlens oprettelse; 10 % fordelt på resten.');
    expect(decision!.why).toContain('Last touch gave marketing DKK 0 of the school’s DKK 486,500');
    expect(attributionStep.decisions({ ...slice, model: null }, ctx)).toEqual([]);
    expect(attributionStep.summary(slice, ctx)).toEqual([
      { label: 'Attribution', text: 'W-shaped; marketing is measured on pipeline credited to marketing, won revenue credited to marketing and MQLs accepted by sales; reported monthly.' },
    ]);
    expect(attributionStep.summary({ ...slice, model: null }, ctx)[0]!.text).toBe('No model chosen yet.');
  });
});

// --- The Markdown section ---------------------------------------------------------------------------

describe('the Markdown section', () => {
  it('prints the Danish journey, the models × touches and × teams, and the agreement', () => {
    const { slice, ctx } = context('da');
    const markdown = attributionStep.markdown(slice, ctx);
    expect(markdown).toContain('### Kunderejse: Hedensted Skole: nyt ventilationsanlæg');
    expect(markdown).toContain('- **Handlens værdi:** 486.500 kr.');
    // 9 March to 23 November 2026: 22 + 30 + 31 + 30 + 31 + 31 + 30 + 31 + 23 = 259 days.
    expect(markdown).toContain('- **Fra første kontaktpunkt til ordre:** 259 dage');
    expect(markdown).toContain('- **Halveringstid for tidsforfald:** 7 dage');
    const journey = markdown.split('\n').filter((line) => line.startsWith('| 2 |'))[0]!;
    expect(journey).toContain('16. marts 2026');
    expect(journey).toContain('Lead oprettet');
    // The e-mail under W-shaped: 30 % of 486.500 = 145.950 kr.
    expect(journey).toContain('145.950 kr.');

    const byTouch = tableAfter(markdown, '#### Kredit pr. kontaktpunkt i hver model');
    expect(byTouch).toHaveLength(8);
    // The order (row 8): last touch 100 %; linear 100 ÷ 8 = 12,5 %; U-shaped 20 ÷ 6 = 3,33 % (the two
    // spare tenths went to touches 3 and 4); W-shaped 10 ÷ 5 = 2 %; full path 22,5 %; time decay
    // with 35, 70 and 91 days before it on the proposal and meetings: 1 ÷ (1 + 1/32 + 1/1024 + 1/8192
    // + the spring's crumbs) ≈ 96,87 %.
    expect(byTouch[7]).toEqual(['8', 'Ordren underskrevet', '0,0 %', '100,0 %', '12,5 %', '3,3 %', '2,0 %', '22,5 %', '96,9 %']);
    expect(byTouch[2]![5]).toBe('3,4 %');

    const byTeam = tableAfter(markdown, '#### Kredit pr. team i hver model');
    expect(byTeam.map((row) => row[0])).toEqual(['Første kontaktpunkt', 'Sidste kontaktpunkt', 'Lineær', 'U-formet', 'W-formet (valgt)', 'Hele forløbet', 'Tidsforfald']);
    // Columns: Marketing, Salg, Andet (no partner on this journey). Last touch: 0 / 100 / 0.
    expect(byTeam[1]).toEqual(['Sidste kontaktpunkt', '0,0 %', '100,0 %', '0,0 %']);
    const money = tableAfter(markdown, '#### Kredit pr. team som beløb');
    expect(money[4]).toEqual(['W-formet (valgt)', '165.410 kr.', '175.140 kr.', '145.950 kr.']);

    expect(markdown).toContain('### Aftalen');
    expect(markdown).toContain('- **Ejer:** Sofie Lærke Andersen (Marketingchef)');
    expect(markdown).toContain('- **Svarer på problemet:** Fælles mål og målinger');
    expect(markdown).toContain("- **Marketing måles på:** Pipeline krediteret marketing; Vundet omsætning krediteret marketing; MQL'er accepteret af salg;");
    expect(markdown).not.toContain('**Værd at se på:**');
  });

  it('prints English with English formats, and lists what the agreement lacks', () => {
    const base = attributionStep.sample({ language: 'en', registered: [] });
    const { slice, ctx } = context('en', { ...base, model: null, agreement: { ...base.agreement, why: '', metrics: ['reachAndClicks'], ownerId: '' } });
    const markdown = attributionStep.markdown(slice, ctx);
    expect(markdown).toContain('- **Deal value:** DKK 486,500\n');
    expect(markdown).toContain('| Last touch | 0.0% | 100.0% | 0.0% |');
    expect(markdown).toContain('- **Model:** Not decided yet');
    expect(markdown).toContain('- Marketing is measured on activity and visibility only, not on its contribution to pipeline and revenue.');
    expect(markdown).toContain('- The room has not chosen a model yet.');
    expect(markdown).not.toContain('(chosen)');
  });

  it('prints an empty journey and a journey with findings without failing', () => {
    const { slice, ctx } = context('en', attributionStep.defaults());
    const markdown = attributionStep.markdown(slice, ctx);
    expect(markdown).toContain('### Journey: Journey 1');
    expect(markdown).toContain('The journey has no touches yet.');
    const base = attributionStep.sample({ language: 'en', registered: [] });
    const shuffled = { ...base, journeys: [{ ...base.journeys[0]!, leadCreationTouchId: null, touches: [...base.journeys[0]!.touches].reverse() }] };
    const withFindings = attributionStep.markdown(shuffled, context('en', shuffled).ctx);
    expect(withFindings).toContain("- No touch is marked as the lead's creation: the models count the first touch as it.");
    expect(withFindings).toContain('- This touch is dated before the touch above it.');
  });
});
