import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import { nextDraft, nextLastSent } from './field-sync';

export interface FieldDraftOptions {
  /**
   * The document's text that `typed` becomes once sent, or null when it is not sent (an invalid
   * number, a card left empty). A number field gives its canonical form ("045" → "45"), so its own
   * typing, coming back from the document, is recognised as its own. Default: sent as typed.
   */
  sentAs?: (typed: string) => string | null;
}

export interface FieldDraft {
  /** What the field shows. */
  draft: string;
  /** Puts text in the field without sending it (Esc putting back what was there). */
  setDraft: (text: string) => void;
  onFocus: () => void;
  /** Shows the document again, unless the draft was not sent (it stays, with its message). */
  onBlur: () => void;
  onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => void;
  /** Shows `typed` and sends it, as typing it would ("Put my text back" after a refusal). */
  send: (typed: string) => void;
}

/**
 * The one draft rule of every text field bound to the document (src/steps/kit/field-sync.ts):
 * while the field has focus it keeps what the user types, so a broadcast of an earlier keystroke
 * never moves the caret; when the document changes to something the field did not send (Ctrl+Z,
 * another window) the field shows the document at once, focused or not.
 *
 * @example
 * const field = useFieldDraft(card.text, (text) => save(text));
 * return <textarea value={field.draft} onFocus={field.onFocus} onBlur={field.onBlur} onChange={field.onChange} />;
 */
export function useFieldDraft(value: string, onCommit: (typed: string) => void, { sentAs = (typed) => typed }: FieldDraftOptions = {}): FieldDraft {
  const [draft, setDraft] = useState(value);
  const focused = useRef(false);
  const lastSent = useRef<string | null>(null);

  useEffect(() => {
    const sent = lastSent.current;
    setDraft((shown) => nextDraft({ focused: focused.current, draft: shown, value, lastSent: sent }));
    lastSent.current = nextLastSent({ value, lastSent: sent });
  }, [value]);

  const send = (typed: string) => {
    setDraft(typed);
    const sent = sentAs(typed);
    if (sent === null) return;
    lastSent.current = sent;
    onCommit(typed);
  };

  return {
    draft,
    setDraft,
    onFocus: () => {
      focused.current = true;
    },
    onBlur: () => {
      focused.current = false;
      setDraft((shown) => (sentAs(shown) === null ? shown : value));
    },
    onChange: (event) => send(event.target.value),
    send,
  };
}
