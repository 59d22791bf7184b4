import { z } from 'zod';
import { teamSchema } from './workshop';

/**
 * The slice of the "Lead definitions and scoring" step: the room's one language for "a good
 * lead". Lifecycle stages with entry criteria and an owner; cold, warm and hot; a points model
 * with two sides (fit: who they are; engagement: what they do), caps per group and decay of
 * engagement; the MQL threshold and the fit A/B/C × engagement 1/2/3 grid; what happens at and
 * after the handover; and the sample leads the room calibrates the threshold on.
 *
 * The schema describes the *shape* the file may hold while the room is still typing; the rules
 * (hot above warm, B below A, criteria that exist …) are checked by `validateLeadModel` in
 * ./lead-scoring.ts, which answers typed issues a view places next to the field. Points and
 * thresholds are whole numbers, so every score is exact (decay makes a score a rational with a
 * denominator dividing 100, kept exact by ./decimal.ts).
 */

const idSchema = z.string().min(1).max(100);

export const MAX_STAGES = 20;
export const MAX_GROUPS = 20;
export const MAX_CRITERIA_PER_GROUP = 50;
export const MAX_REASONS = 50;
export const MAX_CALIBRATION_LEADS = 10_000;
export const MAX_LINKS = 50;
/** Points of one criterion, a threshold, a cap or a band limit: whole numbers within ±10,000. */
export const MAX_POINTS = 10_000;
export const MAX_DAYS = 3_650;
export const MAX_NAME = 200;
export const MAX_TEXT = 4_000;

const points = z.number().int().min(-MAX_POINTS).max(MAX_POINTS);
const days = z.number().int().min(0).max(MAX_DAYS);

/**
 * Who owns a stage or the recycled leads: a team, a role in words ("SDR", "Key account
 * manager"), or one participant of the workshop (by id, see src/domain/workshop.ts).
 *
 * @example
 * leadOwnerSchema.parse({ kind: 'participant', participantId: 'p-sofie' });
 */
export const leadOwnerSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('team'), team: teamSchema }),
  z.object({ kind: z.literal('role'), role: z.string().max(MAX_NAME) }),
  z.object({ kind: z.literal('participant'), participantId: idSchema }),
]);
export type LeadOwner = z.infer<typeof leadOwnerSchema>;

/** One lifecycle stage. `maxDays` null: no limit on how long a lead may stay. */
export const lifecycleStageSchema = z.object({
  id: idSchema,
  name: z.string().max(MAX_NAME),
  entryCriteria: z.string().max(MAX_TEXT),
  owner: leadOwnerSchema,
  maxDays: days.nullable(),
});
export type LifecycleStage = z.infer<typeof lifecycleStageSchema>;

export const TEMPERATURES = ['cold', 'warm', 'hot'] as const;
export type Temperature = (typeof TEMPERATURES)[number];

/**
 * Cold, warm and hot: a definition in words for each, and the score where warm and hot begin
 * (cold is everything below warm).
 */
export const temperatureSchema = z.object({
  cold: z.object({ definition: z.string().max(MAX_TEXT) }),
  warm: z.object({ definition: z.string().max(MAX_TEXT), fromScore: points }),
  hot: z.object({ definition: z.string().max(MAX_TEXT), fromScore: points }),
});
export type TemperatureBands = z.infer<typeof temperatureSchema>;

/** One criterion of the points model: met or not, worth `points` (negative allowed). */
export const criterionSchema = z.object({
  id: idSchema,
  label: z.string().max(MAX_NAME),
  points,
});
export type Criterion = z.infer<typeof criterionSchema>;

export const SCORE_SIDES = ['fit', 'engagement'] as const;
export type ScoreSide = (typeof SCORE_SIDES)[number];

/**
 * A group of criteria on one side of the model ("Company", "Role", "Web behaviour"), with an
 * optional cap on what the group may add (`cap` null: no cap).
 */
export const criteriaGroupSchema = z.object({
  id: idSchema,
  side: z.enum(SCORE_SIDES),
  name: z.string().max(MAX_NAME),
  cap: points.nullable(),
  criteria: z.array(criterionSchema).max(MAX_CRITERIA_PER_GROUP),
});
export type CriteriaGroup = z.infer<typeof criteriaGroupSchema>;

/**
 * Engagement points fall by `percent` once a lead has gone `afterDays` whole days without
 * activity (null: no decay).
 */
export const decaySchema = z.object({
  afterDays: z.number().int().min(1).max(MAX_DAYS),
  percent: z.number().int().min(0).max(100),
});
export type Decay = z.infer<typeof decaySchema>;

/**
 * The points model. The MQL threshold is the total score (fit + engagement) at or above which a
 * lead is marketing-qualified. The grid: fit A from `fitA` points, B from `fitB`, otherwise C;
 * engagement 1 from `engagement1` points, 2 from `engagement2`, otherwise 3 (A1 is the best).
 */
export const scoringModelSchema = z.object({
  groups: z.array(criteriaGroupSchema).max(MAX_GROUPS),
  decay: decaySchema.nullable(),
  mqlThreshold: points,
  /** Why the room chose this threshold ('' until said). */
  thresholdWhy: z.string().max(MAX_TEXT),
  grid: z.object({ fitA: points, fitB: points, engagement1: points, engagement2: points }),
});
export type ScoringModel = z.infer<typeof scoringModelSchema>;

/** A reason a seller may give for rejecting an MQL. */
export const rejectionReasonSchema = z.object({ id: idSchema, label: z.string().max(MAX_NAME) });
export type RejectionReason = z.infer<typeof rejectionReasonSchema>;

/** What happens to a rejected or stalled lead: back to nurturing after `afterDays`, with an owner. */
export const recycleRuleSchema = z.object({
  afterDays: days,
  owner: leadOwnerSchema,
  note: z.string().max(MAX_TEXT),
});
export type RecycleRule = z.infer<typeof recycleRuleSchema>;

export const LEAD_OUTCOMES = ['won', 'lost', 'no-decision'] as const;
export type LeadOutcome = (typeof LEAD_OUTCOMES)[number];

/** A real lead the room calibrates on: the criteria it met, how long it was quiet, how it ended. */
export const calibrationLeadSchema = z.object({
  id: idSchema,
  name: z.string().max(MAX_NAME),
  company: z.string().max(MAX_NAME),
  /** Ids of the criteria it met; an id no longer in the model is ignored by the scoring. */
  criteria: z.array(idSchema).max(MAX_GROUPS * MAX_CRITERIA_PER_GROUP),
  daysSinceActivity: days,
  outcome: z.enum(LEAD_OUTCOMES),
});
export type CalibrationLead = z.infer<typeof calibrationLeadSchema>;

/**
 * The cross-check with the shared goal: how far (in percent of the MQLs the goal needs) the MQLs
 * this definition gives may be off before the room is warned (both ends inclusive).
 */
export const crossCheckSchema = z.object({
  tolerancePercent: z.number().int().min(0).max(1_000),
});
export type CrossCheckSettings = z.infer<typeof crossCheckSchema>;

/** The parts of the step that can answer a problem carried from the current-state wall. */
export const LEAD_CLAUSES = ['mql-definition', 'scoring-model', 'handover', 'rejection-reasons', 'recycle-rule'] as const;
export type LeadClause = (typeof LEAD_CLAUSES)[number];

/** "This clause answers that problem" (a theme id of the current-state wall). */
export const problemLinkSchema = z.object({ id: idSchema, clause: z.enum(LEAD_CLAUSES), problemId: idSchema });
export type ProblemLink = z.infer<typeof problemLinkSchema>;

export const leadDefinitionsSchema = z.object({
  stages: z.array(lifecycleStageSchema).max(MAX_STAGES),
  /** The stage whose entry makes a lead an MQL (its id), for the playbook's wording. */
  mqlStageId: idSchema.nullable(),
  temperature: temperatureSchema,
  scoring: scoringModelSchema,
  handoverRules: z.string().max(MAX_TEXT),
  rejectionReasons: z.array(rejectionReasonSchema).max(MAX_REASONS),
  recycle: recycleRuleSchema,
  calibrationLeads: z.array(calibrationLeadSchema).max(MAX_CALIBRATION_LEADS),
  crossCheck: crossCheckSchema,
  problemLinks: z.array(problemLinkSchema).max(MAX_LINKS),
});
export type LeadDefinitions = z.infer<typeof leadDefinitionsSchema>;

/** Where the slice lives in the workspace document. */
export const LEAD_DEFINITIONS_PATH = ['steps', 'leadDefinitions'] as const;

/**
 * The lead definitions of a workspace, safe-parsed, or null when it has none or one of the wrong
 * shape (other steps and the cross-checks read it through this, never through the step's folder).
 *
 * @example
 * const leads = leadDefinitionsOf(workspace);
 * const threshold = leads?.scoring.mqlThreshold ?? null;
 */
export function leadDefinitionsOf(workspace: { steps: Record<string, unknown> }): LeadDefinitions | null {
  const parsed = leadDefinitionsSchema.safeParse(workspace.steps[LEAD_DEFINITIONS_PATH[1]]);
  return parsed.success ? parsed.data : null;
}
