import { useId, useRef, type InputHTMLAttributes } from 'react';
import { useFieldDraft } from './use-field-draft';
import { RefusalNotice, useFieldRefusal } from './use-refusal';

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
 * document's value again. An invalid value stays in the field with its message, unsent. An edit
 * the service refused shows under the field with the text typed, to put back or copy.
 */
export function TextField({ label, hideLabel, value, onCommit, validate, ...rest }: TextFieldProps) {
  const id = useId();
  const errorId = useId();
  const refused = useFieldRefusal();
  // Follows the document when it changes to something this field did not send (Ctrl+Z); each
  // commit runs through the refusal watch, which learns the paths it writes.
  const { draft, onFocus, onBlur, onChange, send } = useFieldDraft(value, (next) => refused.commit(next, () => onCommit(next)), {
    sentAs: (typed) => (validate && validate(typed) !== null ? null : typed),
  });
  const error = validate ? validate(draft) : null;
  const input = useRef<HTMLInputElement>(null);
  // "Put my text back": the field shows the refused text again and sends it once more.
  const putBack = (text: string) => send(text);
  const describedBy = [error ? errorId : null, refused.noticeId].filter(Boolean).join(' ') || undefined;

  return (
    <div className="field">
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      <input
        {...rest}
        ref={input}
        id={id}
        value={draft}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        onFocus={onFocus}
        onBlur={onBlur}
        onChange={onChange}
      />
      {error ? (
        <p id={errorId} className="field__error">
          {error}
        </p>
      ) : null}
      <RefusalNotice field={refused} putBack={putBack} input={input} />
    </div>
  );
}
