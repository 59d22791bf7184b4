import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ServiceError } from '../../contract/errors';
import { Dialog } from '../../steps/kit/Dialog';
import { useDocumentStore } from '../stores/document-store';

/**
 * Beside "open in another Samspil (process N)": a way out when that lock cannot be told stale (a
 * process runs under its pid, perhaps not Samspil at all). Taking over asks first, and says what
 * it means: the other window's edits not yet saved may be lost.
 */
export function TakeOverLock({ error }: { error: ServiceError }) {
  const { t } = useTranslation('workspace');
  const [confirming, setConfirming] = useState(false);
  const [taking, setTaking] = useState(false);
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
            onClick={() => {
              setTaking(true);
              void useDocumentStore
                .getState()
                .takeOver()
                .finally(() => {
                  setTaking(false);
                  setConfirming(false);
                });
            }}
          >
            {t('takeOver.confirm')}
          </button>
        </div>
      </Dialog>
    </>
  );
}
