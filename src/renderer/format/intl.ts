import type { Language } from '../../contract/workspace';

/**
 * Numbers, money and dates through Intl, in a language's locale: Danish gives
 * `1.234.567,89 kr.` and `22. november 2026`; English (en-GB) `DKK 1,234,567.89` and
 * `22 November 2026`.
 */
export const LOCALES: Record<Language, string> = { da: 'da-DK', en: 'en-GB' };

export function formatNumber(value: number, language: Language, fractionDigits = 0): string {
  return new Intl.NumberFormat(LOCALES[language], {
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(value);
}

export function formatMoney(amount: number, currency: string, language: Language, fractionDigits = 2): string {
  return new Intl.NumberFormat(LOCALES[language], {
    style: 'currency',
    currency,
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(amount);
}

export function formatDate(iso: string | Date, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'long' }).format(new Date(iso));
}

export function formatDateTime(iso: string | Date, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso));
}

/** "3 minutes ago", "i går": for recent edits; older ones get their date. */
export function formatRelative(iso: string, language: Language, now: Date = new Date()): string {
  const seconds = (new Date(iso).getTime() - now.getTime()) / 1000;
  const format = new Intl.RelativeTimeFormat(LOCALES[language], { numeric: 'auto' });
  const abs = Math.abs(seconds);
  if (abs < 60) return format.format(Math.round(seconds), 'second');
  if (abs < 3600) return format.format(Math.round(seconds / 60), 'minute');
  if (abs < 86_400) return format.format(Math.round(seconds / 3600), 'hour');
  if (abs < 7 * 86_400) return format.format(Math.round(seconds / 86_400), 'day');
  return formatDate(iso, language);
}

/** Common currencies offered when creating a workspace; any ISO code is valid in the file. */
export const CURRENCIES = ['DKK', 'EUR', 'SEK', 'NOK', 'USD', 'GBP', 'CHF'] as const;
