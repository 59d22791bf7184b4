import type { FunnelPeriod, YearMonth } from './funnel-schema';

/** The calendar of a goal's period: its months and weeks, month arithmetic, monthly splits. */

/** A count in one month. */
export interface MonthCount extends YearMonth {
  count: number;
}

/**
 * The months of a (valid) period, in order: 12 for a year, 3 for a quarter.
 *
 * @example
 * periodMonths({ kind: 'quarter', year: 2027, quarter: 2 });
 * // [{ year: 2027, month: 4 }, { year: 2027, month: 5 }, { year: 2027, month: 6 }]
 */
export function periodMonths(period: FunnelPeriod): YearMonth[] {
  const first = period.kind === 'year' ? 1 : 3 * (period.quarter ?? 1) - 2;
  const count = period.kind === 'year' ? 12 : 3;
  return Array.from({ length: count }, (_, i) => ({ year: period.year, month: first + i }));
}

/**
 * The weeks a period counts for per-week figures: 52 for a year, 13 for a quarter.
 *
 * @example
 * periodWeeks({ kind: 'year', year: 2027 }); // 52
 */
export function periodWeeks(period: FunnelPeriod): number {
  return period.kind === 'year' ? 52 : 13;
}

/**
 * The month `delta` months after `from` (before it, when negative), across year boundaries.
 *
 * @example
 * addMonths({ year: 2027, month: 1 }, -4); // { year: 2026, month: 9 }
 */
export function addMonths(from: YearMonth, delta: number): YearMonth {
  const index = from.year * 12 + (from.month - 1) + delta;
  const year = Math.floor(index / 12);
  return { year, month: index - year * 12 + 1 };
}

/**
 * A whole count split over months: evenly, with the remainder one each to the first months, so
 * the months add up to exactly `count` and differ by at most one.
 *
 * @example
 * splitOverMonths(14n, periodMonths({ kind: 'quarter', year: 2027, quarter: 1 }));
 * // [{ year: 2027, month: 1, count: 5 }, { …month: 2, count: 5 }, { …month: 3, count: 4 }]
 */
export function splitOverMonths(count: bigint, months: readonly YearMonth[]): MonthCount[] {
  const m = BigInt(months.length);
  const base = count / m;
  const remainder = count % m;
  return months.map((month, i) => ({ ...month, count: Number(BigInt(i) < remainder ? base + 1n : base) }));
}

/**
 * A month as one number (months since January of year 0), for ordering and differences.
 *
 * @example
 * monthKey({ year: 2027, month: 1 }) - monthKey({ year: 2026, month: 9 }); // 4
 */
export function monthKey(month: YearMonth): number {
  return month.year * 12 + month.month - 1;
}
