import type { TFunction } from 'i18next';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { daysBeforeClose, validateAgreement, validateJourney } from '../../domain/attribution';
import { MODEL_IDS, type AttributionSlice, type Journey } from '../../domain/attribution-schema';
import { wallProblemsOf } from '../../domain/coverage';
import { workshopOf } from '../../domain/workshop';
import type { StepPlaybookProps } from '../kit/views';
import { modelRule, TABLE_PERCENT_PLACES, touchMarks, touchWithChannel } from './markdown';
import { TeamChart, TeamLegend } from './TeamChart';
import { attributionView, chartDescription, journeyCredits, journeyName, teamsOf, type AttributionView } from './view';

/** The chart's units in print: the width of the A4 text column at 96 dpi, type at 11 pt. */
const PRINT_SIZE = { width: 640, height: 280, left: 44, bottom: 44, top: 22 };

/**
 * The attribution section of the playbook, in the workspace's language: each journey (its touches,
 * the credit per touch and per team under every model, the chart as vector SVG), the seven models'
 * rules, and the agreement with its reason. The same figures as the Markdown (./markdown.ts).
 * Tables stay narrow enough for A4 and Letter: touches down the side, the seven models across.
 */
export function AttributionPlaybookSection({ workspace, slice }: StepPlaybookProps<AttributionSlice>) {
  const lng = workspace.language;
  const { t } = useTranslation('attribution', { lng });
  const view = attributionView(workspace, t);
  return (
    <section className="playbook-section attr-playbook" lang={lng}>
      <h2>{t('playbook.title')}</h2>
      {slice.journeys.length === 0 ? <p>{t('markdown.noJourneys')}</p> : null}
      {slice.journeys.map((journey, index) => (
        <JourneySection key={journey.id} journey={journey} index={index} slice={slice} view={view} t={t} />
      ))}
      <h3>{t('markdown.models')}</h3>
      <dl className="playbook-facts attr-playbook__rules">
        {MODEL_IDS.map((model) => (
          <Fragment key={model}>
            <dt>{model === slice.model ? `${view.modelName(model)} (${t('markdown.chosen')})` : view.modelName(model)}</dt>
            <dd>{modelRule(model, slice.halfLifeDays, t)}</dd>
          </Fragment>
        ))}
      </dl>
      <Agreement workspace={workspace} slice={slice} view={view} t={t} />
    </section>
  );
}

function JourneySection({ journey, index, slice, view, t }: { journey: Journey; index: number; slice: AttributionSlice; view: AttributionView; t: TFunction }) {
  const name = journeyName(journey, index, t);
  const issues = validateJourney(journey).filter((issue) => issue.code !== 'no_touches');
  if (journey.touches.length === 0) {
    return (
      <>
        <h3>{t('markdown.journey', { name })}</h3>
        <p>{t('markdown.noTouches')}</p>
      </>
    );
  }
  const credits = journeyCredits(journey, slice);
  const tableCredits = journeyCredits(journey, slice, TABLE_PERCENT_PLACES);
  const chosen = tableCredits.find((credit) => credit.model === slice.model);
  const teams = teamsOf(journey);
  const pct = (value: number) => view.f.percent(value, TABLE_PERCENT_PLACES);
  const modelHeader = (model: string) => (model === slice.model ? `${t(`models.${model}`)} (${t('markdown.chosen')})` : t(`models.${model}`));
  return (
    <div className="attr-playbook__journey">
      <h3>{t('markdown.journey', { name })}</h3>
      <dl className="playbook-facts">
        <dt>{t('markdown.dealValue')}</dt>
        <dd>{view.f.money(journey.dealValue)}</dd>
        <dt>{t('markdown.span')}</dt>
        <dd>{t('markdown.spanDays', { count: daysBeforeClose(journey.touches)[0] ?? 0 })}</dd>
        <dt>{t('markdown.halfLife')}</dt>
        <dd>{t('markdown.halfLifeDays', { count: slice.halfLifeDays })}</dd>
      </dl>
      <table className="attr-table attr-table--print">
        <thead>
          <tr>
            <th scope="col" className="attr-num">{t('markdown.number')}</th>
            <th scope="col">{t('markdown.date')}</th>
            <th scope="col">{t('markdown.touch')}</th>
            <th scope="col">{t('markdown.effort')}</th>
            <th scope="col">{t('markdown.marks')}</th>
            {chosen ? <th scope="col" className="attr-num">{t('markdown.creditChosen', { model: view.modelName(chosen.model) })}</th> : null}
          </tr>
        </thead>
        <tbody>
          {journey.touches.map((touch, i) => (
            <tr key={touch.id}>
              <td className="attr-num">{i + 1}</td>
              <td>{view.f.date(touch.date)}</td>
              <td>
                {touchWithChannel(touch, t)}
                {touch.campaign ? <span className="attr-playbook__campaign"> – {touch.campaign}</span> : null}
              </td>
              <td>{view.teamName(touch.effort)}</td>
              <td>{touchMarks(journey, i, t).join(', ')}</td>
              {chosen ? <td className="attr-num">{view.f.money(chosen.touches[i]!.money)}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
      {issues.length > 0 ? (
        <ul className="attr-issues">
          {issues.map((issue, k) => (
            <li key={k}>{t(`issues.${issue.code}`)}</li>
          ))}
        </ul>
      ) : null}
      <table className="attr-table attr-table--print attr-table--models">
        <caption>{t('markdown.byTouch')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('markdown.touch')}</th>
            {MODEL_IDS.map((model) => (
              <th key={model} scope="col" className="attr-num">
                {modelHeader(model)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {journey.touches.map((touch, i) => (
            <tr key={touch.id}>
              <th scope="row">{`${i + 1}. ${t(`channels.${touch.channel}`)}`}</th>
              {tableCredits.map((credit) => (
                <td key={credit.model} className="attr-num">
                  {pct(credit.touches[i]!.percent)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <table className="attr-table attr-table--print">
        <caption>{t('markdown.byTeam')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('markdown.model')}</th>
            {teams.map((team) => (
              <th key={team} scope="col" className="attr-num">
                {view.teamName(team)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {tableCredits.map((credit) => (
            <tr key={credit.model}>
              <th scope="row">{modelHeader(credit.model)}</th>
              {teams.map((team) => {
                const share = credit.teams.find((entry) => entry.effort === team)!;
                return (
                  <td key={team} className="attr-num">
                    {pct(share.percent)}
                    <br />
                    <span className="attr-playbook__money">{view.f.money(share.money)}</span>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <figure className="attr-figure attr-figure--print">
        <TeamChart
          credits={credits}
          teams={teams}
          chosen={slice.model}
          title={t('chart.title', { journey: name })}
          description={chartDescription(credits, teams, view, t)}
          modelName={view.modelName}
          teamName={view.teamName}
          percent={view.percent}
          size={PRINT_SIZE}
          fontSize={11}
        />
        <figcaption>
          <TeamLegend teams={teams} teamName={view.teamName} label={t('chart.legend')} />
        </figcaption>
      </figure>
    </div>
  );
}

function Agreement({ workspace, slice, view, t }: { workspace: StepPlaybookProps<AttributionSlice>['workspace']; slice: AttributionSlice; view: AttributionView; t: TFunction }) {
  const { agreement } = slice;
  const people = workshopOf(workspace).participants;
  const owner = people.find((p) => p.id === agreement.ownerId);
  const problems = wallProblemsOf(workspace);
  const answered = agreement.problemIds.map((id) => problems.find((p) => p.id === id)?.name ?? id);
  const measured = [...agreement.metrics.map((metric) => t(`metrics.${metric}`)), agreement.measuredOn.trim()].filter(Boolean);
  const notDecided = t('markdown.notDecided');
  const issues = validateAgreement(
    slice.model,
    agreement,
    people.map((p) => p.id),
  );
  return (
    <>
      <h3>{t('markdown.agreement')}</h3>
      <dl className="playbook-facts attr-playbook__agreement">
        <dt>{t('markdown.chosenModel')}</dt>
        <dd>{slice.model ? `${view.modelName(slice.model)}. ${modelRule(slice.model, slice.halfLifeDays, t)}` : notDecided}</dd>
        <dt>{t('markdown.why')}</dt>
        <dd>{agreement.why.trim() || notDecided}</dd>
        <dt>{t('markdown.measuredOn')}</dt>
        <dd>{measured.length > 0 ? <ul>{measured.map((line, i) => <li key={i}>{line}</li>)}</ul> : notDecided}</dd>
        <dt>{t('markdown.report')}</dt>
        <dd>{agreement.report.how.trim() ? t('markdown.reportText', { frequency: t(`frequency.${agreement.report.frequency}`), how: agreement.report.how.trim() }) : t(`frequency.${agreement.report.frequency}`)}</dd>
        <dt>{t('markdown.owner')}</dt>
        <dd>{owner ? (owner.title ? `${owner.name} (${owner.title})` : owner.name) : notDecided}</dd>
        {answered.length > 0 ? (
          <>
            <dt>{t('markdown.answers')}</dt>
            <dd>{answered.join('; ')}</dd>
          </>
        ) : null}
      </dl>
      {issues.length > 0 ? (
        <>
          <p>
            <strong>{t('markdown.findings')}</strong>
          </p>
          <ul className="attr-issues">
            {issues.map((issue) => (
              <li key={issue.code}>{t(`issues.${issue.code}`)}</li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}
