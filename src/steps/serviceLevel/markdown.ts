import type { StepMarkdownContext } from '../../contract/step-definition';
import { goalOf } from '../../domain/goal-access';
import { marketingCommitment, mqlDefinitionOf, ownerLabel, slaCapacity } from '../../domain/sla';
import type { Sla, SlaSide } from '../../domain/sla-schema';
import { workshopOf } from '../../domain/workshop';
import { block, escapeMarkdown, markdownTable } from '../kit/markdown';
import { capacityLines, commitmentText, escalationText, evidenceLines, mqlMissingText, periodText } from './text';

/**
 * The SLA's Markdown section: each side's commitments with measure, target, owner, report and
 * escalation; the MQLs as the shared goal derives them (with where they come from); the outcomes;
 * the evidence behind the response time, with its sources; and the capacity check. The figures
 * come from the same domain functions the views use, so the PDF and this agree.
 */
export function serviceLevelMarkdown(sla: Sla, context: StepMarkdownContext): string {
  const { t, format, workspace } = context;
  const participants = workshopOf(workspace).participants;
  const goal = goalOf(workspace);
  const mqls = marketingCommitment(goal);
  const definition = mqlDefinitionOf(workspace);
  const none = t('markdown.none');

  const side = (which: SlaSide) => {
    const rows = sla.commitments
      .filter((c) => c.side === which)
      .map((c) => [
        commitmentText(c, sla, mqls, context, definition),
        c.measure,
        c.target,
        ownerLabel(c.owner, participants) || none,
        c.reportedIn,
        escalationText(c, participants, context) || none,
      ]);
    if (rows.length === 0) return null;
    return block(
      `### ${t(which === 'marketing' ? 'markdown.marketingCommits' : 'markdown.salesCommits')}`,
      markdownTable([t('markdown.commitment'), t('markdown.measure'), t('markdown.target'), t('markdown.owner'), t('markdown.reportedIn'), t('markdown.escalation')], rows),
    );
  };

  const mqlSection = () => {
    if (!mqls.ok || !goal) return block(`### ${t('markdown.mqlTitle')}`, `_${mqlMissingText(mqls, context)}_`);
    const { data } = mqls;
    const table = markdownTable(
      [t('markdown.salesType'), t('markdown.inPeriod'), t('markdown.perMonth')],
      [
        ...data.bySalesType.map((type) => [type.name, format.number(type.period), format.number(type.perMonth)]),
        [t('markdown.total'), format.number(data.period), format.number(data.perMonth)],
      ],
      [1, 2],
    );
    const perSeller = data.perSeller
      ? t('markdown.perSeller', { n: format.number(data.perSeller.sellers), perMonth: format.number(data.perSeller.perMonth), perWeek: format.number(data.perSeller.perWeek) })
      : null;
    return block(`### ${t('markdown.mqlTitle')}`, escapeMarkdown(t('mql.source', { target: format.money(goal.targetAmount), period: periodText(goal, context) })), table, perSeller);
  };

  const outcomes =
    sla.outcomes.length === 0
      ? null
      : block(
          `### ${t('markdown.outcomesTitle')}`,
          markdownTable(
            [t('markdown.outcome'), t('markdown.closing')],
            sla.outcomes.map((o) => [o.name, o.closing ? t('markdown.yes') : '']),
          ),
        );

  const evidence = block(
    `### ${t('evidence.title')}`,
    evidenceLines(context)
      .map((fact) => [...fact.sentences.map((s) => `- ${escapeMarkdown(s)}`), `  _${escapeMarkdown(fact.source)}_`].join('\n'))
      .join('\n'),
  );

  const capacity = block(`### ${t('capacity.title')}`, capacityLines(slaCapacity(goal, sla.sales), context).map(escapeMarkdown).join(' '));

  return block(side('marketing'), side('sales'), mqlSection(), outcomes, evidence, capacity);
}
