import { AlertTriangle, FolderSearch, History, Trash2 } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { WorkspaceListEntry } from '../../contract/calls';
import { formatDateTime } from '../../steps/kit/format';
import { useAppStore } from '../stores/app-store';

type ProblemEntry = Exclude<WorkspaceListEntry, { status: 'ok' }>;

interface ProblemRowProps {
  entry: ProblemEntry;
  onReveal: () => void;
  onRestoreBackup: () => void;
  onDelete: () => void;
}

/**
 * A file that cannot be opened: damaged, or written by a newer Samspil. It says why, where the
 * file is, and offers what can be done; the file itself is never touched.
 */
export function ProblemRow({ entry, onReveal, onRestoreBackup, onDelete }: ProblemRowProps) {
  const { t } = useTranslation('home');
  const uiLanguage = useAppStore((state) => state.uiLanguage);
  const host = useAppStore((state) => state.host);
  const filePath = host ? `${host.dataDir}/workspaces/${entry.fileName}` : entry.fileName;
  const title = entry.status === 'too_new' && entry.name ? entry.name : entry.fileName;
  return (
    <li className="workspace-row workspace-row--problem" aria-label={title}>
      <div className="workspace-row__main">
        <h3 className="workspace-row__name">
          <AlertTriangle aria-hidden="true" size={20} className="icon-warning" />
          {title}
        </h3>
        {entry.status === 'damaged' ? (
          <>
            <p className="workspace-row__problem">
              <strong>{t('damaged')}</strong> {t([`damage.${entry.reason}`, `errors:damage.${entry.reason}`])}
            </p>
            {entry.detail ? <p className="workspace-row__detail">{t('damageDetail', { detail: entry.detail })}</p> : null}
            <p className="workspace-row__detail">{entry.backupCount > 0 ? t('backupsAvailable', { count: entry.backupCount }) : t('noBackups')}</p>
          </>
        ) : (
          <p className="workspace-row__problem">
            <strong>{t('tooNew')}</strong>{' '}
            {entry.step
              ? t('tooNewStepDetail', { step: t(`${entry.step.stepId}:title`, { defaultValue: entry.step.stepId }), version: entry.step.version, supported: entry.step.supported })
              : t('tooNewDetail', { version: entry.schemaVersion, supported: entry.supportedVersion })}
          </p>
        )}
        <p className="workspace-row__detail">
          {t('fileAt')} <code className="file-path">{filePath}</code>
          <span aria-hidden="true"> · </span>
          <time dateTime={entry.modifiedAt}>{t('modified', { when: formatDateTime(entry.modifiedAt, uiLanguage) })}</time>
        </p>
        <p className="workspace-row__detail">{t('keptAsIs')}</p>
      </div>
      <div className="workspace-row__actions">
        {host?.capabilities.revealFile ? (
          <button type="button" className="button" onClick={onReveal}>
            <FolderSearch aria-hidden="true" size={18} />
            {t('revealFile')}
          </button>
        ) : null}
        {entry.status === 'damaged' && entry.backupCount > 0 ? (
          <button type="button" className="button button--primary" onClick={onRestoreBackup}>
            <History aria-hidden="true" size={18} />
            {t('restoreFromBackup')}
          </button>
        ) : null}
        <button type="button" className="button button--danger" onClick={onDelete}>
          <Trash2 aria-hidden="true" size={18} />
          {t('delete')}
        </button>
      </div>
    </li>
  );
}
