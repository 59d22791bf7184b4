import { useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { Plus, Trash2 } from 'lucide-react';
import { memo, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { createTheme, deleteTheme, renameTheme, setProblem, sortByVotes, type ThemeTally } from '../../domain/wall';
import type { WallCard, WallColumn, WallTheme } from '../../domain/wall-schema';
import { useStepHost } from '../kit/host';
import { InlineText } from './InlineText';
import { cardDndId, NEW_THEME_DROP_ID, themeDndId } from './wall-dnd';
import { neighbour } from './WallColumnView';
import { sameParts, useStableIds, useWallEditor, type FocusRequest } from './WallContext';
import { WallCardItem } from './WallCardItem';
import { VoteControls } from './VoteControls';

interface WallThemeViewProps {
  tally: ThemeTally;
  /** The wall's columns (each card names and takes the colour of its own) and themes. */
  columns: readonly WallColumn[];
  themes: readonly WallTheme[];
  highlighted: boolean;
}

/** The position and title of a card's column: its own, or the first when its column is gone. */
function columnPlace(columns: readonly WallColumn[], card: WallCard): { tone: number; origin: string | null } {
  const index = Math.max(0, columns.findIndex((column) => column.id === card.columnId));
  return { tone: index, origin: columns[index]?.title ?? null };
}

/** A theme: its name, its votes (its own dots and its cards'), the problem toggle, its cards. */
export const WallThemeView = memo(function WallThemeView({ tally, columns, themes, highlighted }: WallThemeViewProps) {
  const { t } = useTranslation('currentState');
  const { notify } = useStepHost();
  const { currentWall, run, sorted } = useWallEditor();
  const { theme } = tally;
  const { setNodeRef } = useDroppable({ id: themeDndId(theme.id), data: { type: 'theme' } });
  const problemId = useId();
  const name = theme.name || t('themes.untitled');
  const cards = sorted ? sortByVotes(tally.cards, (card) => card.votes) : tally.cards;
  const items = useStableIds(cards.map((card) => cardDndId(card.id)));
  const afterLastCard: FocusRequest = { kind: 'theme-name', id: theme.id };

  const remove = () => {
    if (!run(deleteTheme(currentWall(), theme.id))) return;
    notify({
      tone: 'info',
      message: t('themes.deleted', { name }),
      undoable: true,
    });
  };

  return (
    <section
      ref={setNodeRef}
      className={`wall-theme${theme.problem ? ' wall-theme--problem' : ''}${highlighted ? ' wall-drop--over' : ''}`}
      aria-label={name}
    >
      <div className="wall-theme__header">
        <InlineText
          className="wall-theme__name"
          label={t('themes.name')}
          value={theme.name}
          placeholder={t('themes.untitled')}
          focus={{ kind: 'theme-name', id: theme.id }}
          onCommit={(value) => run(renameTheme(currentWall(), theme.id, value), { coalesceKey: `wall-theme:${theme.id}:name` })}
        />
        <button type="button" className="wall-icon-button wall-icon-button--danger" aria-label={t('themes.delete', { name })} onClick={remove}>
          <Trash2 aria-hidden="true" size={16} />
        </button>
      </div>
      <div className="wall-theme__meta">
        <VoteControls
          target={{ theme: theme.id }}
          name={name}
          own={tally.own}
          shown={tally.total}
          detail={t('votes.breakdown', { own: tally.own, cards: tally.onCards })}
        />
        <div className="checkbox-field wall-theme__problem">
          <input id={problemId} type="checkbox" checked={theme.problem} onChange={(event) => run(setProblem(currentWall(), theme.id, event.target.checked))} />
          <label htmlFor={problemId}>{t('themes.problem')}</label>
        </div>
      </div>
      <SortableContext id={themeDndId(theme.id)} items={items} strategy={verticalListSortingStrategy}>
        <ul className="wall-card-list">
          {cards.map((card, index) => {
            const after = neighbour(cards, index) ?? afterLastCard;
            const { tone, origin } = columnPlace(columns, card);
            return (
              <WallCardItem
                key={card.id}
                card={card}
                themes={themes}
                tone={tone}
                origin={origin}
                afterDeleteKind={after.kind}
                afterDeleteId={after.id}
              />
            );
          })}
        </ul>
      </SortableContext>
      {cards.length === 0 ? <p className="wall-drop-hint">{t('themes.empty')}</p> : null}
    </section>
  );
}, sameParts);

/** Drop a card here to start a theme with it, or name a theme and press Enter. */
export const NewThemeArea = memo(function NewThemeArea({ highlighted }: { highlighted: boolean }) {
  const { t } = useTranslation('currentState');
  const { currentWall, run } = useWallEditor();
  const { setNodeRef } = useDroppable({ id: NEW_THEME_DROP_ID, data: { type: 'newTheme' } });
  const inputId = useId();
  const [name, setName] = useState('');

  const add = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === '') return;
    const id = crypto.randomUUID();
    if (run(createTheme(currentWall(), { id, name }))) setName('');
  };

  return (
    <div ref={setNodeRef} className={`wall-new-theme${highlighted ? ' wall-drop--over' : ''}`}>
      <p className="wall-new-theme__drop">
        <Plus aria-hidden="true" size={18} />
        {t('themes.dropNew')}
      </p>
      <form className="wall-add-card" onSubmit={add}>
        <label htmlFor={inputId} className="visually-hidden">
          {t('themes.newName')}
        </label>
        <input id={inputId} value={name} placeholder={t('themes.newNamePlaceholder')} autoComplete="off" onChange={(event) => setName(event.target.value)} />
      </form>
    </div>
  );
});
