import type { Language } from '../../contract/workspace';
import { MAX_DEAL_VALUE } from '../../domain/attribution-schema';

/**
 * The deal value as typed in the workspace's language: Danish `486.500` or `486.500,50`, English
 * `486,500` or `486,500.50`, or plain digits (`486500,5` / `486500.5`). At most two decimals (øre);
 * spaces and a trailing "kr." or currency code are ignored. Pure, so the field and the tests agree.
 */
const PATTERNS: Record<Language, { grouped: RegExp; plain: RegExp; group: string; decimal: string }> = {
  da: { grouped: /^\d{1,3}(\.\d{3})+(,\d{1,2})?$/, plain: /^\d+(,\d{1,2})?$/, group: '.', decimal: ',' },
  en: { grouped: /^\d{1,3}(,\d{3})+(\.\d{1,2})?$/, plain: /^\d+(\.\d{1,2})?$/, group: ',', decimal: '.' },
};

/**
 * The amount a text means, or null when it is not an amount of at most two decimals in range.
 *
 * @example
 * parseAmount('486.500,50', 'da'); // 486500.5
 * parseAmount('486,500', 'en');    // 486500
 * parseAmount('12,345', 'da');     // null (three decimals)
 */
export function parseAmount(text: string, language: Language): number | null {
  const p = PATTERNS[language];
  const bare = text
    .replace(/[\s\u00a0]/g, '')
    .replace(/(kr\.?|[A-Z]{3})$/i, '')
    .replace(/^([A-Z]{3})/i, '');
  if (!p.grouped.test(bare) && !p.plain.test(bare)) return null;
  const canonical = bare.split(p.group).join('').replace(p.decimal, '.');
  // A decimal string of at most two places reads as the double that prints as it.
  const value = Number(canonical);
  return Number.isFinite(value) && value <= MAX_DEAL_VALUE ? value : null;
}

/**
 * An amount as the field shows it: grouped, with øre only when it has them.
 *
 * @example
 * amountText(486500.5, 'da'); // '486.500,50'
 */
export function amountText(value: number, language: Language): string {
  const places = Number.isInteger(value) ? 0 : 2;
  return new Intl.NumberFormat(language === 'da' ? 'da-DK' : 'en-GB', { minimumFractionDigits: places, maximumFractionDigits: places }).format(value);
}
