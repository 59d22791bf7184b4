/**
 * Structural sharing for the shown document: `next` with every part that equals the same part of
 * `previous` (deeply) replaced by `previous`'s object. Screens compare by identity, so a part that
 * did not change keeps its object and renders nothing: the service's broadcast of an edit this
 * window already shows rebuilds the edited card from patches, equal to the one shown, and the wall
 * keeps its card. (The idea of TanStack Query's `replaceEqualDeep`; a dozen lines are not worth
 * that package for the renderer.) Only JSON values are compared: the document is JSON.
 *
 * @example
 * const a = { steps: { wall: { cards: [c1] } }, updatedAt: '1' };
 * keepEqual(a, { steps: { wall: { cards: [{ ...c1 }] } }, updatedAt: '2' }).steps === a.steps // true
 */
export function keepEqual<T>(previous: unknown, next: T): T {
  if (previous === next) return next;
  if (Array.isArray(next)) {
    if (!Array.isArray(previous)) return next;
    let same = previous.length === next.length;
    let fresh = true;
    const kept = next.map((item, index) => {
      const value = index < previous.length ? keepEqual(previous[index], item) : item;
      if (value !== previous[index]) same = false;
      if (value !== item) fresh = false;
      return value;
    });
    return (same ? previous : fresh ? next : kept) as T;
  }
  if (!isPlainObject(next) || !isPlainObject(previous)) return next;
  const keys = Object.keys(next);
  let same = keys.length === Object.keys(previous).length;
  let fresh = true;
  const kept: Record<string, unknown> = {};
  for (const key of keys) {
    const value = Object.hasOwn(previous, key) ? keepEqual(previous[key], next[key]) : next[key];
    if (value !== previous[key] || !Object.hasOwn(previous, key)) same = false;
    if (value !== next[key]) fresh = false;
    // A document may hold an own `__proto__` key (JSON.parse makes one): define it, never assign.
    if (key === '__proto__') Object.defineProperty(kept, key, { value, enumerable: true, writable: true, configurable: true });
    else kept[key] = value;
  }
  // Nothing of the old kept: the new object itself (no copy).
  return (same ? previous : fresh ? next : kept) as T;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}
