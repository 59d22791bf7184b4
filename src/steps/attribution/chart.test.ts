import { describe, expect, it } from 'vitest';
import { creditJourney } from '../../domain/attribution';
import type { Journey } from '../../domain/attribution-schema';
import { teamChartLayout } from './chart';

const journey: Journey = {
  id: 'j',
  name: '',
  dealValue: 1000,
  touches: [
    { id: 'a', date: '2027-01-01', channel: 'blogArticle', label: '', campaign: '', effort: 'marketing' },
    { id: 'b', date: '2027-01-08', channel: 'order', label: '', campaign: '', effort: 'sales' },
  ],
  leadCreationTouchId: 'a',
  dealCreationTouchId: 'b',
};

describe('teamChartLayout', () => {
  // 56 + 4 × 226 = 960 wide; 28 + 300 + 64 = 392 high: a plot of 904 × 300, groups of 226.
  const size = { width: 960, height: 392, left: 56, bottom: 64, top: 28 };
  const credits = creditJourney(journey, 7, ['firstTouch', 'lastTouch', 'linear', 'timeDecay']);
  const layout = teamChartLayout(credits, ['marketing', 'sales'], size, 'linear');
  const bar = (model: string, effort: string) => layout.bars.find((b) => b.model === model && b.effort === effort)!;

  it('draws last touch with no marketing bar and a full sales bar', () => {
    expect(bar('lastTouch', 'marketing').height).toBe(0);
    expect(bar('lastTouch', 'sales')).toMatchObject({ percent: 100, y: 28, height: 300 });
  });

  it('scales each bar by its percent: linear 50 % is half the plot', () => {
    expect(bar('linear', 'marketing')).toMatchObject({ percent: 50, y: 178, height: 150 });
    // Time decay, 7 days at half-life 7: ½ : 1, so 33 % and 67 % (rounded to sum to 100).
    expect(bar('timeDecay', 'marketing').percent + bar('timeDecay', 'sales').percent).toBe(100);
    expect(bar('timeDecay', 'marketing').height).toBeCloseTo(99, 6);
  });

  it('places groups side by side with gaps, bars inside their group', () => {
    expect(layout.groups.map((g) => g.center)).toEqual([56 + 113, 56 + 339, 56 + 565, 56 + 791]);
    expect(layout.groups.map((g) => g.chosen)).toEqual([false, false, true, false]);
    for (const b of layout.bars) {
      const group = layout.groups.find((g) => g.model === b.model)!;
      expect(b.x).toBeGreaterThanOrEqual(group.x - 1e-9);
      expect(b.x + b.width).toBeLessThanOrEqual(group.x + group.width + 1e-9);
    }
    expect(layout.gridlines).toEqual([
      { percent: 0, y: 328 },
      { percent: 25, y: 253 },
      { percent: 50, y: 178 },
      { percent: 75, y: 103 },
      { percent: 100, y: 28 },
    ]);
  });

  it('draws nothing for a journey without touches', () => {
    const empty = teamChartLayout(creditJourney({ ...journey, touches: [] }, 7), [], size);
    expect(empty.bars).toEqual([]);
    expect(empty.groups).toHaveLength(7);
  });
});
