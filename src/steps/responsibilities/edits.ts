import type { DocPath, EditOp } from '../../contract/edit';
import { activitiesByStage, disputeAt, letterAt } from '../../domain/raci';
import {
  MAX_ACTIVITIES,
  MAX_ROLES,
  RESPONSIBILITIES_PATH,
  type RaciActivity,
  type RaciLetter,
  type RaciMatrix,
  type RaciMode,
  type RaciRole,
  type RaciStage,
} from '../../domain/raci-schema';
import type { Team } from '../../domain/workshop';

/**
 * Every change to the matrix as edit operations for the document (pure): the editor sends them
 * through the host, which applies them as one command (one undo step). Ids of new rows, columns
 * and disputes are the caller's. A change that would do nothing answers no operations.
 *
 * Cells are a record of records (activity → role → letter): an empty cell has no key. Every row
 * keeps its own record (empty when it has no letter; made with the row), so a letter is always
 * set or deleted by its own key and two people typing in one row never overwrite each other.
 */

const path = (...rest: DocPath): DocPath => [...RESPONSIBILITIES_PATH, ...rest];
const activityPath = (id: string, ...rest: DocPath): DocPath => path('activities', { id }, ...rest);
const rolePath = (id: string, ...rest: DocPath): DocPath => path('roles', { id }, ...rest);
const disputePath = (id: string, ...rest: DocPath): DocPath => path('disputes', { id }, ...rest);
const own = (record: object, key: string) => Object.prototype.hasOwnProperty.call(record, key);

/**
 * Puts a letter in a cell, or clears it (null).
 *
 * @example
 * setCellOps(matrix, 'handover', 'sales-manager', 'A') // [{ type: 'set', path: [..., 'cells', 'handover', 'sales-manager'], value: 'A' }]
 */
export function setCellOps(matrix: RaciMatrix, activityId: string, roleId: string, letter: RaciLetter | null): EditOp[] {
  const current = letterAt(matrix, activityId, roleId);
  if (current === letter) return [];
  const row = own(matrix.cells, activityId) ? matrix.cells[activityId] : undefined;
  if (letter === null) return row ? [{ type: 'delete', path: path('cells', activityId, roleId) }] : [];
  // A row without its record (a file written by hand): the record comes with the first letter.
  if (!row) return [{ type: 'set', path: path('cells', activityId), value: { [roleId]: letter } }];
  return [{ type: 'set', path: path('cells', activityId, roleId), value: letter }];
}

export function setModeOps(matrix: RaciMatrix, mode: RaciMode): EditOp[] {
  return matrix.mode === mode ? [] : [{ type: 'set', path: path('mode'), value: mode }];
}

// --- Rows ------------------------------------------------------------------------------------------

/** Adds a row (no kind: the rules never take an added row for the handover), at `index` or last. */
export function addActivityOps(matrix: RaciMatrix, activity: { id: string; name: string; stage: RaciStage }, index?: number): EditOp[] {
  if (matrix.activities.length >= MAX_ACTIVITIES) return [];
  const value: RaciActivity = { id: activity.id, name: activity.name, stage: activity.stage };
  return [
    { type: 'insert', path: path('activities'), value, ...(index === undefined ? {} : { index }) },
    { type: 'set', path: path('cells', activity.id), value: {} },
  ];
}

export function setActivityOps<K extends 'name' | 'stage' | 'accountableDoesIt' | 'answers'>(id: string, field: K, value: RaciActivity[K]): EditOp[] {
  return [{ type: 'set', path: activityPath(id, field), value }];
}

export function moveActivityOps(matrix: RaciMatrix, id: string, toIndex: number): EditOp[] {
  const from = matrix.activities.findIndex((a) => a.id === id);
  if (from < 0 || toIndex < 0 || toIndex >= matrix.activities.length || toIndex === from) return [];
  return [{ type: 'move', path: activityPath(id), toIndex }];
}

/** The rows in the order the grid shows them: grouped by stage, in chain order. */
export function displayedActivities(matrix: RaciMatrix): RaciActivity[] {
  return activitiesByStage(matrix).flatMap((group) => group.activities);
}

/**
 * Where a row goes when moved one place up or down in the grid's order (grouped by stage): past
 * its neighbour within its stage, or, at a stage's edge, into the neighbouring stage (taking its
 * stage) — one edit, one undo step.
 */
export function moveActivityStepOps(matrix: RaciMatrix, activityId: string, direction: -1 | 1): EditOp[] {
  const shown = displayedActivities(matrix);
  const at = shown.findIndex((a) => a.id === activityId);
  const activity = shown[at];
  const neighbour = shown[at + direction];
  if (!activity || !neighbour) return [];
  const from = matrix.activities.indexOf(activity);
  const to = matrix.activities.indexOf(neighbour);
  if (neighbour.stage === activity.stage) return moveActivityOps(matrix, activity.id, to);
  // Into the neighbouring stage: after the row above (moving up), before the row below (moving down).
  const target = direction === -1 ? (to < from ? to + 1 : to) : to < from ? to : to - 1;
  return [...setActivityOps(activity.id, 'stage', neighbour.stage), ...moveActivityOps(matrix, activity.id, target)];
}

/** Removes a row with its letters and its disputes (one undo step brings them all back). */
export function removeActivityOps(matrix: RaciMatrix, id: string): EditOp[] {
  if (!matrix.activities.some((a) => a.id === id)) return [];
  return [
    { type: 'remove', path: activityPath(id) },
    ...(own(matrix.cells, id) ? [{ type: 'delete' as const, path: path('cells', id) }] : []),
    ...matrix.disputes.filter((d) => d.activityId === id).map((d): EditOp => ({ type: 'remove', path: disputePath(d.id) })),
  ];
}

// --- Columns ---------------------------------------------------------------------------------------

export function addRoleOps(matrix: RaciMatrix, role: { id: string; name: string; abbreviation: string; team: Team }, index?: number): EditOp[] {
  if (matrix.roles.length >= MAX_ROLES) return [];
  const value: RaciRole = { ...role, holders: [] };
  return [{ type: 'insert', path: path('roles'), value, ...(index === undefined ? {} : { index }) }];
}

export function setRoleOps<K extends 'name' | 'abbreviation' | 'team' | 'holders'>(id: string, field: K, value: RaciRole[K]): EditOp[] {
  return [{ type: 'set', path: rolePath(id, field), value }];
}

export function moveRoleOps(matrix: RaciMatrix, id: string, toIndex: number): EditOp[] {
  const from = matrix.roles.findIndex((r) => r.id === id);
  if (from < 0 || toIndex < 0 || toIndex >= matrix.roles.length || toIndex === from) return [];
  return [{ type: 'move', path: rolePath(id), toIndex }];
}

/** Removes a column with its letters in every row and its disputes. */
export function removeRoleOps(matrix: RaciMatrix, id: string): EditOp[] {
  if (!matrix.roles.some((r) => r.id === id)) return [];
  return [
    { type: 'remove', path: rolePath(id) },
    ...Object.keys(matrix.cells)
      .filter((activityId) => own(matrix.cells[activityId]!, id))
      .map((activityId): EditOp => ({ type: 'delete', path: path('cells', activityId, id) })),
    ...matrix.disputes.filter((d) => d.roleId === id).map((d): EditOp => ({ type: 'remove', path: disputePath(d.id) })),
  ];
}

// --- Disputes --------------------------------------------------------------------------------------

/**
 * Marks a cell disputed (or unmarks it). Marking a cell that had a dispute before reopens it with
 * its views; unmarking keeps the views (a mis-click loses no words). `newId` names a new record.
 */
export function markDisputedOps(matrix: RaciMatrix, activityId: string, roleId: string, disputed: boolean, newId: string): EditOp[] {
  const existing = disputeAt(matrix, activityId, roleId);
  if (!existing) {
    if (!disputed) return [];
    return [{ type: 'insert', path: path('disputes'), value: { id: newId, activityId, roleId, disputed: true, salesView: '', marketingView: '', resolved: false } }];
  }
  if (existing.disputed === disputed && (!disputed || !existing.resolved)) return [];
  return [
    { type: 'set', path: disputePath(existing.id, 'disputed'), value: disputed },
    ...(disputed && existing.resolved ? [{ type: 'set' as const, path: disputePath(existing.id, 'resolved'), value: false }] : []),
  ];
}

export function setDisputeOps<K extends 'salesView' | 'marketingView' | 'resolved'>(disputeId: string, field: K, value: K extends 'resolved' ? boolean : string): EditOp[] {
  return [{ type: 'set', path: disputePath(disputeId, field), value }];
}
