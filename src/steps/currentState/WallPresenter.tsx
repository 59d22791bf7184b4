import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../contract/workspace';
import { columnOfCard, dotBudget, rankedThemes, sortByVotes, ungroupedCards } from '../../domain/wall';
import type { Wall, WallCard } from '../../domain/wall-schema';
import { useFitToBox } from '../kit/use-fit-to-box';
import { workshopOf } from '../../domain/workshop';
import type { StepPresenterProps } from '../kit/views';
import type { CurrentStateSlice } from './definition';
import { columnTone } from './WallContext';

/**
 * The wall as the room sees it: the themes first, by votes, with the problems marked; then the
 * cards not yet grouped, by column. No controls. Everything is sized in em and scaled down to
 * fit the screen (useFitToBox), so 60 cards fit at 1280×720 without a scrollbar.
 */
export function WallPresenter({ workspace, slice }: StepPresenterProps<CurrentStateSlice>) {
  const { t } = useTranslation('currentState', { lng: workspace.language });
  const budget = dotBudget(slice, workshopOf(workspace).participants.length);
  const box = useFitToBox<HTMLDivElement>(slice, 0.25);
  const themes = rankedThemes(slice);
  const columns = slice.columns
    .map((column, index) => ({ column, index, cards: sortByVotes(ungroupedCards(slice, column.id), (card) => card.votes) }))
    // Once the room groups, a column whose cards all went into themes makes room for the rest.
    .filter((entry) => themes.length === 0 || entry.cards.length > 0);
  const empty = slice.cards.length === 0 && slice.themes.length === 0;

  return (
    <div className="present-wall" ref={box}>
      <div className="present-wall__summary">
        <ul className="present-wall__legend" aria-label={t('present.legend')}>
          {slice.columns.map((column, index) => (
            <li key={column.id} className={columnTone(index)}>
              <span className="present-wall__swatch" aria-hidden="true" />
              {column.title || t('columns.untitled')}
            </li>
          ))}
        </ul>
        {budget.used > 0 || budget.total !== null ? (
          <p className="present-wall__dots">
            {budget.total === null ? t('present.dotsOpen', { count: budget.used }) : t('present.dots', { used: budget.used, total: budget.total })}
          </p>
        ) : null}
      </div>
      {empty ? <p className="present-wall__empty">{t('present.empty')}</p> : null}
      <div className="present-wall__groups" data-fit="">
        {themes.map((tally) => (
          <PresentGroup
            key={tally.theme.id}
            wall={slice}
            kind="theme"
            title={tally.theme.name || t('themes.untitled')}
            votes={tally.total}
            problem={tally.theme.problem}
            cards={sortByVotes(tally.cards, (card) => card.votes)}
            language={workspace.language}
          />
        ))}
        {columns.map(({ column, index, cards }) => (
          <PresentGroup key={column.id} wall={slice} kind="column" tone={columnTone(index)} title={column.title || t('columns.untitled')} cards={cards} language={workspace.language} />
        ))}
      </div>
    </div>
  );
}

interface PresentGroupProps {
  wall: Wall;
  kind: 'theme' | 'column';
  title: string;
  cards: WallCard[];
  language: Language;
  votes?: number;
  problem?: boolean;
  tone?: string;
}

function PresentGroup({ wall, kind, title, cards, language, votes, problem, tone }: PresentGroupProps) {
  const { t } = useTranslation('currentState', { lng: language });
  const headingId = useId();
  return (
    <section className={`present-group present-group--${kind}${problem ? ' present-group--problem' : ''}${tone ? ` ${tone}` : ''}`} aria-labelledby={headingId}>
      <h2 id={headingId} className="present-group__title">
        <span className="present-group__name">{title}</span>
        {votes !== undefined && votes > 0 ? <Votes count={votes} language={language} /> : null}
        {problem ? <span className="present-group__problem">{t('present.problem')}</span> : null}
      </h2>
      <ul className="present-group__cards">
        {cards.map((card) => {
          const columnIndex = Math.max(0, wall.columns.findIndex((column) => column.id === columnOfCard(wall, card)?.id));
          return (
            <li key={card.id} className={`present-card ${columnTone(columnIndex)}`}>
              <span className="present-card__text">{card.text}</span>
              {kind === 'theme' ? <span className="visually-hidden">{` (${columnOfCard(wall, card)?.title ?? ''})`}</span> : null}
              {card.votes > 0 ? <Votes count={card.votes} language={language} /> : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function Votes({ count, language }: { count: number; language: Language }) {
  const { t } = useTranslation('currentState', { lng: language });
  return (
    <span className="present-votes">
      <span className="visually-hidden">{t('votes.count', { count })}</span>
      <span aria-hidden="true">
        <span className="vote-dot" /> {count}
      </span>
    </span>
  );
}
