/**
 * What JSON text or a value may hold to be kept whole: how deep it nests, and no `__proto__` key.
 *
 * How deep a workspace's data may nest. A real workspace nests about ten levels (steps → a step →
 * a list → an item → a field); past a few thousand, parsing, validating or encoding runs out of
 * stack ("Maximum call stack size exceeded") and the file could be neither opened nor saved. The
 * cap refuses such data with a clear reason where it enters: decoding a file or an import, and an
 * edit's value. Both checks are iterative: they cannot overflow themselves.
 */
export const MAX_DEPTH = 100;

/**
 * A key no JavaScript object keeps as its own: parsing gives it, but every copy (zod, immer, the
 * spread operator) sets the prototype instead, so it would vanish on the next save while unknown
 * fields are promised to be kept. Such a file is refused with this reason rather than changed.
 */
export const RESERVED_KEY = '__proto__';

/**
 * Whether JSON text nests objects and arrays deeper than `max`, or names a `__proto__` key, found
 * by scanning the text once before it is parsed. Returns the reason and a short detail, else null.
 *
 * @example
 * refuseJsonText('[[[1]]]', 2) // { reason: 'too_deep', detail: 'nested more than 2 levels deep' }
 */
export function refuseJsonText(text: string, max = MAX_DEPTH): { reason: 'too_deep' | 'reserved_key'; detail: string } | null {
  let depth = 0;
  let stringStart = -1;
  let escaped = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (stringStart >= 0) {
      if (c === 0x5c /* \ */) {
        escaped = true;
        i += 1;
      } else if (c === 0x22 /* " */) {
        if (isReservedKey(text, stringStart, i, escaped)) return { reason: 'reserved_key', detail: `a field named "${RESERVED_KEY}"` };
        stringStart = -1;
      }
    } else if (c === 0x22) {
      stringStart = i;
      escaped = false;
    } else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      depth += 1;
      if (depth > max) return { reason: 'too_deep', detail: `nested more than ${max} levels deep` };
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) depth -= 1;
  }
  return null;
}

/** Whether the string from `start` to `end` (its quotes) is the key `__proto__` (escapes read). */
function isReservedKey(text: string, start: number, end: number, escaped: boolean): boolean {
  const raw = text.slice(start, end + 1);
  if (!escaped ? raw !== `"${RESERVED_KEY}"` : !safeParse(raw)) return false;
  let next = end + 1;
  while (next < text.length && ' \t\n\r'.includes(text[next]!)) next += 1;
  return text[next] === ':';
}

function safeParse(raw: string): boolean {
  try {
    return JSON.parse(raw) === RESERVED_KEY;
  } catch {
    return false;
  }
}

/** Whether a value (an edit's) holds a `__proto__` key as its own, at any depth; iterative. */
export function hasReservedKey(value: unknown): boolean {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null || typeof node !== 'object') continue;
    if (!Array.isArray(node) && Object.prototype.hasOwnProperty.call(node, RESERVED_KEY)) return true;
    for (const child of Array.isArray(node) ? node : Object.values(node)) if (child !== null && typeof child === 'object') stack.push(child);
  }
  return false;
}

/**
 * How deep a value nests (a primitive is 0, `{}` or `[]` is 1), counted without recursion and
 * stopping as soon as it passes `max` (then `max + 1` is returned).
 */
export function valueDepth(value: unknown, max = MAX_DEPTH): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    const here = depth + 1;
    if (here > max) return max + 1;
    if (here > deepest) deepest = here;
    for (const child of Array.isArray(node) ? node : Object.values(node)) {
      if (child !== null && typeof child === 'object') stack.push([child, here]);
    }
  }
  return deepest;
}
