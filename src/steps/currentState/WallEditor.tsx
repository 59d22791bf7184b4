import {
  closestCorners,
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  pointerWithin,
  useSensor,
  useSensors,
  type Announcements,
  type CollisionDetection,
  type DragEndEvent,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import { Eraser, Plus } from 'lucide-react';
import { memo, useCallback, useId, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { addColumn, cardsOfColumn, clearVotes, dotBudget, findCard, problemsOf, rankedThemes, setDotsPerParticipant, sortByVotes, themeTally, ungroupedCards, type CardPlace, type WallChange, type WallProblem, type WallRefusal } from '../../domain/wall';
import { MAX_DOTS_PER_PARTICIPANT, type Wall } from '../../domain/wall-schema';
import { workshopOf } from '../../domain/workshop';
import type { StepEditorProps } from '../kit/views';
import { useStepHost } from '../kit/host';
import type { EditOptions } from '../kit/host';
import { NumberField } from '../kit/NumberField';
import { dropCard, parseDndId, placeOfTarget, shortText, type DropTarget } from './wall-dnd';
import { sameParts, useFocusRequests, WallEditorContext, type FocusRequest, type WallEditorValue } from './WallContext';
import { WallColumnView } from './WallColumnView';
import { NewThemeArea, WallThemeView } from './WallThemeView';
import type { CurrentStateSlice } from './definition';

/** A key for a place a dragged card is over, to light it up. */
function placeKey(place: CardPlace | 'newTheme' | null): string | null {
  if (place === null) return null;
  if (place === 'newTheme') return 'newTheme';
  return 'column' in place ? `column:${place.column}` : `theme:${place.theme}`;
}

/**
 * With a pointer: the card under it, else the column or theme under it. With the keyboard (no
 * pointer): the nearest corners, as the sortable keyboard coordinates expect.
 */
const collisions: CollisionDetection = (args) => {
  if (!args.pointerCoordinates) return closestCorners(args);
  const within = pointerWithin(args);
  const card = within.find((entry) => parseDndId(entry.id)?.kind === 'card');
  return card ? [card] : within.slice(0, 1);
};

/** Made once: new sensor options at each render would re-render every card (dnd-kit's activators). */
const POINTER_OPTIONS = { activationConstraint: { distance: 4 } };
const KEYBOARD_OPTIONS = { coordinateGetter: sortableKeyboardCoordinates };

/**
 * The facilitator's wall: the dots, the columns of cards, the themes and the problems. Cards are
 * grouped by drag and drop (pointer, or keyboard: Space on a card's handle, arrows, Space) or by
 * each card's "Move to theme…" list.
 */
export function WallEditor({ workspace, slice, edit }: StepEditorProps<CurrentStateSlice>) {
  const { t } = useTranslation('currentState');
  const { notify } = useStepHost();
  const participants = workshopOf(workspace).participants.length;
  const budget = dotBudget(slice, participants);
  const [sorted, setSorted] = useState(false);
  const [activeCardId, setActiveCardId] = useState<string | null>(null);
  const [overKey, setOverKey] = useState<string | null>(null);
  const pendingFocusRef = useRef<FocusRequest | null>(null);
  const focusTargets = useRef(new Map<string, RefObject<HTMLElement | null>>());
  useFocusRequests(pendingFocusRef, focusTargets);
  const sortId = useId();
  // The wall and the host's edit as of the last render, for event handlers: the context below
  // stays the same object while a card is typed in, so only that card renders again.
  // (Set once rendered: handlers run only after that.)
  const latest = useRef<{ slice: Wall; participants: number; edit: StepEditorProps<CurrentStateSlice>['edit'] } | null>(null);
  useLayoutEffect(() => {
    latest.current = { slice, participants, edit };
  });
  const currentWall = useCallback(() => latest.current!.slice, []);
  const currentParticipants = useCallback(() => latest.current!.participants, []);

  const refusalText = useCallback(
    (refusal: WallRefusal) => {
      switch (refusal.code) {
        case 'too_long':
        case 'limit':
        case 'invalid_dots':
          return t(`refusals.${refusal.code}`, { max: refusal.max });
        case 'column_has_cards':
          return t('refusals.column_has_cards', { count: refusal.cards });
        default:
          return t(`refusals.${refusal.code}`);
      }
    },
    [t],
  );

  const run = useCallback(
    (change: WallChange, options?: EditOptions) => {
      if (!change.ok) {
        notify({ tone: 'error', message: refusalText(change.refusal) });
        return false;
      }
      if (change.ops.length > 0) latest.current!.edit(change.ops, options);
      return true;
    },
    [refusalText, notify],
  );

  const noDotsLeft = budget.remaining !== null && budget.remaining <= 0;
  const value = useMemo<WallEditorValue>(
    () => ({
      currentWall,
      currentParticipants,
      noDotsLeft,
      sorted,
      run,
      requestFocus: (request) => {
        pendingFocusRef.current = request;
      },
      pendingFocusRef,
      focusTargets,
    }),
    [currentWall, currentParticipants, noDotsLeft, sorted, run],
  );

  const sensors = useSensors(useSensor(PointerSensor, POINTER_OPTIONS), useSensor(KeyboardSensor, KEYBOARD_OPTIONS));

  const announcements = useAnnouncements(slice);

  const onDragEnd = ({ active, over, activatorEvent }: DragEndEvent) => {
    setActiveCardId(null);
    setOverKey(null);
    const dragged = parseDndId(active.id);
    const target = over ? parseDndId(over.id) : null;
    if (dragged?.kind !== 'card' || !target) return;
    const newThemeId = crypto.randomUUID();
    const change = dropCard(slice, dragged.cardId, target, { reorder: !sorted, newThemeId });
    // A mouse user who started a theme names it next; the keyboard returns to the card's handle.
    if (target.kind === 'newTheme' && !(activatorEvent instanceof KeyboardEvent)) value.requestFocus({ kind: 'theme-name', id: newThemeId });
    run(change);
  };

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
  const problems = useMemo(() => problemsOf(slice), [slice]);
  const activeCard = activeCardId ? findCard(slice, activeCardId) : undefined;

  return (
    <WallEditorContext.Provider value={value}>
      <div className="step-editor wall-editor">
        <section className="step-section wall-voting" aria-labelledby="wall-voting-title">
          <h3 id="wall-voting-title">{t('votes.title')}</h3>
          <div className="wall-voting__row">
            <NumberField
              label={t('votes.dotsPerParticipant')}
              value={slice.dotsPerParticipant}
              min={0}
              max={MAX_DOTS_PER_PARTICIPANT}
              invalidMessage={t('refusals.invalid_dots', { max: MAX_DOTS_PER_PARTICIPANT })}
              onCommit={(dots) => run(setDotsPerParticipant(slice, dots), { coalesceKey: 'wall-dots' })}
            />
            <p className="wall-budget" role="status">
              {budget.total === null
                ? t('votes.budgetOpen', { count: budget.used })
                : t('votes.budget', { total: budget.total, participants, perParticipant: budget.perParticipant, used: budget.used, remaining: budget.remaining })}
              {budget.over > 0 ? ` ${t('votes.over', { count: budget.over })}` : ''}
            </p>
            <div className="wall-voting__actions">
              <div className="checkbox-field">
                <input id={sortId} type="checkbox" checked={sorted} onChange={(event) => setSorted(event.target.checked)} />
                <label htmlFor={sortId}>{t('votes.sort')}</label>
              </div>
              <button
                type="button"
                className="button button--small"
                disabled={budget.used === 0}
                onClick={() => {
                  if (run(clearVotes(slice)))
                    notify({ tone: 'info', message: t('votes.cleared'), undoable: true });
                }}
              >
                <Eraser aria-hidden="true" size={16} />
                {t('votes.clear')}
              </button>
            </div>
          </div>
        </section>

        <DndContext
          sensors={sensors}
          collisionDetection={collisions}
          accessibility={{ announcements, screenReaderInstructions: { draggable: t('dnd.instructions') } }}
          onDragStart={({ active }) => {
            const dragged = parseDndId(active.id);
            setActiveCardId(dragged?.kind === 'card' ? dragged.cardId : null);
          }}
          onDragOver={({ over }) => {
            const target = over ? parseDndId(over.id) : null;
            setOverKey(target ? placeKey(placeOfTarget(slice, target)) : null);
          }}
          onDragEnd={onDragEnd}
          onDragCancel={() => {
            setActiveCardId(null);
            setOverKey(null);
          }}
        >
          <section className="step-section" aria-labelledby="wall-title">
            <div className="wall-section__header">
              <h3 id="wall-title">{t('wall.title')}</h3>
              <button
                type="button"
                className="button button--small"
                onClick={() => {
                  const id = crypto.randomUUID();
                  value.requestFocus({ kind: 'column-title', id });
                  run(addColumn(slice, { id, title: t('columns.newTitle') }));
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
        </DndContext>

        <ProblemsList problems={problems} />
      </div>
    </WallEditorContext.Provider>
  );
}

/** What a screen reader hears while a card is dragged, in the facilitator's language. */
function useAnnouncements(wall: Wall): Announcements {
  const { t } = useTranslation('currentState');
  const cardName = (id: UniqueIdentifier) => {
    const dragged = parseDndId(id);
    const card = dragged?.kind === 'card' ? findCard(wall, dragged.cardId) : undefined;
    return card ? shortText(card.text) || t('cards.untitled') : '';
  };
  const describe = (target: DropTarget | null): { key: 'column' | 'theme' | 'newTheme' | 'nothing'; name: string } => {
    const place = target ? placeOfTarget(wall, target) : null;
    if (place === null) return { key: 'nothing', name: '' };
    if (place === 'newTheme') return { key: 'newTheme', name: '' };
    if ('column' in place) {
      const column = wall.columns.find((entry) => entry.id === place.column);
      return { key: 'column', name: column?.title || t('columns.untitled') };
    }
    const theme = wall.themes.find((entry) => entry.id === place.theme);
    return { key: 'theme', name: theme?.name || t('themes.untitled') };
  };
  const where = (over: { id: UniqueIdentifier } | null) => describe(over ? parseDndId(over.id) : null);
  return {
    onDragStart: ({ active }) => t('dnd.start', { card: cardName(active.id) }),
    onDragOver: ({ active, over }) => {
      // Over itself (as it is picked up): "picked up" says it all.
      if (over?.id === active.id) return undefined;
      const target = where(over);
      return t(`dnd.over.${target.key}`, { card: cardName(active.id), target: target.name });
    },
    onDragEnd: ({ active, over }) => {
      const target = where(over);
      return t(`dnd.end.${target.key}`, { card: cardName(active.id), target: target.name });
    },
    onDragCancel: ({ active }) => t('dnd.cancel', { card: cardName(active.id) }),
  };
}

/** The themes marked as problems this playbook must solve, most votes first. */
const ProblemsList = memo(function ProblemsList({ problems }: { problems: readonly WallProblem[] }) {
  const { t } = useTranslation('currentState');
  return (
    <section className="step-section wall-problems" aria-labelledby="wall-problems-title">
      <h3 id="wall-problems-title">
        {t('problems.title')} <span className="count">({problems.length})</span>
      </h3>
      {problems.length === 0 ? (
        <p className="form__hint">{t('problems.empty')}</p>
      ) : (
        <ol>
          {problems.map((problem) => (
            <li key={problem.theme.id}>
              <span className="wall-problems__name">{problem.theme.name || t('themes.untitled')}</span> <span className="count">{t('votes.count', { count: problem.votes })}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}, sameParts);
