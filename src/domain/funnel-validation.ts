import { add, compare, decimalOf, decimalPlaces, div, mul, ratio, sub, toNumber, type Ratio } from './decimal';
import type { FunnelInput, RevenueShare } from './funnel-schema';

/**
 * Every way the sales-chain input can be wrong, as a code. A view turns `{ code, path, params }`
 * into a translated message beside the field at `path`; no prose leaves the domain.
 *
 * - `not_finite`            NaN or ±Infinity where a number belongs.
 * - `not_positive`          an amount, deal size, team size or capacity ≤ 0.
 * - `too_many_decimals`     money with more than two decimals (`params.max`).
 * - `amount_too_large`      money above `params.max` (10^15: beyond that a double has no øre).
 * - `rate_out_of_range`     a conversion rate ≤ 0 or > 100 (`params.min` exclusive, `params.max`).
 * - `percent_out_of_range`  a percent share ≤ 0 or > 100.
 * - `missing_rate`          no rate from stage `params.from` to `params.to`.
 * - `no_stages`             the chain is empty.
 * - `duplicate_stage_id`    two stages share `params.id`.
 * - `no_sales_types`        no sales type to split the target over.
 * - `duplicate_sales_type_id` two sales types share `params.id`.
 * - `shares_do_not_add_up`  the shares miss the target: `params.unit` ('amount' | 'percent'),
 *                           `expected`, `total`, `difference` (= expected − total; > 0 is missing).
 * - `cycle_not_whole`       a sales cycle that is not a whole number of months.
 * - `cycle_negative`        a sales cycle below 0.
 * - `cycle_too_long`        a sales cycle above `params.max` months.
 * - `invalid_year`          a period year that is not a whole number in `params.min`–`params.max`.
 * - `invalid_quarter`       a quarter period without a quarter 1–4.
 * - `team_size_not_whole`   a number of sellers or marketers that is not whole.
 * - `unknown_stage`         a capacity stage id that is not in the chain (`params.id`).
 * - `result_too_large`      a count beyond what can be shown exactly (`params.max`).
 */
export const funnelIssueCodes = [
  'not_finite',
  'not_positive',
  'too_many_decimals',
  'amount_too_large',
  'rate_out_of_range',
  'percent_out_of_range',
  'missing_rate',
  'no_stages',
  'duplicate_stage_id',
  'no_sales_types',
  'duplicate_sales_type_id',
  'shares_do_not_add_up',
  'cycle_not_whole',
  'cycle_negative',
  'cycle_too_long',
  'invalid_year',
  'invalid_quarter',
  'team_size_not_whole',
  'unknown_stage',
  'result_too_large',
] as const;

/** One of {@link funnelIssueCodes}. */
export type FunnelIssueCode = (typeof funnelIssueCodes)[number];

/** A path into {@link FunnelInput}, e.g. `['salesTypes', 0, 'conversionRates', 'mql']`. */
export type FunnelPath = (string | number)[];

/**
 * One thing wrong with the input: a code, where, and the values a message needs.
 *
 * @example
 * const issue: FunnelIssue = { code: 'rate_out_of_range', path: ['salesTypes', 0, 'conversionRates', 'lead'], params: { value: 140, min: 0, max: 100 } };
 */
export interface FunnelIssue {
  code: FunnelIssueCode;
  path: FunnelPath;
  params: Record<string, string | number | boolean>;
}

/** Money has at most this many decimals (øre, cents). */
export const MONEY_DECIMALS = 2;
/** The largest amount of money accepted (a double still holds every whole krone below it). */
export const MAX_AMOUNT = 1e15;
/** The longest sales cycle accepted, in months. */
export const MAX_CYCLE_MONTHS = 120;
/** Period years accepted. */
export const MIN_YEAR = 1000;
export const MAX_YEAR = 9999;

const issue = (code: FunnelIssueCode, path: FunnelPath, params: FunnelIssue['params'] = {}): FunnelIssue => ({
  code,
  path,
  params,
});

/** Adds `found` (if any) to `issues`; answers whether the value passed. */
function report(found: FunnelIssue | null, issues: FunnelIssue[]): boolean {
  if (found) issues.push(found);
  return found === null;
}

/** Checks an amount of money: finite, > 0, at most 10^15, at most two decimals. Returns its exact value, if valid. */
function checkMoney(value: number, path: FunnelPath, issues: FunnelIssue[]): Ratio | null {
  const exact = decimalOf(value);
  const found = !exact
    ? issue('not_finite', path)
    : exact.n <= 0n
      ? issue('not_positive', path, { value })
      : value > MAX_AMOUNT
        ? issue('amount_too_large', path, { value, max: MAX_AMOUNT })
        : (decimalPlaces(value) ?? 0) > MONEY_DECIMALS
          ? issue('too_many_decimals', path, { value, max: MONEY_DECIMALS })
          : null;
  return report(found, issues) ? exact : null;
}

/** Checks a percent in (0, 100]. Returns its exact value, if valid. */
function checkPercent(value: number, path: FunnelPath, code: FunnelIssueCode, issues: FunnelIssue[]): Ratio | null {
  const exact = decimalOf(value);
  const found = !exact
    ? issue('not_finite', path)
    : exact.n <= 0n || compare(exact, ratio(100n)) > 0
      ? issue(code, path, { value, min: 0, max: 100 })
      : null;
  return report(found, issues) ? exact : null;
}

/** Checks a count of people or a capacity: finite and > 0 (and whole, for people). */
function checkPositive(value: number, path: FunnelPath, whole: boolean, issues: FunnelIssue[]): void {
  if (!Number.isFinite(value)) issues.push(issue('not_finite', path));
  else if (value <= 0) issues.push(issue('not_positive', path, { value }));
  else if (whole && !Number.isInteger(value)) issues.push(issue('team_size_not_whole', path, { value }));
}

/**
 * The exact revenue of each share, or `null` where the share itself is invalid (its issue added).
 */
function checkShare(share: RevenueShare, target: Ratio | null, path: FunnelPath, issues: FunnelIssue[]) {
  if (share.kind === 'amount') return checkMoney(share.amount, [...path, 'amount'], issues);
  const percent = checkPercent(share.percent, [...path, 'percent'], 'percent_out_of_range', issues);
  return percent && target ? mul(target, div(percent, ratio(100n))) : null;
}

/**
 * Every rule the sales-chain input breaks, in input order; `[]` when the plan can be computed.
 * Each field gets at most one issue (the first rule it breaks), so a view shows one message per
 * field.
 *
 * @example
 * validateFunnel({ ...input, targetAmount: -5 });
 * // [{ code: 'not_positive', path: ['targetAmount'], params: { value: -5 } }]
 */
export function validateFunnel(input: FunnelInput): FunnelIssue[] {
  const issues: FunnelIssue[] = [];
  const target = checkMoney(input.targetAmount, ['targetAmount'], issues);

  const { period } = input;
  if (!Number.isFinite(period.year)) issues.push(issue('not_finite', ['period', 'year']));
  else if (!Number.isInteger(period.year) || period.year < MIN_YEAR || period.year > MAX_YEAR) {
    issues.push(issue('invalid_year', ['period', 'year'], { value: period.year, min: MIN_YEAR, max: MAX_YEAR }));
  }
  if (period.kind === 'quarter') {
    const q = period.quarter;
    if (q === undefined || !Number.isInteger(q) || q < 1 || q > 4) {
      issues.push(issue('invalid_quarter', ['period', 'quarter'], { min: 1, max: 4 }));
    }
  }

  const { stages } = input;
  if (stages.length === 0) issues.push(issue('no_stages', ['stages']));
  const stageIds = new Set<string>();
  stages.forEach((stage, j) => {
    if (stageIds.has(stage.id)) issues.push(issue('duplicate_stage_id', ['stages', j, 'id'], { id: stage.id }));
    stageIds.add(stage.id);
  });

  if (input.salesTypes.length === 0) issues.push(issue('no_sales_types', ['salesTypes']));
  const typeIds = new Set<string>();
  const shares: (Ratio | null)[] = [];
  input.salesTypes.forEach((type, i) => {
    const at = (...rest: FunnelPath): FunnelPath => ['salesTypes', i, ...rest];
    if (typeIds.has(type.id)) issues.push(issue('duplicate_sales_type_id', at('id'), { id: type.id }));
    typeIds.add(type.id);
    shares.push(checkShare(type.share, target, at('share'), issues));
    checkMoney(type.averageDealSize, at('averageDealSize'), issues);

    const cycle = type.salesCycleMonths;
    if (!Number.isFinite(cycle)) issues.push(issue('not_finite', at('salesCycleMonths')));
    else if (!Number.isInteger(cycle)) issues.push(issue('cycle_not_whole', at('salesCycleMonths'), { value: cycle }));
    else if (cycle < 0) issues.push(issue('cycle_negative', at('salesCycleMonths'), { value: cycle }));
    else if (cycle > MAX_CYCLE_MONTHS) {
      issues.push(issue('cycle_too_long', at('salesCycleMonths'), { value: cycle, max: MAX_CYCLE_MONTHS }));
    }

    for (let j = 0; j + 1 < stages.length; j++) {
      const from = stages[j]!.id;
      const to = stages[j + 1]!.id;
      const rate = Object.hasOwn(type.conversionRates, from) ? type.conversionRates[from] : undefined;
      if (rate === undefined) issues.push(issue('missing_rate', at('conversionRates', from), { from, to }));
      else checkPercent(rate, at('conversionRates', from), 'rate_out_of_range', issues);
    }
  });

  // The sum is only meaningful when the target and every share are valid on their own.
  if (target && shares.length > 0 && shares.every((s) => s !== null)) {
    const total = (shares as Ratio[]).reduce(add, ratio(0n));
    if (compare(total, target) !== 0) {
      const allPercent = input.salesTypes.every((t) => t.share.kind === 'percent');
      // In percent the sum is compared with 100; in money with the target (mixed shares: money).
      const scale = allPercent ? div(ratio(100n), target) : ratio(1n);
      const places = allPercent ? 6 : MONEY_DECIMALS;
      const expected = mul(target, scale);
      const sum = mul(total, scale);
      issues.push(
        issue('shares_do_not_add_up', ['salesTypes'], {
          unit: allPercent ? 'percent' : 'amount',
          expected: toNumber(expected, places, 'half-up'),
          total: toNumber(sum, places, 'half-up'),
          difference: toNumber(sub(expected, sum), places, 'away'),
        }),
      );
    }
  }

  const { team } = input;
  if (team.sellers !== undefined) checkPositive(team.sellers, ['team', 'sellers'], true, issues);
  if (team.marketers !== undefined) checkPositive(team.marketers, ['team', 'marketers'], true, issues);

  const capacity = input.capacity;
  if (capacity?.followUpsPerSellerPerWeek !== undefined) {
    checkPositive(capacity.followUpsPerSellerPerWeek, ['capacity', 'followUpsPerSellerPerWeek'], false, issues);
  }
  capacity?.stageIds?.forEach((id, k) => {
    if (!stageIds.has(id)) issues.push(issue('unknown_stage', ['capacity', 'stageIds', k], { id }));
  });
  return issues;
}

/**
 * The exact revenue a share stands for: the amount, or percent × target.
 * Call on validated input only.
 *
 * @example
 * shareRevenue({ kind: 'percent', percent: 55 }, 12_000_000); // { n: 6600000n, d: 1n }
 */
export function shareRevenue(share: RevenueShare, targetAmount: number): Ratio {
  const exact = (value: number) => decimalOf(value) ?? ratio(0n);
  return share.kind === 'amount'
    ? exact(share.amount)
    : mul(exact(targetAmount), div(exact(share.percent), ratio(100n)));
}
