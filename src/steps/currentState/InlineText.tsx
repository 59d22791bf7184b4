import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useFocusTarget, type FocusRequest } from './WallContext';

interface InlineTextProps {
  value: string;
  /** The field's accessible name. */
  label: string;
  placeholder?: string;
  className?: string;
  /** Sends a new value (every keystroke; the caller coalesces them into one undo step). */
  onCommit: (value: string) => void;
  /** A card may not be left empty: emptied, it gets back the text it had. */
  required?: boolean;
  /** Takes focus when this request is pending (see useFocusTarget). */
  focus?: FocusRequest;
  /** Where the keyboard goes on when editing is finished with Enter or Esc (else nowhere). */
  next?: () => HTMLElement | null | undefined;
}

/**
 * Text edited where it is shown, growing with its content (a card's text, a column's title, a
 * theme's name). It keeps what is typed while it has focus, so a broadcast never moves the caret;
 * Enter finishes, Shift+Enter is a new line, Esc puts back what it had when editing began.
 */
export function InlineText({ value, label, placeholder, className, onCommit, required = false, focus, next }: InlineTextProps) {
  const [draft, setDraft] = useState(value);
  const focused = useRef(false);
  const before = useRef(value);
  const element = useRef<HTMLTextAreaElement>(null);
  useFocusTarget(focus?.kind ?? 'card-text', focus?.id ?? '', element);

  useEffect(() => {
    if (!focused.current) setDraft(value);
  }, [value]);

  const finish = (field: HTMLTextAreaElement) => {
    const target = next?.();
    if (target) target.focus();
    else field.blur();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      finish(event.currentTarget);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      setDraft(before.current);
      if (before.current !== value) onCommit(before.current);
      finish(event.currentTarget);
    }
  };

  return (
    <textarea
      ref={element}
      className={`inline-text${className ? ` ${className}` : ''}`}
      rows={1}
      aria-label={label}
      placeholder={placeholder}
      value={draft}
      onFocus={() => {
        focused.current = true;
        before.current = value;
      }}
      onBlur={() => {
        focused.current = false;
        if (required && draft.trim() === '') {
          setDraft(before.current);
          if (before.current !== value) onCommit(before.current);
        } else setDraft(value);
      }}
      onKeyDown={onKeyDown}
      onChange={(event) => {
        setDraft(event.target.value);
        if (!required || event.target.value.trim() !== '') onCommit(event.target.value);
      }}
    />
  );
}
