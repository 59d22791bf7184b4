import { add, compare, div, mul, ratio, sub, toNumber, type Ratio } from './decimal';
import { computeFunnel } from './funnel';
import type { FunnelInput } from './funnel-schema';
import type { CalibrationLead, LeadOutcome, ScoringModel, Temperature, TemperatureBands } from './lead-schema';

/**
 * The "Lead definitions and scoring" step's math: a lead's score under the room's points model,
 * its cell of the fit × engagement grid, its temperature, and the calibration of the MQL
 * threshold on real leads ("at 45 points, 14 of the 16 won leads would have been MQLs, and 9 of
 * the 30 lost ones").
 *
 * The rules, as a facilitator says them in the room:
 * - A lead scores the points of every criterion it meets; negative points subtract (a free e-mail
 *   domain, a student, an unsubscribe).
 * - A group with a cap adds at most the cap: its score is min(sum of its met criteria, cap). The
 *   cap limits the group's total, not each criterion, so a negative criterion in a capped group
 *   lowers the group from its own sum (demo 20 + pricing 15 + webinar 10 − unsubscribe 10 = 35,
 *   under a cap of 40: 35).
 * - Fit is the sum of the fit groups; engagement the sum of the engagement groups.
 * - Decay: once a lead has gone `afterDays` whole days without activity (on day `afterDays`
 *   itself, not the day after), its engagement falls by `percent` once (a 25 % decay of 35 points
 *   leaves 26,25). Fit never decays. A negative engagement falls towards zero the same way.
 * - The total is fit + engagement. A lead is an MQL when its total is at or above the threshold:
 *   exactly on it counts.
 * - The grid: fit A from `fitA` points, B from `fitB`, otherwise C; engagement 1 from
 *   `engagement1`, 2 from `engagement2`, otherwise 3. A1 is the best lead.
 * - Cold below warm's score, warm from it, hot from hot's score.
 *
 * Points, caps and thresholds are whole numbers and decay a whole percent, so a score is a
 * rational with a denominator dividing 100, kept exact (./decimal.ts): a score never misses the
 * threshold by a floating-point hair. Criterion ids a lead lists that the model no longer has
 * are ignored; an id listed twice counts once.
 */

/** One group's contribution to a lead's score. */
export interface GroupScore {
  groupId: string;
  /** The sum of the group's met criteria. */
  raw: number;
  /** What the group adds: `raw`, or the cap when `raw` is above it. */
  counted: number;
  capped: boolean;
}

/** A lead's score, side by side. */
export interface LeadScore {
  fit: Ratio;
  /** Engagement before decay. */
  engagementRaw: Ratio;
  /** Engagement after decay (what counts). */
  engagement: Ratio;
  decayed: boolean;
  total: Ratio;
  groups: GroupScore[];
}

/**
 * A lead's score under the model.
 *
 * @example
 * // Fit: industry 20 + engineer 15 = 35. Engagement: demo 20, 40 days quiet, 50 % decay after 30: 10.
 * scoreLead(model, ['industry', 'engineer', 'demo'], 40).total; // { n: 45n, d: 1n }
 */
export function scoreLead(model: ScoringModel, criterionIds: readonly string[], daysSinceActivity: number): LeadScore {
  const met = new Set(criterionIds);
  let fit = 0;
  let engagementRaw = 0;
  const groups = model.groups.map((group): GroupScore => {
    const raw = group.criteria.reduce((sum, criterion) => (met.has(criterion.id) ? sum + criterion.points : sum), 0);
    const capped = group.cap !== null && raw > group.cap;
    const counted = capped ? group.cap! : raw;
    if (group.side === 'fit') fit += counted;
    else engagementRaw += counted;
    return { groupId: group.id, raw, counted, capped };
  });
  const decay = model.decay;
  const decayed = decay !== null && decay.percent > 0 && daysSinceActivity >= decay.afterDays;
  const engagement = decayed ? mul(ratio(BigInt(engagementRaw)), ratio(BigInt(100 - decay.percent), 100n)) : ratio(BigInt(engagementRaw));
  const fitRatio = ratio(BigInt(fit));
  return { fit: fitRatio, engagementRaw: ratio(BigInt(engagementRaw)), engagement, decayed, total: add(fitRatio, engagement), groups };
}

/**
 * Whether a score is at or above the threshold.
 *
 * @example
 * isAtThreshold(ratio(45n), 45); // true: exactly on the threshold counts
 */
export function isAtThreshold(total: Ratio, threshold: number): boolean {
  return compare(total, ratio(BigInt(threshold))) >= 0;
}

export type FitBand = 'A' | 'B' | 'C';
export type EngagementBand = 1 | 2 | 3;
export interface GridCell {
  fit: FitBand;
  engagement: EngagementBand;
  /** "A1" … "C3". */
  label: string;
}
export const FIT_BANDS: readonly FitBand[] = ['A', 'B', 'C'];
export const ENGAGEMENT_BANDS: readonly EngagementBand[] = [1, 2, 3];

/**
 * The cell of the fit A/B/C × engagement 1/2/3 grid a score falls in.
 *
 * @example
 * gridCell({ fitA: 40, fitB: 20, engagement1: 30, engagement2: 10 }, score).label; // 'B1'
 */
export function gridCell(grid: ScoringModel['grid'], score: Pick<LeadScore, 'fit' | 'engagement'>): GridCell {
  const fit: FitBand = isAtThreshold(score.fit, grid.fitA) ? 'A' : isAtThreshold(score.fit, grid.fitB) ? 'B' : 'C';
  const engagement: EngagementBand = isAtThreshold(score.engagement, grid.engagement1) ? 1 : isAtThreshold(score.engagement, grid.engagement2) ? 2 : 3;
  return { fit, engagement, label: `${fit}${engagement}` };
}

/**
 * Cold, warm or hot for a total score.
 *
 * @example
 * temperatureOf(bands, ratio(30n)); // 'warm' when warm starts at 25 and hot at 50
 */
export function temperatureOf(bands: TemperatureBands, total: Ratio): Temperature {
  if (isAtThreshold(total, bands.hot.fromScore)) return 'hot';
  if (isAtThreshold(total, bands.warm.fromScore)) return 'warm';
  return 'cold';
}

/**
 * A score as a number for printing: exact, since its denominator divides 100 (two decimals).
 *
 * @example
 * scoreNumber(ratio(105n, 4n)); // 26.25
 */
export function scoreNumber(score: Ratio): number {
  return toNumber(score, 2, 'half-up');
}

// --- Calibration ---------------------------------------------------------------------------------

/** A scored calibration lead. */
export interface ScoredLead {
  lead: CalibrationLead;
  score: LeadScore;
  cell: GridCell;
  temperature: Temperature;
  mql: boolean;
}

/** How many leads of one outcome there are, and how many of them the threshold makes MQLs. */
export interface OutcomeCount {
  total: number;
  mql: number;
}

/** What a threshold does to the sample leads. */
export interface Calibration {
  threshold: number;
  leads: ScoredLead[];
  byOutcome: Record<LeadOutcome, OutcomeCount>;
  /** Leads at or above the threshold, of every outcome. */
  mqls: number;
  /** `mqls` ÷ all leads (0 when there are none). */
  mqlShare: Ratio;
  /** Won leads the threshold would have missed, then lost leads it would have passed. */
  misjudged: { lead: CalibrationLead; score: LeadScore; kind: 'won-below' | 'lost-above' }[];
  /** Leads per grid cell ("A1" … "C3"), per outcome. */
  grid: Record<string, Record<LeadOutcome, number>>;
}

/**
 * Scores every sample lead and counts what the threshold (default: the model's) does to them.
 *
 * @example
 * const c = calibrate(model, leads, 45);
 * `at ${c.threshold} points, ${c.byOutcome.won.mql} of the ${c.byOutcome.won.total} won leads would have been MQLs`;
 */
export function calibrate(model: ScoringModel, bands: TemperatureBands, leads: readonly CalibrationLead[], threshold: number = model.mqlThreshold): Calibration {
  const byOutcome: Record<LeadOutcome, OutcomeCount> = { won: { total: 0, mql: 0 }, lost: { total: 0, mql: 0 }, 'no-decision': { total: 0, mql: 0 } };
  const grid: Record<string, Record<LeadOutcome, number>> = {};
  for (const fit of FIT_BANDS) for (const e of ENGAGEMENT_BANDS) grid[`${fit}${e}`] = { won: 0, lost: 0, 'no-decision': 0 };
  const misjudged: Calibration['misjudged'] = [];
  const lost: Calibration['misjudged'] = [];
  let mqls = 0;
  const scored = leads.map((lead): ScoredLead => {
    const score = scoreLead(model, lead.criteria, lead.daysSinceActivity);
    const mql = isAtThreshold(score.total, threshold);
    const cell = gridCell(model.grid, score);
    byOutcome[lead.outcome].total += 1;
    grid[cell.label]![lead.outcome] += 1;
    if (mql) {
      byOutcome[lead.outcome].mql += 1;
      mqls += 1;
    }
    if (lead.outcome === 'won' && !mql) misjudged.push({ lead, score, kind: 'won-below' });
    if (lead.outcome === 'lost' && mql) lost.push({ lead, score, kind: 'lost-above' });
    return { lead, score, cell, temperature: temperatureOf(bands, score.total), mql };
  });
  return {
    threshold,
    leads: scored,
    byOutcome,
    mqls,
    mqlShare: leads.length === 0 ? ratio(0n) : ratio(BigInt(mqls), BigInt(leads.length)),
    misjudged: [...misjudged, ...lost],
    grid,
  };
}

/**
 * The difference between two exact amounts in percent of the second: (a − b) ÷ b × 100, or null
 * when b is zero.
 *
 * @example
 * percentDifference(ratio(110n), ratio(100n)); // { n: 10n, d: 1n }
 */
export function percentDifference(a: Ratio, b: Ratio): Ratio | null {
  if (b.n === 0n) return null;
  return mul(div(sub(a, b), b), ratio(100n));
}

// --- Cross-check with the shared goal -------------------------------------------------------------

/** The MQLs this definition gives beside the MQLs the shared goal needs, or why there is no check. */
export type GoalCrossCheck =
  | { status: 'no-goal' }
  | { status: 'goal-invalid' }
  | { status: 'no-mql-stage' }
  | { status: 'no-leads' }
  | {
      status: 'ok' | 'too-few' | 'too-many';
      /** The plan's leads for the period (its first stage, all sales types). */
      planLeads: number;
      /** The MQLs the plan needs for the period (its `mql` stage, else its second stage). */
      needed: number;
      /** The share of sample leads at or above the threshold × the plan's leads, exact. */
      given: Ratio;
      /** `given` rounded to two decimals, for printing. */
      givenNumber: number;
      /** (given − needed) ÷ needed × 100, to one decimal away from zero (never 0 when they differ). */
      differencePercent: number;
      tolerancePercent: number;
    };

/**
 * Sets the MQLs this definition will give (the sample's MQL share × the plan's leads) beside the
 * MQLs the goal needs. Within the tolerance (both ends inclusive: 10 % lets 90–110 pass for 100)
 * the status is 'ok', else 'too-few' or 'too-many'. The plan is the shared goal worked back
 * (./funnel.ts): leads are its first stage, MQLs the stage with id `mql` (else the second).
 *
 * @example
 * // 9 of 30 sample leads are MQLs; the plan has 7 695 leads and needs 2 287 MQLs:
 * // 9/30 × 7 695 = 2 308,5, 0.9 % above 2 287, inside a 10 % tolerance.
 * goalCrossCheck(calibration.mqlShare, 30, goalOf(workspace), 10).status; // 'ok'
 */
export function goalCrossCheck(mqlShare: Ratio, sampleSize: number, goal: FunnelInput | null, tolerancePercent: number): GoalCrossCheck {
  if (goal === null) return { status: 'no-goal' };
  const outcome = computeFunnel(goal);
  if (!outcome.ok) return { status: 'goal-invalid' };
  const stages = outcome.data.total.stages;
  const mqlIndex = goal.stages.findIndex((stage) => stage.id === 'mql');
  const mqlStage = stages[mqlIndex > 0 ? mqlIndex : 1];
  if (stages.length < 2 || mqlStage === undefined) return { status: 'no-mql-stage' };
  if (sampleSize === 0) return { status: 'no-leads' };
  const planLeads = stages[0]!.period;
  const needed = mqlStage.period;
  const given = mul(mqlShare, ratio(BigInt(planLeads)));
  const neededRatio = ratio(BigInt(needed));
  const tolerance = div(mul(neededRatio, ratio(BigInt(tolerancePercent))), ratio(100n));
  const status = compare(given, sub(neededRatio, tolerance)) < 0 ? 'too-few' : compare(given, add(neededRatio, tolerance)) > 0 ? 'too-many' : 'ok';
  const difference = percentDifference(given, neededRatio);
  return {
    status,
    planLeads,
    needed,
    given,
    givenNumber: toNumber(given, 2, 'half-up'),
    differencePercent: difference === null ? 0 : toNumber(difference, 1, 'away'),
    tolerancePercent,
  };
}
