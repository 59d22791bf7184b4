import type { FunnelIssue, FunnelPath } from '../../domain/funnel';
import type { ParseFailure } from './parse';

/**
 * From the domain's typed issues to the messages beside the fields. `validateFunnel` answers
 * `{ code, path, params }`; a field finds its own issue by its path (`pathKey`), and
 * `issueText` names the catalog key (`sharedGoal:issues.<key>`) and the values its text needs,
 * formatted in the workspace's locale. No prose is made here: the catalogs hold it.
 */

/** The formatters an issue's values need (see ./format.ts), and the chain's stage names. */
export interface IssueFormatters {
  number: (value: number) => string;
  money: (value: number) => string;
  percent: (value: number) => string;
  stageName: (stageId: string) => string;
}

/** A catalog key under `issues.` and its interpolation values. */
export interface IssueText {
  key: string;
  values: Record<string, string>;
}

/**
 * The key of a path, as fields and issues share it: `['salesTypes', 0, 'share', 'amount']` →
 * `'salesTypes.0.share.amount'`.
 */
export function pathKey(path: FunnelPath): string {
  return path.join('.');
}

/**
 * The issues by path; the domain gives each field at most one, and the first one wins if not.
 *
 * @example
 * indexIssues(outcome.issues).get('targetAmount'); // { code: 'not_positive', … } or undefined
 */
export function indexIssues(issues: readonly FunnelIssue[]): Map<string, FunnelIssue> {
  const index = new Map<string, FunnelIssue>();
  for (const issue of issues) {
    const key = pathKey(issue.path);
    if (!index.has(key)) index.set(key, issue);
  }
  return index;
}

const num = (value: unknown) => (typeof value === 'number' ? value : Number(value));

/**
 * What to say about an issue: the catalog key and its values.
 *
 * @example
 * issueText({ code: 'shares_do_not_add_up', path: ['salesTypes'], params: { unit: 'amount', expected: 12e6, total: 10.95e6, difference: 1.05e6 } }, f);
 * // { key: 'sharesShortAmount', values: { expected: '12.000.000 kr.', total: '10.950.000 kr.', difference: '1.050.000 kr.' } }
 */
export function issueText(issue: FunnelIssue, f: IssueFormatters): IssueText {
  const p = issue.params;
  switch (issue.code) {
    case 'shares_do_not_add_up': {
      const inPercent = p['unit'] === 'percent';
      const format = inPercent ? f.percent : f.money;
      const difference = num(p['difference']);
      return {
        key: `${difference > 0 ? 'sharesShort' : 'sharesOver'}${inPercent ? 'Percent' : 'Amount'}`,
        values: { expected: format(num(p['expected'])), total: format(num(p['total'])), difference: format(Math.abs(difference)) },
      };
    }
    case 'rate_out_of_range':
    case 'percent_out_of_range':
      return { key: issue.code, values: { min: f.percent(num(p['min'])), max: f.percent(num(p['max'])) } };
    case 'amount_too_large':
      return { key: issue.code, values: { max: f.money(num(p['max'])) } };
    case 'too_many_decimals':
    case 'cycle_too_long':
      return { key: issue.code, values: { max: f.number(num(p['max'])) } };
    case 'invalid_year':
    case 'invalid_quarter':
      // Years are written without thousands separators.
      return { key: issue.code, values: { min: String(p['min']), max: String(p['max']) } };
    case 'missing_rate':
      return { key: issue.code, values: { from: f.stageName(String(p['from'])), to: f.stageName(String(p['to'])) } };
    case 'result_too_large':
      return { key: issue.code, values: { stage: f.stageName(String(p['stageId'])) } };
    case 'duplicate_stage_id':
    case 'duplicate_sales_type_id':
    case 'unknown_stage':
      return { key: issue.code, values: { id: String(p['id']) } };
    default:
      return { key: issue.code, values: {} };
  }
}

/** The catalog key (under `parse.`) for a text that is not a number at all. */
export function parseFailureKey(reason: ParseFailure, kind: 'amount' | 'decimal'): string {
  if (reason === 'too_large') return 'tooLarge';
  if (reason === 'empty') return 'empty';
  return kind === 'amount' ? 'amountFormat' : 'numberFormat';
}
