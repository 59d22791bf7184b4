import { z } from 'zod';
import { teamSchema } from './workshop';

/**
 * The shape of the responsibility matrix (RACI), the slice of the "Responsibilities" step:
 * activities of the sales chain as rows, roles as columns, one letter per cell, and the cells the
 * room disputed. The rules (one A per row, someone doing every activity, overload …) are in
 * ./raci.ts.
 *
 * How the rules recognise things is written in the data, never guessed from names the room may
 * rename or translate: an activity's `kind` says it is the handover, the first follow-up or the
 * feedback on lead quality (default rows carry one; rows the room adds carry none), and a role's
 * `team` says whether it is sales or marketing (the workshop's teams, src/domain/workshop.ts).
 */

/** Where the matrix lives in the workspace document: one place knows it. */
export const RESPONSIBILITIES_PATH = ['steps', 'responsibilities'] as const;

export const MAX_ACTIVITIES = 60;
export const MAX_ROLES = 30;
export const MAX_HOLDERS = 50;
export const MAX_ANSWERS = 50;
export const MAX_DISPUTES = 500;
export const MAX_ACTIVITY_NAME = 200;
export const MAX_ROLE_NAME = 100;
/** Short enough to head a column on the projector ("SDR", "CMO", "Salg"). */
export const MAX_ROLE_ABBREVIATION = 8;
export const MAX_DISPUTE_VIEW = 2000;

/**
 * An activity's or role's id. Cells are stored in records keyed by these ids, so an id is also an
 * object key: letters, digits, `-` and `_`, starting with a letter or digit (never `__proto__`).
 */
export const raciIdSchema = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, 'letters, digits, - and _ only');
/** An id of something outside the matrix (a participant, a problem on the wall). */
const foreignIdSchema = z.string().min(1).max(100);

/**
 * The letters: Responsible (does it), Accountable (owns the outcome, signs it off), Consulted
 * (asked before), Informed (told after), and in RASCI mode Support (helps the responsible).
 */
export const raciLetterSchema = z.enum(['R', 'A', 'S', 'C', 'I']);
export type RaciLetter = z.infer<typeof raciLetterSchema>;
/** The letters in the order a cell cycles through them (S only in RASCI). */
export const RACI_LETTERS: readonly RaciLetter[] = ['R', 'A', 'C', 'I'];
export const RASCI_LETTERS: readonly RaciLetter[] = ['R', 'A', 'S', 'C', 'I'];

export const raciModeSchema = z.enum(['RACI', 'RASCI']);
export type RaciMode = z.infer<typeof raciModeSchema>;

/** The stages of the chain that group the activities, in chain order. */
export const raciStageSchema = z.enum(['generate', 'qualify', 'handover', 'nurture', 'win', 'learn']);
export type RaciStage = z.infer<typeof raciStageSchema>;
export const RACI_STAGES: readonly RaciStage[] = raciStageSchema.options;

/**
 * What a default activity is, so that the rules find the handover, the first follow-up and the
 * feedback on lead quality whatever the room renames them to. Added rows have no kind.
 */
export const activityKindSchema = z.enum([
  'leadGeneration',
  'qualification',
  'handover',
  'followUp',
  'nurturing',
  'recycling',
  'content',
  'closing',
  'feedback',
  'reporting',
  'crmQuality',
]);
export type ActivityKind = z.infer<typeof activityKindSchema>;

export const raciActivitySchema = z.object({
  id: raciIdSchema,
  name: z.string().max(MAX_ACTIVITY_NAME),
  stage: raciStageSchema,
  kind: activityKindSchema.optional(),
  /**
   * The accountable role does the work too (A/R in one cell): then the row needs no separate R.
   * Unset means the accountable only owns it.
   */
  accountableDoesIt: z.boolean().optional(),
  /** The problems of the current-state wall this activity answers (theme ids). */
  answers: z.array(foreignIdSchema).max(MAX_ANSWERS).optional(),
});
export type RaciActivity = z.infer<typeof raciActivitySchema>;

export const raciRoleSchema = z.object({
  id: raciIdSchema,
  name: z.string().max(MAX_ROLE_NAME),
  /** The column head on the projector; the legend spells out `name`. */
  abbreviation: z.string().max(MAX_ROLE_ABBREVIATION),
  /** Which side of the chain the role is on: the rules look for sales and marketing by it. */
  team: teamSchema,
  /** The workshop's participants who hold the role (participant ids). */
  holders: z.array(foreignIdSchema).max(MAX_HOLDERS),
});
export type RaciRole = z.infer<typeof raciRoleSchema>;

/** One row's letters: role id → letter; an empty cell has no key. */
export const raciRowCellsSchema = z
  .record(raciIdSchema, raciLetterSchema)
  .refine((row) => Object.keys(row).length <= MAX_ROLES, { message: `at most ${MAX_ROLES} cells per row` });
/** Every row's letters: activity id → (role id → letter). Cells of removed rows or columns are ignored. */
export const raciCellsSchema = z
  .record(raciIdSchema, raciRowCellsSchema)
  .refine((cells) => Object.keys(cells).length <= MAX_ACTIVITIES, { message: `at most ${MAX_ACTIVITIES} rows of cells` });
export type RaciCells = z.infer<typeof raciCellsSchema>;

/**
 * A cell sales and marketing disagree on, with both views. Unmarking a dispute clears `disputed`
 * and keeps the views (a mis-click loses no words); a settled dispute is `resolved` and keeps them
 * for the record. Open = disputed and not resolved.
 */
export const raciDisputeSchema = z.object({
  id: foreignIdSchema,
  activityId: raciIdSchema,
  roleId: raciIdSchema,
  disputed: z.boolean(),
  salesView: z.string().max(MAX_DISPUTE_VIEW),
  marketingView: z.string().max(MAX_DISPUTE_VIEW),
  resolved: z.boolean(),
});
export type RaciDispute = z.infer<typeof raciDisputeSchema>;

export const raciMatrixSchema = z.object({
  mode: raciModeSchema,
  activities: z.array(raciActivitySchema).max(MAX_ACTIVITIES),
  roles: z.array(raciRoleSchema).max(MAX_ROLES),
  cells: raciCellsSchema,
  disputes: z.array(raciDisputeSchema).max(MAX_DISPUTES),
});
export type RaciMatrix = z.infer<typeof raciMatrixSchema>;
