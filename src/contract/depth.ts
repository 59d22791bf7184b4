/**
 * How deep a workspace's data may nest. A real workspace nests about ten levels (steps → a step →
 * a list → an item → a field); past a few thousand, parsing, validating or encoding runs out of
 * stack ("Maximum call stack size exceeded") and the file could be neither opened nor saved. The
 * cap refuses such data with a clear reason where it enters: decoding a file or an import, and an
 * edit's value. Both checks are iterative: they cannot overflow themselves.
 */
export const MAX_DEPTH = 100;

/**
 * Whether JSON text nests objects and arrays deeper than `max`, found by scanning the text (strings
 * skipped) before it is parsed. Returns a short detail when it does, else null.
 *
 * @example
 * jsonTextTooDeep('[[[1]]]', 2) // 'nested more than 2 levels deep'
 */
export function jsonTextTooDeep(text: string, max = MAX_DEPTH): string | null {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c /* \ */) i += 1;
      else if (c === 0x22 /* " */) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      depth += 1;
      if (depth > max) return `nested more than ${max} levels deep`;
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) depth -= 1;
  }
  return null;
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
