import { AlertCircle, Check, Loader } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../shell/use-error-text';
import { hasUnacknowledged, useDocumentStore } from '../stores/document-store';

// Made once: the indicator changes at each keystroke ("Saving…", "Saved"), its icons need not render.
const SAVED_ICON = <Check aria-hidden="true" size={16} />;
const SAVING_ICON = <Loader aria-hidden="true" size={16} />;
const PROBLEM_ICON = <AlertCircle aria-hidden="true" size={16} />;

/** Saved / saving / not saved (with the reason): always visible while a workspace is open. */
export function SaveIndicator() {
  const { t } = useTranslation('workspace');
  const errorText = useErrorText();
  // "Saved" only once everything typed here is acknowledged (on disk), not while it waits to leave.
  const state = useDocumentStore((s) => (s.saveState === 'saved' && hasUnacknowledged(s) ? 'saving' : s.saveState));
  const error = useDocumentStore((s) => s.saveError);
  return (
    <p className={`save-state save-state--${state}`} role="status" aria-live="polite">
      {state === 'saved' ? SAVED_ICON : null}
      {state === 'saving' ? SAVING_ICON : null}
      {state === 'error' || state === 'conflict' || state === 'taken_over' ? PROBLEM_ICON : null}
      <span>{t(`saveState.${state}`)}</span>
      {state === 'error' && error ? <span className="save-state__reason">{errorText(error)}</span> : null}
    </p>
  );
}
