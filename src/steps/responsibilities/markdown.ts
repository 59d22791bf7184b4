import type { StepMarkdownContext } from '../../contract/step-definition';
import { activitiesByStage, letterAt, openDisputes, raciFindings, roleCards } from '../../domain/raci';
import type { RaciMatrix } from '../../domain/raci-schema';
import { workshopOf } from '../../domain/workshop';
import { block, escapeMarkdown, markdownTable } from '../kit/markdown';
import { activityName, cellMark, findingText, listOf, roleName, roleShort } from './text';

/**
 * The responsibility matrix's Markdown section: the same facts as its playbook section. The
 * matrix as one table (a stage column groups the rows; columns headed by the roles'
 * abbreviations, spelled out in the legend), the findings still open, the disputes left open,
 * and one "who does what" card per role.
 */
export function responsibilitiesMarkdown(matrix: RaciMatrix, context: StepMarkdownContext): string {
  return block(
    `### ${context.t('markdown.matrix')}`,
    matrixMarkdown(matrix, context),
    `### ${context.t('markdown.openFindings')}`,
    findingsMarkdown(matrix, context),
    `### ${context.t('markdown.disputes')}`,
    disputesMarkdown(matrix, context),
    `### ${context.t('markdown.whoDoesWhat')}`,
    roleCardsMarkdown(matrix, context),
  );
}

/** The disputed mark beside a cell's letter: the same sign the grid and the playbook use. */
export const DISPUTED_MARK = '⚑';

export function matrixMarkdown(matrix: RaciMatrix, { t }: StepMarkdownContext): string {
  if (matrix.activities.length === 0) return t('markdown.noActivities');
  const open = new Set(openDisputes(matrix).map((d) => `${d.activityId} ${d.roleId}`));
  const rows = activitiesByStage(matrix).flatMap(({ stage, activities }) =>
    activities.map((activity, i) => [
      i === 0 ? t(`stages.${stage}`) : '',
      activityName(matrix, activity.id),
      ...matrix.roles.map((role) => {
        const mark = cellMark(activity, letterAt(matrix, activity.id, role.id));
        return open.has(`${activity.id} ${role.id}`) ? `${mark} ${DISPUTED_MARK}`.trim() : mark;
      }),
    ]),
  );
  const table = markdownTable([t('markdown.stage'), t('markdown.activity'), ...matrix.roles.map(roleShort)], rows);
  return block(table, legendMarkdown(matrix, t));
}

function legendMarkdown(matrix: RaciMatrix, t: StepMarkdownContext['t']): string {
  const usesSupport = matrix.mode === 'RASCI' || matrix.activities.some((a) => matrix.roles.some((r) => letterAt(matrix, a.id, r.id) === 'S'));
  const letters = (usesSupport ? ['R', 'A', 'S', 'C', 'I'] : ['R', 'A', 'C', 'I']).map((l) => `**${l}** ${t(`letters.${l}`)} (${t(`letterMeaning.${l}`)})`);
  const usesAr = matrix.activities.some((a) => a.accountableDoesIt === true && matrix.roles.some((r) => letterAt(matrix, a.id, r.id) === 'A'));
  const marks = [...letters, ...(usesAr ? [`**A/R** ${t('letters.AR')} (${t('letterMeaning.AR')})`] : []), t('markdown.disputedMark')];
  const roles = matrix.roles.map((role) => `**${escapeMarkdown(roleShort(role))}** ${escapeMarkdown(roleName(matrix, role.id))}`);
  return [`**${t('markdown.legend')}:** ${marks.join(' · ')}`, `**${t('markdown.roles')}:** ${roles.join(' · ')}`].join('\n\n');
}

export function findingsMarkdown(matrix: RaciMatrix, { t, language }: StepMarkdownContext): string {
  const findings = raciFindings(matrix);
  if (findings.length === 0) return t('findings.none');
  return findings.map((f) => `- **${t(`severity.${f.severity}`)}:** ${escapeMarkdown(findingText(f, matrix, t, language))}`).join('\n');
}

export function disputesMarkdown(matrix: RaciMatrix, { t }: StepMarkdownContext): string {
  const disputes = openDisputes(matrix);
  if (disputes.length === 0) return t('markdown.noDisputes');
  const view = (text: string) => (text.trim() ? escapeMarkdown(text.trim()) : `_${t('markdown.noView')}_`);
  return disputes
    .map((d) =>
      [
        `- **${escapeMarkdown(activityName(matrix, d.activityId))} · ${escapeMarkdown(roleName(matrix, d.roleId))}** (${cellMark(
          matrix.activities.find((a) => a.id === d.activityId) ?? {},
          letterAt(matrix, d.activityId, d.roleId),
        ) || '–'})`,
        `  - ${t('markdown.salesView')}: ${view(d.salesView)}`,
        `  - ${t('markdown.marketingView')}: ${view(d.marketingView)}`,
      ].join('\n'),
    )
    .join('\n');
}

export function roleCardsMarkdown(matrix: RaciMatrix, { t, language, workspace }: StepMarkdownContext): string {
  const cards = roleCards(matrix, workshopOf(workspace).participants);
  if (cards.length === 0) return '';
  const names = (list: readonly string[]) => (list.length > 0 ? escapeMarkdown(listOf(list, language)) : `_${t('markdown.nothing')}_`);
  return block(
    ...cards.map((card) => {
      const short = roleShort(card.role);
      const name = roleName(matrix, card.role.id);
      const holders = card.holders.map((p) => (p.title ? `${p.name} (${p.title})` : p.name));
      return block(
        `#### ${escapeMarkdown(name)}${short && short !== name ? ` (${escapeMarkdown(short)})` : ''}`,
        [
          `- **${t('markdown.heldBy')}:** ${holders.length > 0 ? escapeMarkdown(listOf(holders, language)) : `_${t('markdown.noHolders')}_`}`,
          `- **${t('markdown.does')}:** ${names(card.responsible.map((a) => activityName(matrix, a.id)))}`,
          `- **${t('markdown.accountableFor')}:** ${names(card.accountable.map((a) => activityName(matrix, a.id)))}`,
        ].join('\n'),
      );
    }),
  );
}
