import { useTranslation } from 'react-i18next';
import type { Language } from '../../contract/workspace';
import type { FunnelPlan, StageVolume } from '../../domain/funnel';
import type { SharedGoalSlice } from './definition';
import type { FunnelChartRow } from './FunnelChart';
import type { GoalView } from './goal-view';

/**
 * The plan's tables, shared by the editor's results and the playbook: plain HTML tables with a
 * caption and a <thead>, numbers in the workspace's locale. `lng` is the language of the words
 * (the workspace's in the playbook; the UI's in the editor when not given).
 */
interface TableProps {
  view: GoalView;
  slice: SharedGoalSlice;
  lng?: Language | undefined;
}

/** The colour index of the total's bars: after the sales types' own. */
export const TOTAL_SERIES = 5;

/** A sales type's name, or "Sales type 2" while it has none. */
export function typeName(slice: SharedGoalSlice, index: number, t: (key: string, values?: Record<string, unknown>) => string): string {
  return slice.salesTypes[index]?.name.trim() || t('salesTypes.unnamed', { n: index + 1 });
}

/** The chart rows of one chain (a sales type's, or the total's split by sales type). */
export function chartRows(view: GoalView, stages: StageVolume[], plan?: FunnelPlan): FunnelChartRow[] {
  return stages.map((stage, j) => ({
    label: view.stageName(stage.stageId),
    total: stage.period,
    ...(plan && { segments: plan.salesTypes.map((type, i) => ({ series: i, value: type.stages[j]!.period })) }),
    cells: [view.f.number(stage.period), view.f.number(stage.perMonth)],
  }));
}

/** "Lead 7.695 (643 a month), MQL 2.287 (…), …": a chart's words. */
export function chartDescription(view: GoalView, stages: StageVolume[], t: (key: string, values?: Record<string, unknown>) => string): string {
  return stages
    .map((stage) => t('chart.stage', { stage: view.stageName(stage.stageId), total: view.f.number(stage.period), perMonth: view.f.number(stage.perMonth) }))
    .join('; ');
}

/** Every stage of one chain with its rate, its volume for the period and per month, per person. */
export function StageTable({ view, slice, lng, stages, caption }: TableProps & { stages: StageVolume[]; caption: string }) {
  const { t } = useTranslation('sharedGoal', lng ? { lng } : undefined);
  const period = view.periodLabel(slice.period);
  const sellers = stages[0]?.perSeller !== undefined;
  const marketers = stages[0]?.perMarketer !== undefined;
  const hasRates = stages.some((stage) => stage.rateToNext !== undefined);
  const n = view.f.number;
  return (
    <table className="goal-table">
      <caption>{caption}</caption>
      <thead>
        {sellers || marketers ? (
          <tr>
            <td colSpan={hasRates ? 4 : 3} />
            {sellers ? (
              <th scope="colgroup" colSpan={3} className="goal-table__group">
                {t('results.perSeller')}
              </th>
            ) : null}
            {marketers ? (
              <th scope="colgroup" colSpan={2} className="goal-table__group">
                {t('results.perMarketer')}
              </th>
            ) : null}
          </tr>
        ) : null}
        <tr>
          <th scope="col">{t('results.stage')}</th>
          {hasRates ? <th scope="col">{t('results.rateToNext')}</th> : null}
          <th scope="col">{t('results.inPeriod', { period })}</th>
          <th scope="col">{t('results.perMonth')}</th>
          {sellers ? (
            <>
              <th scope="col" className="goal-table__group-start" abbr={t('results.perSellerPeriod', { period })}>
                {t('results.inPeriod', { period })}
              </th>
              <th scope="col" abbr={t('results.perSellerMonth')}>
                {t('results.perMonth')}
              </th>
              <th scope="col" abbr={t('results.perSellerWeek')}>
                {t('results.perWeek')}
              </th>
            </>
          ) : null}
          {marketers ? (
            <>
              <th scope="col" className="goal-table__group-start" abbr={t('results.perMarketerPeriod', { period })}>
                {t('results.inPeriod', { period })}
              </th>
              <th scope="col" abbr={t('results.perMarketerMonth')}>
                {t('results.perMonth')}
              </th>
            </>
          ) : null}
        </tr>
      </thead>
      <tbody>
        {stages.map((stage) => (
          <tr key={stage.stageId}>
            <th scope="row">{view.stageName(stage.stageId)}</th>
            {hasRates ? <td>{stage.rateToNext !== undefined ? view.f.percent(stage.rateToNext) : ''}</td> : null}
            <td>{n(stage.period)}</td>
            <td>{n(stage.perMonth)}</td>
            {stage.perSeller ? (
              <>
                <td className="goal-table__group-start">{n(stage.perSeller.period)}</td>
                <td>{n(stage.perSeller.perMonth)}</td>
                <td>{n(stage.perSeller.perWeek, 2)}</td>
              </>
            ) : null}
            {stage.perMarketer ? (
              <>
                <td className="goal-table__group-start">{n(stage.perMarketer.period)}</td>
                <td>{n(stage.perMarketer.perMonth)}</td>
              </>
            ) : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Every stage of one chain, month by month: the period's count split over its months. */
export function MonthTable({ view, lng, stages, caption }: TableProps & { stages: StageVolume[]; caption: string }) {
  const { t } = useTranslation('sharedGoal', lng ? { lng } : undefined);
  const months = stages[0]?.months ?? [];
  return (
    <table className="goal-table goal-table--months">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('results.stage')}</th>
          {months.map((m) => (
            <th scope="col" key={`${m.year}-${m.month}`} abbr={view.f.month(m)}>
              {view.f.monthShort(m)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {stages.map((stage) => (
          <tr key={stage.stageId}>
            <th scope="row">{view.stageName(stage.stageId)}</th>
            {stage.months.map((m) => (
              <td key={`${m.year}-${m.month}`}>{view.f.number(m.count)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The period's counts side by side: a column per sales type (with its revenue) and the total. */
export function OverviewTable({ view, slice, lng, plan }: TableProps & { plan: FunnelPlan }) {
  const { t } = useTranslation('sharedGoal', lng ? { lng } : undefined);
  return (
    <table className="goal-table">
      <caption>{t('results.overviewCaption', { period: view.periodLabel(slice.period) })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('results.stage')}</th>
          {plan.salesTypes.map((type, i) => (
            <th scope="col" key={type.salesTypeId}>
              <span className="goal-table__swatch-name">
                <span className={`goal-swatch goal-series-${i % 6}`} aria-hidden="true" />
                {typeName(slice, i, t)}
              </span>
              <span className="goal-table__sub">{view.f.money(type.revenue)}</span>
            </th>
          ))}
          <th scope="col">
            {t('results.total')}
            <span className="goal-table__sub">{view.f.money(slice.targetAmount)}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {plan.total.stages.map((stage, j) => (
          <tr key={stage.stageId}>
            <th scope="row">{view.stageName(stage.stageId)}</th>
            {plan.salesTypes.map((type) => (
              <td key={type.salesTypeId}>{view.f.number(type.stages[j]!.period)}</td>
            ))}
            <td className="goal-table__total">{view.f.number(stage.period)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** When each month's leads must arrive: every arrival month with the leads due, per sales type. */
export function LeadCalendarTable({ view, slice, lng, plan }: TableProps & { plan: FunnelPlan }) {
  const { t } = useTranslation('sharedGoal', lng ? { lng } : undefined);
  const first = view.stageName(plan.total.stages[0]?.stageId ?? '');
  const cycles = plan.salesTypes
    .map((type, i) => t('calendar.cycle', { type: typeName(slice, i, t), count: type.salesCycleMonths, months: view.f.number(type.salesCycleMonths) }))
    .join(', ');
  return (
    <table className="goal-table">
      <caption>
        {plan.total.stages[0]?.stageId === 'lead' ? t('calendar.captionLeads') : t('calendar.caption', { stage: first })} <span className="goal-table__note">{t('calendar.note', { cycles })}</span>
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('calendar.arrives')}</th>
          {plan.salesTypes.map((type, i) => (
            <th scope="col" key={type.salesTypeId}>
              {typeName(slice, i, t)}
            </th>
          ))}
          <th scope="col">{t('results.total')}</th>
        </tr>
      </thead>
      <tbody>
        {plan.total.leadCalendar.map((entry) => (
          <tr key={`${entry.month.year}-${entry.month.month}`}>
            <th scope="row">{view.f.month(entry.month)}</th>
            {entry.bySalesType.map((cell) => (
              <td key={cell.salesTypeId}>{cell.leads > 0 ? view.f.number(cell.leads) : '–'}</td>
            ))}
            <td className="goal-table__total">{view.f.number(entry.leads)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
