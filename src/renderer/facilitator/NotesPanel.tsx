import { useTranslation } from 'react-i18next';
import { TextAreaField } from '../../steps/kit/TextAreaField';
import { setNotes } from '../session/session-actions';

/** The facilitator's private notes for the step on screen: never on the projector. */
export function NotesPanel({ itemId, notes }: { itemId: string; notes: string }) {
  const { t } = useTranslation('facilitator');
  return (
    <section className="notes-panel">
      <TextAreaField label={t('notes.label')} hint={t('notes.hint')} rows={8} value={notes} onCommit={(text) => void setNotes(itemId, text)} />
    </section>
  );
}
