import type { TFunction } from 'i18next';
import type { StepFormat } from '../../contract/step-definition';
import type { Workspace } from '../../contract/workspace';
import { creditJourney, type ModelCredit } from '../../domain/attribution';
import type { AttributionModelId, AttributionSlice, Effort, Journey } from '../../domain/attribution-schema';
import { stepFormat } from '../kit/format';
import { teamsOf } from './markdown';

/**
 * What every view of the step needs from a workspace and a journey, in one place: the formats in
 * the workspace's language and currency (Intl writes a no-break space in "30 %" and "486.500 kr."),
 * the translated names, and the journey's credit under the seven models.
 */
export interface AttributionView {
  f: StepFormat;
  modelName: (model: AttributionModelId) => string;
  teamName: (effort: Effort) => string;
  /** A whole percent for the charts and the presenter ("34 %"). */
  percent: (value: number) => string;
}

export function attributionView(workspace: Workspace, t: TFunction): AttributionView {
  const f = stepFormat(workspace.language, workspace.currency);
  return {
    f,
    modelName: (model) => t(`models.${model}`),
    teamName: (effort) => t(`efforts.${effort}`),
    percent: (value) => f.percent(value, 0),
  };
}

/** A journey's credit, rounded for the view: whole percents for charts, one decimal for tables. */
export function journeyCredits(journey: Journey, slice: Pick<AttributionSlice, 'halfLifeDays'>, places = 0): ModelCredit[] {
  return creditJourney(journey, slice.halfLifeDays, undefined, places);
}

/** The chart's description in words: every model's team shares ("Last touch: Marketing 0 %, Sales 100 %"). */
export function chartDescription(credits: readonly ModelCredit[], teams: readonly Effort[], view: AttributionView, t: TFunction): string {
  return credits
    .map((credit) =>
      t('chart.description', {
        model: view.modelName(credit.model),
        teams: teams.map((effort) => `${view.teamName(effort)} ${view.percent(credit.teams.find((team) => team.effort === effort)?.percent ?? 0)}`).join(', '),
      }),
    )
    .join(' ');
}

/** The name a journey shows: its own, or "Journey 2". */
export function journeyName(journey: Journey, index: number, t: TFunction): string {
  return journey.name.trim() || t('markdown.unnamedJourney', { number: index + 1 });
}

export { teamsOf };
