import { ceilDiv, ratio, toNumber } from './decimal';
import { computeFunnel } from './funnel';
import type { FunnelInput } from './funnel-schema';
import { leadDefinitionsOf } from './lead-schema';
import type { Commitment, CommitmentKind, SalesTerms, Sla, SlaOwner } from './sla-schema';
import type { Participant } from './workshop';

export { durationMinutes, RESPONSE_TIME_EVIDENCE, responseBand } from './sla-evidence';
export type { EvidenceFact, ResponseBand } from './sla-evidence';

/**
 * The service level agreement's rules, as the facilitator says them in the room:
 * - Marketing commits to the MQLs the shared goal needs: never typed again, always derived from
 *   the goal's plan (computeFunnel), so when the goal changes the SLA changes. Per month (the
 *   busiest, first month, as the goal step shows it), per sales type, per seller and per week;
 *   every per-person and per-week figure rounded UP to whole MQLs (a seller cannot be promised
 *   half a lead, and promising fewer than the goal needs would break it).
 * - Sales commits to accept or reject within N working hours, a first contact within a time, M
 *   attempts over D days and a recorded outcome for every lead.
 * - Each commitment is measurable: a measure, a target, an owner, where it is reported and an
 *   escalation (who, after how long). What is missing is a typed issue the view places.
 * - Capacity: MQLs per seller per week × attempts per lead must fit the contact attempts one
 *   seller can make a week (agreed in the SLA, not the goal's follow-ups for meetings), exactly.
 */

/** The stage whose volume marketing commits to. */
export const MQL_STAGE_ID = 'mql';

/** Marketing's MQLs, derived from the goal's plan. */
export interface MqlCommitment {
  stageId: string;
  /** The stage's name in the goal ("MQL"). */
  stageName: string;
  months: number;
  weeks: number;
  /** MQLs in the goal's whole period, all sales types. */
  period: number;
  /** The busiest (first) month, all sales types: the figure the goal step shows. */
  perMonth: number;
  /** ⌈period ÷ weeks⌉. */
  perWeek: number;
  bySalesType: { salesTypeId: string; name: string; period: number; perMonth: number }[];
  /** When the goal gives the number of sellers. */
  perSeller: { sellers: number; perMonth: number; perWeek: number } | null;
}

export type MqlCommitmentOutcome =
  | { ok: true; data: MqlCommitment }
  | { ok: false; reason: 'no_goal' | 'invalid_goal' | 'no_mql_stage' };

/**
 * Marketing's MQL commitment, worked out live from the shared goal.
 *
 * @example
 * // 1,535 MQLs a year for 6 sellers (the goal's plan):
 * const outcome = marketingCommitment(goal);
 * // outcome.data.perWeek = ⌈1535 ÷ 52⌉ = 30; perSeller.perWeek = ⌈1535 ÷ (6 × 52)⌉ = 5
 */
export function marketingCommitment(goal: FunnelInput | null): MqlCommitmentOutcome {
  if (!goal) return { ok: false, reason: 'no_goal' };
  const index = goal.stages.findIndex((stage) => stage.id === MQL_STAGE_ID);
  // The last stage is the won deal: an MQL stage there is not a stage marketing hands over.
  if (index < 0 || index === goal.stages.length - 1) return { ok: false, reason: 'no_mql_stage' };
  const outcome = computeFunnel(goal);
  if (!outcome.ok) return { ok: false, reason: 'invalid_goal' };
  const plan = outcome.data;
  const total = plan.total.stages[index]!;
  const count = BigInt(total.period);
  const months = BigInt(plan.period.months.length);
  const weeks = BigInt(plan.period.weeks);
  const sellers = goal.team.sellers;
  const hasSellers = sellers !== undefined && Number.isInteger(sellers) && sellers > 0;
  return {
    ok: true,
    data: {
      stageId: MQL_STAGE_ID,
      stageName: goal.stages[index]!.name,
      months: plan.period.months.length,
      weeks: plan.period.weeks,
      period: total.period,
      perMonth: total.perMonth,
      perWeek: Number(ceilDiv(count, weeks)),
      bySalesType: plan.salesTypes.map((type) => ({
        salesTypeId: type.salesTypeId,
        name: goal.salesTypes.find((candidate) => candidate.id === type.salesTypeId)?.name ?? type.salesTypeId,
        period: type.stages[index]!.period,
        perMonth: type.stages[index]!.perMonth,
      })),
      perSeller: hasSellers
        ? {
            sellers,
            perMonth: Number(ceilDiv(count, BigInt(sellers) * months)),
            perWeek: Number(ceilDiv(count, BigInt(sellers) * weeks)),
          }
        : null,
    },
  };
}

/**
 * The sellers' contact attempts the SLA asks for, against the attempts one seller can make a week
 * (agreed in the SLA itself: the shared goal's follow-ups a week are sized for meetings, and
 * comparing attempts with them compares unlike things).
 */
export interface SlaCapacity {
  /** Attempts per lead. */
  attempts: number;
  sellers: number;
  weeks: number;
  /** MQLs in the period. */
  mqls: number;
  /** mqls ÷ (sellers × weeks), rounded up to two decimals. */
  mqlsPerSellerPerWeek: number;
  /** ⌈mqls × attempts ÷ (sellers × weeks)⌉: the attempts each seller needs to make a week. */
  attemptsNeeded: number;
  /** The attempts one seller can make a week, as the SLA agrees it; null until it is agreed. */
  attemptsPerSeller: number | null;
  /** mqls × attempts ≤ attemptsPerSeller × sellers × weeks, compared exactly; null without it. */
  fits: boolean | null;
  /** ⌊attemptsPerSeller × sellers × weeks ÷ mqls⌋: the most attempts per lead that fit; null without it. */
  attemptsThatFit: number | null;
  /** ⌈mqls × attempts ÷ (weeks × attemptsPerSeller)⌉; null without it. */
  sellersNeeded: number | null;
}

/**
 * The capacity check of the SLA: "at 6 attempts, each seller needs 41 attempts a week; each can
 * make 25". Null when the goal gives no sellers or the MQLs cannot be worked out.
 *
 * @example
 * // 1,040 MQLs a year, 3 sellers, 6 attempts a lead, 25 attempts a seller a week:
 * slaCapacity(goal, { attempts: 6, attemptsPerSellerPerWeek: 25 });
 * // attemptsNeeded = ⌈1040 × 6 ÷ (3 × 52)⌉ = ⌈6240 ÷ 156⌉ = 40; fits = 6240 ≤ 25 × 156 = 3900 → false
 */
export function slaCapacity(goal: FunnelInput | null, terms: Pick<SalesTerms, 'attempts' | 'attemptsPerSellerPerWeek'>): SlaCapacity | null {
  const { attempts } = terms;
  const commitment = marketingCommitment(goal);
  if (!commitment.ok || !commitment.data.perSeller || !Number.isInteger(attempts) || attempts < 1) return null;
  const { perSeller, period, weeks } = commitment.data;
  const seats = BigInt(perSeller.sellers) * BigInt(weeks);
  const load = BigInt(period) * BigInt(attempts);
  const agreed = terms.attemptsPerSellerPerWeek;
  // A whole number of at least one (the schema's rule); anything else is not agreed yet.
  const each = agreed !== undefined && Number.isInteger(agreed) && agreed >= 1 ? BigInt(agreed) : null;
  return {
    attempts,
    sellers: perSeller.sellers,
    weeks,
    mqls: period,
    mqlsPerSellerPerWeek: toNumber(ratio(BigInt(period), seats), 2, 'up'),
    attemptsNeeded: Number(ceilDiv(load, seats)),
    attemptsPerSeller: each === null ? null : Number(each),
    fits: each === null ? null : load <= each * seats,
    attemptsThatFit: each === null || period === 0 ? null : Number((each * seats) / BigInt(period)),
    sellersNeeded: each === null ? null : Number(ceilDiv(load, BigInt(weeks) * each)),
  };
}

/** Something missing or wrong in the SLA, placed at a path of the slice. */
export interface SlaIssue {
  code:
    | 'measure_missing'
    | 'target_missing'
    | 'owner_missing'
    | 'owner_unknown'
    | 'report_missing'
    | 'escalation_missing'
    | 'escalation_unknown'
    | 'escalation_time_missing'
    | 'text_missing'
    | 'commitment_missing'
    | 'outcomes_missing'
    | 'outcome_name_missing'
    | 'closing_outcome_missing';
  path: (string | { id: string })[];
  params: Record<string, string | number>;
}

/** The built-in commitments every SLA must hold, in the order the playbook shows them. */
export const REQUIRED_COMMITMENTS: readonly CommitmentKind[] = ['mqlVolume', 'mqlQuality', 'accept', 'firstContact', 'attempts', 'outcome'];

function ownerIssue(owner: SlaOwner, participantIds: ReadonlySet<string>): 'missing' | 'unknown' | null {
  if (owner.kind === 'role') return owner.role.trim() === '' ? 'missing' : null;
  if (owner.participantId === '') return 'missing';
  return participantIds.has(owner.participantId) ? null : 'unknown';
}

/**
 * What keeps the SLA from being measurable: every commitment needs a measure, a target, an owner
 * (a participant who is still in the workshop, or a role), where it is reported, and an
 * escalation with a time; the built-in commitments must all be there; the outcomes need names and
 * at least one closing outcome (a lead may not stay open for ever).
 *
 * @example
 * validateSla(sla, participants);
 * // [{ code: 'owner_missing', path: ['commitments', { id: 'first-contact' }, 'owner'], params: {} }]
 */
export function validateSla(sla: Sla, participants: readonly Pick<Participant, 'id'>[]): SlaIssue[] {
  const ids = new Set(participants.map((p) => p.id));
  const issues: SlaIssue[] = [];
  for (const kind of REQUIRED_COMMITMENTS) {
    if (!sla.commitments.some((c) => c.kind === kind)) issues.push({ code: 'commitment_missing', path: ['commitments'], params: { kind } });
  }
  for (const commitment of sla.commitments) issues.push(...commitmentIssues(commitment, ids));
  if (sla.outcomes.length === 0) issues.push({ code: 'outcomes_missing', path: ['outcomes'], params: {} });
  for (const outcome of sla.outcomes) {
    if (outcome.name.trim() === '') issues.push({ code: 'outcome_name_missing', path: ['outcomes', { id: outcome.id }, 'name'], params: {} });
  }
  if (sla.outcomes.length > 0 && !sla.outcomes.some((o) => o.closing)) issues.push({ code: 'closing_outcome_missing', path: ['outcomes'], params: {} });
  return issues;
}

function commitmentIssues(commitment: Commitment, participantIds: ReadonlySet<string>): SlaIssue[] {
  const at = (field: string): SlaIssue['path'] => ['commitments', { id: commitment.id }, field];
  const issues: SlaIssue[] = [];
  const blank = (text: string) => text.trim() === '';
  if (commitment.kind === 'custom' && blank(commitment.text)) issues.push({ code: 'text_missing', path: at('text'), params: {} });
  if (blank(commitment.measure)) issues.push({ code: 'measure_missing', path: at('measure'), params: {} });
  if (blank(commitment.target)) issues.push({ code: 'target_missing', path: at('target'), params: {} });
  const owner = ownerIssue(commitment.owner, participantIds);
  if (owner) issues.push({ code: owner === 'missing' ? 'owner_missing' : 'owner_unknown', path: at('owner'), params: {} });
  if (blank(commitment.reportedIn)) issues.push({ code: 'report_missing', path: at('reportedIn'), params: {} });
  const escalation = ownerIssue(commitment.escalation.to, participantIds);
  if (escalation) issues.push({ code: escalation === 'missing' ? 'escalation_missing' : 'escalation_unknown', path: [...at('escalation'), 'to'], params: {} });
  if (commitment.escalation.after.amount === 0) issues.push({ code: 'escalation_time_missing', path: [...at('escalation'), 'after'], params: {} });
  return issues;
}

/**
 * An owner as the playbook names them: the participant's name, or the role's words; '' when none.
 *
 * @example
 * ownerLabel({ kind: 'participant', participantId: 'p-jens' }, participants); // 'Jens Holm'
 */
export function ownerLabel(owner: SlaOwner, participants: readonly Pick<Participant, 'id' | 'name'>[]): string {
  if (owner.kind === 'role') return owner.role.trim();
  return participants.find((p) => p.id === owner.participantId)?.name ?? '';
}

/**
 * The MQL definition the lead definitions step agreed (the entry criteria of its MQL stage), or
 * '' when that step has none yet: the SLA's quality commitment quotes it.
 *
 * @example
 * mqlDefinitionOf(workspace); // 'Scores at or above the MQL threshold; handed over to sales …'
 */
export function mqlDefinitionOf(workspace: { steps: Record<string, unknown> }): string {
  const leads = leadDefinitionsOf(workspace);
  if (!leads || leads.mqlStageId === null) return '';
  const { stages, mqlStageId } = leads;
  return stages.find((stage) => stage.id === mqlStageId)?.entryCriteria.trim() ?? '';
}
