import { useId, useRef } from 'react';
import { useFieldDraft } from './use-field-draft';
import { RefusalNotice, useFieldRefusal } from './use-refusal';

interface NumberFieldProps {
  label: string;
  hideLabel?: boolean;
  /** Undefined only for a field that may be left empty (with `onClear`). */
  value: number | undefined;
  min: number;
  max: number;
  /** Shown after the field, e.g. "min". */
  unit?: string;
  /** A line under the label that says what the number is (read with the field). */
  hint?: string;
  onCommit: (value: number) => void;
  /** When given, the field may be emptied: emptying it calls this instead of being refused. */
  onClear?: () => void;
  /** The message for a value that is not a whole number from min to max (or empty, when it may be). */
  invalidMessage: string;
}

/**
 * A whole-number field. What the user types stays in the field while it has focus; a value that
 * is not a whole number in range is shown with its message where it is, and not sent. A field
 * with `onClear` may be emptied (a figure not agreed yet). An edit the service refused shows under
 * the field with the number typed, to put back or copy.
 */
export function NumberField({ label, hideLabel, value, min, max, unit, hint, onCommit, onClear, invalidMessage }: NumberFieldProps) {
  const id = useId();
  const errorId = useId();
  const hintId = useId();
  const cleared = (text: string) => onClear !== undefined && text.trim() === '';
  /** The whole number in range that `text` reads as, or null. */
  const valid = (text: string): number | null => {
    const next = /^\d+$/.test(text.trim()) ? Number(text.trim()) : NaN;
    return Number.isInteger(next) && next >= min && next <= max ? next : null;
  };
  /** What `text` becomes in the document ('' for a cleared field), or null when it is not sent. */
  const canonical = (text: string): string | null => {
    if (cleared(text)) return '';
    const next = valid(text);
    return next === null ? null : String(next);
  };
  const refused = useFieldRefusal();
  // The one draft rule (./use-field-draft.tsx): follows the document on Ctrl+Z even while focused.
  // A number comes back from the document in its canonical form ("045" is sent as 45).
  const { draft, onFocus, onBlur, onChange, send } = useFieldDraft(
    value === undefined ? '' : String(value),
    (typed) => refused.commit(typed, () => (cleared(typed) ? onClear!() : onCommit(valid(typed)!))),
    { sentAs: canonical },
  );
  const invalid = canonical(draft) === null;
  const input = useRef<HTMLInputElement>(null);
  // "Put my text back": the field shows the refused text again and sends it once more.
  const putBack = (text: string) => send(text);
  const describedBy = [hint ? hintId : null, invalid ? errorId : null, refused.noticeId].filter(Boolean).join(' ') || undefined;

  return (
    <div className="field field--number">
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      ) : null}
      <span className="field__with-unit">
        <input
          ref={input}
          id={id}
          inputMode="numeric"
          value={draft}
          aria-invalid={invalid ? true : undefined}
          aria-describedby={describedBy}
          onFocus={onFocus}
          onBlur={onBlur}
          onChange={onChange}
        />
        {unit ? <span className="field__unit">{unit}</span> : null}
      </span>
      {invalid ? (
        <p id={errorId} className="field__error">
          {invalidMessage}
        </p>
      ) : null}
      <RefusalNotice field={refused} putBack={putBack} input={input} />
    </div>
  );
}
