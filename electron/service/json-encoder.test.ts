import fc from 'fast-check';
import { freeze, produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { IncrementalJsonEncoder } from './json-encoder';

const reference = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

describe('IncrementalJsonEncoder', () => {
  it('writes exactly what JSON.stringify(value, null, 2) writes, for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(new IncrementalJsonEncoder().encode(value).toString('utf8')).toBe(reference(value));
      }),
      { numRuns: 500 },
    );
  });

  it('handles the edge cases JSON.stringify has rules for', () => {
    const value = { a: undefined, b: [undefined, () => 1, NaN, -0, Infinity], c: {}, d: [], e: 'æøå "q" \u2028', f: null };
    expect(new IncrementalJsonEncoder().encode(value).toString('utf8')).toBe(reference(value));
  });

  it('stays exact across a series of immer edits that reuse the cached bytes of unchanged parts', () => {
    const encoder = new IncrementalJsonEncoder();
    let doc = freeze(
      { name: 'Nordvind', steps: { wall: { cards: Array.from({ length: 50 }, (_, i) => ({ id: `c${i}`, text: `Kort ${i} æøå` })) } } },
      true,
    );
    expect(encoder.encode(doc).toString('utf8')).toBe(reference(doc));
    fc.assert(
      fc.property(fc.nat(49), fc.string(), fc.boolean(), (index, text, remove) => {
        doc = produce(doc, (draft) => {
          if (remove && draft.steps.wall.cards.length > 1) draft.steps.wall.cards.splice(index % draft.steps.wall.cards.length, 1);
          else draft.steps.wall.cards.push({ id: `n${draft.steps.wall.cards.length}-${index}`, text });
          draft.name = text;
        });
        expect(encoder.encode(doc).toString('utf8')).toBe(reference(doc));
      }),
      { numRuns: 200 },
    );
  });

  it('stays exact for large documents kept as chunk lists, and reuses their unchanged chunks', () => {
    const encoder = new IncrementalJsonEncoder();
    const cards = Array.from({ length: 600 }, (_, i) => ({ id: `c${i}`, text: `Kort ${i}: ${'æøå tekst '.repeat(8)}` }));
    let doc = freeze({ name: 'Stor', steps: { wall: { cards }, other: { note: 'x' } } }, true);
    const first = encoder.encodeChunks(doc);
    expect(Buffer.concat(first).toString('utf8')).toBe(reference(doc));
    expect(first.length).toBeGreaterThan(1);
    doc = produce(doc, (draft) => {
      draft.steps.wall.cards[300]!.text = 'ændret';
    });
    const second = encoder.encodeChunks(doc);
    expect(Buffer.concat(second).toString('utf8')).toBe(reference(doc));
    // The untouched slice and most cards are the very same buffers as before.
    const reused = second.filter((chunk) => first.includes(chunk)).length;
    expect(reused).toBeGreaterThan(second.length / 2);
  });

  it('never trusts the cache for objects that are not frozen (they could have changed)', () => {
    const encoder = new IncrementalJsonEncoder();
    const doc = { list: [{ id: 'a', text: 'one' }] };
    encoder.encode(doc);
    doc.list[0]!.text = 'two';
    expect(encoder.encode(doc).toString('utf8')).toBe(reference(doc));
  });

  it('re-encodes a cached subtree that moved to another depth', () => {
    const encoder = new IncrementalJsonEncoder();
    const item = freeze({ id: 'x', tags: ['a'] }, true);
    encoder.encode(freeze({ items: [item] }, true));
    const deeper = freeze({ group: { items: [item] } }, true);
    expect(encoder.encode(deeper).toString('utf8')).toBe(reference(deeper));
  });
});
