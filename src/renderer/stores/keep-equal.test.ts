import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keepEqual } from './keep-equal';

describe('keepEqual', () => {
  it('keeps the parts that did not change and takes the ones that did', () => {
    const card1 = { id: 'c1', text: 'Leads go cold' };
    const card2 = { id: 'c2', text: 'No follow-up' };
    const previous = { updatedAt: '1', steps: { wall: { cards: [card1, card2] }, goal: { revenue: '1' } } };
    // As the service's broadcast rebuilds them: equal objects, not the same ones.
    const next = { updatedAt: '2', steps: { wall: { cards: [{ ...card1 }, { id: 'c2', text: 'No follow-up!' }] }, goal: { revenue: '1' } } };
    const kept = keepEqual(previous, next);
    expect(kept).toEqual(next);
    expect(kept).not.toBe(previous);
    expect(kept.steps.goal).toBe(previous.steps.goal);
    expect(kept.steps.wall.cards[0]).toBe(card1);
    expect(kept.steps.wall.cards[1]).toBe(next.steps.wall.cards[1]);
  });

  it('returns the previous object itself when everything is equal', () => {
    const previous = { a: [1, { b: 'x' }], c: null };
    expect(keepEqual(previous, { a: [1, { b: 'x' }], c: null })).toBe(previous);
  });

  it('sees an added or removed key or item', () => {
    const previous = { a: 1, list: [1, 2] };
    expect(keepEqual(previous, { a: 1, b: undefined, list: [1, 2] })).not.toBe(previous);
    expect(keepEqual(previous, { list: [1, 2] })).toEqual({ list: [1, 2] });
    expect(keepEqual(previous, { a: 1, list: [1] })).toEqual({ a: 1, list: [1] });
    expect(keepEqual([1, 2], [1, 2, 3])).toEqual([1, 2, 3]);
  });

  it('keeps an own __proto__ key as data, never as the prototype', () => {
    const next = JSON.parse('{"steps":{"__proto__":{"polluted":true}},"x":1}') as { steps: Record<string, unknown> };
    const kept = keepEqual({ steps: {}, x: 2 }, next);
    expect(Object.getPrototypeOf(kept.steps)).toBe(Object.prototype);
    expect(Object.hasOwn(kept.steps, '__proto__')).toBe(true);
    expect(JSON.stringify(kept)).toBe(JSON.stringify(next));
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });

  it('always gives a value equal to the new one, sharing every unchanged part of the old (property)', () => {
    const json = fc.jsonValue({ maxDepth: 4 });
    fc.assert(
      fc.property(json, json, (previous, next) => {
        const kept = keepEqual(previous, next);
        expect(JSON.stringify(kept)).toBe(JSON.stringify(next));
        // A part equal to the old document's part at the same place is the old object.
        if (JSON.stringify(previous) === JSON.stringify(next) && typeof previous === 'object' && previous !== null) expect(kept).toBe(previous);
      }),
    );
  });
});
