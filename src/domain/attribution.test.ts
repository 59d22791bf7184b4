import { describe, expect, it } from 'vitest';
import {
  attributionMeasuresOf,
  creditJourney,
  daysBeforeClose,
  decayFactor,
  integerRoot,
  keyTouches,
  largestRemainder,
  measuresContribution,
  modelWeights,
  moneyShares,
  percentages,
  teamWeights,
  toOre,
  validateAgreement,
  validateJourney,
} from './attribution';
import { attributionSchema, emptyAgreement, type AttributionModelId, type Effort, type Journey, type Touch } from './attribution-schema';
import { ratio, type Ratio } from './decimal';

// --- Helpers --------------------------------------------------------------------------------------

const touch = (id: string, date: string, effort: Effort, channel: Touch['channel'] = 'other'): Touch => ({ id, date, channel, label: '', campaign: '', effort });

/**
 * The worked journey: a customer's referral (partner), the e-mail sequence that created the lead
 * (marketing), a blog article (marketing), the sales meeting that created the deal (sales), and the
 * order (sales, closed-won), one week apart; 100.000 kr.
 */
const story: Journey = {
  id: 'j',
  name: 'Story',
  dealValue: 100_000,
  touches: [
    touch('t1', '2027-01-01', 'partner', 'referral'),
    touch('t2', '2027-01-08', 'marketing', 'emailSequence'),
    touch('t3', '2027-01-15', 'marketing', 'blogArticle'),
    touch('t4', '2027-01-22', 'sales', 'salesMeeting'),
    touch('t5', '2027-01-29', 'sales', 'order'),
  ],
  leadCreationTouchId: 't2',
  dealCreationTouchId: 't4',
};

const r = (n: number, d = 1) => ratio(BigInt(n), BigInt(d));
const weights = (journey: Journey, model: AttributionModelId, halfLife = 7) => modelWeights(journey, model, halfLife);
const credit = (journey: Journey, model: AttributionModelId, places = 0, halfLife = 7) =>
  creditJourney(journey, halfLife, [model], places)[0]!;
/** Team figures in EFFORTS order: marketing, sales, partner, other. */
const teamPercents = (journey: Journey, model: AttributionModelId, places = 0) => credit(journey, model, places).teams.map((t) => t.percent);

// --- The seven models on the worked journey -----------------------------------------------------

describe('the seven models on a five-touch journey (computed by hand)', () => {
  it('first touch and last touch give everything to one touch', () => {
    expect(weights(story, 'firstTouch')).toEqual([r(1), r(0), r(0), r(0), r(0)]);
    expect(weights(story, 'lastTouch')).toEqual([r(0), r(0), r(0), r(0), r(1)]);
    // Last touch: sales 100 %, marketing 0 %: the chart that starves marketing.
    expect(teamPercents(story, 'lastTouch')).toEqual([0, 100, 0, 0]);
    expect(teamPercents(story, 'firstTouch')).toEqual([0, 0, 100, 0]);
  });

  it('linear gives 1/5 each: 20 % and 20.000 kr.', () => {
    expect(weights(story, 'linear')).toEqual(Array(5).fill(r(1, 5)));
    expect(credit(story, 'linear').touches.map((t) => t.money)).toEqual([20_000, 20_000, 20_000, 20_000, 20_000]);
    // Marketing t2 + t3 = 40; sales t4 + t5 = 40; partner t1 = 20.
    expect(teamPercents(story, 'linear')).toEqual([40, 40, 20, 0]);
  });

  it('U-shaped: 40 % first, 40 % lead creation, 20 % ÷ 3 over the rest', () => {
    // t3, t4, t5 are the rest: 20 % / 3 = 1/15 each.
    expect(weights(story, 'uShaped')).toEqual([r(2, 5), r(2, 5), r(1, 15), r(1, 15), r(1, 15)]);
    const c = credit(story, 'uShaped');
    // 6,67 % each: floors 40 + 40 + 6 + 6 + 6 = 98; two spare units to the equal remainders ⅔,
    // earliest first: t3 and t4.
    expect(c.touches.map((t) => t.percent)).toEqual([40, 40, 7, 7, 6]);
    // 10.000.000 øre / 15 = 666.666,67 øre: floors 666.666 × 3 + 8.000.000 = 9.999.998; t3 and t4 get an øre.
    expect(c.touches.map((t) => t.money)).toEqual([40_000, 40_000, 6_666.67, 6_666.67, 6_666.66]);
    // Marketing 40 + 6,67 = 46,67; sales 13,33; partner 40: floors 46 + 13 + 40 = 99, marketing's ⅔ wins.
    expect(teamPercents(story, 'uShaped')).toEqual([47, 13, 40, 0]);
    expect(teamPercents(story, 'uShaped', 1)).toEqual([46.7, 13.3, 40, 0]);
  });

  it('W-shaped: 30 % each to first, lead and deal creation, 10 % ÷ 2 over the rest', () => {
    expect(weights(story, 'wShaped')).toEqual([r(3, 10), r(3, 10), r(1, 20), r(3, 10), r(1, 20)]);
    // Marketing 30 + 5 = 35, sales 30 + 5 = 35, partner 30.
    expect(teamPercents(story, 'wShaped')).toEqual([35, 35, 30, 0]);
    expect(credit(story, 'wShaped').touches.map((t) => t.money)).toEqual([30_000, 30_000, 5_000, 30_000, 5_000]);
  });

  it('full path: 22,5 % each to the four key touches, 10 % to the one left', () => {
    expect(weights(story, 'fullPath')).toEqual([r(9, 40), r(9, 40), r(1, 10), r(9, 40), r(9, 40)]);
    // 22,5 each: floors 22 × 4 + 10 = 98; the four halves tie, so the first two touches get them.
    expect(credit(story, 'fullPath').touches.map((t) => t.percent)).toEqual([23, 23, 10, 22, 22]);
    expect(credit(story, 'fullPath', 1).touches.map((t) => t.percent)).toEqual([22.5, 22.5, 10, 22.5, 22.5]);
    // Marketing 22,5 + 10 = 32,5; sales 45; partner 22,5: marketing and partner tie on ½, marketing
    // is listed first.
    expect(teamPercents(story, 'fullPath')).toEqual([33, 45, 22, 0]);
  });

  it('time decay, half-life 7: 28, 21, 14, 7 and 0 days give 1/16, 1/8, 1/4, 1/2, 1 → ÷ 31/16', () => {
    expect(daysBeforeClose(story.touches)).toEqual([28, 21, 14, 7, 0]);
    expect(weights(story, 'timeDecay')).toEqual([r(1, 31), r(2, 31), r(4, 31), r(8, 31), r(16, 31)]);
    // 3,23 6,45 12,90 25,81 51,61: floors 97, three spare units to ,90 ,81 ,61.
    expect(credit(story, 'timeDecay').touches.map((t) => t.percent)).toEqual([3, 6, 13, 26, 52]);
    // Marketing 6/31 = 19,35; sales 24/31 = 77,42; partner 1/31 = 3,23: floors 99, sales' ,42 wins.
    expect(teamPercents(story, 'timeDecay')).toEqual([19, 78, 3, 0]);
  });

  it('time decay follows the half-life: 14 days makes the same journey 1 : √2 : 2 : 2√2 : 4', () => {
    const slow = modelWeights(story, 'timeDecay', 14);
    const fast = modelWeights(story, 'timeDecay', 7);
    // Sum 7 + 3√2 ≈ 11,2426: 8,895 %, 12,579 %, 17,789 %, 25,158 %, 35,579 %; floors 97, the three
    // spare units to ,895, ,789 and ,5790 (t2's 12,5790 beats t5's 35,5788).
    expect(credit(story, 'timeDecay', 0, 14).touches.map((t) => t.percent)).toEqual([9, 13, 18, 25, 35]);
    // The first touch gains when the half-life grows: 8,9 % > 1/31 ≈ 3,2 %.
    expect(slow[0]!.n * fast[0]!.d > fast[0]!.n * slow[0]!.d).toBe(true);
  });
});

// --- Edge cases -------------------------------------------------------------------------------------

describe('edge cases', () => {
  const models: AttributionModelId[] = ['firstTouch', 'lastTouch', 'linear', 'uShaped', 'wShaped', 'fullPath', 'timeDecay'];
  const single: Journey = { ...story, touches: [touch('only', '2027-02-01', 'sales')], leadCreationTouchId: 'only', dealCreationTouchId: 'only' };

  it('one touch gets everything under every model', () => {
    for (const model of models) expect(weights(single, model), model).toEqual([r(1)]);
    expect(credit(single, 'uShaped').touches[0]!.money).toBe(100_000);
  });

  it('two touches, the lead created on the first and the deal on the second', () => {
    const two: Journey = { ...story, touches: [touch('a', '2027-01-01', 'marketing'), touch('b', '2027-01-15', 'sales')], leadCreationTouchId: 'a', dealCreationTouchId: 'b' };
    expect(weights(two, 'linear')).toEqual([r(1, 2), r(1, 2)]);
    // U: the first touch is first touch and lead creation: 40 + 40; b is the rest: 20.
    expect(weights(two, 'uShaped')).toEqual([r(4, 5), r(1, 5)]);
    // W: a = 30 + 30, b = 30 (deal); nothing left for the 10 %: back in proportion 60 : 30.
    expect(weights(two, 'wShaped')).toEqual([r(2, 3), r(1, 3)]);
    // Full path: a = 45 (first, lead), b = 45 (deal, closed-won); 10 % back in proportion: ½ each.
    expect(weights(two, 'fullPath')).toEqual([r(1, 2), r(1, 2)]);
    // Time decay, 14 days at half-life 7: ¼ and 1, so 1/5 and 4/5.
    expect(weights(two, 'timeDecay')).toEqual([r(1, 5), r(4, 5)]);
  });

  it('key touches that coincide add their shares (the first touch also creates the lead)', () => {
    const j: Journey = { ...story, leadCreationTouchId: 't1' };
    // U: t1 = 40 + 40 = 80; the other four share 20: 5 each.
    expect(weights(j, 'uShaped')).toEqual([r(4, 5), r(1, 20), r(1, 20), r(1, 20), r(1, 20)]);
    // Full path with the deal created at the order: t1 = 45, t5 = 45, t2–t4 share 10.
    expect(weights({ ...j, dealCreationTouchId: 't5' }, 'fullPath')).toEqual([r(9, 20), r(1, 30), r(1, 30), r(1, 30), r(9, 20)]);
  });

  it('nothing left to spread the rest over: back to the key touches in proportion', () => {
    // Two touches, the lead created on the second: U = 40 : 40, so ½ each.
    const j: Journey = { ...story, touches: [touch('a', '2027-01-01', 'marketing'), touch('b', '2027-01-02', 'sales')], leadCreationTouchId: 'b', dealCreationTouchId: 'b' };
    expect(weights(j, 'uShaped')).toEqual([r(1, 2), r(1, 2)]);
    // W: a = 30, b = 60: ⅓ and ⅔.
    expect(weights(j, 'wShaped')).toEqual([r(1, 3), r(2, 3)]);
    // Three touches, W: 30 : 30 : 30 → ⅓ each.
    const three: Journey = { ...story, touches: story.touches.slice(0, 3), leadCreationTouchId: 't2', dealCreationTouchId: 't3' };
    expect(weights(three, 'wShaped')).toEqual([r(1, 3), r(1, 3), r(1, 3)]);
    expect(credit(three, 'wShaped').touches.map((t) => t.percent)).toEqual([34, 33, 33]);
  });

  it('unmarked lead and deal creation fall on the first and the closed-won touch', () => {
    const j: Journey = { ...story, leadCreationTouchId: null, dealCreationTouchId: 'removed' };
    expect(keyTouches(j)).toEqual({ first: 0, leadCreation: 0, dealCreation: 4, closedWon: 4 });
    // W: t1 = 60, t5 = 30, t2–t4 share 10.
    expect(weights(j, 'wShaped')).toEqual([r(3, 5), r(1, 30), r(1, 30), r(1, 30), r(3, 10)]);
    expect(validateJourney(j).map((i) => i.code)).toEqual(['lead_creation_unmarked', 'deal_creation_unmarked']);
  });

  it('a journey without touches has no credit', () => {
    const empty: Journey = { ...story, touches: [] };
    for (const model of models) expect(weights(empty, model)).toEqual([]);
    expect(creditJourney(empty, 7)[0]).toEqual({ model: 'firstTouch', touches: [], teams: [] });
  });

  it('a touch dated after the close counts as the closing day', () => {
    expect(daysBeforeClose([{ date: '2027-03-01' }, { date: '2027-02-01' }])).toEqual([0, 0]);
    // Across a month and a leap day: 2028-02-01 → 2028-03-01 is 29 days.
    expect(daysBeforeClose([{ date: '2028-02-01' }, { date: '2028-03-01' }])).toEqual([29, 0]);
  });
});

// --- The decay factor and the rounding -------------------------------------------------------------

describe('decayFactor', () => {
  const S = 10n ** 48n;
  it('is exact on whole half-lives', () => {
    expect(decayFactor(0, 7)).toEqual({ n: 1n, d: 1n });
    expect(decayFactor(21, 7)).toEqual({ n: 1n, d: 8n });
  });
  it('is √½ cut at 48 decimals at half a half-life: y² ≤ S²/2 < (y + 1)²', () => {
    const { n: y, d } = decayFactor(7, 14);
    expect(d).toBe(S);
    expect(y).toBe(707106781186547524400844362104849039284835937688n);
    expect(2n * y * y <= S * S && S * S < 2n * (y + 1n) * (y + 1n)).toBe(true);
  });
  it('reduces r/h and keeps 2^(−k): 10 days at half-life 4 is ¼ · 2^(−½)', () => {
    expect(decayFactor(10, 4)).toEqual({ n: 707106781186547524400844362104849039284835937688n, d: 4n * S });
  });
  it('integerRoot is the floor, whatever the guess', () => {
    expect(integerRoot(1000n, 3)).toBe(10n);
    expect(integerRoot(999n, 3)).toBe(9n);
    expect(integerRoot(999n, 3, 2n)).toBe(9n); // a guess below the root is ignored
    expect(integerRoot(10n ** 40n, 4, 10n ** 12n)).toBe(10n ** 10n);
  });
});

describe('rounding', () => {
  it('percentages and money add up exactly', () => {
    const thirds: Ratio[] = [r(1, 3), r(1, 3), r(1, 3)];
    expect(percentages(thirds)).toEqual([34, 33, 33]);
    expect(percentages(thirds, 1)).toEqual([33.4, 33.3, 33.3]);
    expect(moneyShares(thirds, 100)).toEqual([33.34, 33.33, 33.33]);
    // 0,01 kr. over three: one øre to the first.
    expect(moneyShares(thirds, 0.01)).toEqual([0.01, 0, 0]);
    expect(largestRemainder([r(1, 6), r(1, 2), r(1, 3)], 10n)).toEqual([2n, 5n, 3n]);
  });
  it('refuses weights that do not sum to 1 and money with more than øre', () => {
    expect(() => largestRemainder([r(1, 2)], 100n)).toThrow(RangeError);
    expect(() => toOre(0.001)).toThrow(RangeError);
    expect(toOre(1234567.89)).toBe(123456789n);
  });
});

// --- Teams, findings, the cadence's measure --------------------------------------------------------

describe('teams, findings and the measure', () => {
  it('sums exact team shares', () => {
    const teams = teamWeights(story.touches, weights(story, 'uShaped'));
    // Marketing: 2/5 + 1/15 = 7/15; sales 2/15; partner 2/5; other 0.
    expect(teams.map((t) => t.weight)).toEqual([r(7, 15), r(2, 15), r(2, 5), r(0)]);
  });

  it('finds dates out of order, a deal before its lead and a zero deal value', () => {
    const j: Journey = { ...story, dealValue: 0, leadCreationTouchId: 't4', dealCreationTouchId: 't2', touches: story.touches.map((t) => (t.id === 't3' ? { ...t, date: '2026-12-01' } : t)) };
    expect(validateJourney(j)).toEqual([
      { code: 'deal_value_zero', journeyId: 'j' },
      { code: 'deal_before_lead', journeyId: 'j' },
      { code: 'date_out_of_order', journeyId: 'j', touchId: 't3' },
    ]);
    expect(validateJourney(story)).toEqual([]);
  });

  it('finds an agreement that measures activity only, or lacks a model, a reason or an owner', () => {
    const agreement = { ...emptyAgreement(), metrics: ['reachAndClicks' as const], ownerId: 'p-gone' };
    expect(validateAgreement(null, agreement, ['p-sofie']).map((i) => i.code)).toEqual(['model_not_chosen', 'why_missing', 'activity_only', 'owner_unknown']);
    const good = { ...agreement, why: 'Because', metrics: ['attributedRevenue' as const, 'reachAndClicks' as const], ownerId: 'p-sofie' };
    expect(validateAgreement('wShaped', good, ['p-sofie'])).toEqual([]);
    expect(measuresContribution(['leadVolume', 'campaignsShipped'])).toBe(false);
    expect(validateAgreement('linear', { ...good, metrics: [], ownerId: '' }, []).map((i) => i.code)).toEqual(['no_metrics', 'owner_missing']);
  });

  it('gives the cadence the agreed report as a measure, and nothing for a damaged slice', () => {
    const slice = { journeys: [story], halfLifeDays: 7, model: 'wShaped', agreement: { ...emptyAgreement(), metrics: ['attributedPipeline'], report: { measureId: 'm-attr', how: '', frequency: 'quarterly' }, ownerId: 'p-sofie' } };
    expect(attributionSchema.safeParse(slice).success).toBe(true);
    expect(attributionMeasuresOf({ steps: { attribution: slice } })).toEqual([
      { id: 'm-attr', model: 'wShaped', metrics: ['attributedPipeline'], frequency: 'quarterly', ownerId: 'p-sofie' },
    ]);
    expect(attributionMeasuresOf({ steps: { attribution: { ...slice, halfLifeDays: 0 } } })).toEqual([]);
    expect(attributionMeasuresOf({ steps: {} })).toEqual([]);
  });

  it('the schema refuses a deal value with fractions of an øre', () => {
    expect(attributionSchema.shape.journeys.element.shape.dealValue.safeParse(10.005).success).toBe(false);
    expect(attributionSchema.shape.journeys.element.shape.dealValue.safeParse(10.05).success).toBe(true);
  });
});
