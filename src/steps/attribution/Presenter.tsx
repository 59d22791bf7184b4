import { useTranslation } from 'react-i18next';
import { daysBeforeClose } from '../../domain/attribution';
import { useFitToBox } from '../kit/use-fit-to-box';
import type { StepPresenterProps } from '../kit/views';
import type { AttributionSlice } from './definition';
import { touchMarks } from './markdown';
import { TeamChart, TeamLegend } from './TeamChart';
import { attributionView, chartDescription, journeyCredits, journeyName, teamsOf } from './view';

/** The chart's own units on the projector: wide, with large type. */
const PRESENT_SIZE = { width: 1600, height: 560, left: 90, bottom: 92, top: 40 };

/**
 * What the room sees: the (first) journey as a timeline, touch by touch in the colour of whose
 * effort it was, with the time between touches; then the seven models side by side as bars per
 * team; and the chosen model's credit to marketing in one line. No controls; scaled to fit.
 */
export function AttributionPresenter({ workspace, slice }: StepPresenterProps<AttributionSlice>) {
  const lng = workspace.language;
  const { t } = useTranslation('attribution', { lng });
  const view = attributionView(workspace, t);
  const journey = slice.journeys[0];
  const box = useFitToBox<HTMLDivElement>(slice, 0.35);
  if (!journey || journey.touches.length === 0) {
    return (
      <div className="attr-present" ref={box}>
        <p className="attr-present__headline">{journey ? journeyName(journey, 0, t) : ''}</p>
        <p className="attr-present__empty">{t('present.empty')}</p>
      </div>
    );
  }
  const credits = journeyCredits(journey, slice);
  const teams = teamsOf(journey);
  const days = daysBeforeClose(journey.touches);
  const chosen = credits.find((credit) => credit.model === slice.model);
  const marketing = chosen?.teams.find((team) => team.effort === 'marketing');

  return (
    <div className="attr-present" ref={box} lang={lng}>
      <p className="attr-present__headline">
        <strong>{journeyName(journey, 0, t)}</strong> · {view.f.money(journey.dealValue)}
      </p>
      <ol className="attr-timeline" data-fit="" style={{ gridTemplateColumns: `repeat(${journey.touches.length}, minmax(0, 1fr))` }}>
        {journey.touches.map((touch, i) => {
          const gap = i > 0 ? days[i - 1]! - days[i]! : null;
          return (
            <li key={touch.id} className="attr-timeline__touch">
              <span className="attr-timeline__marks">{touchMarks(journey, i, t).join(' · ')}</span>
              <span className="attr-timeline__rail" aria-hidden="true">
                <span className={`attr-timeline__dot attr-team--${touch.effort}`} />
              </span>
              <span className="attr-timeline__channel">{t(`channels.${touch.channel}`)}</span>
              <span className="attr-timeline__meta">
                {view.teamName(touch.effort)} · {view.f.date(touch.date)}
                {gap !== null && gap > 0 ? ` (${t('present.daysLater', { count: gap })})` : ''}
              </span>
            </li>
          );
        })}
      </ol>
      <div className="attr-present__chart">
        <TeamChart
          credits={credits}
          teams={teams}
          chosen={slice.model}
          title={t('chart.title', { journey: journeyName(journey, 0, t) })}
          description={chartDescription(credits, teams, view, t)}
          modelName={view.modelName}
          teamName={view.teamName}
          percent={view.percent}
          size={PRESENT_SIZE}
          fontSize={30}
          className="attr-chart--present"
        />
      </div>
      <div className="attr-present__footer" data-fit="">
        <TeamLegend teams={teams} teamName={view.teamName} label={t('chart.legend')} />
        {chosen && marketing ? (
          <p className="attr-present__chosen">{t('present.marketingShare', { model: view.modelName(chosen.model), percent: view.percent(marketing.percent), money: view.f.money(marketing.money) })}</p>
        ) : null}
      </div>
    </div>
  );
}
