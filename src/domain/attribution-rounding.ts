import { decimalOf, floor, mul, ratio, sub, compare, add, type Ratio } from './decimal';

/**
 * Rounding exact shares to printed figures that add up: percentages that sum to exactly 100 and
 * money that sums to the deal value to the øre, by the largest-remainder method (Hamilton's).
 *
 * The rule: give every share the whole units below it (⌊share × total⌋), then hand the units left
 * over, one each, to the shares with the largest fractional remainders; equal remainders go to the
 * earlier share in the list (the earlier touch, or the team listed first). Because the exact shares
 * sum to exactly 1, the units left over are a whole number smaller than the number of shares, so
 * every share is rounded down or up, never further, and the figures add up to the total exactly.
 */

/**
 * Splits `total` whole units over `weights` (exact, non-negative, summing to exactly 1) by the
 * largest remainder. An empty list of weights gets an empty list.
 *
 * @example
 * // Three equal thirds of 100: 33⅓ each, remainders equal, so the first gets the spare unit.
 * largestRemainder([ratio(1n, 3n), ratio(1n, 3n), ratio(1n, 3n)], 100n); // [34n, 33n, 33n]
 */
export function largestRemainder(weights: readonly Ratio[], total: bigint): bigint[] {
  if (weights.length === 0) return [];
  const sum = weights.reduce((acc, w) => add(acc, w), ratio(0n));
  if (compare(sum, ratio(1n)) !== 0) throw new RangeError('largestRemainder: the weights must sum to exactly 1');
  if (weights.some((w) => w.n < 0n)) throw new RangeError('largestRemainder: negative weight');
  const exact = weights.map((w) => mul(w, ratio(total)));
  const units = exact.map(floor);
  const remainders = exact.map((q, i) => sub(q, ratio(units[i]!)));
  let spare = total - units.reduce((acc, u) => acc + u, 0n);
  // Largest remainder first; equal remainders keep the list's order (a stable sort).
  const order = remainders.map((_, i) => i).sort((a, b) => compare(remainders[b]!, remainders[a]!) || a - b);
  for (const i of order) {
    if (spare <= 0n) break;
    units[i]! += 1n;
    spare -= 1n;
  }
  return units;
}

/**
 * A number of units of 10^−places as a JavaScript number: one correctly rounded division of two
 * integers, so 1234567 units of 0.01 is exactly the double `12345.67` prints as.
 */
function unitsToNumber(units: bigint, places: number): number {
  return Number(units) / 10 ** places;
}

/**
 * Percentages with `places` decimals that sum to exactly 100.
 *
 * @example
 * percentages([ratio(1n, 3n), ratio(2n, 3n)]);    // [33, 67]
 * percentages([ratio(1n, 3n), ratio(2n, 3n)], 1); // [33.3, 66.7]
 */
export function percentages(weights: readonly Ratio[], places = 0): number[] {
  return largestRemainder(weights, 100n * 10n ** BigInt(places)).map((units) => unitsToNumber(units, places));
}

/**
 * A money amount in currency units (at most two decimals, never negative) as whole øre (cents).
 *
 * @example
 * toOre(485000.5); // 48500050n
 */
export function toOre(amount: number): bigint {
  const exact = decimalOf(amount);
  if (!exact || exact.n < 0n) throw new RangeError('toOre: a finite amount ≥ 0');
  const ore = mul(exact, ratio(100n));
  if (ore.d !== 1n) throw new RangeError('toOre: at most two decimals');
  return ore.n;
}

/**
 * The deal value split over the weights, in currency units to the øre, summing to exactly the
 * deal value.
 *
 * @example
 * // 100,00 kr. in thirds: 3334, 3333 and 3333 øre.
 * moneyShares([ratio(1n, 3n), ratio(1n, 3n), ratio(1n, 3n)], 100); // [33.34, 33.33, 33.33]
 */
export function moneyShares(weights: readonly Ratio[], amount: number): number[] {
  return largestRemainder(weights, toOre(amount)).map((ore) => unitsToNumber(ore, 2));
}
