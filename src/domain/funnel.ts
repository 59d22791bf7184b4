import { ceil, ceilDiv, decimalOf, div, ratio, toNumber, type Ratio } from './decimal';
import { checkCapacity, type CapacityCheck, type FunnelWarning } from './funnel-capacity';
import { addMonths, monthKey, periodMonths, periodWeeks, splitOverMonths, type MonthCount } from './funnel-calendar';
import type { FunnelInput, YearMonth } from './funnel-schema';
import { shareRevenue, validateFunnel, type FunnelIssue } from './funnel-validation';

// One import for the step: the whole sales-chain API is reachable from here.
export { checkCapacity, DEFAULT_FOLLOW_UP_STAGE_IDS } from './funnel-capacity';
export type { CapacityCheck, FunnelWarning } from './funnel-capacity';
export { addMonths, monthKey, periodMonths, periodWeeks, splitOverMonths } from './funnel-calendar';
export type { MonthCount } from './funnel-calendar';
export { funnelIssueCodes, validateFunnel } from './funnel-validation';
export type { FunnelIssue, FunnelIssueCode, FunnelPath } from './funnel-validation';

/**
 * The "Shared goal" step's math: one revenue target worked backwards through the sales chain
 * (the reverse funnel), per sales type and in total, for the period, per month, per person, with
 * the month each month's leads must arrive and a check against the sellers' capacity.
 *
 * The rules, as a facilitator says them in the room:
 * - Won deals = the sales type's revenue ÷ its average deal size, rounded up.
 * - Each earlier stage = the next stage ÷ the conversion rate between them, rounded up at every
 *   stage ("you cannot work half a lead"). The arithmetic is exact (./decimal.ts): 21 won deals at
 *   a 70 % rate need exactly 30 proposals, never 31 from a floating-point 30.000000000000004.
 * - Per month: the period's count split evenly over its months; what does not divide evenly goes
 *   one extra to each of the first months ("front-loaded": 13 over 12 months is 2 in January and 1
 *   in every other month). The months add up to exactly the period's count. The headline
 *   `perMonth` is the busiest (first) month: ⌈count ÷ months⌉ for a sales type.
 * - The total of a stage is the sum of the sales types (each already rounded up); the total's
 *   months are the sums of the sales types' months, so every table adds up across and down, and
 *   its `perMonth` is the sum of theirs.
 * - Per seller or marketer: the count ÷ the people, rounded up (for the period and per month);
 *   per week (52 weeks a year, 13 a quarter) to two decimals, rounded up.
 * - Lead arrival: the leads a month needs must arrive the sales cycle's months earlier (January
 *   2027 with a 4-month cycle: September 2026).
 * - Capacity: the follow-up stages' items (default SQL and Meeting) per seller per week, compared
 *   exactly with what a seller can follow up; over it, a `capacity_exceeded` warning.
 */

/** A stage's count per person of a role. */
export interface PerPerson {
  /** The number of people it is divided over. */
  people: number;
  /** ⌈count ÷ people⌉ for the whole period. */
  period: number;
  /** ⌈count ÷ (people × months)⌉. */
  perMonth: number;
  /** count ÷ (people × weeks), rounded up to two decimals. */
  perWeek: number;
}

/** One stage's volume: for the period, per month, per person. All counts are safe integers. */
export interface StageVolume {
  stageId: string;
  /** Items needed in the whole period. */
  period: number;
  /**
   * The busiest (first) month's count, the figure to say out loud ("… a month"): ⌈period ÷
   * months⌉ for a sales type; for a total, the sum of its sales types' figures.
   */
  perMonth: number;
  /** The period split over its months; adds up to exactly `period` (remainder to the first months). */
  months: MonthCount[];
  /** Percent from this stage to the next (sales types only; not on the last stage). */
  rateToNext?: number;
  /** When the team's sellers are given. */
  perSeller?: PerPerson;
  /** When the team's marketers are given. */
  perMarketer?: PerPerson;
}

/** For one month of the period: when the leads it needs must arrive, and how many. */
export interface LeadArrival {
  /** The month of the period whose deals these leads become. */
  month: YearMonth;
  /** `month` minus the sales cycle; may fall before the period (even in the previous year). */
  arrivalMonth: YearMonth;
  /** That month's count of the first stage (default: leads). */
  leads: number;
}

/** One sales type's chain. */
export interface SalesTypePlan {
  salesTypeId: string;
  /** The type's share of the target, in currency units, rounded to two decimals. */
  revenue: number;
  salesCycleMonths: number;
  /** In chain order; the last is won deals. */
  stages: StageVolume[];
  /** One entry per month of the period. */
  leadArrival: LeadArrival[];
}

/** The leads that must arrive in one calendar month, over all sales types. */
export interface LeadCalendarMonth {
  month: YearMonth;
  leads: number;
  bySalesType: { salesTypeId: string; leads: number }[];
}

/** The worked-back plan. */
export interface FunnelPlan {
  period: { months: YearMonth[]; weeks: number };
  salesTypes: SalesTypePlan[];
  total: { stages: StageVolume[]; leadCalendar: LeadCalendarMonth[] };
  /** Null when no sellers are given or no follow-up stage is in the chain. */
  capacity: CapacityCheck | null;
  warnings: FunnelWarning[];
}

/** The plan, or why there is none. */
export type FunnelOutcome = { ok: true; data: FunnelPlan } | { ok: false; issues: FunnelIssue[] };

/**
 * The counts of each stage for one share of revenue, worked backwards (exact; rounded up at
 * every stage). `rates[j]` is the percent from stage j to stage j + 1; the last entry is won deals.
 * Inputs must be valid (deal size and rates > 0).
 *
 * @example
 * workBackwards(ratio(6_600_000n), ratio(120_000n), [25, 40, 60, 50, 30].map((p) => ratio(BigInt(p))));
 * // [6140n, 1535n, 614n, 368n, 184n, 55n]
 */
export function workBackwards(revenue: Ratio, averageDealSize: Ratio, rates: readonly Ratio[]): bigint[] {
  const counts = [ceil(div(revenue, averageDealSize))];
  for (let j = rates.length - 1; j >= 0; j--) {
    counts.unshift(ceil(div(ratio(counts[0]!), div(rates[j]!, ratio(100n)))));
  }
  return counts;
}

const MAX = BigInt(Number.MAX_SAFE_INTEGER);
const exact = (value: number): Ratio => decimalOf(value) ?? ratio(0n);

interface Frame {
  months: YearMonth[];
  weeks: number;
  sellers: number | undefined;
  marketers: number | undefined;
}

function perPerson(count: bigint, people: number, frame: Frame): PerPerson {
  const n = BigInt(people);
  return {
    people,
    period: Number(ceilDiv(count, n)),
    perMonth: Number(ceilDiv(count, n * BigInt(frame.months.length))),
    perWeek: toNumber(ratio(count, n * BigInt(frame.weeks)), 2, 'up'),
  };
}

function volume(stageId: string, count: bigint, months: MonthCount[], frame: Frame): StageVolume {
  return {
    stageId,
    period: Number(count),
    perMonth: months[0]!.count,
    months,
    ...(frame.sellers !== undefined && { perSeller: perPerson(count, frame.sellers, frame) }),
    ...(frame.marketers !== undefined && { perMarketer: perPerson(count, frame.marketers, frame) }),
  };
}

/**
 * Works the goal backwards through the chain. With invalid input (see `validateFunnel`) it answers
 * `{ ok: false, issues }` and computes nothing; otherwise every count is a safe integer and no
 * figure is NaN or Infinity.
 *
 * @example
 * const outcome = computeFunnel(input);
 * if (outcome.ok) {
 *   const leads = outcome.data.total.stages[0]!; // leads.period, leads.perMonth, leads.months …
 * } else {
 *   showIssues(outcome.issues); // [{ code: 'missing_rate', path: ['salesTypes', 1, 'conversionRates', 'sql'], … }]
 * }
 */
export function computeFunnel(input: FunnelInput): FunnelOutcome {
  const issues = validateFunnel(input);
  if (issues.length > 0) return { ok: false, issues };

  const { stages, team } = input;
  const frame: Frame = {
    months: periodMonths(input.period),
    weeks: periodWeeks(input.period),
    sellers: team.sellers,
    marketers: team.marketers,
  };
  const tooLarge = (path: (string | number)[], stageId: string): FunnelOutcome => ({
    ok: false,
    issues: [{ code: 'result_too_large', path, params: { stageId, max: Number.MAX_SAFE_INTEGER } }],
  });

  // Per sales type: exact counts, then checked to fit a JavaScript number exactly.
  const counted = input.salesTypes.map((type) => {
    const rates = stages.slice(0, -1).map((stage) => exact(type.conversionRates[stage.id]!));
    const revenue = shareRevenue(type.share, input.targetAmount);
    return { type, revenue, rates, counts: workBackwards(revenue, exact(type.averageDealSize), rates) };
  });
  for (const [i, { counts }] of counted.entries()) {
    const j = counts.findIndex((c) => c > MAX);
    if (j >= 0) return tooLarge(['salesTypes', i], stages[j]!.id);
  }
  const totals = stages.map((_, j) => counted.reduce((sum, { counts }) => sum + counts[j]!, 0n));
  const over = totals.findIndex((c) => c > MAX);
  if (over >= 0) return tooLarge(['salesTypes'], stages[over]!.id);

  const salesTypes: SalesTypePlan[] = counted.map(({ type, revenue, rates, counts }) => {
    const volumes = stages.map((stage, j) => ({
      ...volume(stage.id, counts[j]!, splitOverMonths(counts[j]!, frame.months), frame),
      ...(j < rates.length && { rateToNext: type.conversionRates[stage.id]! }),
    }));
    const leads = volumes[0]!.months;
    return {
      salesTypeId: type.id,
      revenue: toNumber(revenue, 2, 'half-up'),
      salesCycleMonths: type.salesCycleMonths,
      stages: volumes,
      leadArrival: frame.months.map((month, i) => ({
        month,
        arrivalMonth: addMonths(month, -type.salesCycleMonths),
        leads: leads[i]!.count,
      })),
    };
  });

  const totalStages = stages.map((stage, j) => {
    const months = frame.months.map((month, i) => ({
      ...month,
      count: salesTypes.reduce((sum, plan) => sum + plan.stages[j]!.months[i]!.count, 0),
    }));
    return volume(stage.id, totals[j]!, months, frame);
  });

  return {
    ok: true,
    data: {
      period: { months: frame.months, weeks: frame.weeks },
      salesTypes,
      total: { stages: totalStages, leadCalendar: leadCalendar(salesTypes) },
      ...checkCapacity(input, totals, frame.weeks),
    },
  };
}

/** Every calendar month from the first arrival to the last, with the leads due in it. */
function leadCalendar(plans: SalesTypePlan[]): LeadCalendarMonth[] {
  const keys = plans.flatMap((plan) => plan.leadArrival.map((a) => monthKey(a.arrivalMonth)));
  if (keys.length === 0) return [];
  const first = Math.min(...keys);
  const last = Math.max(...keys);
  return Array.from({ length: last - first + 1 }, (_, k) => {
    const month = addMonths({ year: 0, month: 1 }, first + k);
    const bySalesType = plans.map((plan) => ({
      salesTypeId: plan.salesTypeId,
      leads: plan.leadArrival
        .filter((a) => monthKey(a.arrivalMonth) === first + k)
        .reduce((sum, a) => sum + a.leads, 0),
    }));
    return { month, leads: bySalesType.reduce((sum, t) => sum + t.leads, 0), bySalesType };
  });
}
