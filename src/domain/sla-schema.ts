import { z } from 'zod';

/**
 * The slice of the "Service level agreement" step: what sales commits to (accept or reject each
 * MQL within N working hours, first contact within N minutes or hours, M attempts over D days, a
 * recorded outcome with a reason for every lead) and how each commitment is measured, owned,
 * reported and escalated. Marketing's volume is NOT stored here: it is derived live from the
 * shared goal (./sla.ts), so it changes when the goal changes and can never be typed wrong.
 * The rules (what is missing, the capacity check) are in ./sla.ts.
 */
const idSchema = z.string().min(1).max(100);

export const MAX_COMMITMENTS = 30;
export const MAX_OUTCOMES = 30;
export const MAX_SLA_TEXT = 2000;
export const MAX_SLA_LINE = 300;

/**
 * Who owns a commitment or is escalated to: one participant of the workshop (by id, see
 * ./workshop.ts) or a role in words ("Sales Director", "Salgschef").
 *
 * @example
 * slaOwnerSchema.parse({ kind: 'participant', participantId: 'p-jens' });
 */
export const slaOwnerSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('participant'), participantId: z.string().max(100) }),
  z.object({ kind: z.literal('role'), role: z.string().max(200) }),
]);
export type SlaOwner = z.infer<typeof slaOwnerSchema>;

/** The units a time limit is given in: working hours count only the working day. */
export const TIME_UNITS = ['minutes', 'hours', 'workingHours', 'days', 'workingDays', 'weeks', 'months'] as const;
export const timeUnitSchema = z.enum(TIME_UNITS);
export type TimeUnit = z.infer<typeof timeUnitSchema>;

/**
 * A length of time: `amount` whole units.
 *
 * @example
 * durationSchema.parse({ amount: 1, unit: 'hours' });
 */
export const durationSchema = z.object({ amount: z.number().int().min(0).max(10_000), unit: timeUnitSchema });
export type Duration = z.infer<typeof durationSchema>;

/** The built-in commitments; `custom` is one the room writes in its own words. */
export const COMMITMENT_KINDS = ['mqlVolume', 'mqlQuality', 'accept', 'firstContact', 'attempts', 'outcome', 'custom'] as const;
export type CommitmentKind = (typeof COMMITMENT_KINDS)[number];
export const SLA_SIDES = ['marketing', 'sales'] as const;
export type SlaSide = (typeof SLA_SIDES)[number];

/**
 * One commitment and how it is kept measurable: what is measured, the target, the owner, where
 * it is reported, and who is told after how long when it is missed. The commitment's own figure
 * (the hours, the attempts) is in the slice's `sales` numbers or derived from the goal; `text`
 * is the wording of a custom commitment ('' for the built-in ones, whose wording is translated).
 *
 * @example
 * commitmentSchema.parse({
 *   id: 'first-contact', kind: 'firstContact', side: 'sales', text: '',
 *   measure: 'Time from handover to first call', target: '95 % of MQLs',
 *   owner: { kind: 'participant', participantId: 'p-jens' }, reportedIn: 'HubSpot SLA report',
 *   escalation: { to: { kind: 'participant', participantId: 'p-mette' }, after: { amount: 2, unit: 'workingDays' } },
 *   answers: ['follow-up'],
 * });
 */
export const commitmentSchema = z.object({
  id: idSchema,
  kind: z.enum(COMMITMENT_KINDS),
  side: z.enum(SLA_SIDES),
  text: z.string().max(MAX_SLA_TEXT),
  measure: z.string().max(MAX_SLA_LINE),
  target: z.string().max(MAX_SLA_LINE),
  owner: slaOwnerSchema,
  reportedIn: z.string().max(MAX_SLA_LINE),
  escalation: z.object({ to: slaOwnerSchema, after: durationSchema }),
  /** The problems of the current-state wall this commitment answers (theme ids). */
  answers: z.array(idSchema).max(20),
});
export type Commitment = z.infer<typeof commitmentSchema>;

/**
 * An outcome a seller records for a lead (after HubSpot's lead statuses); `closing` outcomes end
 * the follow-up and need a reason written with them.
 */
export const outcomeStatusSchema = z.object({
  id: idSchema,
  name: z.string().max(200),
  closing: z.boolean(),
});
export type OutcomeStatus = z.infer<typeof outcomeStatusSchema>;

/** The most contact attempts one seller can be agreed to make in a week. */
export const MAX_ATTEMPTS_PER_SELLER_PER_WEEK = 1000;

/**
 * The numbers sales commits to.
 *
 * @example
 * salesTermsSchema.parse({ acceptWithinWorkingHours: 8, firstContact: { amount: 1, unit: 'hours' }, attempts: 6, attemptDays: 14, attemptsPerSellerPerWeek: 50 });
 */
export const salesTermsSchema = z.object({
  /** Accept or reject each MQL within this many working hours. */
  acceptWithinWorkingHours: z.number().int().min(1).max(400),
  /** The first contact attempt within this time of the handover. */
  firstContact: durationSchema,
  /** At least this many contact attempts … */
  attempts: z.number().int().min(1).max(50),
  /** … over this many days before a lead may be closed as not reached. */
  attemptDays: z.number().int().min(1).max(365),
  /**
   * The contact attempts (calls, mails) one seller can make in a week, as the room agrees it: what
   * the attempts the SLA asks for are checked against. Not the shared goal's follow-ups a week,
   * which it sizes for meetings and proposals. Unset in files from before it existed (slice
   * version 1), and until the room agrees it: the capacity check then waits for it.
   */
  attemptsPerSellerPerWeek: z.number().int().min(1).max(MAX_ATTEMPTS_PER_SELLER_PER_WEEK).optional(),
});
export type SalesTerms = z.infer<typeof salesTermsSchema>;

export const slaSchema = z.object({
  sales: salesTermsSchema,
  outcomes: z.array(outcomeStatusSchema).max(MAX_OUTCOMES),
  /** What makes an MQL good enough, in words, when the lead definitions step has no MQL stage. */
  mqlQuality: z.string().max(MAX_SLA_TEXT),
  commitments: z.array(commitmentSchema).max(MAX_COMMITMENTS),
});
export type Sla = z.infer<typeof slaSchema>;

/** Where the slice lives in a workspace document. */
export const SLA_PATH = ['steps', 'serviceLevel'] as const;

/**
 * The SLA of a workspace, safe-parsed, or null when it has none or one of the wrong shape (other
 * steps read it through this, never through the step's folder).
 *
 * @example
 * const sla = slaOf(workspace);
 * const attempts = sla?.sales.attempts ?? null;
 */
export function slaOf(workspace: { steps: Record<string, unknown> }): Sla | null {
  const parsed = slaSchema.safeParse(workspace.steps[SLA_PATH[1]]);
  return parsed.success ? parsed.data : null;
}
