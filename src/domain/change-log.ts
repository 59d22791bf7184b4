import type { ChangeEntry, ChangePathSegment } from './actions-schema';

/**
 * Canonical JSON and the structural diff behind a draft's change log (./versioning.ts).
 *
 * The diff compares two JSON values the way the document addresses them: objects key by key,
 * arrays of items with a string `id` item by item (so an inserted participant is one "added", not
 * every later one "changed"), and any other array as one value. An item is named by its label
 * (its name, title, what, decision … field), so a log reads "Participants › Mette Holm › Title".
 * A list whose items only moved is one `reordered` entry at the list.
 */

/**
 * JSON with object keys sorted at every level and no spaces: equal documents give equal text.
 *
 * @example
 * canonicalJson({ b: 1, a: [{ d: 2, c: 3 }] }); // '{"a":[{"c":3,"d":2}],"b":1}'
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (isObject(value)) {
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) if (value[key] !== undefined) sorted[key] = sortKeys(value[key]);
    return sorted;
  }
  return value;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const hasId = (value: unknown): value is Record<string, unknown> & { id: string } =>
  isObject(value) && typeof value['id'] === 'string';

const LABEL_FIELDS = ['name', 'title', 'label', 'what', 'decision', 'text', 'role'] as const;

/**
 * What names an item in a change log: its first non-empty label field, else its id.
 *
 * @example
 * itemLabel({ id: 'p-mette', name: 'Mette Holm', title: 'CEO' }); // 'Mette Holm'
 */
export function itemLabel(item: Record<string, unknown> & { id: string }): string {
  for (const field of LABEL_FIELDS) {
    const value = item[field];
    if (typeof value === 'string' && value.trim() !== '') return cut(value.trim());
  }
  return item.id;
}

const MAX_VALUE_TEXT = 300;
const cut = (text: string): string => (text.length > MAX_VALUE_TEXT ? `${text.slice(0, MAX_VALUE_TEXT - 1)}…` : text);

/** A short text form of a value for a log line: text as it is, other values as JSON. */
export function valueText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return cut(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (hasId(value)) return itemLabel(value);
  return cut(canonicalJson(value));
}

function deepEqual(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

/**
 * What changed from `before` to `after`, as entries of one step (`stepId`), in document order.
 *
 * @example
 * diffValues('setup', { participants: [{ id: 'p1', name: 'Mette', title: 'CEO' }] }, { participants: [{ id: 'p1', name: 'Mette', title: 'CFO' }] });
 * // [{ stepId: 'setup', path: [{ key: 'participants' }, { item: 'p1', label: 'Mette' }, { key: 'title' }], kind: 'changed', before: 'CEO', after: 'CFO' }]
 */
export function diffValues(stepId: string, before: unknown, after: unknown, path: ChangePathSegment[] = []): ChangeEntry[] {
  if (deepEqual(before, after)) return [];
  const entry = (kind: ChangeEntry['kind'], b: unknown, a: unknown): ChangeEntry => ({
    stepId,
    path,
    kind,
    before: valueText(b),
    after: valueText(a),
  });
  if (before === undefined) return [entry('added', undefined, after)];
  if (after === undefined) return [entry('removed', before, undefined)];
  if (isObject(before) && isObject(after)) {
    // Own keys only: a document's key "toString" is not Object.prototype's function.
    const own = (object: Record<string, unknown>, key: string) => (Object.hasOwn(object, key) ? object[key] : undefined);
    const keys = [...Object.keys(before), ...Object.keys(after).filter((key) => !Object.hasOwn(before, key))];
    return keys.flatMap((key) => diffValues(stepId, own(before, key), own(after, key), [...path, { key: key.slice(0, 200) }]));
  }
  if (Array.isArray(before) && Array.isArray(after) && before.every(hasId) && after.every(hasId) && (before.length > 0 || after.length > 0)) {
    return diffItems(stepId, before, after, path);
  }
  return [entry('changed', before, after)];
}

type Item = Record<string, unknown> & { id: string };

const itemSegment = (item: Item): ChangePathSegment => ({ item: item.id.slice(0, 200), label: itemLabel(item) });

function diffItems(stepId: string, before: Item[], after: Item[], path: ChangePathSegment[]): ChangeEntry[] {
  const entries: ChangeEntry[] = [];
  const afterIds = new Set(after.map((item) => item.id));
  const beforeById = new Map(before.map((item) => [item.id, item]));
  for (const item of before) {
    if (!afterIds.has(item.id)) entries.push({ stepId, path: [...path, itemSegment(item)], kind: 'removed', before: itemLabel(item), after: '' });
  }
  for (const item of after) {
    const old = beforeById.get(item.id);
    const itemPath = [...path, itemSegment(item)];
    if (old === undefined) entries.push({ stepId, path: itemPath, kind: 'added', before: '', after: itemLabel(item) });
    else entries.push(...diffValues(stepId, old, item, itemPath));
  }
  // The items both have, in each one's order: a different order is a move.
  const keptBefore = before.filter((item) => afterIds.has(item.id)).map((item) => item.id);
  const keptAfter = after.filter((item) => beforeById.has(item.id)).map((item) => item.id);
  if (keptBefore.join('\u0000') !== keptAfter.join('\u0000')) {
    const labels = (items: Item[]) => cut(items.filter((item) => afterIds.has(item.id) && beforeById.has(item.id)).map(itemLabel).join(', '));
    entries.push({ stepId, path, kind: 'reordered', before: labels(before), after: labels(after) });
  }
  return entries;
}
