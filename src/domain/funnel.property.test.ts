import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeFunnel, type FunnelPlan, type StageVolume } from './funnel';
import type { FunnelInput, SalesType } from './funnel-schema';

/**
 * For any valid goal, the worked-back plan holds together: whole counts, a chain that never grows
 * towards the won deal, enough won deals for the revenue (and not one more than needed), months
 * that add up to the period, and totals that add up to the sales types. The generators work in
 * whole øre and basis points so the checks below can use exact BigInt arithmetic of their own,
 * independent of src/domain/decimal.ts.
 */

interface Case {
  input: FunnelInput;
  /** Per sales type: the share in øre × 10.000 (so percents of the target stay whole), the deal in øre. */
  exact: { share: bigint; deal: bigint; ratesBp: bigint[] }[];
}

const ore = (cents: number) => cents / 100; // the double nearest the decimal; it prints as that decimal

const caseArb: fc.Arbitrary<Case> = fc
  .record({
    stageCount: fc.integer({ min: 1, max: 7 }),
    typeCount: fc.integer({ min: 1, max: 4 }),
    percentShares: fc.boolean(),
    period: fc.oneof(
      fc.record({ kind: fc.constant('year' as const), year: fc.integer({ min: 2000, max: 2100 }) }),
      fc.record({
        kind: fc.constant('quarter' as const),
        year: fc.integer({ min: 2000, max: 2100 }),
        quarter: fc.integer({ min: 1, max: 4 }),
      }),
    ),
    sellers: fc.option(fc.integer({ min: 1, max: 60 }), { nil: undefined }),
    marketers: fc.option(fc.integer({ min: 1, max: 60 }), { nil: undefined }),
    followUpsBp: fc.option(fc.integer({ min: 1, max: 10_000 }), { nil: undefined }),
  })
  .chain((shape) =>
    fc
      .record({
        // Amount shares: each a positive number of øre, the target their sum (up to 10^12 kr.).
        amountsOre: fc.array(fc.bigInt({ min: 1n, max: 25_000_000_000_000n }), {
          minLength: shape.typeCount,
          maxLength: shape.typeCount,
        }),
        // Percent shares: cut points in basis points, so the shares add up to exactly 100 %.
        cuts: fc.uniqueArray(fc.integer({ min: 1, max: 9_999 }), {
          minLength: shape.typeCount - 1,
          maxLength: shape.typeCount - 1,
        }),
        targetOre: fc.bigInt({ min: BigInt(shape.typeCount), max: 100_000_000_000_000n }),
        types: fc.array(
          fc.record({
            dealOre: fc.oneof(fc.bigInt({ min: 1n, max: 1_000n }), fc.bigInt({ min: 1n, max: 10_000_000_000n })),
            // Rates in basis points: 0,01 %–100 %, with whole percents and 100 % well represented.
            ratesBp: fc.array(
              fc.oneof(
                fc.integer({ min: 1, max: 10_000 }),
                fc.integer({ min: 1, max: 100 }).map((p) => p * 100),
                fc.constant(10_000),
              ),
              { minLength: shape.stageCount - 1, maxLength: shape.stageCount - 1 },
            ),
            cycle: fc.integer({ min: 0, max: 120 }),
          }),
          { minLength: shape.typeCount, maxLength: shape.typeCount },
        ),
      })
      .map(({ amountsOre, cuts, targetOre, types }): Case => {
        const stages = Array.from({ length: shape.stageCount }, (_, j) => ({ id: `s${j}`, name: `Stage ${j}` }));
        const bounds = [0, ...[...cuts].sort((a, b) => a - b), 10_000];
        const target = shape.percentShares ? targetOre : amountsOre.reduce((a, b) => a + b, 0n);
        const salesTypes: SalesType[] = types.map((t, i) => ({
          id: `t${i}`,
          name: `Type ${i}`,
          share: shape.percentShares
            ? { kind: 'percent', percent: (bounds[i + 1]! - bounds[i]!) / 100 }
            : { kind: 'amount', amount: ore(Number(amountsOre[i]!)) },
          averageDealSize: ore(Number(t.dealOre)),
          salesCycleMonths: t.cycle,
          conversionRates: Object.fromEntries(t.ratesBp.map((bp, j) => [`s${j}`, bp / 100])),
        }));
        return {
          input: {
            targetAmount: ore(Number(target)),
            period: shape.period,
            stages,
            salesTypes,
            team: { sellers: shape.sellers, marketers: shape.marketers },
            capacity: shape.followUpsBp === undefined ? undefined : { followUpsPerSellerPerWeek: shape.followUpsBp / 100, stageIds: ['s0'] },
          },
          exact: types.map((t, i) => ({
            share: shape.percentShares
              ? BigInt(bounds[i + 1]! - bounds[i]!) * target // bp × øre = øre × 10.000
              : amountsOre[i]! * 10_000n,
            deal: t.dealOre,
            ratesBp: t.ratesBp.map(BigInt),
          })),
        };
      }),
  );

const monthKey = (m: { year: number; month: number }) => m.year * 12 + m.month - 1;

/** `spread`: how far apart months may be (1 for a sales type; a total sums one per sales type). */
function checkVolume(v: StageVolume, monthsInPeriod: number, spread: number) {
  expect(Number.isSafeInteger(v.period) && v.period >= 0).toBe(true);
  const months = v.months.map((m) => m.count);
  expect(months).toHaveLength(monthsInPeriod);
  expect(months.every((c) => Number.isSafeInteger(c) && c >= 0)).toBe(true);
  // Exactly the period's count, front-loaded, no two months more than `spread` apart.
  expect(months.reduce((a, b) => a + b, 0)).toBe(v.period);
  for (let i = 1; i < months.length; i++) expect(months[i]! <= months[i - 1]!).toBe(true);
  expect(months[0]! - months.at(-1)!).toBeLessThanOrEqual(spread);
  expect(v.perMonth).toBe(months[0]);
  for (const person of [v.perSeller, v.perMarketer]) {
    if (!person) continue;
    // ⌈count ÷ people⌉: enough for the period, and not one more than needed.
    expect(person.period * person.people).toBeGreaterThanOrEqual(v.period);
    expect((person.period - 1) * person.people).toBeLessThan(v.period);
    expect(Number.isFinite(person.perWeek) && Number.isSafeInteger(person.perMonth)).toBe(true);
  }
}

function checkPlan({ input, exact }: Case, plan: FunnelPlan) {
  const monthsInPeriod = input.period.kind === 'year' ? 12 : 3;
  plan.salesTypes.forEach((type, i) => {
    const { share, deal, ratesBp } = exact[i]!;
    const stages = type.stages.map((s) => BigInt(s.period));
    const won = stages.at(-1)!;
    // Won deals × deal size ≥ the revenue share, and one deal fewer would fall short.
    expect(won * deal * 10_000n >= share).toBe(true);
    expect((won - 1n) * deal * 10_000n < share).toBe(true);
    for (let j = 0; j + 1 < stages.length; j++) {
      const [here, next] = [stages[j]!, stages[j + 1]!];
      // Each stage ≥ the next, enough to yield the next at its rate, and the least such count.
      expect(here >= next).toBe(true);
      expect(here * ratesBp[j]! >= next * 10_000n).toBe(true);
      expect((here - 1n) * ratesBp[j]! < next * 10_000n).toBe(true);
    }
    type.stages.forEach((v) => checkVolume(v, monthsInPeriod, 1));
    // Leads arrive exactly one sales cycle before their month.
    type.leadArrival.forEach((a, m) => {
      expect(monthKey(a.month) - monthKey(a.arrivalMonth)).toBe(input.salesTypes[i]!.salesCycleMonths);
      expect(a.leads).toBe(type.stages[0]!.months[m]!.count);
    });
  });
  plan.total.stages.forEach((total, j) => {
    checkVolume(total, monthsInPeriod, plan.salesTypes.length);
    expect(total.period).toBe(plan.salesTypes.reduce((sum, t) => sum + t.stages[j]!.period, 0));
    if (j + 1 < plan.total.stages.length) expect(total.period >= plan.total.stages[j + 1]!.period).toBe(true);
  });
  const leads = plan.total.leadCalendar.reduce((sum, c) => sum + c.leads, 0);
  expect(leads).toBe(plan.total.stages[0]!.period);
  if (plan.capacity) {
    const { followUps, sellers, weeks, followUpsPerSellerPerWeek, exceeded } = plan.capacity;
    if (followUpsPerSellerPerWeek !== null) {
      const limitBp = BigInt(Math.round(followUpsPerSellerPerWeek * 100));
      expect(exceeded).toBe(BigInt(followUps) * 100n > limitBp * BigInt(sellers * weeks));
      expect(plan.warnings.length).toBe(exceeded ? 1 : 0);
    }
  }
}

/** Every number anywhere in a value. */
function numbersIn(value: unknown): number[] {
  const found: number[] = [];
  JSON.stringify(value, (_, v: unknown) => {
    if (typeof v === 'number') found.push(v);
    return v;
  });
  return found;
}

describe('computeFunnel, for any valid input', () => {
  it('gives whole counts, a narrowing chain, enough won deals and months that add up', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const outcome = computeFunnel(c.input);
        if (!outcome.ok) {
          // The only refusal of valid input: a count too big to hold exactly.
          expect(outcome.issues.map((i) => i.code)).toEqual(['result_too_large']);
          return;
        }
        checkPlan(c, outcome.data);
        expect(numbersIn(outcome.data).every(Number.isFinite)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('computeFunnel, for any input at all', () => {
  const anyNumber = fc.oneof(
    fc.double(),
    fc.integer({ min: -5, max: 200 }),
    fc.constantFrom(NaN, Infinity, -Infinity, 0, -0, 100, 100.0001, 1e-300, 1e300, 0.005),
  );
  const anyInput: fc.Arbitrary<FunnelInput> = fc.record({
    targetAmount: anyNumber,
    period: fc.record({ kind: fc.constantFrom('year' as const, 'quarter' as const), year: anyNumber, quarter: fc.option(anyNumber, { nil: undefined }) }),
    stages: fc.array(fc.record({ id: fc.constantFrom('a', 'b', 'c', 'd'), name: fc.string() }), { maxLength: 5 }),
    salesTypes: fc.array(
      fc.record({
        id: fc.constantFrom('x', 'y', 'z'),
        name: fc.string(),
        share: fc.oneof(
          fc.record({ kind: fc.constant('amount' as const), amount: anyNumber }),
          fc.record({ kind: fc.constant('percent' as const), percent: anyNumber }),
        ),
        averageDealSize: anyNumber,
        salesCycleMonths: anyNumber,
        conversionRates: fc.dictionary(fc.constantFrom('a', 'b', 'c', 'd', 'e'), anyNumber),
      }),
      { maxLength: 3 },
    ),
    team: fc.record({ sellers: fc.option(anyNumber, { nil: undefined }), marketers: fc.option(anyNumber, { nil: undefined }) }),
    capacity: fc.option(fc.record({ followUpsPerSellerPerWeek: fc.option(anyNumber, { nil: undefined }) }), { nil: undefined }),
  });

  it('answers a plan with only finite numbers, or typed issues; it never throws', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const outcome = computeFunnel(input);
        if (outcome.ok) {
          expect(numbersIn(outcome.data).every(Number.isFinite)).toBe(true);
          for (const stage of outcome.data.total.stages) expect(Number.isSafeInteger(stage.period)).toBe(true);
        } else {
          expect(outcome.issues.length).toBeGreaterThan(0);
          for (const issue of outcome.issues) {
            expect(typeof issue.code).toBe('string');
            expect(Array.isArray(issue.path)).toBe(true);
            expect(numbersIn(issue.params).every(Number.isFinite)).toBe(true);
          }
        }
      }),
      { numRuns: 600 },
    );
  });
});
