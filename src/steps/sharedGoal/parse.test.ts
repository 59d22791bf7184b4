import { describe, expect, it } from 'vitest';
import { goalFormat } from './format';
import { parseAmount, parseDecimal } from './parse';
import { convertShare, remainingShare } from './shares';

const ok = (value: number) => ({ ok: true, value });
const no = (reason: string) => ({ ok: false, reason });
// Intl writes no-break spaces in places; compare with ordinary ones.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('reading an amount as the workspace’s language writes it', () => {
  it('reads Danish amounts: dots for thousands, a comma for øre', () => {
    expect(parseAmount('12.000.000', 'da')).toEqual(ok(12_000_000));
    expect(parseAmount('12000000', 'da')).toEqual(ok(12_000_000));
    expect(parseAmount('12000000,50', 'da')).toEqual(ok(12_000_000.5));
    expect(parseAmount('12.000.000,5', 'da')).toEqual(ok(12_000_000.5));
    expect(parseAmount('120,', 'da')).toEqual(ok(120));
    expect(parseAmount(' 12 000 000 ', 'da')).toEqual(ok(12_000_000));
    expect(parseAmount('1.234.567 kr.', 'da', ['kr.'])).toEqual(ok(1_234_567));
    expect(parseAmount('DKK 4.350.000', 'da', ['kr.', 'DKK'])).toEqual(ok(4_350_000));
    expect(parseAmount('-5', 'da')).toEqual(ok(-5));
  });

  it('reads English amounts: commas for thousands, a point for pence', () => {
    expect(parseAmount('12,000,000', 'en')).toEqual(ok(12_000_000));
    expect(parseAmount('12000000.50', 'en')).toEqual(ok(12_000_000.5));
    expect(parseAmount('DKK 6,600,000', 'en', ['DKK'])).toEqual(ok(6_600_000));
    expect(parseAmount('120,000', 'en')).toEqual(ok(120_000));
  });

  it('never reads the other language’s separators as its own', () => {
    // A Danish "1.5" is not one and a half, and not fifteen: the groups of a thousand have three digits.
    expect(parseAmount('1.5', 'da')).toEqual(no('not_a_number'));
    expect(parseAmount('12000000.50', 'da')).toEqual(no('not_a_number'));
    expect(parseAmount('12,000,000', 'da')).toEqual(no('not_a_number'));
    expect(parseAmount('12.000.000', 'en')).toEqual(no('not_a_number'));
    expect(parseAmount('12.000,50', 'en')).toEqual(no('not_a_number'));
    // Three decimals are the other language's thousands, never an amount: refused, not misread.
    expect(parseAmount('120,000', 'da')).toEqual(no('not_a_number'));
    expect(parseAmount('12.000', 'en')).toEqual(no('not_a_number'));
    expect(parseAmount('12000000,505', 'da')).toEqual(no('not_a_number'));
  });

  it('answers empty, not a number or too large, never NaN or Infinity', () => {
    expect(parseAmount('', 'da')).toEqual(no('empty'));
    expect(parseAmount('   ', 'en')).toEqual(no('empty'));
    expect(parseAmount('kr.', 'da', ['kr.'])).toEqual(no('empty'));
    expect(parseAmount('12 mio', 'da')).toEqual(no('not_a_number'));
    expect(parseAmount('NaN', 'en')).toEqual(no('not_a_number'));
    expect(parseAmount('Infinity', 'en')).toEqual(no('not_a_number'));
    expect(parseAmount('1e6', 'en')).toEqual(no('not_a_number'));
    expect(parseAmount('9'.repeat(400), 'en')).toEqual(no('too_large'));
  });

  it('reads back what it formats, in both languages', () => {
    for (const [lang, locale] of [['da', 'da-DK'], ['en', 'en-GB']] as const) {
      const f = goalFormat(locale, 'DKK');
      for (const value of [0, 5, 999, 1000, 120_000, 1_234_567, 12_000_000.5, 1e15, 0.01]) {
        expect(parseAmount(f.plain(value), lang), `${lang} ${value}`).toEqual(ok(value));
        expect(parseAmount(f.money(value), lang, [f.currencySymbol]), `${lang} ${f.money(value)}`).toEqual(ok(value));
      }
    }
  });
});

describe('reading rates, percents and counts', () => {
  it('takes a comma or a point as the decimal mark, and a trailing percent sign', () => {
    expect(parseDecimal('25')).toEqual(ok(25));
    expect(parseDecimal('25,5')).toEqual(ok(25.5));
    expect(parseDecimal('25.5 %')).toEqual(ok(25.5));
    expect(parseDecimal('120%')).toEqual(ok(120));
    expect(parseDecimal(',5')).toEqual(ok(0.5));
    expect(parseDecimal('-3')).toEqual(ok(-3));
  });

  it('refuses what is not a number', () => {
    expect(parseDecimal('')).toEqual(no('empty'));
    expect(parseDecimal('%')).toEqual(no('empty'));
    expect(parseDecimal('1.000,5')).toEqual(no('not_a_number'));
    expect(parseDecimal('abc')).toEqual(no('not_a_number'));
    expect(parseDecimal(',')).toEqual(no('not_a_number'));
  });
});

describe('the goal’s formats', () => {
  it('writes Danish money as 1.234.567 kr. and says 12 mio. kr. out loud', () => {
    const f = goalFormat('da-DK', 'DKK');
    expect(plain(f.money(1_234_567))).toBe('1.234.567 kr.');
    expect(plain(f.money(1_234_567.5))).toBe('1.234.567,50 kr.');
    expect(plain(f.moneyShort(12_000_000))).toBe('12 mio. kr.');
    expect(plain(f.moneyShort(4_350_000))).toBe('4,35 mio. kr.');
    expect(plain(f.moneyShort(950_000))).toBe('950.000 kr.');
    expect(f.number(7695)).toBe('7.695');
    expect(f.number(5.69, 2)).toBe('5,69');
    expect(plain(f.percent(36.25))).toBe('36,25 %');
    expect(f.month({ year: 2026, month: 9 })).toBe('september 2026');
    expect(f.currencySymbol).toBe('kr.');
  });

  it('writes English money with the currency code', () => {
    const f = goalFormat('en-GB', 'DKK');
    expect(plain(f.money(1_234_567))).toBe('DKK 1,234,567');
    expect(plain(f.moneyShort(12_000_000))).toMatch(/^DKK 12[mM]$/);
    expect(f.number(7695)).toBe('7,695');
    expect(f.percent(25)).toBe('25%');
    expect(f.month({ year: 2026, month: 9 })).toBe('September 2026');
    expect(f.currencySymbol).toBe('DKK');
  });
});

describe('switching a share between an amount and a percent', () => {
  it('converts exactly where the numbers allow', () => {
    expect(convertShare({ kind: 'amount', amount: 4_350_000 }, 12_000_000, 'percent')).toEqual({ kind: 'percent', percent: 36.25 });
    expect(convertShare({ kind: 'percent', percent: 55 }, 12_000_000, 'amount')).toEqual({ kind: 'amount', amount: 6_600_000 });
    // 1/3 of the target: six decimals of percent, øre of money.
    expect(convertShare({ kind: 'amount', amount: 1_000_000 }, 3_000_000, 'percent')).toEqual({ kind: 'percent', percent: 33.333333 });
    expect(convertShare({ kind: 'percent', percent: 33.333333 }, 3_000_000, 'amount')).toEqual({ kind: 'amount', amount: 999_999.99 });
  });

  it('keeps the number when the target cannot be used', () => {
    expect(convertShare({ kind: 'amount', amount: 500 }, 0, 'percent')).toEqual({ kind: 'percent', percent: 500 });
    expect(convertShare({ kind: 'percent', percent: 40 }, Number.NaN, 'amount')).toEqual({ kind: 'amount', amount: 40 });
  });

  it('starts a new sales type with what the others leave', () => {
    expect(remainingShare([{ kind: 'percent', percent: 60 }], 10_000_000)).toEqual({ kind: 'percent', percent: 40 });
    expect(remainingShare([{ kind: 'amount', amount: 6_600_000 }, { kind: 'percent', percent: 36.25 }], 12_000_000)).toEqual({ kind: 'amount', amount: 1_050_000 });
    expect(remainingShare([{ kind: 'percent', percent: 100 }], 10_000_000)).toEqual({ kind: 'percent', percent: 0 });
    expect(remainingShare([], 10_000_000)).toEqual({ kind: 'percent', percent: 100 });
  });
});
