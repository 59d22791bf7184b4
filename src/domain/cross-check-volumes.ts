import type { FollowUpCapacityInput, MqlThresholdInput, SlaVolumesWaitingFor, VolumePair } from './cross-checks';
import { ratio } from './decimal';
import { computeFunnel, periodMonths } from './funnel';
import type { FunnelInput } from './funnel-schema';
import type { LeadDefinitions } from './lead-schema';
import { calibrate, goalCrossCheck } from './lead-scoring';
import { marketingCommitment, MQL_STAGE_ID } from './sla';
import type { Sla } from './sla-schema';

/**
 * The volume checks' inputs, read from the shared goal, the lead definitions and the SLA (each
 * already safe-parsed by its accessor in the core). Every figure is exact (./decimal.ts), and a
 * check that cannot run yet is told what it waits for, so the panel can say it.
 *
 * The period: the goal's own (a year, or a quarter), the same on both sides of every comparison.
 * The MQL check compares the goal's MQLs for the whole period with the MQLs its leads for the whole
 * period give at the threshold, as the lead definitions step's own cross-check does (so the two
 * never disagree); a single month would compare front-loaded, rounded-up months instead. The SLA
 * volumes are per month (the figures the SLA promises); the attempts are per week.
 */

const WHEN_NO_TOLERANCE = 10;

/**
 * The MQLs the goal needs in its period beside the MQLs the lead definition's threshold gives in
 * the same period: the goal's leads × the share of the calibration's sample leads at or over the
 * threshold (exact). Without sample leads there is no share: the check waits for them.
 *
 * @example
 * // 9 of 30 sample leads reach 45 points; the goal plans 7,695 leads and needs 2,287 MQLs a year:
 * mqlThresholdInput(goal, leads);
 * // { mqlsNeeded: 2287, mqlsFromThreshold: 9/30 × 7695 = 4617/2 (2,308.5), tolerancePercent: 10, basis: { … } }
 */
export function mqlThresholdInput(goal: FunnelInput | null, leads: LeadDefinitions | null): MqlThresholdInput {
  const tolerancePercent = leads?.crossCheck.tolerancePercent ?? WHEN_NO_TOLERANCE;
  const waiting = (waitingFor: MqlThresholdInput['waitingFor']): MqlThresholdInput => ({ mqlsNeeded: null, mqlsFromThreshold: null, tolerancePercent, waitingFor });
  if (!leads) return waiting('leadDefinitions');
  const calibration = calibrate(leads.scoring, leads.temperature, leads.calibrationLeads);
  const check = goalCrossCheck(calibration.mqlShare, leads.calibrationLeads.length, goal, tolerancePercent);
  switch (check.status) {
    case 'no-goal':
    case 'goal-invalid':
      return waiting('goal');
    case 'no-mql-stage':
      return waiting('mqlStage');
    case 'no-leads':
      return waiting('sampleLeads');
    default:
      return {
        mqlsNeeded: check.needed,
        mqlsFromThreshold: check.given,
        tolerancePercent,
        basis: {
          threshold: calibration.threshold,
          atThreshold: calibration.mqls,
          sampleSize: leads.calibrationLeads.length,
          planLeads: check.planLeads,
          months: periodMonths(goal!.period).length,
        },
      };
  }
}

/**
 * The SLA's MQLs a month beside the goal's: all sales types, each sales type, and each seller.
 *
 * The SLA stores no volume of its own: marketing's commitment is worked out live from the goal
 * (marketingCommitment in ./sla.ts), over the goal's own sellers. So the figures can only differ
 * when that derivation drifts from the goal's plan (computeFunnel), which this compares figure by
 * figure, or when the SLA has no marketing volume commitment: then it promises no number at all,
 * and each figure is unset. (The SLA editor keeps its built-in commitments, but a file written
 * elsewhere, imported or from before the commitment existed may lack it; validateSla flags it too.)
 * In the app, then, this check passes with the figures it compared listed under it.
 *
 * @example
 * slaVolumesInput(goal, sla).volumes[0];
 * // { id: 'total', label: 'MQL', measure: 'total', sla: 192, goal: 192 }
 */
export function slaVolumesInput(goal: FunnelInput | null, sla: Sla | null): { volumes: VolumePair[]; waitingFor?: SlaVolumesWaitingFor } {
  if (!sla) return { volumes: [], waitingFor: 'sla' };
  const commitment = marketingCommitment(goal);
  const outcome = goal ? computeFunnel(goal) : null;
  if (!commitment.ok || !outcome?.ok) return { volumes: [], waitingFor: !commitment.ok && commitment.reason === 'no_mql_stage' ? 'mqlStage' : 'goal' };
  const index = goal!.stages.findIndex((stage) => stage.id === MQL_STAGE_ID);
  const promised = sla.commitments.some((c) => c.kind === 'mqlVolume');
  const promise = (count: number) => (promised ? count : null);
  const { perMonth, stageName, bySalesType, perSeller } = commitment.data;
  const total = outcome.data.total.stages[index]!;
  const volumes: VolumePair[] = [{ id: 'total', label: stageName, measure: 'total', sla: promise(perMonth), goal: total.perMonth }];
  for (const type of bySalesType) {
    const planned = outcome.data.salesTypes.find((plan) => plan.salesTypeId === type.salesTypeId)!;
    volumes.push({ id: type.salesTypeId, label: type.name, measure: 'salesType', sla: promise(type.perMonth), goal: planned.stages[index]!.perMonth });
  }
  if (perSeller && total.perSeller) volumes.push({ id: 'perSeller', label: stageName, measure: 'perSeller', sla: promise(perSeller.perMonth), goal: total.perSeller.perMonth });
  return { volumes };
}

/**
 * The contact attempts the SLA asks for a week beside the attempts its sellers can make: the goal's
 * MQLs a week (exact: the period's MQLs ÷ its weeks) × the SLA's attempts per lead, against the
 * goal's sellers × the attempts one seller can make a week (agreed in the SLA; unset, the check
 * waits for it). Never the goal's follow-ups a week: those are sized for meetings.
 *
 * @example
 * // 2,287 MQLs over 52 weeks, 6 attempts each; 6 sellers who can make 50 attempts a week each:
 * followUpCapacityInput(goal, sla);
 * // { sellers: 6, attemptsPerSellerPerWeek: 50, leadsPerWeek: 2287/52, attemptsPerLead: 6 }
 */
export function followUpCapacityInput(goal: FunnelInput | null, sla: Sla | null): FollowUpCapacityInput {
  const waiting = (waitingFor: FollowUpCapacityInput['waitingFor']): FollowUpCapacityInput => ({
    sellers: null,
    attemptsPerSellerPerWeek: null,
    leadsPerWeek: null,
    attemptsPerLead: null,
    waitingFor,
  });
  if (!sla) return waiting('sla');
  const commitment = marketingCommitment(goal);
  if (!commitment.ok) return waiting('goal');
  // The commitment counts sellers only when the goal gives a whole number of them.
  if (!commitment.data.perSeller) return waiting('sellers');
  const each = sla.sales.attemptsPerSellerPerWeek;
  if (each === undefined) return waiting('attemptsPerSeller');
  const { period, weeks } = commitment.data;
  return {
    sellers: commitment.data.perSeller.sellers,
    attemptsPerSellerPerWeek: each,
    leadsPerWeek: ratio(BigInt(period), BigInt(weeks)),
    attemptsPerLead: sla.sales.attempts,
  };
}
