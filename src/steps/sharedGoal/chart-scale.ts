/**
 * The funnel chart's scale: linear, so that a bar's width is its count's share of the largest
 * (185 won deals beside 7.695 leads are drawn at a fortieth, as a reader takes them), with a
 * hairline (`min`) for a stage too small to see, and nothing for none.
 *
 * @example
 * barWidth(185, 7695, 400, 2); // 9.62 (185 ÷ 7,695 × 400)
 */
export function barWidth(count: number, largest: number, full: number, min: number): number {
  if (count <= 0 || largest <= 0) return 0;
  return Math.max(min, full * (count / largest));
}
