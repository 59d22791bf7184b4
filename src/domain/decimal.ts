/**
 * Exact rational arithmetic on BigInt, for the sales-chain math (src/domain/funnel.ts).
 *
 * Why not floating point: `21 / 0.7` is `30.000000000000004` in a double, so rounding it up would
 * ask for 31 proposals where 30 are needed. Why not a library: the funnel needs only a handful of
 * operations (multiply, divide, add, compare, round up), all of which are a few lines on a
 * numerator/denominator pair of BigInts, with no precision setting to get wrong.
 *
 * A number typed by a person (`0.7`, `12.5`, `6600000`) is read as the decimal its shortest
 * round-trip spelling shows (`String(0.7)` is `"0.7"`), so `0.7` is exactly 7/10 here, not the
 * nearest double to it.
 */

/** An exact rational number `n / d`, with `d > 0`, kept in lowest terms. */
export interface Ratio {
  readonly n: bigint;
  readonly d: bigint;
}

const abs = (x: bigint) => (x < 0n ? -x : x);

function gcd(a: bigint, b: bigint): bigint {
  let x = abs(a);
  let y = abs(b);
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/**
 * The rational `n / d` in lowest terms (the sign on the numerator).
 *
 * @example
 * ratio(6n, 4n); // { n: 3n, d: 2n }
 */
export function ratio(n: bigint, d: bigint = 1n): Ratio {
  if (d === 0n) throw new RangeError('ratio: zero denominator');
  const sign = d < 0n ? -1n : 1n;
  const g = gcd(n, d) || 1n;
  return { n: (sign * n) / g, d: (sign * d) / g };
}

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/;

/**
 * The exact decimal a finite number shows when printed, or `null` for NaN and ±Infinity.
 *
 * @example
 * decimalOf(0.7); // { n: 7n, d: 10n }
 * decimalOf(NaN); // null
 */
export function decimalOf(value: number): Ratio | null {
  if (!Number.isFinite(value)) return null;
  const match = DECIMAL.exec(String(value));
  if (!match) return null; // unreachable for finite numbers; kept as a guard
  const [, sign = '', whole = '0', fraction = '', exponentText = '0'] = match;
  const exponent = Number(exponentText) - fraction.length;
  const digits = BigInt(`${sign}${whole}${fraction}`);
  return exponent >= 0 ? ratio(digits * 10n ** BigInt(exponent)) : ratio(digits, 10n ** BigInt(-exponent));
}

/**
 * How many decimal places a finite number has when printed (0 for whole numbers), or `null` for
 * NaN and ±Infinity.
 *
 * @example
 * decimalPlaces(1234.5); // 1
 * decimalPlaces(1e-7);   // 7
 */
export function decimalPlaces(value: number): number | null {
  const r = decimalOf(value);
  if (!r) return null;
  let places = 0;
  let d = r.d;
  // In lowest terms a decimal's denominator is 2^a·5^b; its places are max(a, b).
  while (d % 10n === 0n) [d, places] = [d / 10n, places + 1];
  while (d % 2n === 0n || d % 5n === 0n) [d, places] = [d % 2n === 0n ? d / 2n : d / 5n, places + 1];
  return places;
}

/**
 * a + b, exactly.
 *
 * @example
 * add(ratio(1n, 3n), ratio(1n, 6n)); // { n: 1n, d: 2n }
 */
export function add(a: Ratio, b: Ratio): Ratio {
  return ratio(a.n * b.d + b.n * a.d, a.d * b.d);
}

/**
 * a − b, exactly.
 *
 * @example
 * sub(ratio(1n), ratio(1n, 4n)); // { n: 3n, d: 4n }
 */
export function sub(a: Ratio, b: Ratio): Ratio {
  return ratio(a.n * b.d - b.n * a.d, a.d * b.d);
}

/**
 * a × b, exactly.
 *
 * @example
 * mul(ratio(2n, 3n), ratio(3n, 4n)); // { n: 1n, d: 2n }
 */
export function mul(a: Ratio, b: Ratio): Ratio {
  return ratio(a.n * b.n, a.d * b.d);
}

/**
 * a ÷ b, exactly; throws on division by zero (callers validate first).
 *
 * @example
 * div(ratio(21n), ratio(7n, 10n)); // { n: 30n, d: 1n }, where 21 / 0.7 in doubles is 30.000000000000004
 */
export function div(a: Ratio, b: Ratio): Ratio {
  return ratio(a.n * b.d, a.d * b.n);
}

/**
 * −1, 0 or 1 as a is less than, equal to or greater than b.
 *
 * @example
 * compare(ratio(1n, 3n), ratio(1n, 2n)); // -1
 */
export function compare(a: Ratio, b: Ratio): -1 | 0 | 1 {
  const left = a.n * b.d;
  const right = b.n * a.d;
  return left < right ? -1 : left > right ? 1 : 0;
}

/**
 * The smallest whole number ≥ r.
 *
 * @example
 * ceil(ratio(55n * 10n, 3n)); // 184n (183.33… rounded up)
 * ceil(ratio(-7n, 2n));       // -3n
 */
export function ceil(r: Ratio): bigint {
  const q = r.n / r.d; // truncates toward zero
  return r.n % r.d !== 0n && r.n > 0n ? q + 1n : q;
}

/**
 * The largest whole number ≤ r.
 *
 * @example
 * floor(ratio(7n, 2n));  // 3n
 * floor(ratio(-7n, 2n)); // -4n
 */
export function floor(r: Ratio): bigint {
  const q = r.n / r.d;
  return r.n % r.d !== 0n && r.n < 0n ? q - 1n : q;
}

/**
 * ⌈a ÷ b⌉ for whole numbers, b ≠ 0.
 *
 * @example
 * ceilDiv(7n, 2n); // 4n
 */
export function ceilDiv(a: bigint, b: bigint): bigint {
  return ceil(ratio(a, b));
}

/**
 * r as a JavaScript number, rounded to `places` decimals: `'up'` toward +∞ (a load just above a
 * limit never prints as equal to it), `'away'` away from zero (a difference that is not zero never
 * prints as 0), `'half-up'` to the nearest, halves away from zero.
 *
 * @example
 * toNumber(ratio(1773n, 312n), 2, 'up');    // 5.69  (5.6826…)
 * toNumber(ratio(-1n, 1000n), 2, 'away');   // -0.01
 * toNumber(ratio(1n, 8n), 2, 'half-up');    // 0.13
 */
export function toNumber(r: Ratio, places: number, mode: 'up' | 'away' | 'half-up'): number {
  const scale = 10n ** BigInt(places);
  const scaled = mul(r, ratio(scale));
  const half = ratio(1n, 2n);
  const negative = scaled.n < 0n;
  let whole: bigint;
  if (mode === 'up') whole = ceil(scaled);
  else if (mode === 'away') whole = negative ? floor(scaled) : ceil(scaled);
  else whole = negative ? ceil(sub(scaled, half)) : floor(add(scaled, half));
  // Parse the decimal's digits: the nearest double, with no overflow from the scaling.
  const digits = (whole < 0n ? -whole : whole).toString().padStart(places + 1, '0');
  const point = digits.length - places;
  return Number(`${whole < 0n ? '-' : ''}${digits.slice(0, point)}.${digits.slice(point)}0`);
}
