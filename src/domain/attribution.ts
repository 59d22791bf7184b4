import { decayFactor } from './attribution-decay';
import { moneyShares, percentages } from './attribution-rounding';
import {
  EFFORTS,
  METRIC_KINDS,
  MODEL_IDS,
  attributionSchema,
  type AttributionModelId,
  type Effort,
  type Journey,
  type MarketingMetric,
  type ReportFrequency,
} from './attribution-schema';
import { add, ratio, type Ratio } from './decimal';

// One import for the step: the whole attribution API is reachable from here.
export { decayFactor, DECAY_DIGITS, integerRoot } from './attribution-decay';
export { largestRemainder, moneyShares, percentages, toOre } from './attribution-rounding';
export { validateAgreement, validateJourney, attributionIssueCodes } from './attribution-validation';
export type { AttributionIssue, AttributionIssueCode } from './attribution-validation';

/**
 * The "Attribution" step's rules: one buyer journey credited under the seven common models, as
 * exact rationals that sum to exactly 1, then rounded to percentages that sum to 100 and to money
 * that sums to the deal value to the øre (./attribution-rounding.ts), per touch and per team.
 *
 * The models (HubSpot's definitions; time decay as in Google's Ads API):
 * - First touch: everything to the first touch. Last touch: everything to the closed-won touch
 *   (the last one).
 * - Linear: 1/n to each of the n touches.
 * - U-shaped: 40 % to the first touch, 40 % to the lead's creation, 20 % spread evenly over the rest.
 * - W-shaped: 30 % each to the first touch, the lead's creation and the deal's creation, 10 % over
 *   the rest.
 * - Full path: 22.5 % each to the first touch, the lead's creation, the deal's creation and
 *   closed-won, 10 % over the rest.
 * - Time decay: credit ∝ 0.5^(days before the close ÷ half-life), normalised to 100 %.
 *
 * The rules for the edge cases, as the room would hear them:
 * - **Key touches that coincide add up.** When the first touch is also the lead's creation, it
 *   takes both shares (U-shaped: 80 %).
 * - **"The rest"** is every touch that is none of the model's key touches; each gets an equal part
 *   of the rest's share.
 * - **Nothing left to spread the rest over** (every touch is a key touch): the rest's share goes
 *   back to the key touches in proportion to their key shares, i.e. each touch gets its key share
 *   ÷ the sum of the key shares. Two touches under U-shaped (first, and lead creation): 40 : 40,
 *   so 50 % each; under W-shaped with the lead created on the first touch and the deal on the
 *   second: 60 : 30, so ⅔ and ⅓.
 * - **One touch gets everything** under every model (it is every key touch, and nothing is left).
 * - **An unmarked lead creation** (null, or a touch that was removed) falls on the first touch; an
 *   unmarked deal creation on the closed-won touch. `validateJourney` reports both, so the room sees
 *   why the U- and W-shaped figures look as they do.
 * - **Time decay counts whole calendar days** from each touch to the closed-won touch's date; a
 *   touch dated after the close counts as the closing day (0 days; reported as out of order).
 *   The factor is cut at 48 decimals (./attribution-decay.ts says how and proves the bound); the
 *   normalised weights are exact rationals and sum to exactly 1.
 * - **A journey without touches** has no credit: every model gives an empty list.
 */

/** A model's key touches as positions in the journey (indices into `touches`). */
export interface KeyTouches {
  first: number;
  leadCreation: number;
  dealCreation: number;
  closedWon: number;
}

type Role = keyof KeyTouches;

/** A position-based model: shares to key roles, and a share spread over the other touches. */
interface PositionRule {
  keys: readonly (readonly [Role, Ratio])[];
  rest: Ratio;
}

const POSITION_RULES: Readonly<Record<Exclude<AttributionModelId, 'timeDecay'>, PositionRule>> = {
  firstTouch: { keys: [['first', ratio(1n)]], rest: ratio(0n) },
  lastTouch: { keys: [['closedWon', ratio(1n)]], rest: ratio(0n) },
  // No key touches: every touch is "the rest", so each gets 1/n.
  linear: { keys: [], rest: ratio(1n) },
  uShaped: { keys: [['first', ratio(40n, 100n)], ['leadCreation', ratio(40n, 100n)]], rest: ratio(20n, 100n) },
  wShaped: {
    keys: [['first', ratio(30n, 100n)], ['leadCreation', ratio(30n, 100n)], ['dealCreation', ratio(30n, 100n)]],
    rest: ratio(10n, 100n),
  },
  fullPath: {
    keys: [['first', ratio(225n, 1000n)], ['leadCreation', ratio(225n, 1000n)], ['dealCreation', ratio(225n, 1000n)], ['closedWon', ratio(225n, 1000n)]],
    rest: ratio(10n, 100n),
  },
};

/**
 * Where the key touches of a journey are, with the fallbacks for unmarked ones; null for a journey
 * without touches.
 *
 * @example
 * keyTouches({ ...journey, leadCreationTouchId: null }); // { first: 0, leadCreation: 0, dealCreation: …, closedWon: n − 1 }
 */
export function keyTouches(journey: Pick<Journey, 'touches' | 'leadCreationTouchId' | 'dealCreationTouchId'>): KeyTouches | null {
  const last = journey.touches.length - 1;
  if (last < 0) return null;
  const indexOf = (id: string | null) => (id === null ? -1 : journey.touches.findIndex((touch) => touch.id === id));
  const lead = indexOf(journey.leadCreationTouchId);
  const deal = indexOf(journey.dealCreationTouchId);
  return { first: 0, leadCreation: lead < 0 ? 0 : lead, dealCreation: deal < 0 ? last : deal, closedWon: last };
}

function positionWeights(count: number, keys: KeyTouches, rule: PositionRule): Ratio[] {
  const keyShare: Ratio[] = Array.from({ length: count }, () => ratio(0n));
  const isKey: boolean[] = Array.from({ length: count }, () => false);
  for (const [role, share] of rule.keys) {
    const i = keys[role];
    keyShare[i] = add(keyShare[i]!, share);
    isKey[i] = true;
  }
  const rest = isKey.filter((key) => !key).length;
  if (rest > 0) {
    const each = ratio(rule.rest.n, rule.rest.d * BigInt(rest));
    return keyShare.map((share, i) => (isKey[i] ? share : each));
  }
  // Every touch is a key touch: the rest's share goes back in proportion to the key shares.
  const keyTotal = keyShare.reduce((acc, share) => add(acc, share), ratio(0n));
  return keyShare.map((share) => ratio(share.n * keyTotal.d, share.d * keyTotal.n));
}

const DAY_MS = 86_400_000;
const dayNumber = (isoDate: string) => Date.UTC(Number(isoDate.slice(0, 4)), Number(isoDate.slice(5, 7)) - 1, Number(isoDate.slice(8, 10))) / DAY_MS;

/**
 * Whole days from each touch to the closed-won touch (the last); 0 for a touch dated on or after it.
 *
 * @example
 * daysBeforeClose([{ date: '2027-01-01' }, { date: '2027-01-15' }]); // [14, 0]
 */
export function daysBeforeClose(touches: readonly { date: string }[]): number[] {
  const close = touches.at(-1);
  if (!close) return [];
  const closeDay = dayNumber(close.date);
  return touches.map((touch) => Math.max(0, closeDay - dayNumber(touch.date)));
}

function timeDecayWeights(touches: readonly { date: string }[], halfLifeDays: number): Ratio[] {
  const factors = daysBeforeClose(touches).map((days) => decayFactor(days, halfLifeDays));
  // Every factor is y / (S · 2^k): over the common denominator they are whole numbers u_i, and the
  // weights u_i / Σu are exact and sum to exactly 1.
  const common = factors.reduce((acc, f) => (f.d > acc ? f.d : acc), 1n);
  const whole = factors.map((f) => f.n * (common / f.d));
  const total = whole.reduce((acc, u) => acc + u, 0n);
  return whole.map((u) => ratio(u, total));
}

/**
 * The exact weights of a model over a journey's touches (in order): non-negative, summing to
 * exactly 1; empty for a journey without touches.
 *
 * @example
 * // First touch also creates the lead; deal created at the meeting (index 2); four touches.
 * modelWeights(journey, 'uShaped', 7); // [4/5, 1/15, 1/15, 1/15]: 40 % + 40 % on the first, 20 % ÷ 3 on the rest
 */
export function modelWeights(journey: Pick<Journey, 'touches' | 'leadCreationTouchId' | 'dealCreationTouchId'>, model: AttributionModelId, halfLifeDays: number): Ratio[] {
  const keys = keyTouches(journey);
  if (!keys) return [];
  if (model === 'timeDecay') return timeDecayWeights(journey.touches, halfLifeDays);
  return positionWeights(journey.touches.length, keys, POSITION_RULES[model]);
}

/**
 * The exact share of each team (whose effort the touches were), in `EFFORTS` order.
 *
 * @example
 * teamWeights(journey.touches, modelWeights(journey, 'lastTouch', 7)); // [{ effort: 'marketing', weight: 0 }, { effort: 'sales', weight: 1 }, …]
 */
export function teamWeights(touches: readonly { effort: Effort }[], weights: readonly Ratio[]): { effort: Effort; weight: Ratio }[] {
  return EFFORTS.map((effort) => ({
    effort,
    weight: touches.reduce((acc, touch, i) => (touch.effort === effort ? add(acc, weights[i] ?? ratio(0n)) : acc), ratio(0n)),
  }));
}

/** A share as printed: percent (summing to 100 over its list) and money (summing to the deal value). */
export interface PrintedShare {
  weight: Ratio;
  percent: number;
  money: number;
}

/** One model's credit over one journey. */
export interface ModelCredit {
  model: AttributionModelId;
  /** Per touch, in the journey's order. */
  touches: PrintedShare[];
  /** Per team, in `EFFORTS` order (rounded from the exact team totals, so they add up too). */
  teams: (PrintedShare & { effort: Effort })[];
}

function printed(weights: readonly Ratio[], dealValue: number, percentPlaces: number): PrintedShare[] {
  const percent = percentages(weights, percentPlaces);
  const money = moneyShares(weights, dealValue);
  return weights.map((weight, i) => ({ weight, percent: percent[i]!, money: money[i]! }));
}

/**
 * Every model's credit for one journey: per touch and per team, as exact weights, percentages with
 * `percentPlaces` decimals (each list sums to exactly 100) and money to the øre (each list sums to
 * exactly the deal value). A journey without touches gets empty lists.
 *
 * @example
 * creditJourney(journey, 7).find((c) => c.model === 'lastTouch')!.teams; // sales: 100 %, the whole deal
 */
export function creditJourney(journey: Journey, halfLifeDays: number, models: readonly AttributionModelId[] = MODEL_IDS, percentPlaces = 0): ModelCredit[] {
  return models.map((model) => {
    const weights = modelWeights(journey, model, halfLifeDays);
    if (weights.length === 0) return { model, touches: [], teams: [] };
    const teams = teamWeights(journey.touches, weights);
    const teamPrinted = printed(
      teams.map((team) => team.weight),
      journey.dealValue,
      percentPlaces,
    );
    return {
      model,
      touches: printed(weights, journey.dealValue, percentPlaces),
      teams: teams.map((team, i) => ({ ...teamPrinted[i]!, effort: team.effort })),
    };
  });
}

/** What the feedback cadence can review from this step: the agreed report as a measure. */
export interface AttributionMeasure {
  /** The stable measure id (the agreement's `report.measureId`). */
  id: string;
  model: AttributionModelId | null;
  metrics: MarketingMetric[];
  frequency: ReportFrequency;
  /** A participant id, or '' for none yet. */
  ownerId: string;
}

/**
 * The attribution report as a measure for the feedback cadence's monthly or quarterly meeting, read
 * from a workspace without going through the step (safe-parsed with the slice's schema); none when
 * the slice is missing or damaged.
 *
 * @example
 * attributionMeasuresOf(workspace); // [{ id: 'attribution-marketing-contribution', model: 'wShaped', metrics: […], frequency: 'monthly', ownerId: 'p-sofie' }]
 */
export function attributionMeasuresOf(workspace: { steps: Record<string, unknown> }): AttributionMeasure[] {
  const parsed = attributionSchema.safeParse(workspace.steps[ATTRIBUTION_STEP_ID]);
  if (!parsed.success) return [];
  const { agreement, model } = parsed.data;
  return [{ id: agreement.report.measureId, model, metrics: agreement.metrics, frequency: agreement.report.frequency, ownerId: agreement.ownerId }];
}

/** Where the slice is stored in a workspace document (`steps.attribution`). */
export const ATTRIBUTION_STEP_ID = 'attribution';

/**
 * Whether the agreed metrics measure marketing on its contribution (at least one contribution
 * metric), not only on visibility and activity.
 *
 * @example
 * measuresContribution(['reachAndClicks']); // false
 */
export function measuresContribution(metrics: readonly MarketingMetric[]): boolean {
  return metrics.some((metric) => METRIC_KINDS[metric] === 'contribution');
}
