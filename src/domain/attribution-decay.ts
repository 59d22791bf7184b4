/**
 * Time decay's factor 0.5^(days ÷ half-life), in exact integer arithmetic.
 *
 * 0.5^(d/h) is irrational whenever d/h is not a whole number (2 to a non-integer rational power),
 * so no rational can hold it. We do not let a floating-point `Math.pow` decide a printed figure;
 * instead the factor is *defined* as a rational with a stated, provable error:
 *
 *   d = k·h + r with 0 ≤ r < h, and 0.5^(d/h) = 2^(−k) · 2^(−r/h), where
 *   - 2^(−k) is exact, and
 *   - 2^(−r/h) is replaced by ⌊S · 2^(−r/h)⌋ / S with S = 10^48 (48 decimal digits), computed as
 *     the integer h-th root ⌊(S^h / 2^r)^(1/h)⌋ and checked exactly: y^h · 2^r ≤ S^h < (y+1)^h · 2^r.
 *
 * So every factor is below the true one by less than one part in 10^47 (2^(−r/h) ≥ ½), the same
 * days always give the same factor, and the factors are strictly decreasing in the days (the
 * step from r to r + 1 is at least ½·(1 − 2^(−1/365)) > 10^(−4), far above the 10^(−48) cut;
 * across a whole half-life, ⌊S · 2^(−(h−1)/h)⌋ ≥ S/2 because 2^(−(h−1)/h) > ½ and S/2 is whole).
 * Normalising these rationals (./attribution.ts) then gives weights that sum to exactly 1, with no
 * remainder to place; a printed percentage or øre could differ from the ideal irrational share only
 * if that share lay within 10^(−45) of a rounding boundary.
 */

/** The decimal digits kept of 2^(−r/h). */
export const DECAY_DIGITS = 48;
const SCALE = 10n ** BigInt(DECAY_DIGITS);

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

function pow(base: bigint, exponent: number): bigint {
  let result = 1n;
  let b = base;
  for (let e = exponent; e > 0; e >>= 1) {
    if (e & 1) result *= b;
    if (e > 1) b *= b;
  }
  return result;
}

/**
 * ⌊m^(1/n)⌋ for a whole m ≥ 0 and n ≥ 1: Newton's method from above, which decreases to the
 * floor; then checked exactly, so the answer never depends on the starting guess. `above` is an
 * optional guess at or above the root (a close one saves the slow first steps a large n needs);
 * a guess below the root is ignored.
 *
 * @example
 * integerRoot(1000n, 3); // 10n
 * integerRoot(999n, 3);  // 9n
 */
export function integerRoot(m: bigint, n: number, above?: bigint): bigint {
  if (m < 0n || n < 1 || !Number.isInteger(n)) throw new RangeError('integerRoot: m ≥ 0 and a whole n ≥ 1');
  if (m < 2n || n === 1) return m;
  // A start above the root: the caller's guess if it is one, else 2^⌈bits/n⌉ ≥ m^(1/n).
  let x = above !== undefined && above > 0n && pow(above, n) >= m ? above : 1n << BigInt(Math.ceil(m.toString(2).length / n));
  const k = BigInt(n);
  for (;;) {
    const next = ((k - 1n) * x + m / pow(x, n - 1)) / k;
    if (next >= x) break;
    x = next;
  }
  // By construction x is the floor; the loops below only confirm it (and would repair a slip).
  while (pow(x, n) > m) x -= 1n;
  while (pow(x + 1n, n) <= m) x += 1n;
  return x;
}

/**
 * The decay factor 0.5^(days ÷ halfLife) as an exact fraction `n / d`: 2^(−k) exactly, times
 * 2^(−r/h) cut to 48 decimals (the module's note gives the bound). `days` and `halfLife` are whole
 * numbers, days ≥ 0, halfLife ≥ 1.
 *
 * @example
 * decayFactor(0, 7);  // { n: 1n, d: 1n }           (the closing day counts fully)
 * decayFactor(14, 7); // { n: 1n, d: 4n }           (two half-lives: exactly a quarter)
 * decayFactor(7, 14); // { n: 707106781186547524400844362104849039284835937688n, d: 10n ** 48n } (√½, cut)
 */
export function decayFactor(days: number, halfLife: number): { n: bigint; d: bigint } {
  if (!Number.isInteger(days) || days < 0) throw new RangeError('decayFactor: whole days ≥ 0');
  if (!Number.isInteger(halfLife) || halfLife < 1) throw new RangeError('decayFactor: whole half-life ≥ 1');
  const k = Math.floor(days / halfLife);
  let r = days - k * halfLife;
  let h = halfLife;
  const twoToK = 1n << BigInt(k);
  if (r === 0) return { n: 1n, d: twoToK };
  // 2^(−r/h) = 2^(−(r/g)/(h/g)): the smaller root is cheaper and gives the same floor.
  const g = gcd(r, h);
  r /= g;
  h /= g;
  return { n: cutRoot(r, h), d: SCALE * twoToK };
}

/**
 * ⌊S · 2^(−r/h)⌋ for 0 < r < h in lowest terms, remembered: a long half-life (h up to 365) costs a
 * few milliseconds per root, and the editor recomputes on every keystroke. The result depends on
 * (r, h) alone, so remembering it cannot change a figure; the memory is bounded.
 */
const roots = new Map<string, bigint>();
const MAX_REMEMBERED = 5000;
function cutRoot(r: number, h: number): bigint {
  const key = `${r}/${h}`;
  const known = roots.get(key);
  if (known !== undefined) return known;
  // A guess just above S · 2^(−r/h) from the double (15 good digits, plus two units of slack).
  const guess = (BigInt(Math.floor(2 ** (-r / h) * 1e15)) + 2n) * 10n ** BigInt(DECAY_DIGITS - 15);
  const y = integerRoot(pow(SCALE, h) >> BigInt(r), h, guess);
  if (roots.size >= MAX_REMEMBERED) roots.clear();
  roots.set(key, y);
  return y;
}
