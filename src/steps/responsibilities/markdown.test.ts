import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import type { StepMarkdownContext } from '../../contract/step-definition';
import { DEFAULT_PLAYBOOK_OPTIONS } from '../../contract/print-options';
import type { Language, Workspace } from '../../contract/workspace';
import { raciFindings } from '../../domain/raci';
import { raciMatrixSchema, type RaciMatrix } from '../../domain/raci-schema';
import type { Participant } from '../../domain/workshop';
import { responsibilitiesStep } from './definition';
import da from './i18n/da.json';
import en from './i18n/en.json';

/**
 * The Markdown section as a reader sees it, through the real catalogs and i18next (plurals and
 * interpolation as the app does them): the matrix with its legend, the findings and disputes
 * still open, a card per role; and the step's answers, decisions and summary line.
 */

const i18n = i18next.createInstance();
await i18n.init({
  resources: { en: { responsibilities: en }, da: { responsibilities: da } },
  lng: 'en',
  fallbackLng: false,
  ns: ['responsibilities'],
  defaultNS: 'responsibilities',
  interpolation: { escapeValue: false },
  initAsync: false,
});

/** The Nordvind sample's people (src/steps/setup/sample.ts), in a language. */
function people(language: Language): Participant[] {
  const da = language === 'da';
  return [
    { id: 'p-mette', name: 'Mette Kjærgaard', title: da ? 'Administrerende direktør' : 'Chief Executive Officer', team: 'leadership' },
    { id: 'p-jens', name: 'Jens Østergaard', title: da ? 'Salgsdirektør' : 'Sales Director', team: 'sales' },
    { id: 'p-line', name: 'Line Bøgh', title: 'Key Account Manager', team: 'sales' },
    { id: 'p-rasmus', name: 'Rasmus Holm', title: da ? 'Sælger, nye kunder' : 'Account Executive, new business', team: 'sales' },
    { id: 'p-sofie', name: 'Sofie Lærke Andersen', title: da ? 'Marketingchef' : 'Head of Marketing', team: 'marketing' },
    { id: 'p-ahmed', name: 'Ahmed Haddad', title: da ? 'Digital marketingspecialist' : 'Digital Marketing Specialist', team: 'marketing' },
    { id: 'p-karen', name: 'Karen Søndergaard', title: da ? 'Indholdsansvarlig' : 'Content Lead', team: 'marketing' },
    { id: 'p-thomas', name: 'Thomas Friis', title: da ? 'Økonomidirektør' : 'Chief Financial Officer', team: 'leadership' },
  ];
}

function contextFor(language: Language, matrix: RaciMatrix): StepMarkdownContext {
  const workspace = {
    language,
    steps: { setup: { participants: people(language) }, responsibilities: matrix },
  } as unknown as Workspace;
  return {
    language,
    registered: ['setup', 'currentState', 'sharedGoal', 'responsibilities'],
    workspace,
    options: DEFAULT_PLAYBOOK_OPTIONS,
    t: i18n.getFixedT(language, 'responsibilities') as StepMarkdownContext['t'],
    format: { number: String, money: String, percent: String, date: String },
  };
}

const sample = (language: Language) => responsibilitiesStep.sample({ language, registered: [] });
const markdownOf = (language: Language, matrix = sample(language)) => responsibilitiesStep.markdown(matrix, contextFor(language, matrix));
/** The cells of the table row whose activity is `name` (without the stage column). */
function tableRow(text: string, name: string): string[] {
  const line = text.split('\n').find((l) => l.startsWith('|') && l.split('|').map((c) => c.trim())[2] === name);
  if (!line) throw new Error(`no row "${name}"`);
  return line.split('|').slice(3, -1).map((c) => c.trim());
}

describe('the Nordvind sample', () => {
  it('is a valid slice in both languages, with the same letters', () => {
    for (const language of ['en', 'da'] as const) expect(raciMatrixSchema.safeParse(sample(language)).success).toBe(true);
    expect(sample('da').cells).toEqual(sample('en').cells);
  });

  it('leaves two findings for the room: nobody does the recycling, and customer success only listens', () => {
    expect(raciFindings(sample('en'))).toEqual([
      { kind: 'accountableNotDoing', severity: 'error', activityId: 'recycling', roleIds: ['sales-development'] },
      { kind: 'onlyConsultedInformed', severity: 'info', roleId: 'customer-success' },
    ]);
  });

  it('starts a new workspace with the default rows and columns and no letters', () => {
    const defaults = responsibilitiesStep.defaults({ language: 'da', registered: [] });
    expect(raciMatrixSchema.safeParse(defaults).success).toBe(true);
    expect(defaults.activities).toHaveLength(11);
    expect(defaults.roles.map((r) => r.abbreviation)).toEqual(['MKT', 'SLG', 'SDR', 'SC', 'MC', 'DIR', 'KS']);
    expect(defaults.activities.filter((a) => a.kind === 'handover' || a.kind === 'followUp' || a.kind === 'feedback').map((a) => a.name)).toEqual([
      'Overdragelse af MQL’er til salg',
      'Første opfølgning inden for SLA’en',
      'Feedback på leadkvalitet',
    ]);
    expect(Object.values(defaults.cells).every((row) => Object.keys(row).length === 0)).toBe(true);
  });
});

describe('the Markdown section (English)', () => {
  const text = markdownOf('en');

  it('prints the matrix with the roles as columns and the stages grouping the rows', () => {
    expect(text).toContain('| Stage | Activity | MKT | SLS | SDR | SM | CMO | CEO | CS |');
    // Handover: marketing R, sales I, SDR I, sales manager A, CMO C.
    expect(tableRow(text, 'Handover of MQLs to sales')).toEqual(['R', 'I', 'I', 'A', 'C', '', '']);
    // The field seller owns and does the deal: A/R.
    expect(tableRow(text, 'Proposals and closing')).toEqual(['', 'A/R', 'R', 'C', '', 'I', 'C']);
    // The open dispute is marked beside its letter; the resolved one is not.
    expect(tableRow(text, 'Recycling of rejected and stalled leads')).toEqual(['I ⚑', '', 'A', 'C', '', '', '']);
    expect(tableRow(text, 'First follow-up within the SLA')).toEqual(['I', 'R', 'R', 'A', 'I', '', '']);
    expect(text).toContain('| Hand over and follow up | Handover of MQLs to sales |');
    expect(text).toContain('|   | First follow-up within the SLA |');
  });

  it('spells out the letters and the abbreviations in a legend', () => {
    expect(text).toContain('**R** Responsible (does it)');
    expect(text).toContain('**A/R** Accountable and responsible');
    expect(text).not.toContain('**S** Support'); // RACI, no S used
    expect(text).toContain('**SM** Sales manager');
    expect(text).toContain('**SDR** Sales development (SDR/BDR)');
  });

  it('lists the findings still open, most severe first', () => {
    const section = text.slice(text.indexOf('### Findings still open'), text.indexOf('### Disputes left open'));
    expect(section).toContain(
      '- **Must fix:** Recycling of rejected and stalled leads: Sales development (SDR/BDR) is accountable, but no one does it.',
    );
    expect(section.indexOf('Must fix')).toBeLessThan(section.indexOf('**Note:** Customer success is only ever consulted or informed.'));
  });

  it('lists the dispute left open with both views, and not the one the room resolved', () => {
    const section = text.slice(text.indexOf('### Disputes left open'), text.indexOf('### Who does what'));
    expect(section).toContain('**Recycling of rejected and stalled leads · Marketing** (I)');
    expect(section).toContain('  - Sales: A lead we reject is marketing’s again');
    expect(section).toContain('  - Marketing: We can only recycle a lead when sales records why it was rejected.');
    expect(section).not.toContain('Field sellers are out with customers');
  });

  it('gives every role a card: who holds it, what it does and what it owns', () => {
    const card = text.slice(text.indexOf('#### Sales manager (SM)'), text.indexOf('#### Marketing manager/CMO'));
    expect(card).toContain('- **Held by:** Jens Østergaard (Sales Director)');
    expect(card).toContain('- **Does:** _nothing_');
    expect(card).toContain('- **Accountable for:** Handover of MQLs to sales, First follow-up within the SLA and Feedback on lead quality');
    expect(text).toContain('- **Held by:** Ahmed Haddad (Digital Marketing Specialist) and Karen Søndergaard (Content Lead)');
    expect(text).toContain('#### Customer success (CS)\n\n- **Held by:** _no one named yet_');
    expect(text.match(/^#### /gm)).toHaveLength(7);
  });
});

describe('the Markdown section (Danish)', () => {
  const text = markdownOf('da');

  it('reads in Danish, with Danish roles, stages, findings and cards', () => {
    expect(text).toContain('### Hvem gør hvad');
    expect(text).toContain('| Fase | Aktivitet | MKT | SLG | SDR | SC | MC | DIR | KS |');
    expect(text).toContain('| Overdrage og følge op | Overdragelse af MQL’er til salg | R | I | I | A | C |');
    expect(text).toContain('- **Skal rettes:** Genbrug af afviste og stillestående leads: Salgsudvikling (SDR/BDR) er ansvarlig, men ingen udfører den.');
    expect(text).toContain('- **Varetages af:** Jens Østergaard (Salgsdirektør)');
    expect(text).toContain('- **Ansvarlig for:** Overdragelse af MQL’er til salg, Første opfølgning inden for SLA’en og Feedback på leadkvalitet');
    expect(text).toContain('  - Salg: Et lead, vi afviser, er marketings igen');
  });
});

describe('a matrix the room has fixed', () => {
  it('says so, and that no disputes were left open', () => {
    const fixed = sample('en');
    // Sales development now does the recycling it owns (A/R); customer success helps close deals.
    fixed.activities = fixed.activities.map((a) => (a.id === 'recycling' ? { ...a, accountableDoesIt: true } : a));
    fixed.cells['closing'] = { ...fixed.cells['closing'], 'customer-success': 'R' };
    fixed.disputes = fixed.disputes.map((d) => ({ ...d, resolved: true }));
    const text = markdownOf('en', fixed);
    expect(text).toContain('### Findings still open\n\nNo findings: every activity has one accountable and someone who does it.');
    expect(text).toContain('### Disputes left open\n\nNo disputes were left open.');
    expect(text).not.toContain('⚑ |');
  });

  it('escapes what Markdown would read as markup in the room’s names', () => {
    const m = sample('en');
    m.activities[0] = { ...m.activities[0]!, name: 'Leads | *hot*' };
    expect(markdownOf('en', m)).toContain('| Generate leads | Leads \\| \\*hot\\* |');
  });
});

describe('answers, decisions and the summary', () => {
  it('answers the wall’s problems with the rows the room linked', () => {
    const answers = responsibilitiesStep.answers(sample('en'));
    expect(answers).toEqual([
      { problemId: 'theme-lead-quality', clauseId: 'qualification', label: 'Lead qualification and scoring' },
      { problemId: 'theme-follow-up', clauseId: 'handover', label: 'Handover of MQLs to sales' },
      { problemId: 'theme-follow-up', clauseId: 'follow-up', label: 'First follow-up within the SLA' },
      { problemId: 'theme-lead-quality', clauseId: 'feedback', label: 'Feedback on lead quality' },
    ]);
  });

  it('records who is accountable for the handover, the first follow-up and the feedback', () => {
    const decisions = responsibilitiesStep.decisions(sample('en'), contextFor('en', sample('en')));
    expect(decisions.map((d) => d.text)).toEqual([
      'Sales manager (Jens Østergaard) is accountable for “Handover of MQLs to sales”.',
      'Sales manager (Jens Østergaard) is accountable for “First follow-up within the SLA”.',
      'Sales manager (Jens Østergaard) is accountable for “Feedback on lead quality”.',
    ]);
    // Two A's on the handover: no decision there (it is a finding).
    const split = sample('da');
    split.cells['handover'] = { ...split.cells['handover'], 'marketing-manager': 'A' };
    expect(responsibilitiesStep.decisions(split, contextFor('da', split)).map((d) => d.id)).toEqual(['accountable-follow-up', 'accountable-feedback']);
  });

  it('sums the matrix up in a line, counted in each language', () => {
    expect(responsibilitiesStep.summary(sample('en'), contextFor('en', sample('en')))).toEqual([
      { label: 'Who does what', text: '11 activities and 7 roles; 2 findings open.' },
    ]);
    const one = { ...sample('da'), activities: sample('da').activities.slice(0, 1), roles: sample('da').roles.slice(0, 1) };
    // One row (lead generation), one role (marketing, R): no A → 1 finding.
    expect(responsibilitiesStep.summary(one, contextFor('da', one))[0]?.text).toBe('1 aktivitet og 1 rolle; 1 åbent fund.');
  });
});

describe('the catalogs', () => {
  /** Every key path with the interpolations its text uses. */
  function shape(catalog: Record<string, unknown>, prefix = ''): string[] {
    return Object.entries(catalog).flatMap(([key, value]) =>
      typeof value === 'string'
        ? [`${prefix}${key} ${[...value.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort().join(',')}`]
        : shape(value as Record<string, unknown>, `${prefix}${key}.`),
    );
  }

  it('have the same keys and interpolations in Danish and English', () => {
    expect(shape(da).sort()).toEqual(shape(en).sort());
  });
});
