import { describe, expect, it } from 'vitest';
import type { Wall } from '../../domain/wall-schema';
import { cardDndId, columnDndId, dropCard, NEW_THEME_DROP_ID, parseDndId, shortText, themeDndId } from './wall-dnd';

const wall: Wall = {
  columns: [
    { id: 's', title: 'Sales' },
    { id: 'm', title: 'Marketing' },
  ],
  cards: [
    { id: 'a', columnId: 's', text: 'A', themeId: null, votes: 0 },
    { id: 'b', columnId: 's', text: 'B', themeId: null, votes: 0 },
    { id: 'c', columnId: 'm', text: 'C', themeId: 'T', votes: 1 },
  ],
  themes: [{ id: 'T', name: 'Follow-up', votes: 0, problem: false, answeredBy: [] }],
  dotsPerParticipant: 3,
};
const options = { reorder: true, newThemeId: 'new' };

describe('dropping a card on the wall', () => {
  it('reads the ids the draggables and drop areas carry, ids with colons too', () => {
    expect(parseDndId(cardDndId('x:1'))).toEqual({ kind: 'card', cardId: 'x:1' });
    expect(parseDndId(columnDndId('s'))).toEqual({ kind: 'column', columnId: 's' });
    expect(parseDndId(themeDndId('T'))).toEqual({ kind: 'theme', themeId: 'T' });
    expect(parseDndId(NEW_THEME_DROP_ID)).toEqual({ kind: 'newTheme' });
    expect(parseDndId('something')).toBeNull();
  });

  it('groups a card dropped on a theme or on a card in it', () => {
    const ops = [{ type: 'set', path: ['steps', 'currentState', 'cards', { id: 'a' }, 'themeId'], value: 'T' }];
    expect(dropCard(wall, 'a', { kind: 'theme', themeId: 'T' }, options)).toEqual({ ok: true, ops });
    expect(dropCard(wall, 'a', { kind: 'card', cardId: 'c' }, options)).toEqual({ ok: true, ops });
  });

  it('ungroups a card dropped on a column, into that column', () => {
    expect(dropCard(wall, 'c', { kind: 'column', columnId: 's' }, options)).toEqual({
      ok: true,
      ops: [
        { type: 'set', path: ['steps', 'currentState', 'cards', { id: 'c' }, 'columnId'], value: 's' },
        { type: 'set', path: ['steps', 'currentState', 'cards', { id: 'c' }, 'themeId'], value: null },
      ],
    });
  });

  it('reorders within its own list, unless the list is sorted by votes', () => {
    expect(dropCard(wall, 'a', { kind: 'card', cardId: 'b' }, options)).toEqual({
      ok: true,
      ops: [{ type: 'move', path: ['steps', 'currentState', 'cards', { id: 'a' }], toIndex: 1 }],
    });
    expect(dropCard(wall, 'a', { kind: 'card', cardId: 'b' }, { ...options, reorder: false })).toEqual({ ok: true, ops: [] });
    expect(dropCard(wall, 'a', { kind: 'column', columnId: 's' }, options)).toEqual({ ok: true, ops: [] });
  });

  it('starts a theme with a card dropped on "New theme"', () => {
    const change = dropCard(wall, 'b', { kind: 'newTheme' }, options);
    expect(change.ok && change.ops).toEqual([
      { type: 'insert', path: ['steps', 'currentState', 'themes'], value: { id: 'new', name: '', votes: 0, problem: false, answeredBy: [] } },
      { type: 'set', path: ['steps', 'currentState', 'cards', { id: 'b' }, 'themeId'], value: 'new' },
    ]);
  });

  it('cuts long card texts for names and announcements', () => {
    expect(shortText('  Leads   from the\nfair ')).toBe('Leads from the fair');
    expect(shortText('x'.repeat(80), 10)).toBe(`${'x'.repeat(9)}…`);
  });
});
