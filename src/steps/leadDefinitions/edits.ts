import type { EditOp, PathSegment } from '../../contract/edit';
import type { CalibrationLead, LeadDefinitions } from '../../domain/lead-schema';

/** Where the step's slice sits in the document. */
export const BASE = ['steps', 'leadDefinitions'] as const;

/** A path under the slice. */
export const at = (...rest: PathSegment[]): PathSegment[] => [...BASE, ...rest];

/** One `set` under the slice. */
export const setOp = (path: PathSegment[], value: unknown): EditOp => ({ type: 'set', path: at(...path), value });

/** The burst-of-typing key for undo: one undo step per field and burst. */
export const coalesceKey = (path: PathSegment[]): string =>
  `leadDefinitions:${path.map((segment) => (typeof segment === 'string' ? segment : segment.id)).join('.')}`;

/**
 * Removes a criterion from the model and from every sample lead that met it, in one undo step, so
 * no lead keeps an id the model no longer has.
 *
 * @example
 * removeCriterionOps(slice, 'company', 'size'); // [{ type: 'remove', … }, { type: 'set', path: [… 'calibrationLeads', { id: 'lead-3' }, 'criteria'], value: [...] }]
 */
export function removeCriterionOps(slice: LeadDefinitions, groupId: string, criterionId: string): EditOp[] {
  return [
    { type: 'remove', path: at('scoring', 'groups', { id: groupId }, 'criteria', { id: criterionId }) },
    ...slice.calibrationLeads
      .filter((lead) => lead.criteria.includes(criterionId))
      .map((lead) => setOp(['calibrationLeads', { id: lead.id }, 'criteria'], lead.criteria.filter((id) => id !== criterionId))),
  ];
}

/** Removes a whole group, and its criteria from every sample lead. */
export function removeGroupOps(slice: LeadDefinitions, groupId: string): EditOp[] {
  const ids = new Set(slice.scoring.groups.find((group) => group.id === groupId)?.criteria.map((criterion) => criterion.id) ?? []);
  return [
    { type: 'remove', path: at('scoring', 'groups', { id: groupId }) },
    ...slice.calibrationLeads
      .filter((lead) => lead.criteria.some((id) => ids.has(id)))
      .map((lead) => setOp(['calibrationLeads', { id: lead.id }, 'criteria'], lead.criteria.filter((id) => !ids.has(id)))),
  ];
}

/** Imported leads replace the sample or are added to it: one undo step either way. */
export function importLeadsOps(leads: readonly CalibrationLead[], replace: boolean, existing: readonly CalibrationLead[]): EditOp[] {
  return replace ? [setOp(['calibrationLeads'], leads)] : [setOp(['calibrationLeads'], [...existing, ...leads])];
}
