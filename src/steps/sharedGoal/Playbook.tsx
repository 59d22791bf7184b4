import { useTranslation } from 'react-i18next';
import type { StepPlaybookProps } from '../kit/views';
import type { SharedGoalSlice } from './definition';
import { FunnelChart } from './FunnelChart';
import { useGoalView } from './goal-view';
import { chartDescription, chartRows, LeadCalendarTable, MonthTable, OverviewTable, StageTable, TOTAL_SERIES, typeName } from './PlanTables';
import { CapacityNote, headline } from './Results';

/**
 * The shared goal as the playbook's section, in the workspace's language: the agreement in one
 * sentence, the facts behind it, the funnel chart and tables of the total and of every sales type
 * (per month and per person), and when the leads must arrive. Simple HTML tables with <thead>
 * and SVG charts, for the print layout.
 */
export function SharedGoalPlaybookSection({ workspace, slice }: StepPlaybookProps<SharedGoalSlice>) {
  const lng = workspace.language;
  const { t } = useTranslation('sharedGoal', { lng });
  const view = useGoalView(workspace, slice, lng);
  const { outcome } = view;
  const period = view.periodLabel(slice.period);
  const chain = slice.stages.map((stage) => stage.name).join(' → ');

  return (
    <section className="playbook-section goal-playbook">
      <h2>{t('playbook.title')}</h2>
      {outcome.ok ? <p className="goal-playbook__headline">{headline(view, slice, outcome.data, t)}</p> : null}
      <dl className="playbook-facts">
        <dt>{t('goal.target')}</dt>
        <dd>{view.f.money(slice.targetAmount)}</dd>
        <dt>{t('playbook.period')}</dt>
        <dd>{period}</dd>
        <dt>{t('playbook.chain')}</dt>
        <dd>{chain}</dd>
        {slice.team.sellers !== undefined ? (
          <>
            <dt>{t('team.sellers')}</dt>
            <dd>{view.f.plain(slice.team.sellers)}</dd>
          </>
        ) : null}
        {slice.team.marketers !== undefined ? (
          <>
            <dt>{t('team.marketers')}</dt>
            <dd>{view.f.plain(slice.team.marketers)}</dd>
          </>
        ) : null}
        {slice.capacity?.followUpsPerSellerPerWeek !== undefined ? (
          <>
            <dt>{t('team.capacity')}</dt>
            <dd>{view.f.plain(slice.capacity.followUpsPerSellerPerWeek)}</dd>
          </>
        ) : null}
      </dl>

      {!outcome.ok ? (
        <>
          <p>{t('playbook.incomplete', { count: outcome.issues.length })}</p>
          <ul>
            {outcome.issues.map((issue, k) => (
              <li key={k}>{view.message(issue)}</li>
            ))}
          </ul>
        </>
      ) : (
        <>
          <CapacityNote view={view} capacity={outcome.data.capacity} lng={lng} />
          <OverviewTable view={view} slice={slice} plan={outcome.data} lng={lng} />

          <h3>{t('results.total')}</h3>
          <FunnelChart
            className="goal-chart--print"
            rows={chartRows(view, outcome.data.total.stages, outcome.data)}
            series={TOTAL_SERIES}
            columns={[period, t('results.perMonthShort')]}
            title={t('chart.title', { name: t('results.total') })}
            description={chartDescription(view, outcome.data.total.stages, t)}
          />
          <StageTable view={view} slice={slice} lng={lng} stages={outcome.data.total.stages} caption={t('results.detailCaption', { name: t('results.total') })} />
          <MonthTable view={view} slice={slice} lng={lng} stages={outcome.data.total.stages} caption={t('results.monthsCaption', { name: t('results.total') })} />

          {outcome.data.salesTypes.map((plan, i) => {
            const type = slice.salesTypes[i]!;
            const name = typeName(slice, i, t);
            return (
              <div key={plan.salesTypeId} className="goal-playbook__type">
                <h3>{name}</h3>
                <p>
                  {t('playbook.typeFacts', {
                    revenue: view.f.money(plan.revenue),
                    deal: view.f.money(type.averageDealSize),
                    count: type.salesCycleMonths,
                    months: view.f.number(type.salesCycleMonths),
                  })}
                </p>
                <FunnelChart
                  className="goal-chart--print"
                  rows={chartRows(view, plan.stages)}
                  series={i}
                  columns={[period, t('results.perMonthShort')]}
                  title={t('chart.title', { name })}
                  description={chartDescription(view, plan.stages, t)}
                />
                <StageTable view={view} slice={slice} lng={lng} stages={plan.stages} caption={t('results.detailCaption', { name })} />
                <MonthTable view={view} slice={slice} lng={lng} stages={plan.stages} caption={t('results.monthsCaption', { name })} />
              </div>
            );
          })}

          <h3>{t('calendar.title')}</h3>
          <LeadCalendarTable view={view} slice={slice} plan={outcome.data} lng={lng} />
        </>
      )}
    </section>
  );
}
