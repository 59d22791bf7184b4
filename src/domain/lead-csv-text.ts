import { ratio, type Ratio } from './decimal';

/**
 * The text-level helpers of the CRM import (./lead-csv.ts): turning a file's bytes into text the
 * way Danish exports need (UTF-8 with or without a BOM, UTF-16 from Excel's "Unicode text", and
 * Windows-1252 from Excel's "CSV (semikolonsepareret)"), telling a binary file from a text file,
 * and reading numbers written the Danish way (1.234,5) or the English way (1,234.5) exactly.
 */

// Windows-1252's 0x80–0x9F (the rest of the byte range is Latin-1, the same as Unicode).
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** Decodes strict UTF-8, or null at the first invalid sequence (then the file is not UTF-8). */
function utf8(bytes: Uint8Array, start: number): string | null {
  const units: number[] = [];
  let out = '';
  for (let i = start; i < bytes.length; ) {
    const b = bytes[i]!;
    let code: number;
    let extra: number;
    if (b < 0x80) [code, extra] = [b, 0];
    else if (b >= 0xc2 && b < 0xe0) [code, extra] = [b & 0x1f, 1];
    else if (b >= 0xe0 && b < 0xf0) [code, extra] = [b & 0x0f, 2];
    else if (b >= 0xf0 && b < 0xf5) [code, extra] = [b & 0x07, 3];
    else return null;
    for (let k = 1; k <= extra; k++) {
      const next = bytes[i + k];
      if (next === undefined || (next & 0xc0) !== 0x80) return null;
      code = (code << 6) | (next & 0x3f);
    }
    // Overlong forms, surrogates and code points beyond Unicode are not UTF-8.
    if ((extra === 2 && (code < 0x800 || (code >= 0xd800 && code <= 0xdfff))) || (extra === 3 && (code < 0x10000 || code > 0x10ffff))) return null;
    units.push(code);
    if (units.length >= 4096) {
      out += String.fromCodePoint(...units);
      units.length = 0;
    }
    i += extra + 1;
  }
  return out + String.fromCodePoint(...units);
}

function utf16(bytes: Uint8Array, littleEndian: boolean): string {
  let out = '';
  for (let i = 2; i + 1 < bytes.length; i += 2) {
    out += String.fromCharCode(littleEndian ? bytes[i]! | (bytes[i + 1]! << 8) : (bytes[i]! << 8) | bytes[i + 1]!);
  }
  return out;
}

/**
 * A file's bytes as text: UTF-16 by its byte-order mark, UTF-8 when the bytes are valid UTF-8
 * (a BOM is dropped), otherwise Windows-1252 (what Danish Excel writes as "CSV").
 *
 * @example
 * decodeCsvBytes(new Uint8Array([0x66, 0xe6, 0x72])); // 'fær' (Windows-1252)
 */
export function decodeCsvBytes(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'utf-16' | 'windows-1252' } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: utf16(bytes, true), encoding: 'utf-16' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: utf16(bytes, false), encoding: 'utf-16' };
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const text = utf8(bytes, bom);
  if (text !== null) return { text, encoding: 'utf-8' };
  let out = '';
  for (const b of bytes) out += b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80]! : String.fromCharCode(b);
  return { text: out, encoding: 'windows-1252' };
}

/**
 * Whether a text looks like a binary file read as text: a NUL character, or more than 1 % control
 * characters (other than tab, line breaks and form feed) or replacement characters in its first
 * 8 000 characters.
 *
 * @example
 * looksBinary('PK\u0003\u0004\u0000…'); // true (a zip file, such as an .xlsx)
 */
export function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const head = text.slice(0, 8000);
  let odd = 0;
  for (let i = 0; i < head.length; i++) {
    const c = head.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0x7f || c === 0xfffd) odd += 1;
  }
  return odd * 100 > head.length;
}

export type DecimalSeparator = ',' | '.';

const DANISH = /^(\d{1,3}(?:[. \u00a0\u202f]\d{3})+|\d+)(?:,(\d+))?$/;
const ENGLISH = /^(\d{1,3}(?:[, \u00a0\u202f]\d{3})+|\d+)(?:\.(\d+))?$/;

/**
 * A number as a person or a CRM wrote it, exactly, or null when it is not one. With `,` as the
 * decimal separator, `.` and spaces group thousands ("1.234,5"); with `.`, commas and spaces do
 * ("1,234.5"). A leading minus (also the typographic "−") is allowed.
 *
 * @example
 * parseLocaleNumber('1.234,5', ','); // { n: 2469n, d: 2n }
 * parseLocaleNumber('12,5', '.');    // null: a comma groups thousands in threes here
 */
export function parseLocaleNumber(text: string, decimal: DecimalSeparator): Ratio | null {
  let value = text.trim();
  let sign = 1n;
  if (value.startsWith('-') || value.startsWith('\u2212')) {
    sign = -1n;
    value = value.slice(1).trimStart();
  }
  const match = (decimal === ',' ? DANISH : ENGLISH).exec(value);
  if (!match) return null;
  const whole = match[1]!.replace(/[^\d]/g, '');
  const fraction = match[2] ?? '';
  return ratio(sign * BigInt(whole + fraction), 10n ** BigInt(fraction.length));
}

/**
 * Guesses the decimal separator of a file's numbers: a semicolon-separated file is Danish (`,`);
 * otherwise `,` when some cell reads only as a Danish decimal ("12,5", "1.234,56"), else `.`.
 *
 * @example
 * guessDecimalSeparator(';', [['12,5']]); // ','
 */
export function guessDecimalSeparator(delimiter: string, rows: readonly (readonly string[])[]): DecimalSeparator {
  if (delimiter === ';') return ',';
  const danishOnly = /^-?\d+(?:\.\d{3})*,\d+$/;
  const englishGrouping = /^-?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
  for (const row of rows) {
    for (const cell of row) {
      const value = cell.trim();
      if (danishOnly.test(value) && !englishGrouping.test(value)) return ',';
    }
  }
  return '.';
}
