import { ceil, decimalOf, div, mul, ratio, toNumber } from './decimal';
import type { FunnelInput } from './funnel-schema';

/** The sellers' load on the follow-up stages, against what they say they can handle. */
export interface CapacityCheck {
  stageIds: string[];
  sellers: number;
  weeks: number;
  /** The follow-up stages' items in the period, all sales types. */
  followUps: number;
  /** followUps ÷ (sellers × weeks), rounded up to two decimals. */
  perSellerPerWeek: number;
  /** What a seller can handle per week, when given. */
  followUpsPerSellerPerWeek: number | null;
  /** Whether the plan needs more than that (compared exactly, before rounding). */
  exceeded: boolean;
  /** ⌈followUps ÷ (weeks × followUpsPerSellerPerWeek)⌉, when a capacity is given. */
  sellersNeeded: number | null;
}

/**
 * Something the room should see that does not stop the plan.
 *
 * @example
 * const warning: FunnelWarning = { code: 'capacity_exceeded', path: ['capacity', 'followUpsPerSellerPerWeek'], params: { perSellerPerWeek: 5.69, followUpsPerSellerPerWeek: 5, sellers: 6, weeks: 52, followUps: 1773, sellersNeeded: 7 } };
 */
export interface FunnelWarning {
  code: 'capacity_exceeded';
  path: (string | number)[];
  params: Record<string, string | number | boolean>;
}

/** The follow-up stages when the capacity does not name them. */
export const DEFAULT_FOLLOW_UP_STAGE_IDS: readonly string[] = ['sql', 'meeting'];

/**
 * The sellers' load on the follow-up stages (all sales types, the whole period) and, when a
 * capacity is given, whether it exceeds it (compared exactly) with a `capacity_exceeded` warning.
 * `null` when no sellers are given or no follow-up stage is in the chain. Input must be valid;
 * `totals[j]` is stage j's count over all sales types.
 *
 * @example
 * checkCapacity({ stages, team: { sellers: 6 }, capacity: { followUpsPerSellerPerWeek: 5 } }, totals, 52);
 * // { capacity: { followUps: 1773, perSellerPerWeek: 5.69, exceeded: true, sellersNeeded: 7, … },
 * //   warnings: [{ code: 'capacity_exceeded', … }] }
 */
export function checkCapacity(
  input: Pick<FunnelInput, 'stages' | 'team' | 'capacity'>,
  totals: readonly bigint[],
  weeks: number,
): { capacity: CapacityCheck | null; warnings: FunnelWarning[] } {
  const chain = input.stages.map((s) => s.id);
  const wanted = input.capacity?.stageIds ?? DEFAULT_FOLLOW_UP_STAGE_IDS;
  const stageIds = chain.filter((id) => wanted.includes(id));
  const sellers = input.team.sellers;
  if (sellers === undefined || stageIds.length === 0) return { capacity: null, warnings: [] };

  const followUps = stageIds.reduce((sum, id) => sum + totals[chain.indexOf(id)]!, 0n);
  const seats = BigInt(sellers) * BigInt(weeks);
  const limitValue = input.capacity?.followUpsPerSellerPerWeek;
  const limit = limitValue === undefined ? null : (decimalOf(limitValue) ?? ratio(0n));
  // followUps / (sellers × weeks) > limit, in whole numbers.
  const exceeded = limit !== null && followUps * limit.d > limit.n * seats;
  const sellersNeeded =
    limit === null ? null : Number(ceil(div(ratio(followUps), mul(ratio(BigInt(weeks)), limit))));
  const capacity: CapacityCheck = {
    stageIds,
    sellers,
    weeks,
    followUps: Number(followUps),
    perSellerPerWeek: toNumber(ratio(followUps, seats), 2, 'up'),
    followUpsPerSellerPerWeek: limitValue ?? null,
    exceeded,
    sellersNeeded,
  };
  const warnings: FunnelWarning[] = exceeded
    ? [
        {
          code: 'capacity_exceeded',
          path: ['capacity', 'followUpsPerSellerPerWeek'],
          params: {
            perSellerPerWeek: capacity.perSellerPerWeek,
            followUpsPerSellerPerWeek: limitValue!,
            sellers,
            weeks,
            followUps: capacity.followUps,
            sellersNeeded: capacity.sellersNeeded!,
          },
        },
      ]
    : [];
  return { capacity, warnings };
}
