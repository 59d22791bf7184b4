import type { Language } from '../../contract/workspace';
import { formatNumber, formatPercent } from '../kit/format';

/** The step's number formatting in a language (the views' side of StepFormat). */
export const leadFormat = (language: Language) => ({
  number: (value: number, fractionDigits = 0) => formatNumber(value, language, fractionDigits),
  percent: (value: number, fractionDigits = 0) => formatPercent(value, language, fractionDigits),
});
