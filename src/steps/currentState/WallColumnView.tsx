import { useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { Trash2 } from 'lucide-react';
import { memo, useCallback, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { addCard, removeColumn, renameColumn } from '../../domain/wall';
import type { WallCard, WallColumn, WallTheme } from '../../domain/wall-schema';
import { Dialog } from '../kit/Dialog';
import { useStepHost } from '../kit/host';
import { InlineText } from './InlineText';
import { cardDndId, columnDndId } from './wall-dnd';
import { columnTone, sameParts, useFocusTarget, useStableIds, useWallEditor, type FocusRequest } from './WallContext';
import { WallCardItem } from './WallCardItem';

// Made once: a card typed in renders again, its icons need not (the same element is skipped).
const TRASH2_ICON = <Trash2 aria-hidden="true" size={16} />;

interface WallColumnViewProps {
  column: WallColumn;
  /** The wall's columns (where a removed column's cards may go) and themes (for each card). */
  columns: readonly WallColumn[];
  themes: readonly WallTheme[];
  /** All its cards, also those grouped under a theme (removing it moves them). */
  cardCount: number;
  /** Its position on the wall (its colour). */
  tone: number;
  /** Its ungrouped cards, in the order shown. */
  cards: WallCard[];
  /** A card is being dragged over it. */
  highlighted: boolean;
}

/** A column of the wall: its title, its ungrouped cards, and a field to write the next card. */
export const WallColumnView = memo(function WallColumnView({ column, columns, themes, cardCount, tone, cards, highlighted }: WallColumnViewProps) {
  const { t } = useTranslation('currentState');
  const { notify } = useStepHost();
  const { currentWall, run } = useWallEditor();
  const items = useStableIds(cards.map((card) => cardDndId(card.id)));
  const afterLastCard: FocusRequest = { kind: 'add-card', id: column.id };
  const { setNodeRef } = useDroppable({ id: columnDndId(column.id), data: { type: 'column' } });
  const [removing, setRemoving] = useState(false);
  const stopRemoving = useCallback(() => setRemoving(false), []);
  const addCardId = useId();
  const title = column.title || t('columns.untitled');

  const remove = () => {
    const change = removeColumn(currentWall(), column.id);
    if (!change.ok && change.refusal.code === 'column_has_cards') {
      setRemoving(true);
      return;
    }
    if (run(change)) {
      notify({
        tone: 'info',
        message: t('columns.removed', { title }),
        undoable: true,
      });
    }
  };

  return (
    <section
      ref={setNodeRef}
      className={`wall-column ${columnTone(tone)}${highlighted ? ' wall-drop--over' : ''}`}
      aria-label={title}
    >
      <div className="wall-column__header">
        <InlineText
          className="wall-column__title"
          label={t('columns.title')}
          value={column.title}
          placeholder={t('columns.untitled')}
          focus={{ kind: 'column-title', id: column.id }}
          next={() => document.getElementById(addCardId)}
          onCommit={(value) => run(renameColumn(currentWall(), column.id, value), { coalesceKey: `wall-column:${column.id}:title` })}
        />
        <span className="wall-column__count">{t('columns.count', { count: cards.length })}</span>
        <button type="button" className="wall-icon-button wall-icon-button--danger" aria-label={t('columns.remove', { title })} onClick={remove} disabled={columns.length <= 1}>
          {TRASH2_ICON}
        </button>
      </div>
      <SortableContext id={columnDndId(column.id)} items={items} strategy={verticalListSortingStrategy}>
        <ul className="wall-card-list">
          {cards.map((card, index) => {
            const after = neighbour(cards, index) ?? afterLastCard;
            return <WallCardItem key={card.id} card={card} themes={themes} tone={tone} origin={null} afterDeleteKind={after.kind} afterDeleteId={after.id} />;
          })}
        </ul>
      </SortableContext>
      <AddCardForm column={column} title={title} inputId={addCardId} />
      <RemoveColumnDialog columns={columns} cardCount={cardCount} open={removing} column={column} title={title} onClose={stopRemoving} />
    </section>
  );
}, sameParts);

/** The card after `index`, else the one before: where focus goes when a card is deleted. */
export function neighbour(cards: readonly WallCard[], index: number): FocusRequest | null {
  const next = cards[index + 1] ?? cards[index - 1];
  return next ? { kind: 'card-handle', id: next.id } : null;
}

/**
 * Type and press Enter: the card is on the wall and the field is ready for the next one.
 * (Memoised, as the dialog below: a keystroke in a card renders its column, and React rewrites a
 * controlled input's attributes at each render, which costs the browser a style pass.)
 */
const AddCardForm = memo(function AddCardForm({ column, title, inputId: id }: { column: WallColumn; title: string; inputId: string }) {
  const { t } = useTranslation('currentState');
  const { currentWall, run } = useWallEditor();
  const input = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  useFocusTarget('add-card', column.id, input);

  const add = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim() === '') return;
    if (run(addCard(currentWall(), { id: crypto.randomUUID(), columnId: column.id, text }))) setText('');
    input.current?.focus();
  };

  return (
    <form className="wall-add-card" onSubmit={add}>
      <label htmlFor={id} className="visually-hidden">
        {t('cards.new', { column: title })}
      </label>
      <input id={id} ref={input} value={text} placeholder={t('cards.newPlaceholder')} autoComplete="off" onChange={(event) => setText(event.target.value)} />
    </form>
  );
});

interface RemoveColumnDialogProps {
  columns: readonly WallColumn[];
  cardCount: number;
  open: boolean;
  column: WallColumn;
  title: string;
  onClose: () => void;
}

/** A column that still holds cards goes only when the facilitator says where its cards go. */
const RemoveColumnDialog = memo(function RemoveColumnDialog({ columns, cardCount: count, open, column, title, onClose }: RemoveColumnDialogProps) {
  const { t } = useTranslation('currentState');
  const { notify } = useStepHost();
  const { currentWall, run } = useWallEditor();
  const selectId = useId();
  const others = columns.filter((entry) => entry.id !== column.id);
  const [target, setTarget] = useState<string | null>(null);
  const chosen = target ?? others[0]?.id ?? '';

  return (
    <Dialog open={open} title={t('columns.removeDialog.title', { title })} description={t('columns.removeDialog.description', { count })} onClose={onClose}>
      <form
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          if (run(removeColumn(currentWall(), column.id, chosen))) {
            onClose();
            notify({
              tone: 'info',
              message: t('columns.removed', { title }),
              undoable: true,
            });
          }
        }}
      >
        <div className="field">
          <label htmlFor={selectId}>{t('columns.removeDialog.moveTo')}</label>
          <select id={selectId} value={chosen} onChange={(event) => setTarget(event.target.value)}>
            {others.map((entry) => (
              <option key={entry.id} value={entry.id}>
                {entry.title || t('columns.untitled')}
              </option>
            ))}
          </select>
        </div>
        <div className="form__actions">
          <button type="button" className="button" onClick={onClose}>
            {t('cancel')}
          </button>
          <button type="submit" className="button button--primary">
            {t('columns.removeDialog.confirm')}
          </button>
        </div>
      </form>
    </Dialog>
  );
});
