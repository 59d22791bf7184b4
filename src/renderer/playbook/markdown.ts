import type { TFunction } from 'i18next';
import type { PlaybookOptions } from '../../contract/print-options';
import type { StepAgreementSources, StepMarkdownContext } from '../../contract/step-definition';
import type { Language, Workspace } from '../../contract/workspace';
import { agreementSourcesOf, registeredStepIds, stepDefinition } from '../../steps';
import { formatNumber, stepFormat } from '../../steps/kit/format';
import { block, escapeMarkdown, markdownTable } from '../../steps/kit/markdown';
import { paragraphs, playbookModel, type PlaybookModel } from './model';
import { summaryModel } from './summary';

export { escapeMarkdown, markdownTable };

/**
 * The playbook as Markdown, for teams that keep their agreements in a wiki: the same content as
 * the printed playbook (cover facts, a section per step in agenda order, the problems and where
 * they are answered, the sign-off), tables as Markdown tables, numbers, money and dates in the
 * workspace's locale. Pure: a workspace, the options and a translator (fixed to the workspace's
 * language) in, text out. Each step writes its own section (its definition's `markdown`), from the
 * same domain functions its views use, so the PDF and this agree.
 */

interface Context {
  workspace: Workspace;
  language: Language;
  options: PlaybookOptions;
  t: TFunction;
}

/**
 * A step section's title as its playbook section heads it: `<stepId>:playbook.title` where the
 * step's catalog has one (a fuller title than the step's name), else the step's name.
 */
export function sectionTitle(stepId: string, t: TFunction): string {
  return t(`${stepId}:playbook.title`, { defaultValue: '' }) || t(`${stepId}:title`, { defaultValue: stepId });
}

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
    summaryMarkdown(model, context),
    contentsMarkdown(model, context),
    ...sections,
    // The notes of custom agenda items (the wrap-up's actions), as the PDF has them.
    options.includeNotes && model.otherNotes.length > 0
      ? block(`## ${t('playbook:document.otherNotes')}`, ...model.otherNotes.map((item) => block(`### ${escapeMarkdown(item.title)}`, paragraphs(item.notes).map((text) => `> ${escapeMarkdown(text)}`).join('\n>\n'))))
      : null,
    model.generic.problems ? problemsMarkdown(model, context) : null,
    model.generic.signOff ? signOffMarkdown(model, context) : null,
    `---\n\n_${t('playbook:markdown.generated')}_`,
  )}\n`;
}

/** The executive summary, as the printed page has it (summary.ts). */
export function summaryMarkdown(model: PlaybookModel, { workspace, options, t }: Context): string {
  const summary = summaryModel(workspace, model, options, t);
  const facts = (rows: { label: string; text: string }[]) => rows.map((row) => `- **${escapeMarkdown(row.label)}:** ${escapeMarkdown(row.text)}`).join('\n');
  return block(
    `## ${t('playbook:document.summary.title')}`,
    paragraphs(summary.lead).map(escapeMarkdown).join('\n\n'),
    summary.numbers.length > 0 ? block(`### ${t('playbook:document.summary.numbers')}`, facts(summary.numbers.map((row) => ({ label: row.label, text: row.value })))) : null,
    summary.problems.length > 0
      ? block(
          `### ${t('playbook:document.summary.problems')}`,
          summary.problems.map((problem, i) => `${i + 1}. **${escapeMarkdown(problem.name)}**${problem.answers.length > 0 ? ` → ${escapeMarkdown(problem.answers.join('; '))}` : ''}`).join('\n'),
        )
      : null,
    summary.lines.length > 0 ? block(`### ${t('playbook:document.summary.agreements')}`, facts(summary.lines)) : null,
  );
}

export function coverMarkdown(model: PlaybookModel, { t, language }: Context): string {
  const facts: [string, string][] = [
    [t('playbook:document.date'), stepFormat(language, 'DKK').date(model.date)],
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
            .map(({ team, members }) => `- ${t(`common:teams.${team}`)}: ${members.map((m) => escapeMarkdown(m.title ? `${m.name} (${m.title})` : m.name)).join(', ')}`)
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
    ...(model.generic.problems ? [t('playbook:document.problems.title')] : []),
    ...(model.generic.signOff ? [t('playbook:document.signOff.title')] : []),
  ];
  return block(`## ${t('playbook:document.contents')}`, titles.map((title, i) => `${i + 1}. [${escapeMarkdown(title)}](#${anchorOf(title)})`).join('\n'));
}

/**
 * The Markdown context of one step: the workspace's formats, and a translator whose default
 * namespace is the step's own (`t('title')` is `<stepId>:title`).
 *
 * @example
 * stepMarkdownContext(workspace, options, i18n.getFixedT('da'), 'sharedGoal').t('title'); // 'Fælles mål'
 */
export function stepMarkdownContext(workspace: Workspace, options: PlaybookOptions, t: TFunction, stepId: string, withAgreement = true): StepMarkdownContext {
  const context: StepMarkdownContext = {
    workspace,
    options,
    language: workspace.language,
    registered: registeredStepIds,
    t: (key, values) => t(key, { ns: stepId, ...values }) as string,
    format: stepFormat(workspace.language, workspace.currency),
  };
  // Only a step that gathers the others' answers and decisions is handed them.
  const gathers = stepDefinition(stepId)?.ownsPlaybookParts !== undefined;
  return withAgreement && gathers ? { ...context, agreement: agreementOf(workspace, options, t) } : context;
}

/** Every step's answers and decisions, each from its own translated context. */
export function agreementOf(workspace: Workspace, options: PlaybookOptions, t: TFunction): StepAgreementSources {
  return agreementSourcesOf(workspace, (id) => stepMarkdownContext(workspace, options, t, id, false));
}

/** A step's section: written by the step itself; '' for a step this build does not know. */
export function stepMarkdown(stepId: string, context: Context): string {
  const step = stepDefinition(stepId);
  if (!step) return '';
  const parsed = step.schema.safeParse(context.workspace.steps[stepId]);
  if (!parsed.success) return `_${context.t('playbook:markdown.invalidSection')}_`;
  return step.markdown(parsed.data, stepMarkdownContext(context.workspace, context.options, context.t, stepId));
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
      model.participants.map((p) => [p.name, [p.title, t(`common:teams.${p.team}`)].filter(Boolean).join(' · '), '', '']),
    ),
  );
}
