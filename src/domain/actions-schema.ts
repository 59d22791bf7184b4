import { z } from 'zod';

/**
 * The shape of the last step of the day, "Actions and sign-off": the action items with owners and
 * dates, the room's decision log, the problems explicitly deferred, the sign-off by a leadership
 * sponsor and the signing participants, and the signed versions of the agreement.
 *
 * The rules are elsewhere in the core: the problem → answer map and whether sign-off is allowed
 * (./coverage.ts), the checks that tie the steps together (./cross-checks.ts), signing and the
 * change log of the draft that follows (./versioning.ts), the CSV of the actions (./actions-csv.ts).
 *
 * People are participant ids of the set-up (src/domain/workshop.ts), never names: renaming a
 * participant renames them everywhere, and an id that no longer names anyone is shown as missing.
 * Dates are YYYY-MM-DD, or '' until the room sets them.
 */
const idSchema = z.string().min(1).max(100);
/** A participant id, or '' while nobody is chosen yet (an action added in a hurry by keyboard). */
const personSchema = z.union([idSchema, z.literal('')]);
const dateSchema = z.union([z.iso.date(), z.literal('')]);

export const MAX_ACTIONS = 300;
export const MAX_DECISIONS = 300;
export const MAX_DEFERRALS = 200;
export const MAX_SIGNERS = 200;
export const MAX_VERSIONS = 100;
export const MAX_CHANGES = 1000;
export const MAX_ACTION_TEXT = 500;
export const MAX_DECISION_TEXT = 1000;
export const MAX_WHY_TEXT = 2000;
export const MAX_NOTE_TEXT = 2000;
export const MAX_ROLE_TEXT = 200;
/** The frozen copy of a signed version is canonical JSON text: at most this many characters. */
export const MAX_FROZEN_CHARS = 5_000_000;

export const actionStatusSchema = z.enum(['open', 'inProgress', 'done']);
export type ActionStatus = z.infer<typeof actionStatusSchema>;
export const ACTION_STATUSES: readonly ActionStatus[] = actionStatusSchema.options;

export const actionSchema = z.object({
  id: idSchema,
  what: z.string().max(MAX_ACTION_TEXT),
  ownerId: personSchema,
  due: dateSchema,
  /** The problem of the current-state wall it answers (a theme id), or null. */
  problemId: idSchema.nullable(),
  /** The step it came from or belongs to (a step id), or null. */
  stepId: idSchema.nullable(),
  status: actionStatusSchema,
});
export type Action = z.infer<typeof actionSchema>;

/** A decision the room wrote down by hand (decisions a step records by itself come from its slice). */
export const decisionSchema = z.object({
  id: idSchema,
  decision: z.string().max(MAX_DECISION_TEXT),
  why: z.string().max(MAX_WHY_TEXT),
  /** The participants who decided; empty for "the room". */
  decidedBy: z.array(idSchema).max(50),
  when: dateSchema,
  stepId: idSchema.nullable(),
});
export type Decision = z.infer<typeof decisionSchema>;

/** A problem the room chose not to answer today: someone owns it and it is back on a date. */
export const deferralSchema = z.object({
  id: idSchema,
  problemId: idSchema,
  ownerId: personSchema,
  date: dateSchema,
  note: z.string().max(MAX_NOTE_TEXT),
});
export type Deferral = z.infer<typeof deferralSchema>;

export const signerSchema = z.object({
  id: idSchema,
  participantId: idSchema,
  /** The role they sign in, in the room's words ("for sales", "Head of Marketing"). */
  role: z.string().max(MAX_ROLE_TEXT),
});
export type Signer = z.infer<typeof signerSchema>;

/**
 * Who signs and when. Whether the agreement is final or a draft is not stored here: it follows
 * from the versions (./versioning.ts, `agreementState`), so no edit in another step can leave a
 * stale "final" behind.
 */
export const signOffSchema = z.object({
  /** The leadership participant who sponsors the agreement, or '' until chosen. */
  sponsorId: personSchema,
  signers: z.array(signerSchema).max(MAX_SIGNERS),
  /** The day it is signed (set when signing). */
  date: dateSchema,
  /** When the room meets again to review goal, SLA and actions. */
  firstReviewDate: dateSchema,
});
export type SignOff = z.infer<typeof signOffSchema>;

/** One line of a change log, as the domain names it (a view words it: see ./versioning.ts). */
export const changePathSegmentSchema = z.union([
  // Keys and ids come from any step's slice as they are (even ''), cut to the bound when longer.
  z.object({ key: z.string().max(200) }).strict(),
  z.object({ item: z.string().max(200), label: z.string().max(300) }).strict(),
]);
export const changeEntrySchema = z.object({
  /** A step id, or 'workspace' for the envelope's fields (client, currency). */
  stepId: z.string().min(1).max(100),
  path: z.array(changePathSegmentSchema).max(32),
  kind: z.enum(['added', 'removed', 'changed', 'reordered']),
  /** Short text forms of the values (cut to 300 characters), '' when there is none. */
  before: z.string().max(300),
  after: z.string().max(300),
});
export type ChangeEntry = z.infer<typeof changeEntrySchema>;
export type ChangePathSegment = z.infer<typeof changePathSegmentSchema>;

/** A signed version: never edited after it is appended. */
export const signedVersionSchema = z.object({
  id: idSchema,
  /** "1.0", "1.1" … (see ./versioning.ts for the numbering). */
  version: z.string().regex(/^\d{1,4}\.\d{1,4}$/),
  signedDate: z.iso.date(),
  sponsorId: personSchema,
  signers: z.array(signerSchema).max(MAX_SIGNERS),
  /** Canonical JSON (sorted keys) of what was signed: every step's slice and the client's name. */
  frozen: z.string().max(MAX_FROZEN_CHARS),
  /** What changed since the version before it, fixed at signing (empty for the first). */
  changes: z.array(changeEntrySchema).max(MAX_CHANGES),
  /** Truncated: the change log had more entries than are kept. */
  changesTruncated: z.boolean(),
});
export type SignedVersion = z.infer<typeof signedVersionSchema>;

export const actionsSignOffSchema = z.object({
  actions: z.array(actionSchema).max(MAX_ACTIONS),
  decisions: z.array(decisionSchema).max(MAX_DECISIONS),
  deferrals: z.array(deferralSchema).max(MAX_DEFERRALS),
  signOff: signOffSchema,
  versions: z.array(signedVersionSchema).max(MAX_VERSIONS),
});
export type ActionsSignOff = z.infer<typeof actionsSignOffSchema>;

/** Where the slice lives in the workspace document. */
export const ACTIONS_SIGN_OFF_PATH = ['steps', 'actionsSignOff'] as const;

export const emptyActionsSignOff = (): ActionsSignOff => ({
  actions: [],
  decisions: [],
  deferrals: [],
  signOff: { sponsorId: '', signers: [], date: '', firstReviewDate: '' },
  versions: [],
});

/**
 * The slice of a workspace, or an empty one where the file lacks it or it does not parse (a
 * mirror that is mid-migration): readers never crash on another step's data.
 *
 * @example
 * actionsSignOffOf(workspace).actions.filter((a) => a.status !== 'done');
 */
export function actionsSignOffOf(workspace: { steps: Record<string, unknown> }): ActionsSignOff {
  const parsed = actionsSignOffSchema.safeParse(workspace.steps[ACTIONS_SIGN_OFF_PATH[1]]);
  return parsed.success ? parsed.data : emptyActionsSignOff();
}
