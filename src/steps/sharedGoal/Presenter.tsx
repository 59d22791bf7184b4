import { AlertTriangle } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { StepPresenterProps } from '../kit/views';
import type { SharedGoalSlice } from './definition';
import { FunnelChart } from './FunnelChart';
import { useGoalView } from './goal-view';
import { chartDescription, chartRows, TOTAL_SERIES, typeName } from './PlanTables';
import { headline } from './Results';

/**
 * What the room sees: the sentence to remember ("To reach 12 mio. kr. in 2027 we need 7.695
 * leads a year: 643 a month"), the whole funnel split by sales type, and each sales type's key
 * numbers, in the workspace's language. Sized in the presenter's em (28 px at 1080p) and laid out
 * to fit the screen: the chart scales into the space left, so nothing scrolls.
 */
export function SharedGoalPresenter({ workspace, slice }: StepPresenterProps<SharedGoalSlice>) {
  const lng = workspace.language;
  const { t } = useTranslation('sharedGoal', { lng });
  const view = useGoalView(workspace, slice, lng);
  const { outcome } = view;
  if (!outcome.ok) {
    return (
      <div className="goal-present">
        <p className="goal-present__pending">{t('present.pending', { target: view.f.moneyShort(slice.targetAmount), period: view.periodLabel(slice.period) })}</p>
      </div>
    );
  }
  const plan = outcome.data;
  const total = plan.total.stages;
  const won = total.at(-1);
  const capacity = plan.capacity;
  // What each seller handles a month on the follow-up stages: "SQL 15 · Meeting 10".
  const perSeller = capacity
    ? capacity.stageIds
        .map((id) => total.find((stage) => stage.stageId === id))
        .filter((stage) => stage?.perSeller !== undefined)
        .map((stage) => `${view.stageName(stage!.stageId)} ${view.f.number(stage!.perSeller!.perMonth)}`)
        .join(' · ')
    : '';
  return (
    <div className="goal-present">
      <p className="goal-present__headline">{headline(view, slice, plan, t)}</p>
      <div className="goal-present__grid">
        <div className="goal-present__chart">
          <FunnelChart
            className="goal-chart--present"
            sizing="fill"
            fontSize={30}
            barWidth={9}
            headScale={1}
            rows={chartRows(view, total, plan)}
            series={TOTAL_SERIES}
            columns={[view.periodLabel(slice.period), t('results.perMonthShort')]}
            title={t('chart.title', { name: t('results.total') })}
            description={chartDescription(view, total, t)}
          />
        </div>
        <div className="goal-present__side">
          <table className="goal-present__types">
            <thead>
              <tr>
                <th scope="col">{t('present.salesType')}</th>
                <th scope="col">{t('present.revenue')}</th>
                <th scope="col">{t('present.leadsPerMonth', { stage: view.stageName(total[0]!.stageId) })}</th>
                <th scope="col">{t('present.won', { stage: view.stageName(won!.stageId) })}</th>
              </tr>
            </thead>
            <tbody>
              {plan.salesTypes.map((type, i) => (
                <tr key={type.salesTypeId}>
                  <th scope="row">
                    <span className={`goal-swatch goal-series-${i % 6}`} aria-hidden="true" />
                    {typeName(slice, i, t)}
                  </th>
                  <td>{view.f.moneyShort(type.revenue)}</td>
                  <td>{view.f.number(type.stages[0]!.perMonth)}</td>
                  <td>{view.f.number(type.stages.at(-1)!.period)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {capacity?.exceeded ? (
            <p className="goal-present__warning">
              <AlertTriangle aria-hidden="true" className="goal-present__icon" />
              {t('present.capacity', {
                need: view.f.number(capacity.perSellerPerWeek, 2),
                can: view.f.plain(capacity.followUpsPerSellerPerWeek ?? 0),
                needed: view.f.number(capacity.sellersNeeded ?? 0),
                sellers: view.f.number(capacity.sellers),
              })}
            </p>
          ) : capacity ? (
            <p className="goal-present__note">
              {t('present.followUps', { need: view.f.number(capacity.perSellerPerWeek, 2), sellers: view.f.number(capacity.sellers) })}
            </p>
          ) : null}
          {perSeller ? <p className="goal-present__note">{t('present.perSeller', { list: perSeller })}</p> : null}
        </div>
      </div>
    </div>
  );
}
