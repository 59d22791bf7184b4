import { useId, type InputHTMLAttributes } from 'react';
import { useFieldDraft } from './use-field-draft';

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'id'> {
  label: string;
  /** Shows the label to screen readers only (a field in a table row whose header names it). */
  hideLabel?: boolean;
  value: string;
  /** Called on every keystroke; the document store sends it as an edit. */
  onCommit: (value: string) => void;
  /** Validates a value; a message shows under the field and the edit is not sent. */
  validate?: (value: string) => string | null;
}

/**
 * A labelled text field bound to the document. While it has focus it keeps what the user types
 * (so a broadcast arriving mid-word never moves the caret); when it loses focus it shows the
 * document's value again. An invalid value stays in the field with its message, unsent.
 */
export function TextField({ label, hideLabel, value, onCommit, validate, ...rest }: TextFieldProps) {
  const id = useId();
  const errorId = useId();
  // Follows the document when it changes to something this field did not send (Ctrl+Z).
  const { draft, onFocus, onBlur, onChange } = useFieldDraft(value, onCommit, { sentAs: (typed) => (validate && validate(typed) !== null ? null : typed) });
  const error = validate ? validate(draft) : null;

  return (
    <div className="field">
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      <input
        {...rest}
        id={id}
        value={draft}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onFocus={onFocus}
        onBlur={onBlur}
        onChange={onChange}
      />
      {error ? (
        <p id={errorId} className="field__error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
