import { Copy, Download, FolderOpen, Pencil, Trash2 } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { WorkspaceSummary } from '../../contract/calls';
import { formatDateTime, formatRelative } from '../../steps/kit/format';
import { useAppStore } from '../stores/app-store';

interface WorkspaceRowProps {
  entry: WorkspaceSummary;
  onOpen: () => void;
  onRename: () => void;
  onDuplicate: () => void;
  onExport: () => void;
  onDelete: () => void;
}

/** One workspace on the home screen: what it is, when it was last touched, and what to do with it. */
export function WorkspaceRow({ entry, onOpen, onRename, onDuplicate, onExport, onDelete }: WorkspaceRowProps) {
  const { t } = useTranslation('home');
  const uiLanguage = useAppStore((state) => state.uiLanguage);
  return (
    <li className="workspace-row" aria-label={entry.name}>
      <div className="workspace-row__main">
        <h3 className="workspace-row__name">
          <button type="button" className="link-button" onClick={onOpen}>
            {entry.name}
          </button>
        </h3>
        <p className="workspace-row__meta">
          <span>{entry.clientCompany || t('noClient')}</span>
          <span aria-hidden="true"> · </span>
          <span>{t('common:languages.' + entry.language)}</span>
          <span aria-hidden="true"> · </span>
          <span>{entry.currency}</span>
          <span aria-hidden="true"> · </span>
          <time dateTime={entry.updatedAt} title={formatDateTime(entry.updatedAt, uiLanguage)}>
            {t('lastEdited', { when: formatRelative(entry.updatedAt, uiLanguage) })}
          </time>
        </p>
      </div>
      <div className="workspace-row__actions">
        <button type="button" className="button button--primary" onClick={onOpen}>
          <FolderOpen aria-hidden="true" size={18} />
          {t('open')}
        </button>
        <button type="button" className="button" onClick={onRename}>
          <Pencil aria-hidden="true" size={18} />
          {t('rename')}
        </button>
        <button type="button" className="button" onClick={onDuplicate}>
          <Copy aria-hidden="true" size={18} />
          {t('duplicate')}
        </button>
        <button type="button" className="button" onClick={onExport}>
          <Download aria-hidden="true" size={18} />
          {t('export')}
        </button>
        <button type="button" className="button button--danger" onClick={onDelete}>
          <Trash2 aria-hidden="true" size={18} />
          {t('delete')}
        </button>
      </div>
    </li>
  );
}
