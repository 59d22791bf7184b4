import { useId } from 'react';
import { useFieldDraft } from './use-field-draft';

interface TextAreaFieldProps {
  label: string;
  /** Shows the label to screen readers only (a field whose heading already names it). */
  hideLabel?: boolean;
  /** A line under the label that the field is described by. */
  hint?: string;
  value: string;
  rows?: number;
  maxLength?: number;
  /** Added to the field's box (`field field--textarea`). */
  className?: string;
  /** Called on every keystroke; the document store sends it as an edit. */
  onCommit: (value: string) => void;
}

/**
 * A labelled multi-line field bound to the document. It keeps what is typed while it has focus
 * (a broadcast arriving mid-word never moves the caret) and shows the document at once when it
 * changes to something the field did not send (Ctrl+Z), like the kit's TextField.
 */
export function TextAreaField({ label, hideLabel, hint, value, rows = 3, maxLength, className, onCommit }: TextAreaFieldProps) {
  const id = useId();
  const hintId = useId();
  const { draft, onFocus, onBlur, onChange } = useFieldDraft(value, onCommit);
  return (
    <div className={`field field--textarea${className ? ` ${className}` : ''}`}>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="form__hint">
          {hint}
        </p>
      ) : null}
      <textarea
        id={id}
        rows={rows}
        maxLength={maxLength}
        value={draft}
        aria-describedby={hint ? hintId : undefined}
        onFocus={onFocus}
        onBlur={onBlur}
        onChange={onChange}
      />
    </div>
  );
}
