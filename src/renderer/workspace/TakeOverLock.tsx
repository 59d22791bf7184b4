import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ServiceError } from '../../contract/errors';
import { Dialog } from '../../steps/kit/Dialog';
import { useDocumentStore } from '../stores/document-store';

/**
 * Breaks another Samspil's lock on the open workspace and opens it here (the store's `takeOver`);
 * `taking` is true while it runs, so a second press sends nothing. `after` runs once it is done.
 */
export function useTakeOver(): { taking: boolean; takeOver: (after?: () => void) => void } {
  const [taking, setTaking] = useState(false);
  const takeOver = (after?: () => void) => {
    setTaking(true);
    void useDocumentStore
      .getState()
      .takeOver()
      .finally(() => {
        setTaking(false);
        after?.();
      });
  };
  return { taking, takeOver };
}

/**
 * Beside "open in another Samspil (process N)": a way out when that lock cannot be told stale (a
 * process runs under its pid, perhaps not Samspil at all). Taking over asks first, and says what
 * it means: the other window's edits not yet saved may be lost.
 */
export function TakeOverLock({ error }: { error: ServiceError }) {
  const { t } = useTranslation('workspace');
  const [confirming, setConfirming] = useState(false);
  const { taking, takeOver } = useTakeOver();
  const pid = String(error.params['pid'] ?? '');
  return (
    <>
      <button type="button" className="button" onClick={() => setConfirming(true)}>
        {t('takeOver.open')}
      </button>
      <Dialog open={confirming} title={t('takeOver.title')} description={t('takeOver.description', { pid })} onClose={() => setConfirming(false)}>
        <div className="form__actions">
          <button type="button" className="button" onClick={() => setConfirming(false)}>
            {t('common:cancel')}
          </button>
          <button
            type="button"
            className="button button--primary"
            disabled={taking}
            onClick={() => takeOver(() => setConfirming(false))}
          >
            {t('takeOver.confirm')}
          </button>
        </div>
      </Dialog>
    </>
  );
}
