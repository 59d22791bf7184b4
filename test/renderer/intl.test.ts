import { describe, expect, it } from 'vitest';
import { formatDate, formatMoney, formatNumber, formatRelative } from '../../src/steps/kit/format';

// Intl output uses non-breaking spaces in places; compare with ordinary spaces.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('formats in the workspace locale', () => {
  it('writes Danish money as 1.234.567,89 kr.', () => {
    expect(plain(formatMoney(1234567.89, 'DKK', 'da'))).toBe('1.234.567,89 kr.');
  });

  it('writes English money with the currency code and English separators', () => {
    expect(plain(formatMoney(1234567.89, 'DKK', 'en'))).toBe('DKK 1,234,567.89');
    expect(plain(formatMoney(12_000_000, 'EUR', 'en', 0))).toBe('€12,000,000');
  });

  it('writes Danish whole numbers with dots for thousands', () => {
    expect(plain(formatNumber(12_000_000, 'da'))).toBe('12.000.000');
    expect(plain(formatNumber(1234.5, 'da', 1))).toBe('1.234,5');
  });

  it('writes dates as "22. november 2026" in Danish and "22 November 2026" in English', () => {
    const date = new Date(Date.UTC(2026, 10, 22, 12));
    expect(formatDate(date, 'da')).toBe('22. november 2026');
    expect(formatDate(date, 'en')).toBe('22 November 2026');
  });

  it('says how long ago recent edits were, and gives older ones their date', () => {
    const now = new Date(Date.UTC(2026, 10, 22, 12));
    expect(formatRelative(new Date(now.getTime() - 3 * 60_000).toISOString(), 'en', now)).toBe('3 minutes ago');
    expect(formatRelative(new Date(now.getTime() - 3 * 60_000).toISOString(), 'da', now)).toBe('for 3 minutter siden');
    expect(formatRelative(new Date(Date.UTC(2026, 9, 1, 12)).toISOString(), 'da', now)).toBe('1. oktober 2026');
  });
});
