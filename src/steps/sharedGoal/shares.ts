import { decimalOf, div, mul, ratio, sub, toNumber, add, compare, type Ratio } from '../../domain/decimal';
import type { RevenueShare } from '../../domain/funnel-schema';

/**
 * A sales type's share switched between an amount and a percent of the target, exactly where the
 * numbers allow (6.600.000 of 12.000.000 is 55 %; 55 % is 6.600.000): percents to six decimals,
 * amounts to øre. Without a usable target the number is kept as it is, for the room to correct.
 *
 * @example
 * convertShare({ kind: 'amount', amount: 4_350_000 }, 12_000_000, 'percent'); // { kind: 'percent', percent: 36.25 }
 */
export function convertShare(share: RevenueShare, targetAmount: number, kind: RevenueShare['kind']): RevenueShare {
  if (share.kind === kind) return share;
  const value = share.kind === 'amount' ? share.amount : share.percent;
  const target = decimalOf(targetAmount);
  const exact = decimalOf(value);
  if (!target || target.n <= 0n || !exact) return kind === 'amount' ? { kind, amount: value } : { kind, percent: value };
  return kind === 'percent'
    ? { kind, percent: toNumber(div(mul(exact, ratio(100n)), target), 6, 'half-up') }
    : { kind, amount: toNumber(div(mul(exact, target), ratio(100n)), 2, 'half-up') };
}

/** The share's revenue in money, exactly, or null when it or the target is not a usable number. */
function revenueOf(share: RevenueShare, target: Ratio | null): Ratio | null {
  if (share.kind === 'amount') return decimalOf(share.amount);
  const percent = decimalOf(share.percent);
  return percent && target ? div(mul(percent, target), ratio(100n)) : null;
}

/**
 * The share a new sales type starts with: what the others leave of the target, in the kind the
 * first type uses (an amount, or a percent); nothing left gives 0, which the room then sets.
 *
 * @example
 * remainingShare([{ kind: 'percent', percent: 60 }], 10_000_000); // { kind: 'percent', percent: 40 }
 */
export function remainingShare(shares: readonly RevenueShare[], targetAmount: number): RevenueShare {
  const kind = shares[0]?.kind ?? 'percent';
  const target = decimalOf(targetAmount);
  const revenues = shares.map((share) => revenueOf(share, target));
  if (!target || revenues.some((r) => r === null)) return kind === 'amount' ? { kind, amount: 0 } : { kind, percent: 0 };
  const left = sub(target, (revenues as Ratio[]).reduce(add, ratio(0n)));
  const rest = compare(left, ratio(0n)) > 0 ? left : ratio(0n);
  return convertShare({ kind: 'amount', amount: toNumber(rest, 2, 'half-up') }, targetAmount, kind);
}
