import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { GripVertical, Trash2 } from 'lucide-react';
import { memo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createTheme, deleteCard, editCard, groupCard } from '../../domain/wall';
import type { WallCard, WallTheme } from '../../domain/wall-schema';
import { useStepHost } from '../kit/host';
import { InlineText } from './InlineText';
import { cardDndId, shortText } from './wall-dnd';
import { columnTone, sameParts, useFocusTarget, useWallEditor, type FocusRequest } from './WallContext';
import { VoteControls } from './VoteControls';

// Made once: a card typed in renders again, its icons need not (the same element is skipped).
const GRIPVERTICAL_ICON = <GripVertical aria-hidden="true" size={16} />;
const TRASH2_ICON = <Trash2 aria-hidden="true" size={16} />;

const NEW_THEME = '__new-theme__';

/**
 * A card's props are its own data and plain values, the same from one render of the wall to the
 * next unless this card (or the list of themes) changed: typing in one card renders that card only
 * (a card object made anew with the same fields counts as the same: sameParts).
 */
interface WallCardItemProps {
  card: WallCard;
  /** The wall's themes, for "Move to theme…" (the same array while no theme changes). */
  themes: readonly WallTheme[];
  /** The position of the card's column (its colour). */
  tone: number;
  /** Shown under a theme: the title of the column it was written in; null in its column. */
  origin: string | null;
  /** Where focus goes when this card is deleted. */
  afterDeleteKind: FocusRequest['kind'];
  afterDeleteId: string;
}

/**
 * One card: its drag handle (the keyboard picks it up with Space or Enter), its text to edit in
 * place, its theme, its votes, and delete (with undo).
 */
export const WallCardItem = memo(function WallCardItem({ card, themes, tone, origin, afterDeleteKind, afterDeleteId }: WallCardItemProps) {
  const { t } = useTranslation('currentState');
  const { notify } = useStepHost();
  const { currentWall, run, requestFocus } = useWallEditor();
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id: cardDndId(card.id),
    data: { type: 'card', cardId: card.id },
    attributes: { roleDescription: t('dnd.roleDescription') },
  });
  const handle = useRef<HTMLButtonElement | null>(null);
  useFocusTarget('card-handle', card.id, handle);
  const label = shortText(card.text) || t('cards.untitled');

  const remove = () => {
    requestFocus({ kind: afterDeleteKind, id: afterDeleteId });
    if (!run(deleteCard(currentWall(), card.id))) return;
    notify({
      tone: 'info',
      message: t('cards.deleted', { text: label }),
      undoable: true,
    });
  };

  return (
    <li
      ref={setNodeRef}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      className={`wall-card ${columnTone(tone)}${isDragging ? ' wall-card--placeholder' : ''}`}
      aria-label={label}
    >
      <button
        ref={(node) => {
          setActivatorNodeRef(node);
          handle.current = node;
        }}
        type="button"
        className="wall-card__handle"
        data-card-handle={card.id}
        {...attributes}
        {...listeners}
        aria-label={t('cards.handle', { text: label })}
      >
        {GRIPVERTICAL_ICON}
      </button>
      <InlineText
        className="wall-card__text"
        label={t('cards.text')}
        value={card.text}
        required
        focus={{ kind: 'card-text', id: card.id }}
        next={() => handle.current}
        onCommit={(text) => run(editCard(currentWall(), card.id, text), { coalesceKey: `wall-card:${card.id}:text` })}
      />
      <div className="wall-card__footer">
        {origin !== null ? <span className="wall-card__origin">{origin || t('columns.untitled')}</span> : null}
        <ThemeSelect card={card} themes={themes} label={label} />
        <div className="wall-card__actions">
          <VoteControls target={{ card: card.id }} name={label} own={card.votes} />
          <button type="button" className="wall-icon-button wall-icon-button--danger" aria-label={t('cards.delete', { text: label })} onClick={remove}>
            {TRASH2_ICON}
          </button>
        </div>
      </div>
    </li>
  );
}, sameParts);

/** Keys that walk a closed select's options (each fires "change" in Chromium without opening it). */
const BROWSING_KEYS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'PageUp', 'PageDown']);

/**
 * "Move to theme…": the card's theme as a plain select, the keyboard path beside drag and drop.
 * Walking the options with the arrow keys only chooses; Enter or leaving the field moves the
 * card (a mouse pick moves it at once), and focus follows the card to its new place.
 */
function ThemeSelect({ card, themes, label }: { card: WallCard; themes: readonly WallTheme[]; label: string }) {
  const { t } = useTranslation('currentState');
  const { currentWall, run, requestFocus } = useWallEditor();
  const element = useRef<HTMLSelectElement>(null);
  const browsing = useRef(false);
  const [draft, setDraft] = useState<string | null>(null);
  useFocusTarget('card-theme', card.id, element);
  // The card's theme, or none (also when its theme no longer exists: domain/wall's themeOfCard).
  const current = card.themeId !== null && themes.some((theme) => theme.id === card.themeId) ? card.themeId : '';

  const commit = (next: string) => {
    browsing.current = false;
    setDraft(null);
    if (next === current) return;
    requestFocus({ kind: 'card-theme', id: card.id });
    if (next === NEW_THEME) run(createTheme(currentWall(), { id: crypto.randomUUID(), name: '', cardIds: [card.id] }));
    else run(groupCard(currentWall(), card.id, next === '' ? null : next));
  };

  return (
    <select
      ref={element}
      className="wall-card__theme"
      aria-label={t('cards.moveToTheme', { text: label })}
      value={draft ?? current}
      onKeyDown={(event) => {
        if (BROWSING_KEYS.has(event.key) && !event.altKey) browsing.current = true;
        else if (event.key === ' ' || event.altKey) browsing.current = false;
        if (event.key === 'Enter' && draft !== null) {
          event.preventDefault();
          commit(draft);
        }
      }}
      onChange={(event) => {
        if (browsing.current) setDraft(event.target.value);
        else commit(event.target.value);
      }}
      onBlur={() => {
        if (draft !== null) commit(draft);
      }}
    >
      <option value="">{current === '' ? t('cards.moveToThemePrompt') : t('cards.noTheme')}</option>
      {themes.map((theme) => (
        <option key={theme.id} value={theme.id}>
          {theme.name || t('themes.untitled')}
        </option>
      ))}
      <option value={NEW_THEME}>{t('cards.newTheme')}</option>
    </select>
  );
}
