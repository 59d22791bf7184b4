// The playbook's Markdown export: the same content as the PDF (sections in agenda order, the
// problems and where they are answered, the sign-off), tables as Markdown tables, numbers in the
// workspace's locale, and the funnel's figures from the same domain function as the step's views.
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import type { Language, Workspace } from '../../src/contract/workspace';
import { computeFunnel } from '../../src/domain/funnel';
import type { FunnelInput } from '../../src/domain/funnel-schema';
import { catalogs, namespaces } from '../../src/i18n/catalogs';
import { escapeMarkdown, markdownTable, playbookMarkdown } from '../../src/renderer/playbook/markdown';
import { playbookModel } from '../../src/renderer/playbook/model';
import type { SetupSlice } from '../../src/steps/setup/definition';
import { enrichedSample } from './sample';

function t(language: Language) {
  const instance = i18next.createInstance();
  void instance.init({ resources: catalogs, lng: language, ns: namespaces, fallbackLng: false, interpolation: { escapeValue: false }, initAsync: false, showSupportNotice: false });
  return instance.getFixedT(language);
}

const themes = { paper: 'A4', includeNotes: false, cards: 'themes' } as const;
const full = { paper: 'A4', includeNotes: true, cards: 'full' } as const;

describe('the playbook model', () => {
  it('has a section per switched-on registered step, in agenda order, and none for breaks', () => {
    const workspace = enrichedSample('da');
    expect(playbookModel(workspace).sections.map((s) => s.stepId)).toEqual(['setup', 'currentState', 'sharedGoal']);
    const setup = workspace.steps['setup'] as SetupSlice;
    // The room took the goal before the wall, and switched the set-up off.
    const goal = setup.agenda.findIndex((item) => item.kind === 'step' && item.stepId === 'sharedGoal');
    const [moved] = setup.agenda.splice(goal, 1);
    setup.agenda.splice(1, 0, moved!);
    setup.agenda[0] = { ...setup.agenda[0]!, enabled: false };
    expect(playbookModel(workspace).sections.map((s) => s.stepId)).toEqual(['sharedGoal', 'currentState']);
    // A step without a playbook section in this build is left out.
    expect(playbookModel(workspace, (id) => id !== 'currentState').sections.map((s) => s.stepId)).toEqual(['sharedGoal']);
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
    expect(headings).toEqual(['## Indhold', '## Opsætning', '## Nuværende situation', '## Ét fælles mål og salgskæden', '## Problemer og hvor de bliver løst', '## Godkendelse']);
    expect(text).toContain('| Mette Kjærgaard | Administrerende direktør · Ledelse |   |   |');
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
