import { describe, expect, it } from 'vitest';
import { MAX_DEPTH, hasReservedKey, refuseJsonText, valueDepth } from './depth';

describe('refuseJsonText', () => {
  it('counts nesting outside strings only', () => {
    expect(refuseJsonText('[[[1]]]', 3)).toBeNull();
    expect(refuseJsonText('[[[1]]]', 2)).toEqual({ reason: 'too_deep', detail: 'nested more than 2 levels deep' });
    expect(refuseJsonText(JSON.stringify({ a: '[[[[[[' }), 2)).toBeNull();
    expect(refuseJsonText(JSON.stringify({ a: 'quote \\" [[[[' }), 2)).toBeNull();
    expect(refuseJsonText(`${'['.repeat(100_000)}${']'.repeat(100_000)}`)).toMatchObject({ reason: 'too_deep' });
    expect(refuseJsonText(`${'['.repeat(MAX_DEPTH)}${']'.repeat(MAX_DEPTH)}`)).toBeNull();
  });

  it('finds a __proto__ key, escaped or not, and leaves the word as a value alone', () => {
    expect(refuseJsonText('{"__proto__": 1}')).toMatchObject({ reason: 'reserved_key' });
    expect(refuseJsonText('{"a": {"\\u005f_proto__"\n : {}}}')).toMatchObject({ reason: 'reserved_key' });
    expect(refuseJsonText('{"a": "__proto__", "b": ["__proto__"]}')).toBeNull();
    expect(refuseJsonText('{"__proto__x": 1, "x__proto__": 2}')).toBeNull();
  });
});

describe('valueDepth and hasReservedKey', () => {
  it('measure without recursion', () => {
    expect(valueDepth('x')).toBe(0);
    expect(valueDepth({ a: [1, { b: {} }] })).toBe(4);
    let deep: unknown = 1;
    for (let i = 0; i < 200_000; i += 1) deep = [deep];
    expect(valueDepth(deep)).toBe(MAX_DEPTH + 1);
    expect(hasReservedKey(deep)).toBe(false);
  });

  it('sees an own __proto__ key, not the prototype every object has', () => {
    expect(hasReservedKey({ a: {} })).toBe(false);
    expect(hasReservedKey(JSON.parse('{"a": [{"__proto__": {}}]}'))).toBe(true);
  });
});
