import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { allCatalogs as catalogs } from '../catalogs';
import { computeFunnel, funnelIssueCodes, validateFunnel, type FunnelIssue } from '../../domain/funnel';
import { DEFAULT_STAGES, type FunnelInput } from '../../domain/funnel-schema';
import { goalFormat } from './format';
import { indexIssues, issueText, parseFailureKey, pathKey, type IssueFormatters } from './issues';

const i18n = i18next.createInstance();
await i18n.init({ resources: catalogs, lng: 'en', fallbackLng: false, ns: ['sharedGoal'], defaultNS: 'sharedGoal', interpolation: { escapeValue: false }, initAsync: false });
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

function formatters(locale: string): IssueFormatters {
  const f = goalFormat(locale, 'DKK');
  const names: Record<string, string> = Object.fromEntries(DEFAULT_STAGES.map((s) => [s.id, s.name]));
  return { number: (n) => f.number(n), money: f.money, percent: f.percent, stageName: (id) => names[id] ?? id };
}
/** The message a field shows for an issue, in a language. */
function say(issue: FunnelIssue, lng: 'en' | 'da'): string {
  const text = issueText(issue, formatters(lng === 'da' ? 'da-DK' : 'en-GB'));
  return plain(i18n.getFixedT(lng, 'sharedGoal')(`issues.${text.key}`, text.values));
}

function twoTypes(): FunnelInput {
  const rates = { lead: 25, mql: 40, sql: 60, meeting: 50, proposal: 30 };
  return {
    targetAmount: 12_000_000,
    period: { kind: 'year', year: 2027 },
    stages: DEFAULT_STAGES.map((s) => ({ ...s })),
    salesTypes: [
      { id: 'new', name: 'New business', share: { kind: 'amount', amount: 6_600_000 }, averageDealSize: 120_000, salesCycleMonths: 4, conversionRates: { ...rates } },
      { id: 'existing', name: 'Existing customers', share: { kind: 'amount', amount: 4_350_000 }, averageDealSize: 40_000, salesCycleMonths: 2, conversionRates: { ...rates } },
    ],
    team: { sellers: 6, marketers: 3 },
  };
}

describe('issues become messages beside their fields', () => {
  it('finds each issue by the path of its field', () => {
    const input = twoTypes();
    input.salesTypes[1]!.conversionRates['mql'] = 120;
    input.targetAmount = -5;
    const outcome = computeFunnel(input);
    expect(outcome.ok).toBe(false);
    const index = indexIssues(outcome.ok ? [] : outcome.issues);
    expect(index.get('salesTypes.1.conversionRates.mql')?.code).toBe('rate_out_of_range');
    expect(index.get('targetAmount')?.code).toBe('not_positive');
    expect(pathKey(['salesTypes', 0, 'share', 'amount'])).toBe('salesTypes.0.share.amount');
  });

  it('says how far the shares are from the target, in money or in percent, in the locale', () => {
    const [short] = validateFunnel(twoTypes());
    expect(short).toMatchObject({ code: 'shares_do_not_add_up', path: ['salesTypes'] });
    expect(say(short!, 'en')).toBe('The shares (DKK 10,950,000) are DKK 1,050,000 short of the target (DKK 12,000,000).');
    expect(say(short!, 'da')).toBe('Andelene (10.950.000 kr.) er 1.050.000 kr. under målet (12.000.000 kr.).');

    const over = twoTypes();
    over.salesTypes[1]!.share = { kind: 'amount', amount: 5_900_000.5 };
    expect(say(validateFunnel(over)[0]!, 'da')).toBe('Andelene (12.500.000,50 kr.) er 500.000,50 kr. over målet (12.000.000 kr.).');

    const percent = twoTypes();
    percent.salesTypes[0]!.share = { kind: 'percent', percent: 55 };
    percent.salesTypes[1]!.share = { kind: 'percent', percent: 36.25 };
    expect(say(validateFunnel(percent)[0]!, 'en')).toBe('The shares (91.25%) are 8.75% short of 100%.');
    expect(say(validateFunnel(percent)[0]!, 'da')).toBe('Andelene (91,25 %) er 8,75 % under 100 %.');
  });

  it('rejects a rate of 120 % with the range, and names the stages of a missing rate', () => {
    const input = twoTypes();
    input.salesTypes[1]!.share = { kind: 'amount', amount: 5_400_000 };
    input.salesTypes[0]!.conversionRates['sql'] = 120;
    delete input.salesTypes[1]!.conversionRates['meeting'];
    const issues = validateFunnel(input);
    expect(issues.map((i) => i.code)).toEqual(['rate_out_of_range', 'missing_rate']);
    expect(say(issues[0]!, 'en')).toBe('A rate must be more than 0% and at most 100%.');
    expect(say(issues[0]!, 'da')).toBe('En rate skal være mere end 0 % og højst 100 %.');
    expect(say(issues[1]!, 'en')).toBe('Enter the rate from Meeting to Proposal.');
  });

  it('has a message in both languages for every issue the domain can raise', () => {
    for (const code of funnelIssueCodes) {
      const params: FunnelIssue['params'] = code === 'shares_do_not_add_up' ? { unit: 'amount', expected: 10, total: 5, difference: 5 } : { min: 0, max: 100, from: 'lead', to: 'mql', id: 'x', stageId: 'lead' };
      for (const lng of ['en', 'da'] as const) {
        const text = say({ code, path: [], params }, lng);
        expect(text, `${code} ${lng}`).not.toMatch(/^issues\.|\{\{|NaN|Infinity|undefined/);
      }
    }
  });

  it('has the messages for text that is not a number', () => {
    const t = i18n.getFixedT('da', 'sharedGoal');
    expect(t(`parse.${parseFailureKey('not_a_number', 'amount')}`, { example: '12.000.000' })).toBe('Skriv beløbet som 12.000.000.');
    expect(t(`parse.${parseFailureKey('empty', 'decimal')}`)).toBe('Skriv et tal.');
    expect(t(`parse.${parseFailureKey('too_large', 'amount')}`)).toBe('Tallet er for stort.');
  });
});
