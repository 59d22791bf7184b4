import { useTranslation } from 'react-i18next';
import { cardsOfColumn, columnOfCard, dotBudget, problemsOf, rankedThemes, sortByVotes, themeOfCard } from '../../domain/wall';
import { LOCALES } from '../kit/format';
import { workshopOf } from '../../domain/workshop';
import type { StepPlaybookProps } from '../kit/views';
import type { CurrentStateSlice } from './definition';

export interface WallPlaybookProps extends StepPlaybookProps<CurrentStateSlice> {
  /** Also list every card of the wall by column (an appendix); the themes and problems always show. */
  full?: boolean;
}

/**
 * The wall in the playbook, in the workspace's language: the problems this playbook must solve
 * (by votes, with where each is answered), the themes by votes with their cards, and with
 * `full` every card by column.
 */
export function WallPlaybookSection({ workspace, slice, full = false }: WallPlaybookProps) {
  const { t } = useTranslation('currentState', { lng: workspace.language });
  const themes = rankedThemes(slice);
  const problems = problemsOf(slice);
  const budget = dotBudget(slice, workshopOf(workspace).participants.length);
  const list = new Intl.ListFormat(LOCALES[workspace.language], { type: 'conjunction' });
  const columnTitle = (title: string) => title || t('columns.untitled');
  const ungrouped = slice.cards.filter((card) => themeOfCard(slice, card) === null).length;

  return (
    <section className="playbook-section playbook-wall">
      <h2>{t('title')}</h2>
      <p>
        {t('playbook.summary', { count: slice.cards.length, columns: slice.columns.length, themes: slice.themes.length })}{' '}
        {budget.used > 0 ? t('playbook.dots', { count: budget.used }) : null}
      </p>

      <h3>{t('problems.title')}</h3>
      {problems.length === 0 ? (
        <p>{t('playbook.noProblems')}</p>
      ) : (
        <ol className="playbook-wall__problems">
          {problems.map((problem) => (
            <li key={problem.theme.id}>
              <strong>{problem.theme.name || t('themes.untitled')}</strong> ({t('votes.count', { count: problem.votes })}).{' '}
              {problem.answeredBy.length > 0
                ? t('playbook.answeredIn', { steps: list.format(problem.answeredBy.map((stepId) => t(`${stepId}:title`, { defaultValue: stepId }))) })
                : t('playbook.notAnswered')}
            </li>
          ))}
        </ol>
      )}

      <h3>{t('playbook.themes')}</h3>
      {themes.length === 0 ? <p>{t('playbook.noThemes')}</p> : null}
      {themes.map((tally) => (
        <div key={tally.theme.id} className="playbook-wall__theme">
          <h4>
            {tally.theme.name || t('themes.untitled')} ({t('votes.count', { count: tally.total })}){tally.theme.problem ? ` · ${t('present.problem')}` : ''}
          </h4>
          <ul>
            {sortByVotes(tally.cards, (card) => card.votes).map((card) => (
              <li key={card.id}>
                {card.text} <span className="playbook-wall__meta">({[columnTitle(columnOfCard(slice, card)?.title ?? ''), card.votes > 0 ? t('votes.count', { count: card.votes }) : null].filter(Boolean).join(', ')})</span>
              </li>
            ))}
          </ul>
        </div>
      ))}
      {!full && ungrouped > 0 ? <p>{t('playbook.ungrouped', { count: ungrouped })}</p> : null}

      {full ? (
        <>
          <h3>{t('playbook.allCards')}</h3>
          {slice.columns.map((column) => (
            <div key={column.id} className="playbook-wall__column">
              <h4>{columnTitle(column.title)}</h4>
              <ul>
                {cardsOfColumn(slice, column.id).map((card) => {
                  const theme = themeOfCard(slice, card);
                  const meta = [theme ? theme.name || t('themes.untitled') : null, card.votes > 0 ? t('votes.count', { count: card.votes }) : null].filter(Boolean);
                  return (
                    <li key={card.id}>
                      {card.text}
                      {meta.length > 0 ? <span className="playbook-wall__meta"> ({meta.join(', ')})</span> : null}
                    </li>
                  );
                })}
              </ul>
            </div>
          ))}
        </>
      ) : null}
    </section>
  );
}
