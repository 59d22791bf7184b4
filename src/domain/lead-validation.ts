import type { LeadDefinitions } from './lead-schema';

/**
 * What is wrong with a lead model while the room types it, as typed issues a view translates
 * (`leadDefinitions:issues.<code>`) and places next to the field `path` names. The slice's
 * schema only checks shapes; these are the rules between fields. The scoring still runs on a
 * model with issues (a lead's score is defined for any model), so the room sees the effect of
 * what it types at once.
 */
export type LeadIssueCode =
  | 'hot_below_warm'
  | 'fit_b_above_a'
  | 'engagement_2_above_1'
  | 'negative_cap'
  | 'duplicate_id'
  | 'unknown_criterion'
  | 'unknown_mql_stage'
  | 'empty_name';

export const leadIssueCodes: readonly LeadIssueCode[] = [
  'hot_below_warm',
  'fit_b_above_a',
  'engagement_2_above_1',
  'negative_cap',
  'duplicate_id',
  'unknown_criterion',
  'unknown_mql_stage',
  'empty_name',
];

export interface LeadIssue {
  code: LeadIssueCode;
  /** Where, as a document path below the slice (ids for array items). */
  path: (string | { id: string })[];
  params: Record<string, string | number>;
}

/**
 * The rules between the model's fields.
 *
 * @example
 * validateLeadModel(slice); // [{ code: 'hot_below_warm', path: ['temperature', 'hot', 'fromScore'], params: { warm: 40, hot: 30 } }]
 */
export function validateLeadModel(slice: LeadDefinitions): LeadIssue[] {
  const issues: LeadIssue[] = [];
  const { temperature, scoring } = slice;
  if (temperature.hot.fromScore < temperature.warm.fromScore) {
    issues.push({ code: 'hot_below_warm', path: ['temperature', 'hot', 'fromScore'], params: { warm: temperature.warm.fromScore, hot: temperature.hot.fromScore } });
  }
  if (scoring.grid.fitB > scoring.grid.fitA) {
    issues.push({ code: 'fit_b_above_a', path: ['scoring', 'grid', 'fitB'], params: { a: scoring.grid.fitA, b: scoring.grid.fitB } });
  }
  if (scoring.grid.engagement2 > scoring.grid.engagement1) {
    issues.push({ code: 'engagement_2_above_1', path: ['scoring', 'grid', 'engagement2'], params: { one: scoring.grid.engagement1, two: scoring.grid.engagement2 } });
  }
  const seen = new Set<string>();
  const duplicate = (id: string, path: LeadIssue['path']) => {
    if (seen.has(id)) issues.push({ code: 'duplicate_id', path, params: { id } });
    seen.add(id);
  };
  for (const group of scoring.groups) {
    duplicate(group.id, ['scoring', 'groups', { id: group.id }]);
    if (group.cap !== null && group.cap < 0) issues.push({ code: 'negative_cap', path: ['scoring', 'groups', { id: group.id }, 'cap'], params: { cap: group.cap } });
    if (group.name.trim() === '') issues.push({ code: 'empty_name', path: ['scoring', 'groups', { id: group.id }, 'name'], params: {} });
    for (const criterion of group.criteria) {
      const path: LeadIssue['path'] = ['scoring', 'groups', { id: group.id }, 'criteria', { id: criterion.id }];
      duplicate(criterion.id, path);
      if (criterion.label.trim() === '') issues.push({ code: 'empty_name', path: [...path, 'label'], params: {} });
    }
  }
  for (const stage of slice.stages) {
    duplicate(stage.id, ['stages', { id: stage.id }]);
    if (stage.name.trim() === '') issues.push({ code: 'empty_name', path: ['stages', { id: stage.id }, 'name'], params: {} });
  }
  if (slice.mqlStageId !== null && !slice.stages.some((stage) => stage.id === slice.mqlStageId)) {
    issues.push({ code: 'unknown_mql_stage', path: ['mqlStageId'], params: { id: slice.mqlStageId } });
  }
  const criterionIds = new Set(scoring.groups.flatMap((group) => group.criteria.map((criterion) => criterion.id)));
  for (const lead of slice.calibrationLeads) {
    const unknown = lead.criteria.filter((id) => !criterionIds.has(id));
    if (unknown.length > 0) {
      issues.push({ code: 'unknown_criterion', path: ['calibrationLeads', { id: lead.id }, 'criteria'], params: { count: unknown.length, ids: unknown.join(', ') } });
    }
  }
  return issues;
}
