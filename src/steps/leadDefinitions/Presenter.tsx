import { ArrowRight } from 'lucide-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { SCORE_SIDES, TEMPERATURES, type LeadDefinitions } from '../../domain/lead-schema';
import { useFitToBox } from '../kit/use-fit-to-box';
import type { StepPresenterProps } from '../kit/views';
import { leadFormat } from './format';
import { GridTable } from './Grid';
import { PointsTable, type PointsTableLook } from './PointsTable';
import { calibrationSentence, leadFacts, ownerText, pointsText } from './markdown';

/** The points tables on the projector: no header row to read, the points coloured by sign. */
const PROJECTOR_POINTS: PointsTableLook = {
  className: 'present-lead__points',
  groupClassName: 'present-lead__group',
  pointsClassName: (points) => (points < 0 ? 'present-lead__minus' : 'present-lead__plus'),
  hideHeader: true,
  labelCell: 'th',
};

/** "25–54", "55+", "< 25": a temperature's band in short. */
function band(slice: LeadDefinitions, temperature: (typeof TEMPERATURES)[number], f: ReturnType<typeof leadFormat>): string {
  const { warm, hot } = slice.temperature;
  if (temperature === 'cold') return `< ${pointsText(warm.fromScore, f)}`;
  if (temperature === 'hot') return `${pointsText(hot.fromScore, f)}+`;
  return `${pointsText(warm.fromScore, f)}–${pointsText(hot.fromScore - 1, f)}`;
}

/**
 * What the room sees: the MQL threshold and what it does to the real leads in one sentence, the
 * lifecycle as a flow with its owners, cold/warm/hot, the points of both sides and the grid. It
 * follows the facilitator's threshold as it moves. Read-only, sized in em and scaled to fit the
 * screen (useFitToBox), so it never scrolls at 1280×720.
 */
export function LeadPresenter({ workspace, slice }: StepPresenterProps<LeadDefinitions>) {
  const lng = workspace.language;
  const { t } = useTranslation('leadDefinitions', { lng });
  const f = leadFormat(lng);
  const { calibration, workshop } = useMemo(() => leadFacts(slice, workspace), [slice, workspace]);
  const box = useFitToBox<HTMLDivElement>(slice, 0.3);
  const threshold = pointsText(slice.scoring.mqlThreshold, f);
  return (
    <div className="present-lead" ref={box}>
      <p className="present-lead__headline">
        <strong>{t('present.threshold', { score: threshold })}</strong>
        {calibration.leads.length > 0 ? <span data-testid="present-lead-sentence"> {calibrationSentence(calibration, t, f)}</span> : null}
      </p>
      <ol className="present-lead__flow" aria-label={t('markdown.stages')}>
        {slice.stages.map((stage, index) => (
          <li key={stage.id} className={stage.id === slice.mqlStageId ? 'present-lead__stage present-lead__stage--mql' : 'present-lead__stage'}>
            <span className="present-lead__box">
              <span className="present-lead__stage-name">{stage.name}</span>
              <span className="present-lead__stage-owner">{ownerText(stage.owner, workshop, t)}</span>
              {stage.maxDays !== null ? <span className="present-lead__stage-days">{t('present.maxDays', { count: stage.maxDays })}</span> : null}
            </span>
            {index < slice.stages.length - 1 ? <ArrowRight className="present-lead__arrow" aria-hidden="true" /> : null}
          </li>
        ))}
      </ol>
      <div className="present-lead__main" data-fit="">
        {SCORE_SIDES.map((side) => (
          <PointsTable key={side} side={side} groups={slice.scoring.groups} lng={lng} look={PROJECTOR_POINTS} />
        ))}
        <div className="present-lead__side">
          <ul className="present-lead__temps" aria-label={t('markdown.temperatures')}>
            {TEMPERATURES.map((temperature) => (
              <li key={temperature} className={`present-lead__temp present-lead__temp--${temperature}`}>
                <strong>{t(`temperature.${temperature}`)}</strong> <span>{band(slice, temperature, f)}</span>
              </li>
            ))}
          </ul>
          {calibration.leads.length > 0 ? <GridTable calibration={calibration} large lng={lng} /> : null}
          {slice.scoring.decay && slice.scoring.decay.percent > 0 ? (
            <p className="present-lead__decay">{t('markdown.decayRule', { percent: f.percent(slice.scoring.decay.percent), count: slice.scoring.decay.afterDays })}</p>
          ) : null}
        </div>
      </div>
    </div>
  );
}
