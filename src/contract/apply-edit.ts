import { produceWithPatches, type Draft, type Patch, enablePatches } from 'immer';
import type { DocPath, EditOp, PathSegment } from './edit';
import { PROTECTED_FIELDS } from './edit';
import { ServiceFailure } from './errors';
import type { Workspace } from './workspace';

enablePatches();

/**
 * Applying edit operations to a workspace, and telling which edits collide. Pure and shared: the
 * service applies commands with it, and a window may use it to apply its own edit at once.
 */

export interface AppliedEdit {
  workspace: Workspace;
  patches: Patch[];
  inversePatches: Patch[];
  /** The paths these operations touched (array items by id), for rebasing later edits. */
  touched: DocPath[];
}

/**
 * Applies `ops` in order; all or nothing. Throws {@link ServiceFailure} `target_missing` when a
 * path does not lead anywhere and `invalid_edit` when an operation does not fit what it finds.
 *
 * @example
 * applyEdit(doc, [{ type: 'set', path: ['name'], value: 'Nordvind' }]).workspace.name // 'Nordvind'
 */
export function applyEdit(workspace: Workspace, ops: readonly EditOp[]): AppliedEdit {
  for (const op of ops) assertEditable(op.path);
  const [next, patches, inversePatches] = produceWithPatches(workspace, (draft) => {
    for (const op of ops) applyOp(draft, op);
  });
  return { workspace: next, patches, inversePatches, touched: ops.map(touchedPath) };
}

/** The path an operation claims: an inserted item's own path, otherwise the path it names. */
export function touchedPath(op: EditOp): DocPath {
  return op.type === 'insert' ? [...op.path, { id: op.value.id }] : op.path;
}

/** Two paths collide when one is the other or lies inside it. */
export function pathsOverlap(a: DocPath, b: DocPath): boolean {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i += 1) if (!sameSegment(a[i]!, b[i]!)) return false;
  return true;
}

/** A path as text, for error messages and logs: `steps.setup.participants[id=p1].name`. */
export function formatPath(path: DocPath): string {
  if (path.length === 0) return '(document)';
  return path
    .map((segment, i) => (typeof segment === 'string' ? `${i === 0 ? '' : '.'}${segment}` : `[id=${segment.id}]`))
    .join('');
}

function sameSegment(a: PathSegment, b: PathSegment): boolean {
  if (typeof a === 'string' || typeof b === 'string') return a === b;
  return a.id === b.id;
}

function assertEditable(path: DocPath): void {
  const head = path[0];
  if (typeof head === 'string' && (PROTECTED_FIELDS as readonly string[]).includes(head)) {
    throw new ServiceFailure('invalid_edit', { path: formatPath(path), reason: 'read_only' });
  }
  if (typeof head !== 'string') throw new ServiceFailure('invalid_edit', { path: formatPath(path), reason: 'bad_path' });
  // Assigning `__proto__` on an immer draft throws immer's own error (an 'internal' answer).
  if (path.some((segment) => segment === '__proto__')) {
    throw new ServiceFailure('invalid_edit', { path: formatPath(path), reason: 'bad_path' });
  }
  // An array item's id is its address: changing or deleting it would strand edits aimed at it, or
  // leave two items with one id.
  if (path.some((segment, i) => segment === 'id' && i > 0 && typeof path[i - 1] === 'object')) {
    throw new ServiceFailure('invalid_edit', { path: formatPath(path), reason: 'id_changed' });
  }
}

type Container = Record<string, unknown> | unknown[];

function isContainer(value: unknown): value is Container {
  return typeof value === 'object' && value !== null;
}

/** Follows `path` to its last segment's container; returns the container and the key/index there. */
function resolve(root: Draft<Workspace>, path: DocPath): { parent: Container; key: string | number } {
  let node: unknown = root;
  for (let i = 0; i < path.length - 1; i += 1) {
    const { parent, key } = step(node, path, i);
    node = (parent as Record<string | number, unknown>)[key];
  }
  return step(node, path, path.length - 1);
}

function step(node: unknown, path: DocPath, i: number): { parent: Container; key: string | number } {
  const segment = path[i]!;
  if (!isContainer(node)) throw missing(path);
  if (typeof segment === 'string') {
    if (Array.isArray(node)) throw missing(path);
    if (!Object.prototype.hasOwnProperty.call(node, segment) && i < path.length - 1) throw missing(path);
    return { parent: node, key: segment };
  }
  if (!Array.isArray(node)) throw missing(path);
  const index = node.findIndex((item) => isContainer(item) && (item as Record<string, unknown>)['id'] === segment.id);
  if (index < 0) throw missing(path);
  return { parent: node, key: index };
}

function applyOp(draft: Draft<Workspace>, op: EditOp): void {
  switch (op.type) {
    case 'set': {
      const { parent, key } = resolve(draft, op.path);
      if (Array.isArray(parent)) {
        const current = parent[key as number];
        // Replacing an item keeps its identity: the id must stay what the path named.
        if (!isContainer(op.value) || (op.value as Record<string, unknown>)['id'] !== (current as Record<string, unknown>)['id']) {
          throw new ServiceFailure('invalid_edit', { path: formatPath(op.path), reason: 'id_changed' });
        }
        parent[key as number] = jsonCopy(op.value, op.path);
      } else {
        parent[key as string] = jsonCopy(op.value, op.path);
      }
      return;
    }
    case 'delete': {
      const { parent, key } = resolve(draft, op.path);
      if (Array.isArray(parent)) throw new ServiceFailure('invalid_edit', { path: formatPath(op.path), reason: 'use_remove' });
      if (!Object.prototype.hasOwnProperty.call(parent, key)) throw missing(op.path);
      delete parent[key as string];
      return;
    }
    case 'insert': {
      const array = arrayAt(draft, op.path);
      if (array.some((item) => isContainer(item) && (item as Record<string, unknown>)['id'] === op.value.id)) {
        throw new ServiceFailure('invalid_edit', { path: formatPath(op.path), reason: 'duplicate_id', id: op.value.id });
      }
      const index = Math.min(op.index ?? array.length, array.length);
      array.splice(index, 0, jsonCopy(op.value, op.path));
      return;
    }
    case 'remove': {
      const { parent, key } = itemAt(draft, op.path);
      parent.splice(key, 1);
      return;
    }
    case 'move': {
      const { parent, key } = itemAt(draft, op.path);
      const [item] = parent.splice(key, 1);
      parent.splice(Math.min(op.toIndex, parent.length), 0, item);
      return;
    }
  }
}

function arrayAt(draft: Draft<Workspace>, path: DocPath): unknown[] {
  const { parent, key } = resolve(draft, path);
  const value = (parent as Record<string | number, unknown>)[key];
  if (!Array.isArray(value)) {
    if (value === undefined) throw missing(path);
    throw new ServiceFailure('invalid_edit', { path: formatPath(path), reason: 'not_a_list' });
  }
  return value;
}

function itemAt(draft: Draft<Workspace>, path: DocPath): { parent: unknown[]; key: number } {
  if (typeof path[path.length - 1] === 'string') {
    throw new ServiceFailure('invalid_edit', { path: formatPath(path), reason: 'not_a_list_item' });
  }
  const { parent, key } = resolve(draft, path);
  return { parent: parent as unknown[], key: key as number };
}

/**
 * A plain JSON copy of an incoming value: what will be saved is exactly what the document holds,
 * and the caller's object is never frozen or shared with the document.
 */
function jsonCopy(value: unknown, path: DocPath): unknown {
  if (value === undefined) throw new ServiceFailure('invalid_edit', { path: formatPath(path), reason: 'no_value' });
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch {
    // A BigInt or a cycle (both survive IPC's structured clone): not something a file can hold.
    text = undefined;
  }
  if (text === undefined) throw new ServiceFailure('invalid_edit', { path: formatPath(path), reason: 'not_json' });
  return JSON.parse(text) as unknown;
}

function missing(path: DocPath): ServiceFailure {
  return new ServiceFailure('target_missing', { path: formatPath(path) });
}

export type { Patch };
