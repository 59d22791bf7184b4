import type { YearMonth } from '../../domain/funnel-schema';

/**
 * How the goal's numbers read in the workspace's locale (`da-DK`: 1.234.567 kr., 5,69, 25 %,
 * "september 2026"; `en-GB`: DKK 1,234,567, 5.69, 25%, "September 2026"). The views pass the
 * locale of the workspace's language; nothing here knows a language of its own.
 */
export interface GoalFormat {
  /** A count or figure with a fixed number of decimals (default 0): "7.695". */
  number: (value: number, fractionDigits?: number) => string;
  /** A number as typed back into a field: every decimal it has, with or without grouping. */
  plain: (value: number, grouping?: boolean) => string;
  /** Money in full: whole amounts without decimals, others with two: "6.600.000 kr.". */
  money: (value: number) => string;
  /** Money said out loud: "12 mio. kr." / "DKK 12m" from a million up, in full below. */
  moneyShort: (value: number) => string;
  /** A percent given as 0–100: "25 %", "36,25 %". */
  percent: (value: number) => string;
  /** "september 2026". */
  month: (month: YearMonth) => string;
  /** "sep." / "Sept". */
  monthShort: (month: YearMonth) => string;
  /** The currency as it stands beside an amount: "kr." in Danish, "DKK" in English. */
  currencySymbol: string;
}

const dateOf = (month: YearMonth) => new Date(Date.UTC(month.year, month.month - 1, 15));

/**
 * The formatters of one locale and currency.
 *
 * @example
 * goalFormat('da-DK', 'DKK').money(1_234_567); // '1.234.567 kr.' (with a no-break space)
 */
export function goalFormat(locale: string, currency: string): GoalFormat {
  const numberFormats = new Map<number, Intl.NumberFormat>();
  const numberFormat = (digits: number) => {
    let found = numberFormats.get(digits);
    if (!found) {
      found = new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
      numberFormats.set(digits, found);
    }
    return found;
  };
  const plainGrouped = new Intl.NumberFormat(locale, { maximumFractionDigits: 20 });
  const plainFlat = new Intl.NumberFormat(locale, { maximumFractionDigits: 20, useGrouping: false });
  const whole = new Intl.NumberFormat(locale, { style: 'currency', currency, minimumFractionDigits: 0, maximumFractionDigits: 0 });
  const cents = new Intl.NumberFormat(locale, { style: 'currency', currency, minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const short = new Intl.NumberFormat(locale, { style: 'currency', currency, notation: 'compact', minimumFractionDigits: 0, maximumFractionDigits: 2 });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 4 });
  const month = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const monthShort = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' });
  const money = (value: number) => (Number.isInteger(value) ? whole : cents).format(value);
  return {
    number: (value, digits = 0) => numberFormat(digits).format(value),
    plain: (value, grouping = true) => (grouping ? plainGrouped : plainFlat).format(value),
    money,
    moneyShort: (value) => (Math.abs(value) >= 1_000_000 ? short.format(value) : money(value)),
    percent: (value) => percent.format(value / 100),
    month: (m) => month.format(dateOf(m)),
    monthShort: (m) => monthShort.format(dateOf(m)),
    currencySymbol: whole.formatToParts(1).find((part) => part.type === 'currency')?.value ?? currency,
  };
}
