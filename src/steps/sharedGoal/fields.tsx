import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../contract/workspace';
import type { GoalFormat } from './format';
import { parseFailureKey } from './issues';
import { parseAmount, parseDecimal, SEPARATORS, type ParseResult } from './parse';
import { useFieldDraft } from '../kit/use-field-draft';
import { useReportUnsent } from './unsent';

interface GoalNumberFieldProps {
  label: string;
  hideLabel?: boolean;
  /** The document's value; undefined shows an empty field. */
  value: number | undefined;
  /** 'amount': money in the workspace's format; 'decimal': a rate, percent or count. */
  kind: 'amount' | 'decimal';
  language: Language;
  f: GoalFormat;
  /** Shown after the field: "kr.", "%", "months". */
  unit?: string;
  /** The domain's message for the value in the document (validateFunnel's issue here). */
  error?: string | null;
  /** A quiet line under the field (what a percent amounts to, say). */
  hint?: string | null;
  /** Empty is allowed: it clears the value (team sizes, capacity). */
  onClear?: () => void;
  onCommit: (value: number) => void;
  /** A count of people or months: its message's example is a whole number. */
  whole?: boolean;
  className?: string;
}

/**
 * A number field of the goal. While it has focus it keeps exactly what is typed; every keystroke
 * that reads as a number is sent (so the plan follows the typing), and one that does not stays in
 * place with its message, unsent. The domain's verdict on the sent value (a rate of 120 %, a
 * negative amount) shows in the same place. Without focus it shows the document's value in the
 * workspace's format: 12.000.000 in Danish, 12,000,000 in English.
 */
export function GoalNumberField({ label, hideLabel, value, kind, language, f, unit, error, hint, onClear, onCommit, whole, className }: GoalNumberFieldProps) {
  const { t } = useTranslation('sharedGoal');
  const id = useId();
  const messageId = useId();
  const hintId = useId();
  const show = (v: number | undefined) => (v === undefined || !Number.isFinite(v) ? '' : f.plain(v, kind === 'amount'));
  const parse = (text: string): ParseResult =>
    kind === 'amount' ? parseAmount(text, language, [f.currencySymbol, 'kr.', 'kr']) : parseDecimal(text);
  const shown = show(value);
  // The kit's one draft rule: keeps exactly what is typed while focused, and follows the document
  // on Ctrl+Z at once. What a keystroke sends comes back as the document shows it (formatted).
  const { draft, onFocus, onBlur, onChange } = useFieldDraft(
    shown,
    (text) => {
      const next = parse(text);
      if (next.ok) {
        if (next.value !== value) onCommit(next.value);
      } else if (onClear && value !== undefined) onClear();
    },
    {
      sentAs: (text) => {
        const next = parse(text);
        if (next.ok) return show(next.value);
        return !next.ok && next.reason === 'empty' && onClear ? '' : null;
      },
    },
  );
  const parsed = parse(draft);
  const emptyAllowed = !parsed.ok && parsed.reason === 'empty' && (onClear !== undefined || (!!error && value === undefined));
  const local = parsed.ok || emptyAllowed ? null : t(`parse.${parseFailureKey(parsed.reason, kind)}`, { example: whole ? '6' : example(kind, language) });
  const message = local ?? error ?? null;
  // Typed but unsent: the results use the last valid value, and say so (./unsent.tsx).
  useReportUnsent(local !== null);

  const describedBy = [message ? messageId : null, hint ? hintId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field goal-field${className ? ` ${className}` : ''}`}>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      <span className="field__with-unit">
        <input
          id={id}
          inputMode="decimal"
          autoComplete="off"
          value={draft}
          aria-invalid={message ? true : undefined}
          aria-describedby={describedBy}
          onFocus={onFocus}
          onBlur={onBlur}
          onChange={onChange}
        />
        {unit ? <span className="field__unit">{unit}</span> : null}
      </span>
      {message ? (
        <p id={messageId} className="field__error">
          {message}
        </p>
      ) : null}
      {hint ? (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

/** How the workspace's language writes an amount and a decimal number, for the messages. */
function example(kind: 'amount' | 'decimal', language: Language): string {
  const { group, decimal } = SEPARATORS[language];
  return kind === 'amount' ? `12${group}000${group}000 / 12000000${decimal}50` : `12${decimal}5`;
}
