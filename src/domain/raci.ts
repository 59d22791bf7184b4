import type { Participant } from './workshop';
import {
  RACI_LETTERS,
  RACI_STAGES,
  RASCI_LETTERS,
  RESPONSIBILITIES_PATH,
  raciMatrixSchema,
  type RaciActivity,
  type RaciDispute,
  type RaciLetter,
  type RaciMatrix,
  type RaciMode,
  type RaciRole,
  type RaciStage,
} from './raci-schema';

/**
 * The rules of the responsibility matrix (RACI), checked live as the room types. Each rule answers
 * typed findings that a view translates and marks in the grid; every count is a whole number and
 * every threshold an exact integer comparison (R on more than half the activities is `2·R > n`,
 * never `R / n > 0.5`).
 *
 * Decisions, so that every view (editor, projector, playbook, Markdown) finds the same:
 * - A role **does** an activity when its cell is R, or when it is the A and the row says the
 *   accountable does it too (`accountableDoesIt`, A/R in one cell). S (support) helps the one who
 *   does it and does not count as doing it.
 * - A row nobody does is one finding: `noResponsible` when it has no A either, `accountableNotDoing`
 *   ("no one does it") when its A only owns it. Rows with an A that does it need no R.
 * - Overload counts over all the activities (n): R (doing) on more than half (2·R > n), A on more
 *   than a third (3·A > n). Checked from 3 activities: below that, anyone accountable for anything
 *   is "more than a third" and no matrix could pass.
 * - Sales and marketing are recognised by the role's `team`; the handover, first follow-up and
 *   feedback rows by the activity's `kind`. Leadership roles count as neither side.
 * - Cells of rows or columns that no longer exist are ignored; S cells in RACI mode are read as
 *   support and reported (`supportInRaci`) so the room can change them, never silently dropped.
 * - Findings come sorted by severity, then by where they are: rows in row order first, then roles
 *   in column order, then a fixed order of kinds. Which findings there are never depends on the
 *   order of rows or columns; only their listing order does.
 */

export type RaciSeverity = 'error' | 'warning' | 'info';
export const RACI_SEVERITIES: readonly RaciSeverity[] = ['error', 'warning', 'info'];

/** The two sides of the chain the team rules look for. */
export type RaciSide = 'sales' | 'marketing';

export type RaciFinding =
  /** No accountable: nobody owns the outcome. */
  | { kind: 'noAccountable'; severity: 'error'; activityId: string }
  /** Two or more accountable roles (`roleIds`, in column order). */
  | { kind: 'manyAccountable'; severity: 'error'; activityId: string; roleIds: string[] }
  /** No R and no A: an activity nobody does. */
  | { kind: 'noResponsible'; severity: 'error'; activityId: string }
  /** An A (`roleIds`) who only owns it and no R: "no one does it". */
  | { kind: 'accountableNotDoing'; severity: 'error'; activityId: string; roleIds: string[] }
  /** The handover or first follow-up row without a sales or a marketing role on it (`missing`). */
  | { kind: 'sideMissing'; severity: 'warning'; activityId: string; missing: RaciSide[] }
  /** The feedback row does not run from sales (R) to marketing (I or C): `missing` says which end. */
  | { kind: 'feedbackDirection'; severity: 'warning'; activityId: string; missing: ('salesResponsible' | 'marketingInformed')[] }
  /** S letters (`roleIds`) in a matrix set to RACI. */
  | { kind: 'supportInRaci'; severity: 'info'; activityId: string; roleIds: string[] }
  /** A role doing more than half the activities: `count` of `of`. */
  | { kind: 'overloadResponsible'; severity: 'warning'; roleId: string; count: number; of: number }
  /** A role accountable for more than a third of the activities: `count` of `of`. */
  | { kind: 'overloadAccountable'; severity: 'warning'; roleId: string; count: number; of: number }
  /** A role that is only ever consulted or informed: is it needed in the room? */
  | { kind: 'onlyConsultedInformed'; severity: 'info'; roleId: string }
  /** A role with no letter at all. */
  | { kind: 'roleUnused'; severity: 'info'; roleId: string };

export type RaciFindingKind = RaciFinding['kind'];

/** The order of kinds at one place (and the order a legend lists them in). */
export const RACI_FINDING_KINDS: readonly RaciFindingKind[] = [
  'noAccountable',
  'manyAccountable',
  'noResponsible',
  'accountableNotDoing',
  'sideMissing',
  'feedbackDirection',
  'supportInRaci',
  'overloadResponsible',
  'overloadAccountable',
  'onlyConsultedInformed',
  'roleUnused',
];

/** Overload is checked from this many activities (see the decisions above). */
export const MIN_ACTIVITIES_FOR_OVERLOAD = 3;

// --- Reading the matrix --------------------------------------------------------------------------

const own = (record: object, key: string) => Object.prototype.hasOwnProperty.call(record, key);

/**
 * The letter in a cell, or null for an empty one.
 *
 * @example
 * letterAt({ ...matrix, cells: { handover: { sales: 'A' } } }, 'handover', 'sales') // 'A'
 */
export function letterAt(matrix: Pick<RaciMatrix, 'cells'>, activityId: string, roleId: string): RaciLetter | null {
  const row = own(matrix.cells, activityId) ? matrix.cells[activityId] : undefined;
  return row && own(row, roleId) ? (row[roleId] ?? null) : null;
}

/**
 * Whether a role does an activity: R, or the A of a row whose accountable does it too.
 *
 * @example
 * doesIt({ id: 'a', name: '', stage: 'win', accountableDoesIt: true }, 'A') // true
 */
export function doesIt(activity: Pick<RaciActivity, 'accountableDoesIt'>, letter: RaciLetter | null): boolean {
  return letter === 'R' || (letter === 'A' && activity.accountableDoesIt === true);
}

/** The letters a cell may hold in a mode, in the order a click cycles through them. */
export function lettersOf(mode: RaciMode): readonly RaciLetter[] {
  return mode === 'RASCI' ? RASCI_LETTERS : RACI_LETTERS;
}

/**
 * The letter a click puts in a cell: the next one of the mode's letters, then empty, then R again.
 * A letter the mode does not have (S in RACI) moves on to empty.
 *
 * @example
 * nextLetter('RACI', null) // 'R'
 * nextLetter('RACI', 'I')  // null
 * nextLetter('RASCI', 'A') // 'S'
 */
export function nextLetter(mode: RaciMode, current: RaciLetter | null): RaciLetter | null {
  const letters = lettersOf(mode);
  if (current === null) return letters[0] ?? null;
  const index = letters.indexOf(current);
  return index < 0 ? null : (letters[index + 1] ?? null);
}

/** The activities grouped by the stage of the chain, stages in chain order, rows in row order. */
export function activitiesByStage(matrix: Pick<RaciMatrix, 'activities'>): { stage: RaciStage; activities: RaciActivity[] }[] {
  return RACI_STAGES.map((stage) => ({ stage, activities: matrix.activities.filter((a) => a.stage === stage) })).filter(
    (group) => group.activities.length > 0,
  );
}

/** The disputes still open (marked and not resolved) on cells that exist, rows in row order, then columns. */
export function openDisputes(matrix: RaciMatrix): RaciDispute[] {
  const rowOf = new Map(matrix.activities.map((a, i) => [a.id, i]));
  const columnOf = new Map(matrix.roles.map((r, i) => [r.id, i]));
  return matrix.disputes
    .filter((d) => d.disputed && !d.resolved && rowOf.has(d.activityId) && columnOf.has(d.roleId))
    .sort((a, b) => rowOf.get(a.activityId)! - rowOf.get(b.activityId)! || columnOf.get(a.roleId)! - columnOf.get(b.roleId)!);
}

/** The dispute recorded on a cell (marked or not), if any. */
export function disputeAt(matrix: Pick<RaciMatrix, 'disputes'>, activityId: string, roleId: string): RaciDispute | undefined {
  return matrix.disputes.find((d) => d.activityId === activityId && d.roleId === roleId);
}

/**
 * The matrix of a workspace, or null when it has none or it does not parse (a damaged mirror).
 * Other steps (actions, sign-off) read the matrix through this, never through the step's folder.
 *
 * @example
 * raciOf(workspace)?.roles.map((role) => role.name)
 */
export function raciOf(workspace: { steps: Record<string, unknown> }): RaciMatrix | null {
  const parsed = raciMatrixSchema.safeParse(workspace.steps[RESPONSIBILITIES_PATH[1]]);
  return parsed.success ? parsed.data : null;
}

// --- The rules, one function each ----------------------------------------------------------------

/** The roles of a row holding `letter`, in column order. */
function rolesWith(matrix: RaciMatrix, activity: RaciActivity, test: (letter: RaciLetter | null) => boolean): RaciRole[] {
  return matrix.roles.filter((role) => test(letterAt(matrix, activity.id, role.id)));
}

/**
 * Exactly one A per activity: none or two or more is a finding.
 *
 * @example
 * accountableFindings(matrix) // [{ kind: 'noAccountable', severity: 'error', activityId: 'nurturing' }]
 */
export function accountableFindings(matrix: RaciMatrix): RaciFinding[] {
  return matrix.activities.flatMap((activity): RaciFinding[] => {
    const accountable = rolesWith(matrix, activity, (l) => l === 'A');
    if (accountable.length === 0) return [{ kind: 'noAccountable', severity: 'error', activityId: activity.id }];
    if (accountable.length > 1) return [{ kind: 'manyAccountable', severity: 'error', activityId: activity.id, roleIds: accountable.map((r) => r.id) }];
    return [];
  });
}

/**
 * Someone does every activity: a row without R and without A is `noResponsible`; a row whose A
 * only owns it (no R, accountable not doing it) is `accountableNotDoing`.
 *
 * @example
 * responsibleFindings(matrix) // [{ kind: 'accountableNotDoing', severity: 'error', activityId: 'recycling', roleIds: ['sales-manager'] }]
 */
export function responsibleFindings(matrix: RaciMatrix): RaciFinding[] {
  return matrix.activities.flatMap((activity): RaciFinding[] => {
    if (rolesWith(matrix, activity, (l) => doesIt(activity, l)).length > 0) return [];
    const accountable = rolesWith(matrix, activity, (l) => l === 'A');
    if (accountable.length === 0) return [{ kind: 'noResponsible', severity: 'error', activityId: activity.id }];
    return [{ kind: 'accountableNotDoing', severity: 'error', activityId: activity.id, roleIds: accountable.map((r) => r.id) }];
  });
}

/**
 * The handover and the first follow-up need both sides on them (any letter), and the feedback on
 * lead quality runs from sales (a sales role doing it) to marketing (a marketing role I or C).
 *
 * @example
 * chainFindings(matrix) // [{ kind: 'sideMissing', severity: 'warning', activityId: 'follow-up', missing: ['marketing'] }]
 */
export function chainFindings(matrix: RaciMatrix): RaciFinding[] {
  return matrix.activities.flatMap((activity): RaciFinding[] => {
    if (activity.kind === 'handover' || activity.kind === 'followUp') {
      const present = new Set(rolesWith(matrix, activity, (l) => l !== null).map((r) => r.team));
      const missing = (['sales', 'marketing'] as const).filter((side) => !present.has(side));
      return missing.length > 0 ? [{ kind: 'sideMissing', severity: 'warning', activityId: activity.id, missing }] : [];
    }
    if (activity.kind === 'feedback') {
      const salesDoes = rolesWith(matrix, activity, (l) => doesIt(activity, l)).some((r) => r.team === 'sales');
      const marketingTold = rolesWith(matrix, activity, (l) => l === 'I' || l === 'C').some((r) => r.team === 'marketing');
      const missing = [...(salesDoes ? [] : ['salesResponsible' as const]), ...(marketingTold ? [] : ['marketingInformed' as const])];
      return missing.length > 0 ? [{ kind: 'feedbackDirection', severity: 'warning', activityId: activity.id, missing }] : [];
    }
    return [];
  });
}

/** S letters in a matrix set to RACI, per row. */
export function supportFindings(matrix: RaciMatrix): RaciFinding[] {
  if (matrix.mode === 'RASCI') return [];
  return matrix.activities.flatMap((activity): RaciFinding[] => {
    const support = rolesWith(matrix, activity, (l) => l === 'S');
    return support.length > 0 ? [{ kind: 'supportInRaci', severity: 'info', activityId: activity.id, roleIds: support.map((r) => r.id) }] : [];
  });
}

/**
 * Overload, in exact integers over the n activities: doing more than half (2·R > n), accountable
 * for more than a third (3·A > n); from 3 activities.
 *
 * @example
 * // 11 activities: R on 6 (12 > 11) is overload, R on 5 (10 > 11) is not; A on 4 (12 > 11) is.
 * overloadFindings(matrix) // [{ kind: 'overloadAccountable', severity: 'warning', roleId: 'sales-manager', count: 4, of: 11 }]
 */
export function overloadFindings(matrix: RaciMatrix): RaciFinding[] {
  const n = matrix.activities.length;
  if (n < MIN_ACTIVITIES_FOR_OVERLOAD) return [];
  return matrix.roles.flatMap((role): RaciFinding[] => {
    const doing = matrix.activities.filter((a) => doesIt(a, letterAt(matrix, a.id, role.id))).length;
    const accountable = matrix.activities.filter((a) => letterAt(matrix, a.id, role.id) === 'A').length;
    return [
      ...(2 * doing > n ? [{ kind: 'overloadResponsible' as const, severity: 'warning' as const, roleId: role.id, count: doing, of: n }] : []),
      ...(3 * accountable > n ? [{ kind: 'overloadAccountable' as const, severity: 'warning' as const, roleId: role.id, count: accountable, of: n }] : []),
    ];
  });
}

/** Roles only ever consulted or informed, and roles with no letter at all (when there are activities). */
export function idleRoleFindings(matrix: RaciMatrix): RaciFinding[] {
  if (matrix.activities.length === 0) return [];
  return matrix.roles.flatMap((role): RaciFinding[] => {
    const letters = matrix.activities.map((a) => letterAt(matrix, a.id, role.id)).filter((l): l is RaciLetter => l !== null);
    if (letters.length === 0) return [{ kind: 'roleUnused', severity: 'info', roleId: role.id }];
    if (letters.every((l) => l === 'C' || l === 'I')) return [{ kind: 'onlyConsultedInformed', severity: 'info', roleId: role.id }];
    return [];
  });
}

// --- All findings ----------------------------------------------------------------------------------

/**
 * Every finding of the matrix, sorted by severity, then by place (rows in row order, then roles
 * in column order), then kind. An empty list means the room has a matrix with no findings.
 *
 * @example
 * raciFindings(matrix).filter((f) => f.severity === 'error').length // 0 once every row has one A and someone doing it
 */
export function raciFindings(matrix: RaciMatrix): RaciFinding[] {
  const rowOf = new Map(matrix.activities.map((a, i) => [a.id, i]));
  const columnOf = new Map(matrix.roles.map((r, i) => [r.id, i]));
  const place = (f: RaciFinding) => ('activityId' in f ? rowOf.get(f.activityId)! : matrix.activities.length + columnOf.get(f.roleId)!);
  return [
    ...accountableFindings(matrix),
    ...responsibleFindings(matrix),
    ...chainFindings(matrix),
    ...supportFindings(matrix),
    ...overloadFindings(matrix),
    ...idleRoleFindings(matrix),
  ].sort(
    (a, b) =>
      RACI_SEVERITIES.indexOf(a.severity) - RACI_SEVERITIES.indexOf(b.severity) ||
      place(a) - place(b) ||
      RACI_FINDING_KINDS.indexOf(a.kind) - RACI_FINDING_KINDS.indexOf(b.kind),
  );
}

/** The findings that concern a row (to mark it in the grid). */
export function findingsOfActivity(findings: readonly RaciFinding[], activityId: string): RaciFinding[] {
  return findings.filter((f) => 'activityId' in f && f.activityId === activityId);
}

/** The findings that concern a column, or name the role in a row's finding (to mark it in the grid). */
export function findingsOfRole(findings: readonly RaciFinding[], roleId: string): RaciFinding[] {
  return findings.filter((f) => ('roleId' in f && f.roleId === roleId) || ('roleIds' in f && f.roleIds.includes(roleId)));
}

// --- Who does what -----------------------------------------------------------------------------------

export interface RoleCard {
  role: RaciRole;
  /** The activities the role does (R, or A/R), in row order. */
  responsible: RaciActivity[];
  /** The activities the role is accountable for, in row order. */
  accountable: RaciActivity[];
  /** The participants holding the role, in the order the room picked them (ids no longer in the workshop are left out). */
  holders: Participant[];
}

/**
 * One "who does what" card per role, in column order: what it does, what it owns, who holds it.
 *
 * @example
 * roleCards(matrix, workshop.participants)[0] // { role: { name: 'Marketing', … }, responsible: [leadGeneration, …], accountable: […], holders: [Sofie] }
 */
export function roleCards(matrix: RaciMatrix, participants: readonly Participant[]): RoleCard[] {
  return matrix.roles.map((role) => ({
    role,
    responsible: matrix.activities.filter((a) => doesIt(a, letterAt(matrix, a.id, role.id))),
    accountable: matrix.activities.filter((a) => letterAt(matrix, a.id, role.id) === 'A'),
    holders: role.holders.flatMap((id) => participants.filter((p) => p.id === id).slice(0, 1)),
  }));
}
