import { createTheme, findCard, placeCard, placeOfCard, reorderCard, type CardPlace, type WallChange } from '../../domain/wall';
import type { Wall } from '../../domain/wall-schema';

/**
 * Drag and drop on the wall, without the library: the ids the draggables and drop areas carry,
 * and what dropping a card on one of them does to the document. Cards are sortable items; each
 * column (its ungrouped cards), each theme and the "New theme" area is a drop area.
 */
export type DropTarget = { kind: 'card'; cardId: string } | { kind: 'column'; columnId: string } | { kind: 'theme'; themeId: string } | { kind: 'newTheme' };

export const NEW_THEME_DROP_ID = 'new-theme';
export const cardDndId = (cardId: string) => `card:${cardId}`;
export const columnDndId = (columnId: string) => `column:${columnId}`;
export const themeDndId = (themeId: string) => `theme:${themeId}`;

export function parseDndId(id: string | number): DropTarget | null {
  const text = String(id);
  if (text === NEW_THEME_DROP_ID) return { kind: 'newTheme' };
  const colon = text.indexOf(':');
  const rest = text.slice(colon + 1);
  switch (text.slice(0, colon)) {
    case 'card':
      return { kind: 'card', cardId: rest };
    case 'column':
      return { kind: 'column', columnId: rest };
    case 'theme':
      return { kind: 'theme', themeId: rest };
    default:
      return null;
  }
}

/** Where a drop on `target` puts a card: a column, a theme, or a new theme. */
export function placeOfTarget(wall: Wall, target: DropTarget): CardPlace | 'newTheme' | null {
  switch (target.kind) {
    case 'newTheme':
      return 'newTheme';
    case 'column':
      return { column: target.columnId };
    case 'theme':
      return { theme: target.themeId };
    case 'card': {
      const card = findCard(wall, target.cardId);
      return card ? placeOfCard(wall, card) : null;
    }
  }
}

function samePlace(a: CardPlace | null, b: CardPlace | null): boolean {
  if (!a || !b) return false;
  if ('column' in a && 'column' in b) return a.column === b.column;
  if ('theme' in a && 'theme' in b) return a.theme === b.theme;
  return false;
}

/**
 * What dropping a card on a target does: into another column or theme it moves there; on a
 * card of its own column or theme it takes that card's place (unless the list is sorted by
 * votes, where the order is the votes'); on "New theme" it starts a theme with `newThemeId`.
 */
export function dropCard(wall: Wall, cardId: string, target: DropTarget, options: { reorder: boolean; newThemeId: string }): WallChange {
  const card = findCard(wall, cardId);
  if (!card) return { ok: false, refusal: { code: 'not_found' } };
  const place = placeOfTarget(wall, target);
  if (place === null) return { ok: true, ops: [] };
  if (place === 'newTheme') return createTheme(wall, { id: options.newThemeId, name: '', cardIds: [cardId] });
  if (samePlace(placeOfCard(wall, card), place)) {
    if (target.kind === 'card' && target.cardId !== cardId && options.reorder) return reorderCard(wall, cardId, target.cardId);
    return { ok: true, ops: [] };
  }
  return placeCard(wall, cardId, place);
}

/** A card's text cut to a length that fits in a button's name or an announcement. */
export function shortText(text: string, max = 60): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length <= max ? oneLine : `${oneLine.slice(0, max - 1).trimEnd()}…`;
}
