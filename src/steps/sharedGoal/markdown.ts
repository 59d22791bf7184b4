import type { StepMarkdownContext } from '../../contract/step-definition';
import { computeFunnel } from '../../domain/funnel';
import type { FunnelInput, YearMonth } from '../../domain/funnel-schema';
import { LOCALES } from '../kit/format';
import { block, escapeMarkdown, markdownTable } from '../kit/markdown';

function monthName(month: YearMonth, context: StepMarkdownContext): string {
  return new Intl.DateTimeFormat(LOCALES[context.language], { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(month.year, month.month - 1, 1)));
}

/**
 * The shared goal's Markdown section: the target, the plan worked back through the chain in
 * total, per sales type and by month, from the same domain function the step's views use
 * (computeFunnel), so the PDF and this agree to the øre.
 */
export function sharedGoalMarkdown(slice: FunnelInput, context: StepMarkdownContext): string {
  const { t, format } = context;
  const count = (n: number) => format.number(n);
  const outcome = computeFunnel(slice);
  const period =
    slice.period.kind === 'year' ? t('markdown.year', { year: slice.period.year }) : t('markdown.quarter', { year: slice.period.year, quarter: slice.period.quarter ?? 1 });
  const head = [`- **${t('markdown.target')}:** ${format.money(slice.targetAmount)}`, `- **${t('markdown.period')}:** ${period}`].join('\n');
  if (!outcome.ok) return block(head, `_${t('markdown.invalid')}_`);
  const plan = outcome.data;
  const stageName = (stageId: string) => slice.stages.find((stage) => stage.id === stageId)?.name ?? stageId;
  const typeName = (id: string) => slice.salesTypes.find((type) => type.id === id)?.name ?? id;
  const team = [
    slice.team.sellers !== undefined ? t('markdown.sellers', { count: slice.team.sellers }) : null,
    slice.team.marketers !== undefined ? t('markdown.marketers', { count: slice.team.marketers }) : null,
  ].filter(Boolean);
  const sellers = slice.team.sellers !== undefined;
  const marketers = slice.team.marketers !== undefined;
  const totals = markdownTable(
    [
      t('markdown.stage'),
      t('markdown.inPeriod'),
      t('markdown.perMonth'),
      ...(sellers ? [t('markdown.perSeller')] : []),
      ...(marketers ? [t('markdown.perMarketer')] : []),
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
    [t('markdown.salesType'), t('markdown.revenue'), t('markdown.dealSize'), t('markdown.cycle')],
    plan.salesTypes.map((type) => {
      const input = slice.salesTypes.find((candidate) => candidate.id === type.salesTypeId);
      return [typeName(type.salesTypeId), format.money(type.revenue), format.money(input?.averageDealSize ?? 0), t('markdown.months', { count: type.salesCycleMonths })];
    }),
    [1, 2, 3],
  );
  const perType = plan.salesTypes.map((type) =>
    block(
      `### ${escapeMarkdown(typeName(type.salesTypeId))}`,
      markdownTable(
        [t('markdown.stage'), t('markdown.rate'), t('markdown.inPeriod'), t('markdown.perMonth')],
        type.stages.map((stage) => [
          stageName(stage.stageId),
          stage.rateToNext !== undefined ? format.percent(stage.rateToNext, Number.isInteger(stage.rateToNext) ? 0 : 1) : '',
          count(stage.period),
          count(stage.perMonth),
        ]),
        [1, 2, 3],
      ),
    ),
  );
  // The sellers' capacity, as the PDF's note says it (a warning when the plan needs more).
  const capacity = plan.capacity;
  const capacityValues = capacity && {
    need: format.number(capacity.perSellerPerWeek, 2),
    can: capacity.followUpsPerSellerPerWeek === null ? '' : format.number(capacity.followUpsPerSellerPerWeek, Number.isInteger(capacity.followUpsPerSellerPerWeek) ? 0 : 2),
    stages: capacity.stageIds.map(stageName).join(' + '),
    followUps: count(capacity.followUps),
    weeks: count(capacity.weeks),
    sellers: count(capacity.sellers),
    needed: capacity.sellersNeeded === null ? '' : count(capacity.sellersNeeded),
  };
  const capacityNote = !capacity
    ? t('capacity.noSellers')
    : capacity.followUpsPerSellerPerWeek === null
      ? t('capacity.unknown', capacityValues!)
      : capacity.exceeded
        ? `**⚠ ${t('capacity.exceeded', capacityValues!)}**`
        : t('capacity.within', capacityValues!);
  // Per seller, as the PDF's tables: the period, a month and a week (two decimals).
  const perSellerTable = sellers
    ? markdownTable(
        [t('markdown.stage'), t('results.perSellerPeriod', { period }), t('results.perSellerMonth'), t('results.perSellerWeek')],
        plan.total.stages.filter((stage) => stage.perSeller).map((stage) => [stageName(stage.stageId), count(stage.perSeller!.period), count(stage.perSeller!.perMonth), format.number(stage.perSeller!.perWeek, 2)]),
        [1, 2, 3],
      )
    : null;
  // When the leads must arrive: a month's deals need their leads a sales cycle earlier.
  const calendar = markdownTable(
    [t('calendar.arrives'), ...plan.salesTypes.map((type) => typeName(type.salesTypeId)), t('markdown.total')],
    plan.total.leadCalendar.map((entry) => [
      monthName(entry.month, context),
      ...plan.salesTypes.map((type) => {
        const leads = entry.bySalesType.find((cell) => cell.salesTypeId === type.salesTypeId)?.leads ?? 0;
        return leads > 0 ? count(leads) : '–';
      }),
      count(entry.leads),
    ]),
    [...plan.salesTypes.map((_, i) => i + 1), plan.salesTypes.length + 1],
  );
  const months = markdownTable(
    [t('markdown.month'), ...slice.stages.map((stage) => stage.name)],
    plan.period.months.map((month, i) => [monthName(month, context), ...plan.total.stages.map((stage) => count(stage.months[i]!.count))]),
    slice.stages.map((_, i) => i + 1),
  );
  return block(
    head,
    team.length > 0 ? team.map((line) => `- ${line}`).join('\n') : null,
    totals,
    `### ${t('markdown.salesTypes')}`,
    types,
    ...perType,
    `### ${t('markdown.byMonth')}`,
    months,
    perSellerTable ? block(`### ${t('results.perSeller')}`, perSellerTable) : null,
    capacityNote,
    `### ${t('calendar.title')}`,
    plan.total.stages[0]?.stageId === 'lead' ? t('calendar.captionLeads') : t('calendar.caption', { stage: plan.total.stages[0] ? stageName(plan.total.stages[0].stageId) : '' }),
    calendar,
  );
}
