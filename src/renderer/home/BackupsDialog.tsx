import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Backup } from '../../contract/calls';
import type { ServiceError } from '../../contract/errors';
import { call, errorOf } from '../api/client';
import { formatDateTime, formatNumber } from '../../steps/kit/format';
import { Dialog } from '../../steps/kit/Dialog';
import { useErrorText } from '../shell/use-error-text';
import { useAppStore } from '../stores/app-store';

interface BackupsDialogProps {
  workspaceId: string | null;
  onClose: () => void;
  onRestored: () => void;
}

/** The backups of one workspace, newest first; restoring one first backs up what is there now. */
export function BackupsDialog({ workspaceId, onClose, onRestored }: BackupsDialogProps) {
  const { t } = useTranslation('home');
  return (
    <Dialog open={workspaceId !== null} title={t('backups.title')} description={t('backups.description')} onClose={onClose}>
      {workspaceId ? <BackupList key={workspaceId} workspaceId={workspaceId} onRestored={onRestored} /> : null}
      <div className="form__actions">
        <button type="button" className="button button--quiet" onClick={onClose}>
          {t('common:close')}
        </button>
      </div>
    </Dialog>
  );
}

function BackupList({ workspaceId, onRestored }: { workspaceId: string; onRestored: () => void }) {
  const { t } = useTranslation('home');
  const errorText = useErrorText();
  const uiLanguage = useAppStore((state) => state.uiLanguage);
  const [backups, setBackups] = useState<Backup[] | null>(null);
  const [error, setError] = useState<ServiceError | null>(null);

  useEffect(() => {
    call('workspace.backups', { workspaceId }).then(
      (result) => setBackups(result.backups),
      (thrown: unknown) => setError(errorOf(thrown)),
    );
  }, [workspaceId]);

  async function restore(backupId: string) {
    try {
      await call('workspace.restoreBackup', { workspaceId, backupId });
      onRestored();
    } catch (thrown) {
      setError(errorOf(thrown));
    }
  }

  return (
    <>
      {error ? (
        <p className="message message--error" role="alert">
          {errorText(error)}
        </p>
      ) : null}
      {backups === null && !error ? <p>{t('common:loading')}</p> : null}
      {backups?.length === 0 ? <p>{t('noBackups')}</p> : null}
      {backups && backups.length > 0 ? (
        <ul className="backup-list">
          {backups.map((backup) => (
            <li key={backup.backupId} className="backup-list__item">
              <span>
                <strong>{formatDateTime(backup.createdAt, uiLanguage)}</strong> · {t(`backups.reason.${backup.reason}`)} ·{' '}
                {t('backups.size', { size: formatNumber(Math.max(1, Math.round(backup.sizeBytes / 1024)), uiLanguage) })}
              </span>
              <button type="button" className="button" onClick={() => void restore(backup.backupId)}>
                {t('restore')}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
