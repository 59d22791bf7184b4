import { AlertTriangle } from 'lucide-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { SCORE_SIDES, TEMPERATURES } from '../../domain/lead-schema';
import type { StepPlaybookProps } from '../kit/views';
import type { LeadDefinitions } from './definition';
import { leadFormat } from './format';
import { GridTable, MisjudgedList } from './Grid';
import { PointsTable, type PointsTableLook } from './PointsTable';
import { calibrationSentence, crossCheckSentence, leadFacts, ownerText, pointsText } from './markdown';

/** The points tables on the page: a header row, the points right-aligned as numbers. */
const PAGE_POINTS: PointsTableLook = {
  className: 'lead-playbook__points',
  groupClassName: 'lead-playbook__group',
  pointsClassName: () => 'lead-playbook__number',
  labelCell: 'td',
};

/**
 * The lead definitions as the playbook's section, in the workspace's language: the same facts as
 * the Markdown (./markdown.ts): the stages with criteria and owners, cold/warm/hot, the points
 * model as two narrow tables (so nothing runs off the page), the thresholds, the calibration and
 * the cross-check, the handover, the rejection reasons and the recycle rule.
 */
export function LeadPlaybookSection({ workspace, slice }: StepPlaybookProps<LeadDefinitions>) {
  const lng = workspace.language;
  const { t } = useTranslation('leadDefinitions', { lng });
  const f = leadFormat(lng);
  const { calibration, check, workshop } = useMemo(() => leadFacts(slice, workspace), [slice, workspace]);
  const cross = crossCheckSentence(check, t, f);
  const { grid, decay } = slice.scoring;
  const reasons = slice.rejectionReasons.filter((reason) => reason.label.trim());
  const { warm, hot } = slice.temperature;
  const bands = { cold: t('markdown.below', { score: pointsText(warm.fromScore, f) }), warm: t('markdown.fromTo', { from: pointsText(warm.fromScore, f), to: pointsText(hot.fromScore, f) }), hot: t('markdown.from', { score: pointsText(hot.fromScore, f) }) };

  return (
    <section className="playbook-section lead-playbook">
      <h2>{t('playbook.title')}</h2>
      <p className="lead-playbook__headline">
        <strong>{t('decision.text', { score: pointsText(slice.scoring.mqlThreshold, f) })}</strong>
      </p>

      <h3>{t('markdown.stages')}</h3>
      <table className="lead-playbook__table">
        <thead>
          <tr>
            <th scope="col">{t('markdown.stage')}</th>
            <th scope="col">{t('markdown.entry')}</th>
            <th scope="col">{t('markdown.owner')}</th>
            <th scope="col">{t('markdown.maxDays')}</th>
          </tr>
        </thead>
        <tbody>
          {slice.stages.map((stage) => (
            <tr key={stage.id}>
              <th scope="row">{stage.name}</th>
              <td>{stage.entryCriteria}</td>
              <td>{ownerText(stage.owner, workshop, t)}</td>
              <td>{stage.maxDays === null ? t('markdown.noLimit') : t('markdown.days', { count: stage.maxDays })}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h3>{t('markdown.temperatures')}</h3>
      <table className="lead-playbook__table">
        <thead>
          <tr>
            <th scope="col">{t('markdown.temperature')}</th>
            <th scope="col">{t('markdown.score')}</th>
            <th scope="col">{t('markdown.definition')}</th>
          </tr>
        </thead>
        <tbody>
          {TEMPERATURES.map((temperature) => (
            <tr key={temperature}>
              <th scope="row">{t(`temperature.${temperature}`)}</th>
              <td className="lead-playbook__nowrap">{bands[temperature]}</td>
              <td>{slice.temperature[temperature].definition}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h3>{t('markdown.model')}</h3>
      <div className="lead-playbook__sides">
        {SCORE_SIDES.map((side) => (
          <PointsTable key={side} side={side} groups={slice.scoring.groups} lng={lng} look={PAGE_POINTS} />
        ))}
      </div>

      <h3>{t('markdown.thresholds')}</h3>
      <dl className="playbook-facts">
        <dt>{t('markdown.mqlThreshold')}</dt>
        <dd>{t('markdown.thresholdRule', { score: pointsText(slice.scoring.mqlThreshold, f) })}</dd>
        {slice.scoring.thresholdWhy.trim() ? (
          <>
            <dt>{t('markdown.why')}</dt>
            <dd>{slice.scoring.thresholdWhy.trim()}</dd>
          </>
        ) : null}
        <dt>{t('markdown.decay')}</dt>
        <dd>{decay === null || decay.percent === 0 ? t('markdown.noDecay') : t('markdown.decayRule', { percent: f.percent(decay.percent), count: decay.afterDays })}</dd>
        <dt>{t('markdown.fitBands')}</dt>
        <dd>{t('markdown.fitRule', { a: pointsText(grid.fitA, f), b: pointsText(grid.fitB, f) })}</dd>
        <dt>{t('markdown.engagementBands')}</dt>
        <dd>{t('markdown.engagementRule', { one: pointsText(grid.engagement1, f), two: pointsText(grid.engagement2, f) })}</dd>
      </dl>

      <h3>{t('markdown.calibration')}</h3>
      <p>{calibrationSentence(calibration, t, f)}</p>
      {calibration.leads.length > 0 ? (
        <>
          <GridTable calibration={calibration} lng={lng} />
          <MisjudgedList calibration={calibration} language={lng} />
        </>
      ) : null}
      <p className={cross.warning ? 'lead-cross lead-cross--warning' : 'lead-cross'}>
        {cross.warning ? <AlertTriangle aria-hidden="true" size={16} /> : null}
        <span>{cross.text}</span>
      </p>

      <h3>{t('markdown.handover')}</h3>
      {slice.handoverRules.trim() ? <p>{slice.handoverRules.trim()}</p> : null}
      <p>
        <strong>{t('markdown.noneVanish')}</strong>
      </p>
      <h3>{t('markdown.reasons')}</h3>
      {reasons.length > 0 ? (
        <ul>
          {reasons.map((reason) => (
            <li key={reason.id}>{reason.label}</li>
          ))}
        </ul>
      ) : (
        <p>{t('markdown.noReasons')}</p>
      )}
      <h3>{t('markdown.recycle')}</h3>
      <p>{t('markdown.recycleRule', { count: slice.recycle.afterDays, owner: ownerText(slice.recycle.owner, workshop, t) })}</p>
      {slice.recycle.note.trim() ? <p>{slice.recycle.note.trim()}</p> : null}
    </section>
  );
}
