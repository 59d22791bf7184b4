import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditOp } from '../../contract/edit';
import type { Workspace } from '../../contract/workspace';
import { MAX_HALF_LIFE_DAYS, MIN_HALF_LIFE_DAYS, MODEL_IDS, type AttributionModelId, type AttributionSlice, type Journey } from '../../domain/attribution-schema';
import type { EditOptions } from '../kit/host';
import { NumberField } from '../kit/NumberField';
import { SLICE_PATH } from './edits';
import { modelRule, touchName } from './markdown';
import { TeamChart, TeamLegend } from './TeamChart';
import { attributionView, chartDescription, journeyCredits, journeyName, teamsOf } from './view';

/** The chart's units in the editor: drawn at about 0.7× in a 1280 px window, so 22 units read as 15 px. */
const EDITOR_CHART_SIZE = { width: 960, height: 420, left: 70, bottom: 70, top: 34 };

interface ModelsSectionProps {
  workspace: Workspace;
  slice: AttributionSlice;
  journey: Journey;
  journeyIndex: number;
  edit: (ops: EditOp[], options?: EditOptions) => void;
}

/**
 * The journey under the seven models, live: the half-life that time decay uses, the table of
 * credit per touch under each model, the bars per team, and the model the company will use.
 */
export function ModelsSection({ workspace, slice, journey, journeyIndex, edit }: ModelsSectionProps) {
  const { t } = useTranslation('attribution');
  const view = attributionView(workspace, t);
  const headingId = useId();
  const tableId = useId();
  const credits = journeyCredits(journey, slice);
  const tableCredits = journeyCredits(journey, slice, 1);
  const teams = teamsOf(journey);
  const choose = (model: AttributionModelId) => edit([{ type: 'set', path: [...SLICE_PATH, 'model'], value: model }]);

  return (
    <section className="step-section attr-models" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('editor.results')}</h3>
      <NumberField
        label={t('editor.halfLife')}
        value={slice.halfLifeDays}
        min={MIN_HALF_LIFE_DAYS}
        max={MAX_HALF_LIFE_DAYS}
        unit={t('editor.halfLifeUnit')}
        invalidMessage={t('editor.halfLifeInvalid')}
        onCommit={(value) => edit([{ type: 'set', path: [...SLICE_PATH, 'halfLifeDays'], value }], { coalesceKey: 'attr:halfLife' })}
      />
      {journey.touches.length > 0 ? (
        <>
          <div className="attr-scroll" role="region" aria-labelledby={tableId} tabIndex={0}>
            <table className="attr-table">
              <caption id={tableId}>{t('editor.byTouchCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('markdown.touch')}</th>
                  {MODEL_IDS.map((model) => (
                    <th key={model} scope="col" className={model === slice.model ? 'attr-num attr-table__chosen' : 'attr-num'}>
                      {view.modelName(model)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {journey.touches.map((touch, i) => (
                  <tr key={touch.id}>
                    <th scope="row">
                      <span className={`attr-legend__swatch attr-team--${touch.effort}`} aria-hidden="true" />
                      {`${i + 1}. ${touchName(touch, t)}`}
                    </th>
                    {tableCredits.map((credit) => (
                      <td key={credit.model} className={credit.model === slice.model ? 'attr-num attr-table__chosen' : 'attr-num'}>
                        {view.f.percent(credit.touches[i]!.percent, 1)}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <figure className="attr-figure">
            <TeamChart
              credits={credits}
              teams={teams}
              chosen={slice.model}
              title={t('chart.title', { journey: journeyName(journey, journeyIndex, t) })}
              description={chartDescription(credits, teams, view, t)}
              modelName={view.modelName}
              teamName={view.teamName}
              percent={view.percent}
              size={EDITOR_CHART_SIZE}
              fontSize={22}
            />
            <figcaption>
              <TeamLegend teams={teams} teamName={view.teamName} label={t('chart.legend')} />
            </figcaption>
          </figure>
        </>
      ) : null}
      <fieldset className="attr-choice">
        <legend>{t('editor.chooseModel')}</legend>
        {MODEL_IDS.map((model) => (
          <label key={model} className="attr-choice__option">
            <input type="radio" name={`${headingId}-model`} value={model} checked={slice.model === model} onChange={() => choose(model)} />
            <span>
              <strong>{view.modelName(model)}</strong> <span className="attr-choice__rule">{modelRule(model, slice.halfLifeDays, t)}</span>
            </span>
          </label>
        ))}
      </fieldset>
    </section>
  );
}
