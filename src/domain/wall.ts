import type { DocPath, EditOp } from '../contract/edit';
import {
  MAX_CARD_TEXT,
  MAX_CARDS,
  MAX_COLUMN_TITLE,
  MAX_COLUMNS,
  MAX_DOTS_PER_PARTICIPANT,
  MAX_THEME_NAME,
  MAX_THEMES,
  MAX_VOTES,
} from './wall-schema';
import type { Wall, WallCard, WallColumn, WallTheme } from './wall-schema';

/**
 * The rules of the current-state wall ("the blame wall"): what the room's votes add up to, how
 * many dots are left, how cards and themes rank, which themes are the problems the playbook must
 * solve, and every change to the wall as edit operations for the document.
 *
 * Decisions, so that every view (editor, projector, playbook, later steps) counts the same way:
 * - A dot sits on a card or on a theme, never on both. A theme's **total** is the dots on the
 *   theme itself plus the dots on its cards: votes placed on cards before they were grouped are
 *   not lost, and a theme that gathers popular cards rises. Themes rank (and problems are
 *   ordered) by that total; the dots used are every card's and every theme's own dots, each
 *   counted once.
 * - The dots available are dots per participant × the participants of the set-up. With no
 *   participants entered the budget is unknown and voting is not limited (`total: null`).
 *   Lowering the dots per participant below what is already placed is allowed: nothing is taken
 *   back, `over` says by how much the room is over, and no new dot can be placed.
 * - Sorting by votes is stable: equal votes keep the order the room wrote them in.
 * - Removing a column that still holds cards (grouped or not) is refused with the number of
 *   cards, unless the caller says which column they move to; the last column cannot go.
 * - Deleting a theme ungroups its cards (they go back to their columns with their own votes);
 *   the theme's own dots go back to the room.
 * - A card whose theme or column no longer exists (removed by someone else at the same moment)
 *   reads as ungrouped, in the first column.
 *
 * Every change answers a {@link WallChange}: the operations to send, or a typed refusal that a
 * view translates. Ids of new items are the caller's (the pure core makes no random numbers).
 */

/** Where the wall lives in the workspace document. */
export const WALL_PATH = ['steps', 'currentState'] as const;

export type WallRefusal =
  | { code: 'empty_text' }
  | { code: 'too_long'; max: number }
  | { code: 'not_found' }
  | { code: 'no_dots_left' }
  | { code: 'no_votes' }
  | { code: 'last_column' }
  | { code: 'column_has_cards'; cards: number }
  | { code: 'limit'; max: number }
  | { code: 'invalid_dots'; max: number };

export type WallChange = { ok: true; ops: EditOp[] } | { ok: false; refusal: WallRefusal };

export type VoteTarget = { card: string } | { theme: string };

/** A place on the wall a card can be put: a column (ungrouped) or a theme. */
export type CardPlace = { column: string } | { theme: string };

const path = (...rest: DocPath): DocPath => [...WALL_PATH, ...rest];
const cardPath = (id: string, ...rest: DocPath): DocPath => path('cards', { id }, ...rest);
const themePath = (id: string, ...rest: DocPath): DocPath => path('themes', { id }, ...rest);
const columnPath = (id: string, ...rest: DocPath): DocPath => path('columns', { id }, ...rest);
const ok = (ops: EditOp[]): WallChange => ({ ok: true, ops });
const refuse = (refusal: WallRefusal): WallChange => ({ ok: false, refusal });


// --- Reading the wall ----------------------------------------------------------------------------

export function findCard(wall: Wall, cardId: string): WallCard | undefined {
  return wall.cards.find((card) => card.id === cardId);
}

export function findTheme(wall: Wall, themeId: string): WallTheme | undefined {
  return wall.themes.find((theme) => theme.id === themeId);
}

/** The theme a card is grouped under, or null (also when its theme no longer exists). */
export function themeOfCard(wall: Wall, card: WallCard): WallTheme | null {
  return card.themeId === null ? null : (findTheme(wall, card.themeId) ?? null);
}

/** The column a card belongs to: its own, or the first when its column no longer exists. */
export function columnOfCard(wall: Wall, card: WallCard): WallColumn | undefined {
  return wall.columns.find((column) => column.id === card.columnId) ?? wall.columns[0];
}

/** Where a card is shown: under its theme, or ungrouped in its column. */
export function placeOfCard(wall: Wall, card: WallCard): CardPlace | null {
  const theme = themeOfCard(wall, card);
  if (theme) return { theme: theme.id };
  const column = columnOfCard(wall, card);
  return column ? { column: column.id } : null;
}

/** The ungrouped cards of a column, in the order they were written. */
export function ungroupedCards(wall: Wall, columnId: string): WallCard[] {
  return wall.cards.filter((card) => themeOfCard(wall, card) === null && columnOfCard(wall, card)?.id === columnId);
}

/** The cards grouped under a theme, in the order they were written. */
export function cardsOfTheme(wall: Wall, themeId: string): WallCard[] {
  return wall.cards.filter((card) => card.themeId === themeId);
}

/** Every card written in a column, grouped or not. */
export function cardsOfColumn(wall: Wall, columnId: string): WallCard[] {
  return wall.cards.filter((card) => columnOfCard(wall, card)?.id === columnId);
}

/**
 * Items by votes, most first; equal votes keep their order (a stable sort on a copy).
 *
 * @example
 * sortByVotes([{ id: 'a', votes: 1 }, { id: 'b', votes: 3 }, { id: 'c', votes: 1 }], (x) => x.votes).map((x) => x.id) // ['b', 'a', 'c']
 */
export function sortByVotes<T>(items: readonly T[], votesOf: (item: T) => number): T[] {
  return items
    .map((item, index) => ({ item, index, votes: votesOf(item) }))
    .sort((a, b) => b.votes - a.votes || a.index - b.index)
    .map((entry) => entry.item);
}

export interface ThemeTally {
  theme: WallTheme;
  /** Dots placed on the theme itself. */
  own: number;
  /** Dots placed on its cards. */
  onCards: number;
  /** own + onCards: what the theme ranks by. */
  total: number;
  cards: WallCard[];
}

export function themeTally(wall: Wall, theme: WallTheme): ThemeTally {
  const cards = cardsOfTheme(wall, theme.id);
  const onCards = cards.reduce((sum, card) => sum + card.votes, 0);
  return { theme, own: theme.votes, onCards, total: theme.votes + onCards, cards };
}

/** The themes with their votes, most votes first (stable). */
export function rankedThemes(wall: Wall): ThemeTally[] {
  return sortByVotes(
    wall.themes.map((theme) => themeTally(wall, theme)),
    (tally) => tally.total,
  );
}

export interface WallProblem {
  theme: WallTheme;
  /** The theme's total votes. */
  votes: number;
  /** The steps whose agreements answer it (step ids, as the room linked them). */
  answeredBy: string[];
}

/** The themes marked as problems this playbook must solve, most votes first (stable). */
export function problemsOf(wall: Wall): WallProblem[] {
  return rankedThemes(wall)
    .filter((tally) => tally.theme.problem)
    .map((tally) => ({ theme: tally.theme, votes: tally.total, answeredBy: tally.theme.answeredBy }));
}

/** Every dot placed: on cards and on themes, each once. */
export function dotsUsed(wall: Wall): number {
  return wall.cards.reduce((sum, card) => sum + card.votes, 0) + wall.themes.reduce((sum, theme) => sum + theme.votes, 0);
}

export interface DotBudget {
  perParticipant: number;
  participants: number;
  /** perParticipant × participants; null when no participants are entered (not limited). */
  total: number | null;
  used: number;
  /** Dots still to place; null when not limited. Never below 0. */
  remaining: number | null;
  /** How many more dots are placed than the budget allows (after lowering the dots per participant). */
  over: number;
}

/**
 * The room's dots.
 *
 * @example
 * dotBudget({ ...wall, dotsPerParticipant: 3 }, 8) // { total: 24, used: …, remaining: 24 - used, … }
 */
export function dotBudget(wall: Wall, participants: number): DotBudget {
  const used = dotsUsed(wall);
  const perParticipant = wall.dotsPerParticipant;
  if (participants <= 0) return { perParticipant, participants: 0, total: null, used, remaining: null, over: 0 };
  const total = perParticipant * participants;
  return { perParticipant, participants, total, used, remaining: Math.max(0, total - used), over: Math.max(0, used - total) };
}

/** The votes on a card or on a theme itself. */
export function votesOf(wall: Wall, target: VoteTarget): number | undefined {
  return 'card' in target ? findCard(wall, target.card)?.votes : findTheme(wall, target.theme)?.votes;
}

// --- Cards ---------------------------------------------------------------------------------------

/** Adds a card at the end of a column (or straight into a theme). Its text is trimmed. */
export function addCard(wall: Wall, card: { id: string; columnId: string; text: string; themeId?: string | null }): WallChange {
  const text = card.text.trim();
  if (text === '') return refuse({ code: 'empty_text' });
  if (text.length > MAX_CARD_TEXT) return refuse({ code: 'too_long', max: MAX_CARD_TEXT });
  if (!wall.columns.some((column) => column.id === card.columnId)) return refuse({ code: 'not_found' });
  const themeId = card.themeId ?? null;
  if (themeId !== null && !findTheme(wall, themeId)) return refuse({ code: 'not_found' });
  if (wall.cards.length >= MAX_CARDS) return refuse({ code: 'limit', max: MAX_CARDS });
  const value: WallCard = { id: card.id, columnId: card.columnId, text, themeId, votes: 0 };
  return ok([{ type: 'insert', path: path('cards'), value }]);
}

/** Changes a card's text as typed (an empty text is allowed while editing; see deleteCard). */
export function editCard(wall: Wall, cardId: string, text: string): WallChange {
  if (!findCard(wall, cardId)) return refuse({ code: 'not_found' });
  if (text.length > MAX_CARD_TEXT) return refuse({ code: 'too_long', max: MAX_CARD_TEXT });
  return ok([{ type: 'set', path: cardPath(cardId, 'text'), value: text }]);
}

/** Deletes a card; its dots go back to the room. */
export function deleteCard(wall: Wall, cardId: string): WallChange {
  if (!findCard(wall, cardId)) return refuse({ code: 'not_found' });
  return ok([{ type: 'remove', path: cardPath(cardId) }]);
}

/**
 * Puts a card in a column (which takes it out of its theme) or under a theme (it keeps the
 * column it was written in). Where it already is, nothing changes.
 */
export function placeCard(wall: Wall, cardId: string, place: CardPlace): WallChange {
  const card = findCard(wall, cardId);
  if (!card) return refuse({ code: 'not_found' });
  const ops: EditOp[] = [];
  if ('column' in place) {
    if (!wall.columns.some((column) => column.id === place.column)) return refuse({ code: 'not_found' });
    if (card.columnId !== place.column) ops.push({ type: 'set', path: cardPath(cardId, 'columnId'), value: place.column });
    if (card.themeId !== null) ops.push({ type: 'set', path: cardPath(cardId, 'themeId'), value: null });
  } else {
    if (!findTheme(wall, place.theme)) return refuse({ code: 'not_found' });
    if (card.themeId !== place.theme) ops.push({ type: 'set', path: cardPath(cardId, 'themeId'), value: place.theme });
  }
  return ok(ops);
}

/** Moves a card to a column, out of any theme. */
export function moveCardToColumn(wall: Wall, cardId: string, columnId: string): WallChange {
  return placeCard(wall, cardId, { column: columnId });
}

/** Groups a card under a theme, or ungroups it (null): it goes back to its column. */
export function groupCard(wall: Wall, cardId: string, themeId: string | null): WallChange {
  const card = findCard(wall, cardId);
  if (!card) return refuse({ code: 'not_found' });
  if (themeId === null) return ok(card.themeId === null ? [] : [{ type: 'set', path: cardPath(cardId, 'themeId'), value: null }]);
  return placeCard(wall, cardId, { theme: themeId });
}

/**
 * Moves a card to where another card is, in the order of the wall (as a list that is dragged:
 * moving down puts it after the other card, moving up before it). Both must be in one place.
 */
export function reorderCard(wall: Wall, cardId: string, overCardId: string): WallChange {
  const from = wall.cards.findIndex((card) => card.id === cardId);
  const to = wall.cards.findIndex((card) => card.id === overCardId);
  if (from < 0 || to < 0) return refuse({ code: 'not_found' });
  if (from === to) return ok([]);
  return ok([{ type: 'move', path: cardPath(cardId), toIndex: to }]);
}

// --- Themes --------------------------------------------------------------------------------------

/** A new theme, with the cards given grouped under it. */
export function createTheme(wall: Wall, theme: { id: string; name: string; cardIds?: readonly string[] }): WallChange {
  const name = theme.name.trim();
  if (name.length > MAX_THEME_NAME) return refuse({ code: 'too_long', max: MAX_THEME_NAME });
  if (wall.themes.length >= MAX_THEMES) return refuse({ code: 'limit', max: MAX_THEMES });
  const cardIds = theme.cardIds ?? [];
  if (cardIds.some((id) => !findCard(wall, id))) return refuse({ code: 'not_found' });
  const value: WallTheme = { id: theme.id, name, votes: 0, problem: false, answeredBy: [] };
  return ok([
    { type: 'insert', path: path('themes'), value },
    ...cardIds.map((id): EditOp => ({ type: 'set', path: cardPath(id, 'themeId'), value: theme.id })),
  ]);
}

export function renameTheme(wall: Wall, themeId: string, name: string): WallChange {
  if (!findTheme(wall, themeId)) return refuse({ code: 'not_found' });
  if (name.length > MAX_THEME_NAME) return refuse({ code: 'too_long', max: MAX_THEME_NAME });
  return ok([{ type: 'set', path: themePath(themeId, 'name'), value: name }]);
}

/** Deletes a theme: its cards go back to their columns, its own dots back to the room. */
export function deleteTheme(wall: Wall, themeId: string): WallChange {
  if (!findTheme(wall, themeId)) return refuse({ code: 'not_found' });
  return ok([
    ...cardsOfTheme(wall, themeId).map((card): EditOp => ({ type: 'set', path: cardPath(card.id, 'themeId'), value: null })),
    { type: 'remove', path: themePath(themeId) },
  ]);
}

/** Marks a theme as a problem this playbook must solve, or unmarks it. */
export function setProblem(wall: Wall, themeId: string, problem: boolean): WallChange {
  const theme = findTheme(wall, themeId);
  if (!theme) return refuse({ code: 'not_found' });
  return ok(theme.problem === problem ? [] : [{ type: 'set', path: themePath(themeId, 'problem'), value: problem }]);
}

// --- Votes ---------------------------------------------------------------------------------------

/** One more dot on a card or a theme, if the room has one left. */
export function addVote(wall: Wall, target: VoteTarget, participants: number): WallChange {
  const votes = votesOf(wall, target);
  if (votes === undefined) return refuse({ code: 'not_found' });
  const budget = dotBudget(wall, participants);
  if (budget.remaining !== null && budget.remaining <= 0) return refuse({ code: 'no_dots_left' });
  if (votes >= MAX_VOTES) return refuse({ code: 'limit', max: MAX_VOTES });
  return ok([{ type: 'set', path: votePath(target), value: votes + 1 }]);
}

/** One dot fewer on a card or a theme itself; never below 0. */
export function removeVote(wall: Wall, target: VoteTarget): WallChange {
  const votes = votesOf(wall, target);
  if (votes === undefined) return refuse({ code: 'not_found' });
  if (votes <= 0) return refuse({ code: 'no_votes' });
  return ok([{ type: 'set', path: votePath(target), value: votes - 1 }]);
}

/** Takes every dot off the wall (a new round of voting). */
export function clearVotes(wall: Wall): WallChange {
  return ok([
    ...wall.cards.filter((card) => card.votes > 0).map((card): EditOp => ({ type: 'set', path: cardPath(card.id, 'votes'), value: 0 })),
    ...wall.themes.filter((theme) => theme.votes > 0).map((theme): EditOp => ({ type: 'set', path: themePath(theme.id, 'votes'), value: 0 })),
  ]);
}

export function setDotsPerParticipant(wall: Wall, dots: number): WallChange {
  if (!Number.isInteger(dots) || dots < 0 || dots > MAX_DOTS_PER_PARTICIPANT) return refuse({ code: 'invalid_dots', max: MAX_DOTS_PER_PARTICIPANT });
  return ok(wall.dotsPerParticipant === dots ? [] : [{ type: 'set', path: path('dotsPerParticipant'), value: dots }]);
}

function votePath(target: VoteTarget): DocPath {
  return 'card' in target ? cardPath(target.card, 'votes') : themePath(target.theme, 'votes');
}

// --- Columns -------------------------------------------------------------------------------------

export function addColumn(wall: Wall, column: { id: string; title: string }): WallChange {
  if (wall.columns.length >= MAX_COLUMNS) return refuse({ code: 'limit', max: MAX_COLUMNS });
  const title = column.title.trim();
  if (title.length > MAX_COLUMN_TITLE) return refuse({ code: 'too_long', max: MAX_COLUMN_TITLE });
  return ok([{ type: 'insert', path: path('columns'), value: { id: column.id, title } }]);
}

export function renameColumn(wall: Wall, columnId: string, title: string): WallChange {
  if (!wall.columns.some((column) => column.id === columnId)) return refuse({ code: 'not_found' });
  if (title.length > MAX_COLUMN_TITLE) return refuse({ code: 'too_long', max: MAX_COLUMN_TITLE });
  return ok([{ type: 'set', path: columnPath(columnId, 'title'), value: title }]);
}

/**
 * Removes a column. One that still holds cards is refused with their number, unless
 * `moveCardsTo` names another column: its cards (grouped ones too, which keep their theme) move
 * there first. The last column cannot be removed: the wall needs somewhere to write.
 */
export function removeColumn(wall: Wall, columnId: string, moveCardsTo?: string): WallChange {
  if (!wall.columns.some((column) => column.id === columnId)) return refuse({ code: 'not_found' });
  if (wall.columns.length <= 1) return refuse({ code: 'last_column' });
  const cards = wall.cards.filter((card) => card.columnId === columnId);
  const ops: EditOp[] = [];
  if (cards.length > 0) {
    if (moveCardsTo === undefined) return refuse({ code: 'column_has_cards', cards: cards.length });
    if (moveCardsTo === columnId || !wall.columns.some((column) => column.id === moveCardsTo)) return refuse({ code: 'not_found' });
    for (const card of cards) ops.push({ type: 'set', path: cardPath(card.id, 'columnId'), value: moveCardsTo });
  }
  ops.push({ type: 'remove', path: columnPath(columnId) });
  return ok(ops);
}
