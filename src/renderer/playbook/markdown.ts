import type { TFunction } from 'i18next';
import type { PlaybookOptions } from '../../contract/print-options';
import type { Language, Workspace } from '../../contract/workspace';
import { clockTime, timePlan } from '../../domain/agenda';
import { computeFunnel } from '../../domain/funnel';
import { cardsOfColumn, rankedThemes, themeOfCard } from '../../domain/wall';
import type { FunnelInput, YearMonth } from '../../domain/funnel-schema';
import type { CurrentStateSlice } from '../../steps/currentState/definition';
import type { SetupSlice } from '../../steps/setup/definition';
import { LOCALES, formatDate, formatMoney, formatNumber } from '../format/intl';
import { paragraphs, playbookModel, setupOf, type PlaybookModel } from './model';

/**
 * The playbook as Markdown, for teams that keep their agreements in a wiki: the same content as
 * the printed playbook (cover facts, a section per step in agenda order, the problems and where
 * they are answered, the sign-off), tables as Markdown tables, numbers, money and dates in the
 * workspace's locale. Pure: a workspace, the options and a translator (fixed to the workspace's
 * language) in, text out. One function per section; the funnel's figures come from the same
 * domain function the step's views use (computeFunnel), so the PDF and this agree.
 */

interface Context {
  workspace: Workspace;
  language: Language;
  options: PlaybookOptions;
  t: TFunction;
}

/** Escapes what Markdown would read as markup inside a table cell or a line of text. */
export function escapeMarkdown(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/([|*_`[\]<>#])/g, '\\$1').replace(/\r?\n/g, ' ');
}

/** A Markdown table; `right` marks the columns to align right (numbers). */
export function markdownTable(headers: string[], rows: string[][], right: readonly number[] = []): string {
  const cells = (row: string[]) => `| ${row.map((cell) => escapeMarkdown(cell) || ' ').join(' | ')} |`;
  const rule = `| ${headers.map((_, i) => (right.includes(i) ? '---:' : '---')).join(' | ')} |`;
  return [cells(headers), rule, ...rows.map(cells)].join('\n');
}

/**
 * A step section's title as its playbook section heads it: `<stepId>:playbook.title` where the
 * step's catalog has one (a fuller title than the step's name), else the step's name.
 */
export function sectionTitle(stepId: string, t: TFunction): string {
  return t(`${stepId}:playbook.title`, { defaultValue: '' }) || t(`steps:${stepId}.title`);
}

const block = (...parts: (string | null | false | undefined)[]) => parts.filter(Boolean).join('\n\n');

/**
 * The whole playbook. `hasSection` says which registered steps have a section in this build (the
 * renderer passes its view registry, so the Markdown lists the same sections as the PDF).
 *
 * @example
 * const text = playbookMarkdown(workspace, { paper: 'A4', includeNotes: false, cards: 'themes' }, i18n.getFixedT('da'));
 */
export function playbookMarkdown(workspace: Workspace, options: PlaybookOptions, t: TFunction, hasSection?: (stepId: string) => boolean): string {
  const context: Context = { workspace, language: workspace.language, options, t };
  const model = playbookModel(workspace, hasSection);
  const sections = model.sections.map((section) =>
    block(
      `## ${escapeMarkdown(sectionTitle(section.stepId, t))}`,
      stepMarkdown(section.stepId, context),
      options.includeNotes && section.notes ? notesMarkdown(section.notes, context) : null,
    ),
  );
  return `${block(
    coverMarkdown(model, context),
    contentsMarkdown(model, context),
    ...sections,
    model.problems.length > 0 ? problemsMarkdown(model, context) : null,
    signOffMarkdown(model, context),
    `---\n\n_${t('playbook:markdown.generated')}_`,
  )}\n`;
}

export function coverMarkdown(model: PlaybookModel, { t, language }: Context): string {
  const facts: [string, string][] = [
    [t('playbook:document.date'), model.date ? formatDate(model.date, language) : ''],
    [t('playbook:document.facilitator'), model.facilitator],
    [t('playbook:document.location'), model.location],
  ];
  return block(
    `# ${escapeMarkdown(model.clientCompany || model.title)}`,
    `**${t('playbook:document.kicker')}**: ${escapeMarkdown(model.title)}`,
    facts
      .filter(([, value]) => value)
      .map(([label, value]) => `- **${label}:** ${escapeMarkdown(value)}`)
      .join('\n'),
    model.participantsByTeam.length > 0
      ? block(
          `**${t('playbook:document.participants')}**`,
          model.participantsByTeam
            .map(({ team, members }) => `- ${t(`steps:setup.teams.${team}`)}: ${members.map((m) => escapeMarkdown(m.title ? `${m.name} (${m.title})` : m.name)).join(', ')}`)
            .join('\n'),
        )
      : null,
  );
}

/** An anchor as wikis (GitHub, GitLab, Azure DevOps) make them from a heading. */
function anchorOf(title: string): string {
  return title
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .trim()
    .replace(/\s/g, '-');
}

export function contentsMarkdown(model: PlaybookModel, { t }: Context): string {
  const titles = [
    ...model.sections.map((section) => sectionTitle(section.stepId, t)),
    ...(model.problems.length > 0 ? [t('playbook:document.problems.title')] : []),
    t('playbook:document.signOff.title'),
  ];
  return block(`## ${t('playbook:document.contents')}`, titles.map((title, i) => `${i + 1}. [${escapeMarkdown(title)}](#${anchorOf(title)})`).join('\n'));
}

/** A step's section: the steps this build knows; a later step's section says only its title. */
export function stepMarkdown(stepId: string, context: Context): string {
  const slice = context.workspace.steps[stepId];
  if (stepId === 'setup') return setupMarkdown(slice as SetupSlice, context);
  if (stepId === 'currentState') return currentStateMarkdown(slice as CurrentStateSlice, context);
  if (stepId === 'sharedGoal') return sharedGoalMarkdown(slice as FunnelInput, context);
  return '';
}

export function setupMarkdown(slice: SetupSlice, { workspace, language, t }: Context): string {
  const setup = slice ?? setupOf(workspace);
  const plan = timePlan(setup.agenda, setup.startTime, setup.endTime || null);
  const facts: [string, string][] = [
    [t('steps:setup.workshop.clientCompany'), workspace.clientCompany],
    [t('steps:setup.workshop.date'), setup.date ? formatDate(setup.date, language) : ''],
    [t('steps:setup.workshop.location'), setup.location],
    [t('steps:setup.workshop.facilitator'), setup.facilitator],
  ];
  return block(
    facts
      .filter(([, value]) => value)
      .map(([label, value]) => `- **${label}:** ${escapeMarkdown(value)}`)
      .join('\n'),
    `### ${t('steps:setup.participants.title')}`,
    markdownTable(
      [t('steps:setup.participants.name'), t('steps:setup.participants.jobTitle'), t('steps:setup.participants.team')],
      setup.participants.map((p) => [p.name, p.title, t(`steps:setup.teams.${p.team}`)]),
    ),
    `### ${t('steps:setup.agenda.title')}`,
    markdownTable(
      [t('playbook:markdown.agenda.time'), t('playbook:markdown.agenda.item')],
      plan.items
        .filter((entry) => entry.item.enabled)
        .map(({ item, startMinute, endMinute }) => [
          `${clockTime(startMinute ?? 0)}–${clockTime(endMinute ?? 0)}`,
          item.kind === 'step' ? t(`steps:${item.stepId}.title`) : item.title,
        ]),
    ),
  );
}

export function currentStateMarkdown(slice: CurrentStateSlice, { language, options, t }: Context): string {
  // Ranked by the wall's own rules (src/domain/wall.ts), as the step's playbook section ranks them.
  const themes = rankedThemes(slice);
  const themeTable =
    themes.length === 0
      ? t('playbook:markdown.wall.noThemes')
      : markdownTable(
          [t('playbook:markdown.wall.theme'), t('playbook:markdown.wall.votes'), t('playbook:markdown.wall.cards'), t('playbook:markdown.wall.problem')],
          themes.map((tally) => [
            tally.theme.name,
            formatNumber(tally.total, language),
            formatNumber(tally.cards.length, language),
            tally.theme.problem ? t('playbook:markdown.wall.yes') : '',
          ]),
          [1, 2],
        );
  if (options.cards === 'themes') return block(`### ${t('playbook:markdown.wall.themes')}`, themeTable);
  const columns = slice.columns.map((column) => {
    const cards = cardsOfColumn(slice, column.id);
    if (cards.length === 0) return null;
    return block(
      `### ${escapeMarkdown(column.title)}`,
      markdownTable(
        [t('playbook:markdown.wall.card'), t('playbook:markdown.wall.theme'), t('playbook:markdown.wall.votes')],
        cards.map((card) => [card.text, themeOfCard(slice, card)?.name ?? t('playbook:markdown.wall.ungrouped'), formatNumber(card.votes, language)]),
        [2],
      ),
    );
  });
  return block(`### ${t('playbook:markdown.wall.themes')}`, themeTable, ...columns);
}

function monthName(month: YearMonth, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(month.year, month.month - 1, 1)));
}

export function sharedGoalMarkdown(slice: FunnelInput, { workspace, language, t }: Context): string {
  const money = (amount: number) => formatMoney(amount, workspace.currency, language, 0);
  const count = (n: number) => formatNumber(n, language);
  const outcome = computeFunnel(slice);
  const period =
    slice.period.kind === 'year'
      ? t('playbook:markdown.goal.year', { year: slice.period.year })
      : t('playbook:markdown.goal.quarter', { year: slice.period.year, quarter: slice.period.quarter ?? 1 });
  const head = [`- **${t('playbook:markdown.goal.target')}:** ${money(slice.targetAmount)}`, `- **${t('playbook:markdown.goal.period')}:** ${period}`].join('\n');
  if (!outcome.ok) return block(head, `_${t('playbook:markdown.goal.invalid')}_`);
  const plan = outcome.data;
  const stageName = (stageId: string) => slice.stages.find((stage) => stage.id === stageId)?.name ?? stageId;
  const typeName = (id: string) => slice.salesTypes.find((type) => type.id === id)?.name ?? id;
  const team = [
    slice.team.sellers !== undefined ? t('playbook:markdown.goal.sellers', { count: slice.team.sellers }) : null,
    slice.team.marketers !== undefined ? t('playbook:markdown.goal.marketers', { count: slice.team.marketers }) : null,
  ].filter(Boolean);
  const sellers = slice.team.sellers !== undefined;
  const marketers = slice.team.marketers !== undefined;
  const totals = markdownTable(
    [
      t('playbook:markdown.goal.stage'),
      t('playbook:markdown.goal.inPeriod'),
      t('playbook:markdown.goal.perMonth'),
      ...(sellers ? [t('playbook:markdown.goal.perSeller')] : []),
      ...(marketers ? [t('playbook:markdown.goal.perMarketer')] : []),
    ],
    plan.total.stages.map((stage) => [
      stageName(stage.stageId),
      count(stage.period),
      count(stage.perMonth),
      ...(sellers && stage.perSeller ? [count(stage.perSeller.perMonth)] : []),
      ...(marketers && stage.perMarketer ? [count(stage.perMarketer.perMonth)] : []),
    ]),
    [1, 2, 3, 4],
  );
  const types = markdownTable(
    [t('playbook:markdown.goal.salesType'), t('playbook:markdown.goal.revenue'), t('playbook:markdown.goal.dealSize'), t('playbook:markdown.goal.cycle')],
    plan.salesTypes.map((type) => {
      const input = slice.salesTypes.find((candidate) => candidate.id === type.salesTypeId);
      return [typeName(type.salesTypeId), money(type.revenue), money(input?.averageDealSize ?? 0), t('playbook:markdown.goal.months', { count: type.salesCycleMonths })];
    }),
    [1, 2, 3],
  );
  const perType = plan.salesTypes.map((type) =>
    block(
      `### ${escapeMarkdown(typeName(type.salesTypeId))}`,
      markdownTable(
        [t('playbook:markdown.goal.stage'), t('playbook:markdown.goal.rate'), t('playbook:markdown.goal.inPeriod'), t('playbook:markdown.goal.perMonth')],
        type.stages.map((stage) => [
          stageName(stage.stageId),
          stage.rateToNext !== undefined ? `${formatNumber(stage.rateToNext, language, Number.isInteger(stage.rateToNext) ? 0 : 1)} %` : '',
          count(stage.period),
          count(stage.perMonth),
        ]),
        [1, 2, 3],
      ),
    ),
  );
  const months = markdownTable(
    [t('playbook:markdown.goal.month'), ...slice.stages.map((stage) => stage.name)],
    plan.period.months.map((month, i) => [monthName(month, language), ...plan.total.stages.map((stage) => count(stage.months[i]!.count))]),
    slice.stages.map((_, i) => i + 1),
  );
  return block(
    head,
    team.length > 0 ? team.map((line) => `- ${line}`).join('\n') : null,
    totals,
    `### ${t('playbook:markdown.goal.salesTypes')}`,
    types,
    ...perType,
    `### ${t('playbook:markdown.goal.byMonth')}`,
    months,
  );
}

export function notesMarkdown(notes: string, { t }: Context): string {
  return block(`### ${t('playbook:document.notes')}`, paragraphs(notes).map((text) => `> ${escapeMarkdown(text)}`).join('\n>\n'));
}

export function problemsMarkdown(model: PlaybookModel, { language, t }: Context): string {
  return block(
    `## ${t('playbook:document.problems.title')}`,
    t('playbook:document.problems.intro'),
    markdownTable(
      [t('playbook:document.problems.number'), t('playbook:document.problems.problem'), t('playbook:document.problems.votes'), t('playbook:document.problems.answeredIn')],
      model.problems.map((problem, i) => [
        String(i + 1),
        problem.name,
        formatNumber(problem.votes, language),
        problem.answeredIn.length > 0 ? problem.answeredIn.map((section) => sectionTitle(section.stepId, t)).join(', ') : t('playbook:document.problems.notAnswered'),
      ]),
      [0, 2],
    ),
  );
}

export function signOffMarkdown(model: PlaybookModel, { t }: Context): string {
  return block(
    `## ${t('playbook:document.signOff.title')}`,
    t('playbook:document.signOff.intro'),
    markdownTable(
      [t('playbook:document.signOff.name'), t('playbook:document.signOff.role'), t('playbook:document.signOff.signature'), t('playbook:document.signOff.date')],
      model.participants.map((p) => [p.name, [p.title, t(`steps:setup.teams.${p.team}`)].filter(Boolean).join(' · '), '', '']),
    ),
  );
}
