import type { Language } from '../../contract/workspace';

/**
 * Reading what the room types into the goal's number fields. Amounts follow the workspace's
 * language strictly ("12.000.000" and "12000000,50" in Danish; "12,000,000" and "12000000.50" in
 * English), so a Danish "1.500" is never read as one and a half, and an English "12.000" is not
 * read as twelve: thousands come in groups of three, øre and pence in at most two decimals. Rates, percents and counts are
 * small numbers without thousands: either "," or "." is their decimal mark, in both languages.
 * Nothing here answers NaN or Infinity: a text is a finite number or a reason it is not.
 */
export type ParseFailure = 'empty' | 'not_a_number' | 'too_large';
export type ParseResult = { ok: true; value: number } | { ok: false; reason: ParseFailure };

/** The thousands separator and decimal mark of amounts in each language. */
export const SEPARATORS: Record<Language, { group: string; decimal: string }> = {
  da: { group: '.', decimal: ',' },
  en: { group: ',', decimal: '.' },
};

const SPACES = /[\s\u00a0\u202f\u2009]+/g;
const MINUS = /^[-\u2212]/;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Removes one of `tokens` (a currency code or symbol, any case) from either end. */
function stripTokens(text: string, tokens: readonly string[]): string {
  let out = text;
  for (const token of [...tokens].filter(Boolean).sort((a, b) => b.length - a.length)) {
    const pattern = new RegExp(`^${escape(token)}|${escape(token)}$`, 'i');
    if (pattern.test(out)) {
      out = out.replace(pattern, '').trim();
      break;
    }
  }
  return out;
}

function finish(negative: boolean, whole: string, fraction: string): ParseResult {
  const value = Number(`${negative ? '-' : ''}${whole}.${fraction || '0'}`);
  return Number.isFinite(value) ? { ok: true, value } : { ok: false, reason: 'too_large' };
}

/**
 * An amount of money as the workspace's language writes it, with or without thousands
 * separators (or spaces) in groups of three, and the currency's code or symbol around it.
 *
 * @example
 * parseAmount('12.000.000', 'da');         // { ok: true, value: 12000000 }
 * parseAmount('12000000,50 kr.', 'da', ['kr.']); // { ok: true, value: 12000000.5 }
 * parseAmount('12,000,000', 'en');         // { ok: true, value: 12000000 }
 * parseAmount('1.5', 'da');                // { ok: false, reason: 'not_a_number' }
 */
export function parseAmount(text: string, language: Language, currencyTokens: readonly string[] = []): ParseResult {
  const trimmed = stripTokens(text.replace(SPACES, ' ').trim(), currencyTokens);
  if (trimmed === '') return { ok: false, reason: 'empty' };
  const negative = MINUS.test(trimmed);
  const body = trimmed.replace(MINUS, '').trim();
  const { group, decimal } = SEPARATORS[language];
  const g = `[${escape(group)} ]`;
  // Money has at most two decimals: "12.000" in English or "120,000" in Danish is the other
  // language's thousands, not an amount with three decimals, and is refused rather than misread.
  const match = new RegExp(`^(\\d{1,3}(?:${g}\\d{3})+|\\d+)(?:${escape(decimal)}(\\d{0,2}))?$`).exec(body);
  if (!match) return { ok: false, reason: 'not_a_number' };
  return finish(negative, match[1]!.replace(new RegExp(g, 'g'), ''), match[2] ?? '');
}

/**
 * A small number (a rate, a percent, a count of people or months): digits with at most one
 * decimal mark, "," or ".", in either language; a trailing "%" is allowed.
 *
 * @example
 * parseDecimal('25,5 %'); // { ok: true, value: 25.5 }
 * parseDecimal('12.5');   // { ok: true, value: 12.5 }
 * parseDecimal('abc');    // { ok: false, reason: 'not_a_number' }
 */
export function parseDecimal(text: string): ParseResult {
  const trimmed = text.replace(SPACES, ' ').trim().replace(/\s*%$/, '');
  if (trimmed === '') return { ok: false, reason: 'empty' };
  const negative = MINUS.test(trimmed);
  const match = /^(\d*)(?:[.,](\d*))?$/.exec(trimmed.replace(MINUS, '').trim());
  if (!match || (match[1] === '' && !match[2])) return { ok: false, reason: 'not_a_number' };
  return finish(negative, match[1] || '0', match[2] ?? '');
}
