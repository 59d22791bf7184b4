import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compare } from './decimal';
import type { CalibrationLead, ScoringModel, TemperatureBands } from './lead-schema';
import { calibrate, scoreLead } from './lead-scoring';

/**
 * For any model and any lead: meeting one more criterion worth positive points never lowers the
 * score (caps only stop a group from rising, decay scales engagement by a fixed factor ≥ 0), and
 * raising the MQL threshold never makes a lead an MQL that was not one before.
 */

const criterionArb = (id: string) => fc.record({ id: fc.constant(id), label: fc.constant(id), points: fc.integer({ min: -100, max: 100 }) });

const modelArb: fc.Arbitrary<ScoringModel> = fc
  .array(
    fc.record({
      side: fc.constantFrom('fit' as const, 'engagement' as const),
      cap: fc.option(fc.integer({ min: 0, max: 150 }), { nil: null }),
      size: fc.integer({ min: 1, max: 6 }),
    }),
    { minLength: 1, maxLength: 5 },
  )
  .chain((shapes) =>
    fc.record({
      groups: fc.tuple(
        ...shapes.map((shape, g) =>
          fc.tuple(...Array.from({ length: shape.size }, (_, c) => criterionArb(`g${g}c${c}`))).map((criteria) => ({ id: `g${g}`, side: shape.side, name: `G${g}`, cap: shape.cap, criteria })),
        ),
      ),
      decay: fc.option(fc.record({ afterDays: fc.integer({ min: 1, max: 120 }), percent: fc.integer({ min: 0, max: 100 }) }), { nil: null }),
      mqlThreshold: fc.integer({ min: -200, max: 300 }),
      thresholdWhy: fc.constant(''),
      grid: fc.constant({ fitA: 40, fitB: 20, engagement1: 30, engagement2: 10 }),
    }),
  );

const ids = (model: ScoringModel) => model.groups.flatMap((group) => group.criteria.map((c) => c.id));
const bands: TemperatureBands = { cold: { definition: '' }, warm: { definition: '', fromScore: 20 }, hot: { definition: '', fromScore: 50 } };

describe('scoring properties', () => {
  it('never lowers a score when the lead meets one more criterion with positive points', () => {
    fc.assert(
      fc.property(modelArb, fc.nat(), fc.integer({ min: 0, max: 400 }), fc.array(fc.nat()), (model, pick, days, metPicks) => {
        const all = ids(model);
        const positive = model.groups.flatMap((group) => group.criteria).filter((c) => c.points > 0);
        fc.pre(positive.length > 0);
        const added = positive[pick % positive.length]!.id;
        const met = metPicks.map((i) => all[i % all.length]!).filter((id) => id !== added);
        const before = scoreLead(model, met, days).total;
        const after = scoreLead(model, [...met, added], days).total;
        expect(compare(after, before)).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('never adds an MQL when the threshold rises', () => {
    const leadArb = (model: ScoringModel) =>
      fc.array(
        fc.record({
          id: fc.uuid(),
          name: fc.constant('x'),
          company: fc.constant(''),
          criteria: fc.subarray(ids(model)),
          daysSinceActivity: fc.integer({ min: 0, max: 400 }),
          outcome: fc.constantFrom('won' as const, 'lost' as const, 'no-decision' as const),
        }) as fc.Arbitrary<CalibrationLead>,
        { maxLength: 30 },
      );
    fc.assert(
      fc.property(
        modelArb.chain((model) => fc.tuple(fc.constant(model), leadArb(model))),
        fc.integer({ min: -200, max: 300 }),
        fc.integer({ min: 0, max: 100 }),
        ([model, leads], threshold, raise) => {
          const low = calibrate(model, bands, leads, threshold);
          const high = calibrate(model, bands, leads, threshold + raise);
          expect(high.mqls).toBeLessThanOrEqual(low.mqls);
          for (const outcome of ['won', 'lost', 'no-decision'] as const) expect(high.byOutcome[outcome].mql).toBeLessThanOrEqual(low.byOutcome[outcome].mql);
          // Every lead that is an MQL at the higher threshold was one at the lower.
          high.leads.forEach((scored, i) => {
            if (scored.mql) expect(low.leads[i]!.mql).toBe(true);
          });
        },
      ),
    );
  });
});
