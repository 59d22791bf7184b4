import { AlertTriangle, CheckCircle2 } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../contract/workspace';
import type { CapacityCheck, FunnelPlan } from '../../domain/funnel';
import type { SharedGoalSlice } from './definition';
import { FunnelChart } from './FunnelChart';
import type { GoalView } from './goal-view';
import { chartDescription, chartRows, LeadCalendarTable, MonthTable, OverviewTable, StageTable, TOTAL_SERIES, typeName } from './PlanTables';

interface ResultsProps {
  view: GoalView;
  slice: SharedGoalSlice;
  /** Fields whose typed text is unsent (not a number): the results use their old values. */
  unsentFields?: number;
}

/**
 * What the goal takes, worked back: the headline, the capacity check, the period's counts per
 * sales type, one chain in detail (chart, table, month by month), and when leads must arrive.
 * Until the input is valid it says how many fields still need attention, instead.
 */
export function Results({ view, slice, unsentFields = 0 }: ResultsProps) {
  const { t } = useTranslation('sharedGoal');
  const { outcome } = view;
  const stale = outcome.ok && unsentFields > 0;
  return (
    <section className={`step-section goal-results${stale ? ' goal-results--stale' : ''}`} aria-labelledby="goal-results-title">
      <h3 id="goal-results-title">{t('results.title')}</h3>
      {stale ? (
        <p className="message message--warning" role="status">
          <AlertTriangle aria-hidden="true" size={18} />
          {t('results.stale', { count: unsentFields })}
        </p>
      ) : null}
      {outcome.ok ? (
        <PlanResults view={view} slice={slice} plan={outcome.data} />
      ) : (
        <p className="message message--warning">
          <AlertTriangle aria-hidden="true" size={18} />
          {t('results.blocked', { count: outcome.issues.length })}
        </p>
      )}
    </section>
  );
}

/** The choice of the total's chain (sales type ids are UUIDs or words; this one is reserved). */
const TOTAL = '\u0000total';

function PlanResults({ view, slice, plan }: ResultsProps & { plan: FunnelPlan }) {
  const { t } = useTranslation('sharedGoal');
  const [selected, setSelected] = useState<string>(TOTAL);
  const index = plan.salesTypes.findIndex((type) => type.salesTypeId === selected);
  const chosen = index >= 0 ? plan.salesTypes[index]! : null;
  const stages = chosen ? chosen.stages : plan.total.stages;
  const chosenName = chosen ? typeName(slice, index, t) : t('results.total');
  const options = [{ id: TOTAL, name: t('results.total') }, ...plan.salesTypes.map((type, i) => ({ id: type.salesTypeId, name: typeName(slice, i, t) }))];

  return (
    <>
      <p className="goal-headline">{headline(view, slice, plan, t)}</p>
      <CapacityNote view={view} capacity={plan.capacity} />
      <div className="goal-scroll" role="region" aria-label={t('results.overviewRegion')} tabIndex={0}>
        <OverviewTable view={view} slice={slice} plan={plan} />
      </div>
      <h4 className="goal-subtitle">{t('results.detailTitle')}</h4>
      <div className="goal-choice" role="group" aria-label={t('results.choose')}>
        {options.map((option) => (
          <button
            key={option.id}
            type="button"
            className="button button--small"
            aria-pressed={option.id === selected || (option.id === TOTAL && index < 0)}
            onClick={() => setSelected(option.id)}
          >
            {option.name}
          </button>
        ))}
      </div>
      <div className="goal-detail">
        <FunnelChart
          className="goal-chart--editor"
          rows={chartRows(view, stages, chosen ? undefined : plan)}
          series={chosen ? index : TOTAL_SERIES}
          columns={[view.periodLabel(slice.period), t('results.perMonthShort')]}
          title={t('chart.title', { name: chosenName })}
          description={chartDescription(view, stages, t)}
        />
        <div className="goal-scroll" role="region" aria-label={t('results.detailRegion', { name: chosenName })} tabIndex={0}>
          <StageTable view={view} slice={slice} stages={stages} caption={t('results.detailCaption', { name: chosenName })} />
        </div>
      </div>
      <div className="goal-scroll" role="region" aria-label={t('results.monthsRegion', { name: chosenName })} tabIndex={0}>
        <MonthTable view={view} slice={slice} stages={stages} caption={t('results.monthsCaption', { name: chosenName })} />
      </div>
      <h4 className="goal-subtitle">{t('calendar.title')}</h4>
      <div className="goal-scroll" role="region" aria-label={t('calendar.title')} tabIndex={0}>
        <LeadCalendarTable view={view} slice={slice} plan={plan} />
      </div>
    </>
  );
}

type T = (key: string, values?: Record<string, unknown>) => string;

/** "To reach DKK 12m in 2027, we need 7,695 leads a year – 641 a month on average, 643 in the busiest month." */
export function headline(view: GoalView, slice: SharedGoalSlice, plan: FunnelPlan, t: T): string {
  const first = plan.total.stages[0];
  if (!first) return '';
  const stage = slice.stages[0];
  const isLead = stage?.id === 'lead' && ['lead', 'leads'].includes(stage.name.trim().toLowerCase());
  return t(slice.period.kind === 'quarter' ? 'headline.quarter' : 'headline.year', {
    target: view.f.moneyShort(slice.targetAmount),
    period: view.periodLabel(slice.period),
    total: view.f.number(first.period),
    // perMonth is the busiest month (counts are whole and rounded up); the average says the rest.
    perMonth: view.f.number(first.perMonth),
    average: view.f.number(first.period / plan.period.months.length),
    stage: isLead ? t('headline.leads') : view.stageName(first.stageId),
  });
}

/** The sellers' follow-ups per week against their capacity: a warning with the numbers when over. */
export function CapacityNote({ view, capacity, lng }: { view: GoalView; capacity: CapacityCheck | null; lng?: Language }) {
  const { t } = useTranslation('sharedGoal', lng ? { lng } : undefined);
  if (!capacity) return <p className="goal-note">{t('capacity.noSellers')}</p>;
  const values = {
    need: view.f.number(capacity.perSellerPerWeek, 2),
    can: capacity.followUpsPerSellerPerWeek === null ? '' : view.f.plain(capacity.followUpsPerSellerPerWeek),
    stages: capacity.stageIds.map(view.stageName).join(' + '),
    followUps: view.f.number(capacity.followUps),
    weeks: view.f.number(capacity.weeks),
    sellers: view.f.number(capacity.sellers),
    needed: capacity.sellersNeeded === null ? '' : view.f.number(capacity.sellersNeeded),
  };
  if (capacity.followUpsPerSellerPerWeek === null) return <p className="goal-note">{t('capacity.unknown', values)}</p>;
  if (capacity.exceeded) {
    return (
      <p className="message message--warning goal-capacity">
        <AlertTriangle aria-hidden="true" size={18} />
        {t('capacity.exceeded', values)}
      </p>
    );
  }
  return (
    <p className="goal-note goal-note--ok">
      <CheckCircle2 aria-hidden="true" size={18} />
      {t('capacity.within', values)}
    </p>
  );
}
