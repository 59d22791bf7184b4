import {
  closestCorners,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  pointerWithin,
  useSensor,
  useSensors,
  type Announcements,
  type CollisionDetection,
  type DragEndEvent,
  type DragOverEvent,
  type DragStartEvent,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import { Eraser } from 'lucide-react';
import { memo, useCallback, useId, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { clearVotes, dotBudget, findCard, problemsOf, setDotsPerParticipant, type CardPlace, type DotBudget, type WallChange, type WallProblem, type WallRefusal } from '../../domain/wall';
import { MAX_DOTS_PER_PARTICIPANT, type Wall } from '../../domain/wall-schema';
import { workshopOf } from '../../domain/workshop';
import type { StepEditorProps } from '../kit/views';
import { useStepHost } from '../kit/host';
import type { EditOptions } from '../kit/host';
import { NumberField } from '../kit/NumberField';
import { dropCard, parseDndId, placeOfTarget, shortText, type DropTarget } from './wall-dnd';
import { sameParts, useWallEditor, WallEditorContext, type FocusRequest, type WallEditorValue } from './WallContext';
import { useWallSource, WallBoard } from './WallBoard';
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

  const announcements = useAnnouncements(currentWall);
  const instructions = t('dnd.instructions');
  const accessibility = useMemo(() => ({ announcements, screenReaderInstructions: { draggable: instructions } }), [announcements, instructions]);
  const source = useWallSource(slice);

  const onDragStart = useCallback(({ active }: DragStartEvent) => {
    const dragged = parseDndId(active.id);
    setActiveCardId(dragged?.kind === 'card' ? dragged.cardId : null);
  }, []);
  const onDragOver = useCallback(
    ({ over }: DragOverEvent) => {
      const target = over ? parseDndId(over.id) : null;
      setOverKey(target ? placeKey(placeOfTarget(currentWall(), target)) : null);
    },
    [currentWall],
  );
  const onDragEnd = useCallback(
    ({ active, over, activatorEvent }: DragEndEvent) => {
      setActiveCardId(null);
      setOverKey(null);
      const dragged = parseDndId(active.id);
      const target = over ? parseDndId(over.id) : null;
      if (dragged?.kind !== 'card' || !target) return;
      const newThemeId = crypto.randomUUID();
      const change = dropCard(currentWall(), dragged.cardId, target, { reorder: !sorted, newThemeId });
      // A mouse user who started a theme names it next; the keyboard returns to the card's handle.
      if (target.kind === 'newTheme' && !(activatorEvent instanceof KeyboardEvent)) value.requestFocus({ kind: 'theme-name', id: newThemeId });
      run(change);
    },
    [currentWall, sorted, value, run],
  );
  const onDragCancel = useCallback(() => {
    setActiveCardId(null);
    setOverKey(null);
  }, []);

  // Rendered again only for a drag or the order, never for a keystroke (see WallSource).
  const board = useMemo(
    () => (
      <DndContext
        sensors={sensors}
        collisionDetection={collisions}
        accessibility={accessibility}
        onDragStart={onDragStart}
        onDragOver={onDragOver}
        onDragEnd={onDragEnd}
        onDragCancel={onDragCancel}
      >
        <WallBoard source={source} sorted={sorted} overKey={overKey} activeCardId={activeCardId} />
      </DndContext>
    ),
    [sensors, accessibility, onDragStart, onDragOver, onDragEnd, onDragCancel, source, sorted, overKey, activeCardId],
  );

  const problems = useMemo(() => problemsOf(slice), [slice]);

  return (
    <WallEditorContext.Provider value={value}>
      <div className="step-editor wall-editor">
        <WallVoting {...budget} sorted={sorted} onSort={setSorted} />

        {board}

        <ProblemsList problems={problems} />
      </div>
    </WallEditorContext.Provider>
  );
}

/** What a screen reader hears while a card is dragged, in the facilitator's language. */
function useAnnouncements(currentWall: () => Wall): Announcements {
  const { t } = useTranslation('currentState');
  return useMemo(() => announcementsOf(currentWall, t), [currentWall, t]);
}

function announcementsOf(currentWall: () => Wall, t: TFunction<'currentState'>): Announcements {
  const cardName = (id: UniqueIdentifier) => {
    const dragged = parseDndId(id);
    const card = dragged?.kind === 'card' ? findCard(currentWall(), dragged.cardId) : undefined;
    return card ? shortText(card.text) || t('cards.untitled') : '';
  };
  const describe = (target: DropTarget | null): { key: 'column' | 'theme' | 'newTheme' | 'nothing'; name: string } => {
    const wall = currentWall();
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

interface WallVotingProps extends DotBudget {
  sorted: boolean;
  onSort: (sorted: boolean) => void;
}

/**
 * The dots: how many each participant has, the room's budget, sorting by votes, clearing them.
 * Its own memoised part: it depends on the votes, not on the cards' text, and its controlled
 * fields would otherwise be rewritten at each keystroke in a card.
 */
const WallVoting = memo(function WallVoting({ sorted, onSort, ...budget }: WallVotingProps) {
  const { t } = useTranslation('currentState');
  const { notify } = useStepHost();
  const { currentWall, run } = useWallEditor();
  const sortId = useId();
  return (
    <section className="step-section wall-voting" aria-labelledby="wall-voting-title">
      <h3 id="wall-voting-title">{t('votes.title')}</h3>
      <div className="wall-voting__row">
        <NumberField
          label={t('votes.dotsPerParticipant')}
          value={budget.perParticipant}
          min={0}
          max={MAX_DOTS_PER_PARTICIPANT}
          invalidMessage={t('refusals.invalid_dots', { max: MAX_DOTS_PER_PARTICIPANT })}
          onCommit={(value) => run(setDotsPerParticipant(currentWall(), value), { coalesceKey: 'wall-dots' })}
        />
        <p className="wall-budget" role="status">
          {budget.total === null
            ? t('votes.budgetOpen', { count: budget.used })
            : t('votes.budget', { total: budget.total, participants: budget.participants, perParticipant: budget.perParticipant, used: budget.used, remaining: budget.remaining })}
          {budget.over > 0 ? ` ${t('votes.over', { count: budget.over })}` : ''}
        </p>
        <div className="wall-voting__actions">
          <div className="checkbox-field">
            <input id={sortId} type="checkbox" checked={sorted} onChange={(event) => onSort(event.target.checked)} />
            <label htmlFor={sortId}>{t('votes.sort')}</label>
          </div>
          <button
            type="button"
            className="button button--small"
            disabled={budget.used === 0}
            onClick={() => {
              if (run(clearVotes(currentWall()))) notify({ tone: 'info', message: t('votes.cleared'), undoable: true });
            }}
          >
            <Eraser aria-hidden="true" size={16} />
            {t('votes.clear')}
          </button>
        </div>
      </div>
    </section>
  );
});

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
