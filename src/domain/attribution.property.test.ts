import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { creditJourney, daysBeforeClose, modelWeights, teamWeights, toOre } from './attribution';
import { EFFORTS, MODEL_IDS, journeySchema, type Journey } from './attribution-schema';
import { add, compare, floor, mul, ratio, type Ratio } from './decimal';

/**
 * Properties for any journey the schema admits: the weights of every model are non-negative and
 * sum to exactly 1; the money sums to the deal value to the øre; linear gives equal shares; time
 * decay never gives an older touch more than a newer one; the rounded percentages sum to 100; and
 * every rounded figure is the exact share rounded down or up, never further.
 */

const DAY = 86_400_000;
const START = Date.UTC(2025, 0, 1);
const isoDay = (offset: number) => new Date(START + offset * DAY).toISOString().slice(0, 10);

/** A journey: 1–12 touches over up to three years, any efforts, marks that may be missing or stale. */
const journeyArbitrary: fc.Arbitrary<Journey> = fc
  .record({
    offsets: fc.array(fc.integer({ min: 0, max: 1100 }), { minLength: 1, maxLength: 12 }),
    sorted: fc.boolean(),
    efforts: fc.array(fc.constantFrom(...EFFORTS), { minLength: 12, maxLength: 12 }),
    lead: fc.option(fc.integer({ min: 0, max: 13 })),
    deal: fc.option(fc.integer({ min: 0, max: 13 })),
    ore: fc.bigInt({ min: 0n, max: 100_000_000_000_000n }),
  })
  .map(({ offsets, sorted, efforts, lead, deal, ore }) => {
    const days = sorted ? [...offsets].sort((a, b) => a - b) : offsets;
    const touches = days.map((offset, i) => ({ id: `t${i}`, date: isoDay(offset), channel: 'other' as const, label: '', campaign: '', effort: efforts[i]! }));
    // An index past the end names a removed touch.
    return { id: 'j', name: '', dealValue: Number(ore) / 100, touches, leadCreationTouchId: lead === null ? null : `t${lead}`, dealCreationTouchId: deal === null ? null : `t${deal}` };
  });
const halfLife = fc.integer({ min: 1, max: 365 });

const sum = (weights: readonly Ratio[]) => weights.reduce((acc, w) => add(acc, w), ratio(0n));
const ONE = ratio(1n);
/** A printed figure in whole units (percent × 10^places, or øre), read back exactly. */
const units = (value: number, places: number) => BigInt(Math.round(value * 10 ** places));

describe('attribution properties', () => {
  it('the generated journeys are valid slices', () => {
    fc.assert(fc.property(journeyArbitrary, (journey) => journeySchema.safeParse(journey).success));
  });

  it('every model: weights non-negative, summing to exactly 1 (per touch and per team)', () => {
    fc.assert(
      fc.property(journeyArbitrary, halfLife, (journey, h) => {
        for (const model of MODEL_IDS) {
          const weights = modelWeights(journey, model, h);
          expect(weights).toHaveLength(journey.touches.length);
          expect(weights.every((w) => w.n >= 0n)).toBe(true);
          expect(compare(sum(weights), ONE)).toBe(0);
          expect(compare(sum(teamWeights(journey.touches, weights).map((t) => t.weight)), ONE)).toBe(0);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('money sums to the deal value to the øre; percentages sum to exactly 100; each figure is a floor or a ceiling', () => {
    fc.assert(
      fc.property(journeyArbitrary, halfLife, fc.constantFrom(0, 1, 2), (journey, h, places) => {
        const deal = toOre(journey.dealValue);
        for (const credit of creditJourney(journey, h, MODEL_IDS, places)) {
          for (const list of [credit.touches, credit.teams]) {
            expect(list.reduce((acc, s) => acc + toOre(s.money), 0n)).toBe(deal);
            expect(list.reduce((acc, s) => acc + units(s.percent, places), 0n)).toBe(100n * 10n ** BigInt(places));
            for (const share of list) {
              const exactOre = mul(share.weight, ratio(deal));
              const printedOre = toOre(share.money);
              expect(printedOre === floor(exactOre) || printedOre === floor(exactOre) + 1n).toBe(true);
              const exactPercent = mul(share.weight, ratio(100n * 10n ** BigInt(places)));
              const printedPercent = units(share.percent, places);
              expect(printedPercent === floor(exactPercent) || printedPercent === floor(exactPercent) + 1n).toBe(true);
            }
          }
        }
      }),
      { numRuns: 100 },
    );
  });

  it('linear gives every touch the same share, 1/n', () => {
    fc.assert(
      fc.property(journeyArbitrary, (journey) => {
        const n = BigInt(journey.touches.length);
        expect(modelWeights(journey, 'linear', 7).every((w) => compare(w, ratio(1n, n)) === 0)).toBe(true);
      }),
    );
  });

  it('time decay is monotone in recency: fewer days before the close, never less credit', () => {
    fc.assert(
      fc.property(journeyArbitrary, halfLife, (journey, h) => {
        const days = daysBeforeClose(journey.touches);
        const weights = modelWeights(journey, 'timeDecay', h);
        days.forEach((di, i) =>
          days.forEach((dj, j) => {
            if (di < dj) expect(compare(weights[i]!, weights[j]!)).toBe(1); // strictly more
            if (di === dj) expect(compare(weights[i]!, weights[j]!)).toBe(0);
          }),
        );
      }),
      { numRuns: 150 },
    );
  });

  it('time decay: one half-life closer doubles the credit exactly', () => {
    fc.assert(
      fc.property(halfLife, fc.integer({ min: 0, max: 400 }), (h, d) => {
        const journey: Journey = {
          id: 'j',
          name: '',
          dealValue: 1,
          touches: [isoDay(0), isoDay(h), isoDay(h + d)].map((date, i) => ({ id: `t${i}`, date, channel: 'other', label: '', campaign: '', effort: 'marketing' })),
          leadCreationTouchId: null,
          dealCreationTouchId: null,
        };
        const [older, newer] = modelWeights(journey, 'timeDecay', h);
        expect(compare(mul(older!, ratio(2n)), newer!)).toBe(0);
      }),
    );
  });

  it('a journey of one touch gives it everything, under every model', () => {
    fc.assert(
      fc.property(journeyArbitrary, halfLife, (journey, h) => {
        const one = { ...journey, touches: journey.touches.slice(0, 1) };
        for (const model of MODEL_IDS) expect(modelWeights(one, model, h)).toEqual([ONE]);
      }),
    );
  });
});
