import { describe, expect, it } from 'vitest';
import { applyEdit } from '../contract/apply-edit';
import type { Workspace } from '../contract/workspace';
import {
  addCard,
  addColumn,
  addVote,
  cardsOfColumn,
  cardsOfTheme,
  clearVotes,
  columnOfCard,
  createTheme,
  deleteCard,
  deleteTheme,
  dotBudget,
  dotsUsed,
  editCard,
  groupCard,
  moveCardToColumn,
  placeCard,
  problemsOf,
  rankedThemes,
  removeColumn,
  removeVote,
  renameColumn,
  renameTheme,
  reorderCard,
  setDotsPerParticipant,
  setProblem,
  sortByVotes,
  themeTally,
  ungroupedCards,
  type WallChange,
} from './wall';
import { wallSchema, type Wall, type WallCard, type WallTheme } from './wall-schema';

const card = (id: string, columnId: string, votes = 0, themeId: string | null = null): WallCard => ({ id, columnId, text: `Card ${id}`, themeId, votes });
const theme = (id: string, votes = 0, problem = false): WallTheme => ({ id, name: `Theme ${id}`, votes, problem, answeredBy: [] });

/**
 * The worked example: a wall after the room has written, grouped and voted.
 * Column s (sales on marketing): a(2, T1), b(0, T1), c(1)
 * Column m (marketing on sales): d(3, T2), e(0)
 * Column w (what works):         f(1)
 * Themes: T1 "Lead quality" 1 own dot, T2 "Follow-up" 2 own dots (problem), T3 "Tools" 0 (problem).
 */
function exampleWall(): Wall {
  return {
    columns: [
      { id: 's', title: 'Sales on marketing' },
      { id: 'm', title: 'Marketing on sales' },
      { id: 'w', title: 'What works' },
    ],
    cards: [card('a', 's', 2, 'T1'), card('b', 's', 0, 'T1'), card('c', 's', 1), card('d', 'm', 3, 'T2'), card('e', 'm'), card('f', 'w', 1)],
    themes: [theme('T1', 1), theme('T2', 2, true), theme('T3', 0, true)],
    dotsPerParticipant: 3,
  };
}

/** Applies a change's operations to a document holding the wall, and returns the wall after. */
function apply(wall: Wall, change: WallChange): Wall {
  if (!change.ok) throw new Error(`refused: ${JSON.stringify(change.refusal)}`);
  const doc = { steps: { currentState: wall } } as unknown as Workspace;
  const after = (applyEdit(doc, change.ops).workspace.steps['currentState'] as Wall);
  expect(wallSchema.safeParse(after).success).toBe(true);
  return after;
}

describe('counting the votes', () => {
  it('counts every dot once: cards 2+0+1+3+0+1 = 7, themes 1+2+0 = 3, 10 in all', () => {
    expect(dotsUsed(exampleWall())).toBe(10);
  });

  it("gives a theme its own dots plus its cards' dots", () => {
    const wall = exampleWall();
    // T1: 1 on the theme + a's 2 + b's 0 = 3. T2: 2 + d's 3 = 5. T3: nothing.
    expect(themeTally(wall, wall.themes[0]!)).toMatchObject({ own: 1, onCards: 2, total: 3 });
    expect(themeTally(wall, wall.themes[1]!)).toMatchObject({ own: 2, onCards: 3, total: 5 });
    expect(themeTally(wall, wall.themes[2]!)).toMatchObject({ own: 0, onCards: 0, total: 0, cards: [] });
  });

  it('ranks themes by their total, most first', () => {
    expect(rankedThemes(exampleWall()).map((tally) => [tally.theme.id, tally.total])).toEqual([
      ['T2', 5],
      ['T1', 3],
      ['T3', 0],
    ]);
  });

  it('sorts by votes stably: equal votes keep the order they were written in', () => {
    const cards = [card('x', 's', 1), card('y', 's', 2), card('z', 's', 1), card('q', 's', 0), card('r', 's', 2)];
    expect(sortByVotes(cards, (c) => c.votes).map((c) => c.id)).toEqual(['y', 'r', 'x', 'z', 'q']);
    expect(cards.map((c) => c.id)).toEqual(['x', 'y', 'z', 'q', 'r']);
  });

  it('lists the problems by votes, with where each is answered', () => {
    const wall = exampleWall();
    wall.themes[2]!.answeredBy = ['sharedGoal'];
    wall.themes[2]!.votes = 6; // T3 now 6 > T2's 5.
    expect(problemsOf(wall).map((p) => [p.theme.id, p.votes, p.answeredBy])).toEqual([
      ['T3', 6, ['sharedGoal']],
      ['T2', 5, []],
    ]);
  });
});

describe('the dot budget', () => {
  it('is dots per participant × participants: 3 × 8 = 24, 10 used, 14 left', () => {
    expect(dotBudget(exampleWall(), 8)).toEqual({ perParticipant: 3, participants: 8, total: 24, used: 10, remaining: 14, over: 0 });
  });

  it('is not limited while no participants are entered', () => {
    expect(dotBudget(exampleWall(), 0)).toMatchObject({ total: null, remaining: null, used: 10 });
  });

  it('says how far over the room is after the dots per participant were lowered, and never goes below 0 left', () => {
    // 1 dot × 4 participants = 4, but 10 are placed.
    expect(dotBudget({ ...exampleWall(), dotsPerParticipant: 1 }, 4)).toMatchObject({ total: 4, remaining: 0, over: 6 });
  });

  it('takes a whole number of dots per participant from 0 to 50', () => {
    expect(apply(exampleWall(), setDotsPerParticipant(exampleWall(), 5)).dotsPerParticipant).toBe(5);
    expect(setDotsPerParticipant(exampleWall(), 3)).toEqual({ ok: true, ops: [] });
    for (const bad of [-1, 51, 2.5, Number.NaN]) expect(setDotsPerParticipant(exampleWall(), bad)).toEqual({ ok: false, refusal: { code: 'invalid_dots', max: 50 } });
  });
});

describe('voting', () => {
  it('adds a dot to a card and to a theme', () => {
    let wall = apply(exampleWall(), addVote(exampleWall(), { card: 'e' }, 8));
    expect(wall.cards.find((c) => c.id === 'e')!.votes).toBe(1);
    wall = apply(wall, addVote(wall, { theme: 'T3' }, 8));
    expect(wall.themes.find((t) => t.id === 'T3')!.votes).toBe(1);
    expect(dotBudget(wall, 8).remaining).toBe(12);
  });

  it('never goes above the dots left: with 2 participants × 3 = 6 and 10 placed, no new dot', () => {
    expect(addVote(exampleWall(), { card: 'e' }, 2)).toEqual({ ok: false, refusal: { code: 'no_dots_left' } });
    // Exactly at the budget: 10 dots for 5 participants × 2.
    expect(addVote({ ...exampleWall(), dotsPerParticipant: 2 }, { card: 'e' }, 5)).toEqual({ ok: false, refusal: { code: 'no_dots_left' } });
    // One dot left: one vote, then none.
    const wall = apply(exampleWall(), addVote({ ...exampleWall(), dotsPerParticipant: 11 }, { card: 'e' }, 1));
    expect(addVote({ ...wall, dotsPerParticipant: 11 }, { card: 'e' }, 1)).toEqual({ ok: false, refusal: { code: 'no_dots_left' } });
  });

  it('never goes below 0, and removing a theme dot takes only the theme’s own dots', () => {
    expect(removeVote(exampleWall(), { card: 'e' })).toEqual({ ok: false, refusal: { code: 'no_votes' } });
    expect(removeVote(exampleWall(), { theme: 'T3' })).toEqual({ ok: false, refusal: { code: 'no_votes' } });
    const wall = apply(exampleWall(), removeVote(exampleWall(), { theme: 'T2' }));
    expect(themeTally(wall, wall.themes[1]!)).toMatchObject({ own: 1, onCards: 3, total: 4 });
  });

  it('refuses a vote for a card or theme that is gone', () => {
    expect(addVote(exampleWall(), { card: 'nope' }, 8)).toEqual({ ok: false, refusal: { code: 'not_found' } });
    expect(removeVote(exampleWall(), { theme: 'nope' })).toEqual({ ok: false, refusal: { code: 'not_found' } });
  });

  it('clears every dot for a new round', () => {
    const wall = apply(exampleWall(), clearVotes(exampleWall()));
    expect(dotsUsed(wall)).toBe(0);
  });
});

describe('cards', () => {
  it('adds a trimmed card at the end of its column, ungrouped, without votes', () => {
    const wall = apply(exampleWall(), addCard(exampleWall(), { id: 'g', columnId: 'm', text: '  Leads fra messen bliver aldrig fulgt op  ' }));
    expect(wall.cards.at(-1)).toEqual({ id: 'g', columnId: 'm', text: 'Leads fra messen bliver aldrig fulgt op', themeId: null, votes: 0 });
    expect(ungroupedCards(wall, 'm').map((c) => c.id)).toEqual(['e', 'g']);
  });

  it('refuses an empty card, an unknown column and a text that is too long', () => {
    expect(addCard(exampleWall(), { id: 'g', columnId: 'm', text: '   ' })).toEqual({ ok: false, refusal: { code: 'empty_text' } });
    expect(addCard(exampleWall(), { id: 'g', columnId: 'x', text: 'Hej' })).toEqual({ ok: false, refusal: { code: 'not_found' } });
    expect(addCard(exampleWall(), { id: 'g', columnId: 'm', text: 'x'.repeat(2001) })).toEqual({ ok: false, refusal: { code: 'too_long', max: 2000 } });
  });

  it('edits a card as typed, and deletes one (its dots go back: 10 → 9 used)', () => {
    let wall = apply(exampleWall(), editCard(exampleWall(), 'c', 'Materialet er forældet'));
    expect(wall.cards.find((c) => c.id === 'c')!.text).toBe('Materialet er forældet');
    wall = apply(wall, deleteCard(wall, 'c'));
    expect(wall.cards.map((c) => c.id)).toEqual(['a', 'b', 'd', 'e', 'f']);
    expect(dotsUsed(wall)).toBe(9);
    expect(deleteCard(wall, 'c')).toEqual({ ok: false, refusal: { code: 'not_found' } });
  });

  it('moves a card to another column, which takes it out of its theme', () => {
    const wall = apply(exampleWall(), moveCardToColumn(exampleWall(), 'a', 'w'));
    expect(wall.cards.find((c) => c.id === 'a')).toMatchObject({ columnId: 'w', themeId: null, votes: 2 });
    expect(ungroupedCards(wall, 'w').map((c) => c.id)).toEqual(['a', 'f']);
    expect(cardsOfTheme(wall, 'T1').map((c) => c.id)).toEqual(['b']);
    // Where it already is: nothing to send.
    expect(moveCardToColumn(wall, 'a', 'w')).toEqual({ ok: true, ops: [] });
  });

  it('groups a card into a theme, keeping the column it was written in, and ungroups it', () => {
    let wall = apply(exampleWall(), groupCard(exampleWall(), 'e', 'T1'));
    expect(cardsOfTheme(wall, 'T1').map((c) => c.id)).toEqual(['a', 'b', 'e']);
    expect(columnOfCard(wall, wall.cards.find((c) => c.id === 'e')!)?.id).toBe('m');
    expect(themeTally(wall, wall.themes[0]!).total).toBe(3);
    wall = apply(wall, groupCard(wall, 'e', null));
    expect(ungroupedCards(wall, 'm').map((c) => c.id)).toEqual(['e']);
    expect(placeCard(wall, 'e', { theme: 'nope' })).toEqual({ ok: false, refusal: { code: 'not_found' } });
  });

  it('reorders a card as a dragged list does: down puts it after the other card, up before it', () => {
    let wall = apply(exampleWall(), reorderCard(exampleWall(), 'a', 'c'));
    expect(wall.cards.map((c) => c.id)).toEqual(['b', 'c', 'a', 'd', 'e', 'f']);
    wall = apply(wall, reorderCard(wall, 'a', 'b'));
    expect(wall.cards.map((c) => c.id)).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
  });

  it('reads a card whose theme or column is gone as ungrouped in the first column', () => {
    const wall = exampleWall();
    wall.cards.push(card('orphan', 'gone', 0, 'gone-theme'));
    expect(ungroupedCards(wall, 's').map((c) => c.id)).toEqual(['c', 'orphan']);
  });
});

describe('themes', () => {
  it('creates a named theme with cards grouped under it', () => {
    const wall = apply(exampleWall(), createTheme(exampleWall(), { id: 'T4', name: ' Værktøjer ', cardIds: ['c', 'e'] }));
    expect(wall.themes.at(-1)).toEqual({ id: 'T4', name: 'Værktøjer', votes: 0, problem: false, answeredBy: [] });
    expect(cardsOfTheme(wall, 'T4').map((c) => c.id)).toEqual(['c', 'e']);
    expect(themeTally(wall, wall.themes.at(-1)!).total).toBe(1);
  });

  it('renames a theme and marks it as a problem', () => {
    let wall = apply(exampleWall(), renameTheme(exampleWall(), 'T1', 'Leadkvalitet'));
    wall = apply(wall, setProblem(wall, 'T1', true));
    expect(wall.themes[0]).toMatchObject({ name: 'Leadkvalitet', problem: true });
    expect(problemsOf(wall).map((p) => p.theme.id)).toEqual(['T2', 'T1', 'T3']);
    wall = apply(wall, setProblem(wall, 'T2', false));
    expect(problemsOf(wall).map((p) => p.theme.id)).toEqual(['T1', 'T3']);
  });

  it('deleting a theme ungroups its cards, which keep their own votes; the theme’s own dot goes back', () => {
    const wall = apply(exampleWall(), deleteTheme(exampleWall(), 'T1'));
    expect(wall.themes.map((t) => t.id)).toEqual(['T2', 'T3']);
    expect(ungroupedCards(wall, 's').map((c) => [c.id, c.votes])).toEqual([
      ['a', 2],
      ['b', 0],
      ['c', 1],
    ]);
    expect(dotsUsed(wall)).toBe(9);
  });
});

describe('columns', () => {
  it('adds and renames a column', () => {
    let wall = apply(exampleWall(), addColumn(exampleWall(), { id: 'x', title: 'Ledelsen' }));
    wall = apply(wall, renameColumn(wall, 'x', 'Det siger ledelsen'));
    expect(wall.columns.at(-1)).toEqual({ id: 'x', title: 'Det siger ledelsen' });
  });

  it('removes an empty column at once', () => {
    const start = apply(exampleWall(), addColumn(exampleWall(), { id: 'x', title: 'Tom' }));
    expect(apply(start, removeColumn(start, 'x')).columns.map((c) => c.id)).toEqual(['s', 'm', 'w']);
  });

  it('refuses to remove a column with cards, naming how many (grouped ones count), unless told where they go', () => {
    expect(removeColumn(exampleWall(), 's')).toEqual({ ok: false, refusal: { code: 'column_has_cards', cards: 3 } });
    const wall = apply(exampleWall(), removeColumn(exampleWall(), 's', 'w'));
    expect(wall.columns.map((c) => c.id)).toEqual(['m', 'w']);
    expect(cardsOfColumn(wall, 'w').map((c) => c.id)).toEqual(['a', 'b', 'c', 'f']);
    // Grouped cards keep their theme.
    expect(cardsOfTheme(wall, 'T1').map((c) => c.id)).toEqual(['a', 'b']);
    expect(removeColumn(exampleWall(), 's', 's')).toEqual({ ok: false, refusal: { code: 'not_found' } });
  });

  it('never removes the last column', () => {
    const wall: Wall = { ...exampleWall(), columns: [{ id: 's', title: 'Only' }], cards: [] };
    expect(removeColumn(wall, 's')).toEqual({ ok: false, refusal: { code: 'last_column' } });
  });

  it('stops at 20 columns', () => {
    const wall: Wall = { ...exampleWall(), columns: Array.from({ length: 20 }, (_, i) => ({ id: `c${i}`, title: `${i}` })) };
    expect(addColumn(wall, { id: 'new', title: 'One more' })).toEqual({ ok: false, refusal: { code: 'limit', max: 20 } });
  });
});
