import { useEffect, useId, useRef, useState } from 'react';
import { RefusalNotice, useFieldRefusal } from './use-refusal';

interface NumberFieldProps {
  label: string;
  hideLabel?: boolean;
  value: number;
  min: number;
  max: number;
  /** Shown after the field, e.g. "min". */
  unit?: string;
  onCommit: (value: number) => void;
  /** The message for a value that is not a whole number from min to max. */
  invalidMessage: string;
}

/**
 * A whole-number field. What the user types stays in the field while it has focus; a value that
 * is not a whole number in range is shown with its message where it is, and not sent. An edit the
 * service refused shows under the field with the number typed, to put back or copy.
 */
export function NumberField({ label, hideLabel, value, min, max, unit, onCommit, invalidMessage }: NumberFieldProps) {
  const id = useId();
  const errorId = useId();
  const [draft, setDraft] = useState(String(value));
  const focused = useRef(false);
  const parse = (text: string) => (/^\d+$/.test(text.trim()) ? Number(text.trim()) : NaN);
  const parsed = parse(draft);
  const invalid = !(Number.isInteger(parsed) && parsed >= min && parsed <= max);
  const refused = useFieldRefusal();
  const input = useRef<HTMLInputElement>(null);
  const send = (text: string) => {
    const next = parse(text);
    if (!(Number.isInteger(next) && next >= min && next <= max)) return;
    refused.commit(text, () => onCommit(next));
  };
  // "Put my text back": the field shows the refused text again and sends it once more.
  const putBack = (text: string) => {
    setDraft(text);
    send(text);
  };
  const describedBy = [invalid ? errorId : null, refused.noticeId].filter(Boolean).join(' ') || undefined;

  useEffect(() => {
    if (!focused.current) setDraft(String(value));
  }, [value]);

  return (
    <div className="field field--number">
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      <span className="field__with-unit">
        <input
          ref={input}
          id={id}
          inputMode="numeric"
          value={draft}
          aria-invalid={invalid ? true : undefined}
          aria-describedby={describedBy}
          onFocus={() => {
            focused.current = true;
          }}
          onBlur={() => {
            focused.current = false;
            if (!invalid) setDraft(String(value));
          }}
          onChange={(event) => {
            setDraft(event.target.value);
            send(event.target.value);
          }}
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
