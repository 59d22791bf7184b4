import { useEffect, useId, useRef, useState, type InputHTMLAttributes } from 'react';
import { nextDraft } from './field-sync';
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
  const [draft, setDraft] = useState(value);
  const focused = useRef(false);
  const lastSent = useRef<string | null>(null);
  const error = validate ? validate(draft) : null;
  const refused = useFieldRefusal();
  const input = useRef<HTMLInputElement>(null);
  const send = (next: string) => {
    lastSent.current = next;
    refused.commit(next, () => onCommit(next));
  };
  // "Put my text back": the field shows the refused text again and sends it once more.
  const putBack = (text: string) => {
    setDraft(text);
    send(text);
  };
  const describedBy = [error ? errorId : null, refused.noticeId].filter(Boolean).join(' ') || undefined;

  useEffect(() => {
    // Follows the document when it changes to something this field did not send (Ctrl+Z).
    setDraft((draft) => nextDraft({ focused: focused.current, draft, value, lastSent: lastSent.current }));
  }, [value]);

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
        onFocus={() => {
          focused.current = true;
        }}
        onBlur={() => {
          focused.current = false;
          if (!error) setDraft(value);
        }}
        onChange={(event) => {
          const next = event.target.value;
          setDraft(next);
          if (!validate || validate(next) === null) send(next);
        }}
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
