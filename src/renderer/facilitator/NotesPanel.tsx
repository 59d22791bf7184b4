import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { setNotes } from '../session/session-actions';

/** The facilitator's private notes for the step on screen: never on the projector. */
export function NotesPanel({ itemId, notes }: { itemId: string; notes: string }) {
  const { t } = useTranslation('facilitator');
  const id = useId();
  const hintId = useId();
  const [draft, setDraft] = useState(notes);
  const focused = useRef(false);

  useEffect(() => {
    if (!focused.current) setDraft(notes);
  }, [notes, itemId]);

  return (
    <section className="notes-panel">
      <label htmlFor={id} className="notes-panel__label">
        {t('notes.label')}
      </label>
      <p id={hintId} className="form__hint">
        {t('notes.hint')}
      </p>
      <textarea
        id={id}
        aria-describedby={hintId}
        rows={8}
        value={draft}
        onFocus={() => {
          focused.current = true;
        }}
        onBlur={() => {
          focused.current = false;
          setDraft(notes);
        }}
        onChange={(event) => {
          setDraft(event.target.value);
          void setNotes(itemId, event.target.value);
        }}
      />
    </section>
  );
}
