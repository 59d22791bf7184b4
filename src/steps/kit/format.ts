import type { StepFormat } from '../../contract/step-definition';
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

/** A share 0–100 in a language's own spelling: "25 %" in Danish, "25%" in English. */
export function formatPercent(value: number, language: Language, fractionDigits = 0): string {
  return new Intl.NumberFormat(LOCALES[language], {
    style: 'percent',
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(value / 100);
}

/** Money with øre only when the amount has them ("1.234 kr." but "1.234,50 kr."). */
export function formatMoneyExact(amount: number, currency: string, language: Language): string {
  return formatMoney(amount, currency, language, Number.isInteger(amount) ? 0 : 2);
}

/**
 * The formatting a step's Markdown section is handed (StepMarkdownContext.format), in the
 * workspace's language and currency. Pure: Intl only.
 *
 * @example
 * stepFormat('da', 'DKK').money(987654321.55); // '987.654.321,55 kr.'
 */
export function stepFormat(language: Language, currency: string): StepFormat {
  return {
    number: (value, fractionDigits = 0) => formatNumber(value, language, fractionDigits),
    money: (value) => formatMoneyExact(value, currency, language),
    percent: (value, fractionDigits = 0) => formatPercent(value, language, fractionDigits),
    date: (iso) => (iso === '' ? '' : formatDate(iso, language)),
  };
}
