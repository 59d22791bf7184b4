import { AlertTriangle } from 'lucide-react';
import type { Sla, SlaSide, TimeUnit } from '../../domain/sla-schema';
import { useFitToBox } from '../kit/use-fit-to-box';
import type { StepPresenterProps } from '../kit/views';
import { useSlaView } from './sla-view';
import { capacityLines, durationText } from './text';

const MARKETING: SlaSide = 'marketing';
const SALES: SlaSide = 'sales';
const WORKING_HOURS: TimeUnit = 'workingHours';

/**
 * The SLA on the projector: two columns, what marketing commits to and what sales commits to,
 * each with its numbers large (the MQLs a month from the goal; the response time, the hours to
 * accept, the attempts), the own commitments under them, and the capacity check at the foot.
 * Scaled to fit the screen (useFitToBox), no controls.
 */
export function SlaPresenter({ workspace, slice }: StepPresenterProps<Sla>) {
  const view = useSlaView(workspace, slice, workspace.language);
  const { t, format, mqls, text } = view;
  const box = useFitToBox<HTMLDivElement>(slice, 0.4);
  const own = (side: SlaSide) =>
    slice.commitments.filter((c) => c.side === side && c.kind === 'custom' && c.text.trim() !== '').map((c) => <li key={c.id}>{c.text}</li>);
  const capacity = capacityLines(view.capacity, text);
  return (
    <div className="sla-present" ref={box}>
      <div className="sla-present__columns" data-fit="">
        <section className="sla-present__side sla-present__side--marketing" aria-labelledby="sla-present-marketing">
          <h2 id="sla-present-marketing">{t('sides.marketing')}</h2>
          {mqls.ok ? (
            <>
              <p className="sla-present__big">
                <span className="sla-present__number">{format.number(mqls.data.perMonth)}</span>
                <span className="sla-present__label">{t('present.mqlsMonth', { stage: mqls.data.stageName })}</span>
              </p>
              {mqls.data.perSeller ? <p className="sla-present__line">{t('present.perSellerWeek', { n: format.number(mqls.data.perSeller.perWeek) })}</p> : null}
              <p className="sla-present__line sla-present__muted">{t('present.fromGoal')}</p>
            </>
          ) : (
            <p className="sla-present__line">{t('commitment.mqlVolumeMissing')}</p>
          )}
          <p className="sla-present__line">{t('present.quality')}</p>
          <ul className="sla-present__own">{own(MARKETING)}</ul>
        </section>
        <section className="sla-present__side sla-present__side--sales" aria-labelledby="sla-present-sales">
          <h2 id="sla-present-sales">{t('sides.sales')}</h2>
          <p className="sla-present__big">
            <span className="sla-present__number">{durationText(slice.sales.firstContact, text)}</span>
            <span className="sla-present__label">{t('present.firstContact')}</span>
          </p>
          <dl className="sla-present__terms">
            <div>
              <dt>{t('present.accept')}</dt>
              <dd>{durationText({ amount: slice.sales.acceptWithinWorkingHours, unit: WORKING_HOURS }, text)}</dd>
            </div>
            <div>
              <dt>{t('present.attempts')}</dt>
              <dd>{t('present.attemptsValue', { attempts: format.number(slice.sales.attempts), days: durationText({ amount: slice.sales.attemptDays, unit: 'days' }, text) })}</dd>
            </div>
            {slice.sales.attemptsPerSellerPerWeek !== undefined ? (
              <div>
                <dt>{t('present.attemptsPerSeller')}</dt>
                <dd>{t('present.attemptsPerSellerValue', { n: format.number(slice.sales.attemptsPerSellerPerWeek) })}</dd>
              </div>
            ) : null}
            <div>
              <dt>{t('present.outcome')}</dt>
              <dd>{t('present.outcomeValue')}</dd>
            </div>
          </dl>
          <ul className="sla-present__own">{own(SALES)}</ul>
        </section>
      </div>
      <p className={`sla-present__capacity${view.capacity?.fits === false ? ' sla-present__capacity--over' : ''}`}>
        {view.capacity?.fits === false ? <AlertTriangle aria-hidden="true" className="sla-present__icon" /> : null}
        {capacity[0]}
      </p>
    </div>
  );
}
