import { useRef, type KeyboardEvent } from 'react';
import { useFieldDraft } from '../kit/use-field-draft';
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
 * theme's name). It keeps what is typed while it has focus, so a broadcast never moves the caret,
 * and shows the document at once when it changes otherwise (Ctrl+Z; the kit's useFieldDraft).
 * Enter finishes, Shift+Enter is a new line, Esc puts back what it had when editing began.
 */
export function InlineText({ value, label, placeholder, className, onCommit, required = false, focus, next }: InlineTextProps) {
  // An emptied required text is not sent; leaving the field puts back what it had.
  const field = useFieldDraft(value, onCommit, { sentAs: (typed) => (required && typed.trim() === '' ? null : typed) });
  const { draft, setDraft } = field;
  const before = useRef(value);
  const element = useRef<HTMLTextAreaElement>(null);
  useFocusTarget(focus?.kind ?? 'card-text', focus?.id ?? '', element);

  const finish = (textarea: HTMLTextAreaElement) => {
    const target = next?.();
    if (target) target.focus();
    else textarea.blur();
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
        field.onFocus();
        before.current = value;
      }}
      onBlur={() => {
        field.onBlur();
        if (required && draft.trim() === '') {
          setDraft(before.current);
          if (before.current !== value) onCommit(before.current);
        }
      }}
      onKeyDown={onKeyDown}
      onChange={field.onChange}
    />
  );
}
