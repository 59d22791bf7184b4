// The funnel chart's bars are drawn to a linear scale (issue 17: 185 won deals were drawn at a fifth
// of 7,695 leads on an unlabelled square-root scale; a reader takes a bar's width for its size).
import { describe, expect, it } from 'vitest';
import { barWidth } from '../../src/steps/sharedGoal/chart-scale';

describe('the funnel chart’s scale', () => {
  it('draws each bar in proportion to its count', () => {
    // 185 ÷ 7,695 = 0.02404 (a fortieth); 2,287 ÷ 7,695 = 0.2972; of a 400-unit bar: 9.62 and 118.88.
    expect(barWidth(7695, 7695, 400, 2)).toBe(400);
    expect(barWidth(185, 7695, 400, 2)).toBeCloseTo(9.617, 3);
    expect(barWidth(2287, 7695, 400, 2)).toBeCloseTo(118.882, 3);
  });

  it('keeps a stage too small to see as a hairline, and draws nothing for none', () => {
    expect(barWidth(3, 10_000_000, 400, 2)).toBe(2);
    expect(barWidth(0, 7695, 400, 2)).toBe(0);
  });
});
