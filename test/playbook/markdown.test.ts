// The playbook's Markdown export: the same content as the PDF (sections in agenda order, the
// problems and where they are answered, the sign-off), tables as Markdown tables, numbers in the
// workspace's locale, and the funnel's figures from the same domain function as the step's views.
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import type { Language, Workspace } from '../../src/contract/workspace';
import { computeFunnel } from '../../src/domain/funnel';
import type { FunnelInput } from '../../src/domain/funnel-schema';
import { allCatalogs as catalogs, allNamespaces as namespaces } from '../../src/steps/catalogs';
import { escapeMarkdown, markdownTable, playbookMarkdown, sectionTitle } from '../../src/renderer/playbook/markdown';
import { registeredStepIds } from '../../src/steps';
import { playbookModel, signatories } from '../../src/renderer/playbook/model';
import type { SetupSlice } from '../../src/steps/setup/definition';
import { enrichedSample } from './sample';
import { stressWorkspace, WRAP_UP_NOTES } from './stress';

function t(language: Language) {
  const instance = i18next.createInstance();
  void instance.init({ resources: catalogs, lng: language, ns: [...namespaces], fallbackLng: false, interpolation: { escapeValue: false }, initAsync: false, showSupportNotice: false });
  return instance.getFixedT(language);
}

const themes = { paper: 'A4', includeNotes: false, cards: 'themes' } as const;
const full = { paper: 'A4', includeNotes: true, cards: 'full' } as const;

describe('the playbook model', () => {
  it('has a section per switched-on registered step, in agenda order, and none for breaks', () => {
    const workspace = enrichedSample('da');
    // The sample's agenda holds every registered step, in workshop order.
    expect(playbookModel(workspace).sections.map((s) => s.stepId)).toEqual([...registeredStepIds]);
    const setup = workspace.steps['setup'] as SetupSlice;
    // The room took the goal before the wall, and switched the set-up off.
    const goal = setup.agenda.findIndex((item) => item.kind === 'step' && item.stepId === 'sharedGoal');
    const [moved] = setup.agenda.splice(goal, 1);
    setup.agenda.splice(1, 0, moved!);
    setup.agenda[0] = { ...setup.agenda[0]!, enabled: false };
    const later = registeredStepIds.filter((id) => !['setup', 'currentState', 'sharedGoal'].includes(id));
    expect(playbookModel(workspace).sections.map((s) => s.stepId)).toEqual(['sharedGoal', 'currentState', ...later]);
    // A step without a playbook section in this build is left out.
    expect(playbookModel(workspace, (id) => id !== 'currentState').sections.map((s) => s.stepId)).toEqual(['sharedGoal', ...later]);
  });

  it('lists the problems by votes, each with the sections that answer it', () => {
    const model = playbookModel(enrichedSample('en'));
    expect(model.problems.length).toBeGreaterThan(0);
    const votes = model.problems.map((problem) => problem.votes);
    expect(votes).toEqual([...votes].sort((a, b) => b - a));
    for (const problem of model.problems) expect(problem.answeredIn.map((s) => s.stepId)).toContain('sharedGoal');
    expect(model.participantsByTeam.flatMap((group) => group.members)).toHaveLength(model.participants.length);
  });
});

describe('the Markdown export', () => {
  it('holds the funnel’s numbers in Danish format, the sections in order and the sign-off', () => {
    const workspace = enrichedSample('da');
    // Intl puts a no-break space between amount and currency.
    const text = playbookMarkdown(workspace, themes, t('da')).replace(/\u00a0/g, ' ');
    const outcome = computeFunnel(workspace.steps['sharedGoal'] as FunnelInput);
    if (!outcome.ok) throw new Error('the sample goal does not compute');
    const da = new Intl.NumberFormat('da-DK');
    for (const stage of outcome.data.total.stages) expect(text).toMatch(new RegExp(`\\| ${da.format(stage.period).replace('.', '\\.')} \\| ${da.format(stage.perMonth)} \\|`));
    expect(text).toContain('| Lead | 7.695 | 643 |');
    expect(text).toContain('12.000.000 kr.');
    const headings = text.split('\n').filter((line) => line.startsWith('## '));
    // A section per step in the agenda's order, each titled by the step itself.
    const later = registeredStepIds.slice(3).map((id) => `## ${sectionTitle(id, t('da'))}`);
    // The executive summary first; the problems and the sign-off are the actions step's own when it is
    // in the playbook (the generic sections are left out then).
    expect(headings).toEqual(['## Resumé for ledelsen', '## Indhold', '## Opsætning', '## Nuværende situation', '## Ét fælles mål og salgskæden', ...later]);
    expect(text).toContain('Mette Kjærgaard');
    // Notes are private unless asked for; cards only in full.
    expect(text).not.toContain('Facilitatorens noter');
    expect(text).not.toContain('### Det siger salg om marketing');
  });

  it('adds the facilitator’s notes and every card when asked, in English with English formats', () => {
    const text = playbookMarkdown(enrichedSample('en'), full, t('en')).replace(/\u00a0/g, ' ');
    expect(text).toContain('### Facilitator notes');
    expect(text).toContain('> Jens and Sofie quickly agreed');
    expect(text).toContain('### What sales says about marketing');
    expect(text).toContain('| Lead | 7,695 | 643 |');
    expect(text).toContain('DKK 12,000,000');
    const cards = text.split('\n').filter((line) => /^\| .+ \| .+ \| \d+ \|$/.test(line));
    expect(cards.length).toBeGreaterThanOrEqual(40);
  });

  it('keeps what people typed from breaking the tables or becoming markup', () => {
    expect(escapeMarkdown('a | b *c* <script>\nnext')).toBe('a \\| b \\*c\\* \\<script\\> next');
    expect(markdownTable(['Name', 'Votes'], [['x|y', '3']], [1])).toBe('| Name | Votes |\n| --- | ---: |\n| x\\|y | 3 |');
    const workspace: Workspace = enrichedSample('en');
    (workspace.steps['setup'] as SetupSlice).participants[0]!.name = 'Eve | *bold*';
    expect(playbookMarkdown(workspace, themes, t('en'))).toContain('Eve \\| \\*bold\\*');
  });
});

describe('the playbook of issue 17', () => {
  it('keeps the notes of a custom agenda item (the wrap-up) with the notes, in the PDF’s model and the Markdown', () => {
    for (const language of ['da', 'en'] as const) {
      const workspace = stressWorkspace(language, { participants: 9 });
      expect(playbookModel(workspace).otherNotes.map((item) => item.notes)).toEqual([WRAP_UP_NOTES[language]]);
      const withNotes = playbookMarkdown(workspace, { ...full, cards: 'themes' }, t(language));
      expect(withNotes).toContain(`> ${WRAP_UP_NOTES[language].replace(/\./g, '.')}`);
      expect(playbookMarkdown(workspace, themes, t(language))).not.toContain(WRAP_UP_NOTES[language]);
    }
  });

  it('opens with the executive summary: the goal in a sentence, the key numbers (average and busiest month)', () => {
    const text = playbookMarkdown(stressWorkspace('da', { participants: 9 }), themes, t('da')).replace(/\u00a0/g, ' ');
    expect(text).toContain('## Resumé for ledelsen');
    expect(text).toContain('Salg og marketing har ét fælles mål: 987.654.321,55 kr. i omsætning over 12 måneder');
    expect(text).toMatch(/- \*\*Leads:\*\* [\d.]+ pr\. måned i gennemsnit \(travleste måned [\d.]+\); 250\.669\.076 i alt/);
    expect(text.indexOf('## Resumé for ledelsen')).toBeLessThan(text.indexOf('## Indhold'));
  });

  it('ends the executive summary with the open actions (and the first one due) and the date of the first review', () => {
    // The Danish sample: 7 actions, all open, the earliest due 21 January 2027 (two are); first
    // review 15 April 2027.
    const da = playbookMarkdown(enrichedSample('da'), themes, t('da')).replace(/\u00a0/g, ' ');
    const summary = da.slice(da.indexOf('## Resumé for ledelsen'), da.indexOf('## Indhold'));
    expect(summary).toContain('- **Handlinger:** 7 åbne, den første med frist 21. januar 2027');
    expect(summary).toContain('- **Første opfølgning:** 15. april 2027');
    // Eight clauses answer "Opfølgning på leads": the summary names four and counts the rest (the
    // problem → answer map lists them all), so the page stays one page.
    expect(summary).toMatch(/Opfølgning på leads.*Overdragelse af MQL’er til salg; .*; og 4 flere/);
    const workspace = enrichedSample('en');
    const slice = (workspace.steps as unknown as { actionsSignOff: { actions: { status: string }[]; signOff: { firstReviewDate: string } } }).actionsSignOff;
    for (const action of slice.actions.slice(1)) action.status = 'done';
    slice.signOff.firstReviewDate = '';
    const en = playbookMarkdown(workspace, themes, t('en')).replace(/\u00a0/g, ' ');
    const enSummary = en.slice(en.indexOf('## Executive summary'), en.indexOf('## Contents'));
    expect(enSummary).toMatch(/- \*\*Actions:\*\* 1 open, the first due \d+ \w+ 2027/);
    expect(enSummary).not.toContain('First review');
  });

  it('lets 12 participants sign, the teams in turn, and sends the rest to the appendix', () => {
    const model = playbookModel(stressWorkspace('en', { participants: 40 }));
    const signing = signatories(model);
    expect(signing).toHaveLength(12);
    expect(new Set(signing.map((person) => person.team))).toEqual(new Set(['leadership', 'sales', 'marketing', 'other']));
    expect(signatories(playbookModel(stressWorkspace('en', { participants: 9 })))).toHaveLength(9);
  });
});

describe('the shared goal in Markdown, as the PDF says it (issue 17)', () => {
  it('keeps money to the øre, percents as the language writes them, the capacity warning, the per-seller figures and the lead calendar', () => {
    const da = playbookMarkdown(stressWorkspace('da', { participants: 9 }), themes, t('da')).replace(/\u00a0/g, ' ');
    const en = playbookMarkdown(stressWorkspace('en', { participants: 9 }), themes, t('en')).replace(/\u00a0/g, ' ');
    expect(da).toContain('987.654.321,55 kr.');
    expect(da).not.toContain('987.654.322 kr.');
    expect(en).toContain('DKK 987,654,321.55');
    // The conversion rates: "8 %" in Danish, "8%" in English, as the PDF's tables.
    expect(da).toMatch(/\| Lead \| 8 % \|/);
    expect(en).toMatch(/\| Lead \| 8% \|/);
    // The capacity warning, with the sellers it would take.
    expect(da).toMatch(/\*\*⚠ Over kapaciteten: .* Det ville kræve [\d.]+ sælgere\.\*\*/);
    expect(en).toContain('Over capacity');
    // Per seller: the period, a month and a week.
    expect(da).toContain('### Pr. sælger');
    expect(da).toMatch(/\| Lead \| [\d.]+ \| [\d.]+ \| [\d.]+,\d\d \|/);
    // When the leads must arrive, with the Danish caption as it should read.
    expect(da).toContain('### Hvornår leads skal komme ind');
    expect(da).toContain('Leads, der skal komme ind pr. måned, pr. salgstype.');
    expect(da).toMatch(/\| november 2026 \| [\d.]+ \|/);
  });
});
