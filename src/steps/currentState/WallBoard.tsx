import { DragOverlay } from '@dnd-kit/core';
import { Plus } from 'lucide-react';
import { memo, useLayoutEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { addColumn, cardsOfColumn, findCard, rankedThemes, sortByVotes, themeTally, ungroupedCards } from '../../domain/wall';
import type { Wall } from '../../domain/wall-schema';
import { useFocusRequests, useWallEditor } from './WallContext';
import { WallColumnView } from './WallColumnView';
import { NewThemeArea, WallThemeView } from './WallThemeView';

/**
 * The wall as the board reads it, outside React's props. The board sits inside dnd-kit's
 * DndContext, and that context, rendered again, hands every card below it a new transform (a
 * context change React looks for through the whole board): so the context is rendered once per
 * drag, not once per keystroke, and the board takes each new wall from here.
 */
export interface WallSource {
  get: () => Wall;
  subscribe: (listener: () => void) => () => void;
}

/**
 * A source that holds the wall of the editor's render. It takes the wall while the editor renders,
 * so a board that renders in the same pass (a drop: the drag context renders too) shows the new
 * wall at once, and dnd-kit gives focus back to the moved card where it now is; it tells the
 * board after the commit, so a board that did not render (a keystroke) renders then.
 */
export function useWallSource(wall: Wall): WallSource {
  const [source] = useState(() => {
    const listeners = new Set<() => void>();
    const state = {
      current: wall,
      get: () => state.current,
      subscribe: (listener: () => void) => {
        listeners.add(listener);
        return () => void listeners.delete(listener);
      },
      notify: () => {
        for (const listener of listeners) listener();
      },
    };
    return state;
  });
  source.current = wall;
  useLayoutEffect(() => source.notify(), [source, wall]);
  return source;
}

interface WallBoardProps {
  source: WallSource;
  /** Cards and themes by votes (else the room's order). */
  sorted: boolean;
  /** The place a dragged card is over, to light it up (see the editor's placeKey). */
  overKey: string | null;
  /** The card being dragged, shown under the pointer. */
  activeCardId: string | null;
}

/** The columns of cards and the themes, with the dragged card's overlay. */
export const WallBoard = memo(function WallBoard({ source, sorted, overKey, activeCardId }: WallBoardProps) {
  const { t } = useTranslation('currentState');
  const { run, requestFocus, pendingFocusRef, focusTargets } = useWallEditor();
  const slice = useSyncExternalStore(source.subscribe, source.get);
  // After the board renders, not the editor: a card moved by a change is in its new place only then.
  useFocusRequests(pendingFocusRef, focusTargets);

  // Once per change of the document, not per card; memoised columns and themes whose cards are
  // the same render no more. (Not useDeferredValue: a field given a late value would take it for
  // an undo and drop the keys typed since.)
  const columns = useMemo(
    () =>
      slice.columns.map((column) => {
        const cards = ungroupedCards(slice, column.id);
        return { column, cards: sorted ? sortByVotes(cards, (card) => card.votes) : cards, count: cardsOfColumn(slice, column.id).length };
      }),
    [slice, sorted],
  );
  const themes = useMemo(() => (sorted ? rankedThemes(slice) : slice.themes.map((theme) => themeTally(slice, theme))), [slice, sorted]);
  const activeCard = activeCardId ? findCard(slice, activeCardId) : undefined;

  return (
    <>
      <section className="step-section" aria-labelledby="wall-title">
        <div className="wall-section__header">
          <h3 id="wall-title">{t('wall.title')}</h3>
          <button
            type="button"
            className="button button--small"
            onClick={() => {
              const id = crypto.randomUUID();
              requestFocus({ kind: 'column-title', id });
              run(addColumn(source.get(), { id, title: t('columns.newTitle') }));
            }}
          >
            <Plus aria-hidden="true" size={16} />
            {t('columns.add')}
          </button>
        </div>
        <p className="form__hint">{t('wall.hint')}</p>
        <div className="wall-columns">
          {columns.map(({ column, cards, count }, index) => (
            <WallColumnView
              key={column.id}
              column={column}
              columns={slice.columns}
              themes={slice.themes}
              cardCount={count}
              tone={index}
              cards={cards}
              highlighted={overKey === `column:${column.id}`}
            />
          ))}
        </div>
      </section>

      <section className="step-section" aria-labelledby="wall-themes-title">
        <h3 id="wall-themes-title">
          {t('themes.title')} <span className="count">({slice.themes.length})</span>
        </h3>
        <p className="form__hint">{t('themes.hint')}</p>
        <div className="wall-themes">
          {themes.map((tally) => (
            <WallThemeView key={tally.theme.id} tally={tally} columns={slice.columns} themes={slice.themes} highlighted={overKey === `theme:${tally.theme.id}`} />
          ))}
          <NewThemeArea highlighted={overKey === 'newTheme'} />
        </div>
      </section>

      <DragOverlay>{activeCard ? <div className="wall-card wall-card--overlay">{activeCard.text}</div> : null}</DragOverlay>
    </>
  );
});
