import { ArrowLeft, RotateCcw } from 'lucide-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { call, errorOf } from '../api/client';
import { formatDateTime } from '../../steps/kit/format';
import { useToasts } from '../shell/toasts';
import { useErrorText } from '../shell/use-error-text';
import { useAppStore } from '../stores/app-store';
import { useWorkspacesStore } from '../stores/workspaces-store';

/** Deleted workspaces, newest first, each one click from coming back. */
export function TrashView({ onBack }: { onBack: () => void }) {
  const { t } = useTranslation('home');
  const errorText = useErrorText();
  const uiLanguage = useAppStore((state) => state.uiLanguage);
  const trash = useWorkspacesStore((state) => state.trash);
  const refreshTrash = useWorkspacesStore((state) => state.refreshTrash);
  const refresh = useWorkspacesStore((state) => state.refresh);

  useEffect(() => {
    void refreshTrash();
  }, [refreshTrash]);

  async function restore(trashId: string, name: string) {
    try {
      await call('workspace.restore', { trashId });
      await Promise.all([refresh(), refreshTrash()]);
      useToasts.getState().show({ tone: 'info', message: t('restored', { name }) });
    } catch (thrown) {
      useToasts.getState().show({ tone: 'error', message: errorText(errorOf(thrown)) });
    }
  }

  return (
    <section aria-labelledby="trash-title" className="panel">
      <div className="panel__header">
        <h2 id="trash-title">{t('trash.title')}</h2>
        <button type="button" className="button" onClick={onBack}>
          <ArrowLeft aria-hidden="true" size={18} />
          {t('trash.back')}
        </button>
      </div>
      <p className="panel__intro">{t('trash.intro')}</p>
      {trash.length === 0 ? (
        <p className="empty">{t('trash.empty')}</p>
      ) : (
        <ul className="workspace-list">
          {trash.map((item) => (
            <li key={item.trashId} className="workspace-row" aria-label={item.name}>
              <div className="workspace-row__main">
                <h3 className="workspace-row__name">{item.name}</h3>
                <p className="workspace-row__meta">
                  {item.clientCompany ? <span>{item.clientCompany} · </span> : null}
                  <time dateTime={item.deletedAt}>{t('trash.deletedAt', { when: formatDateTime(item.deletedAt, uiLanguage) })}</time>
                  {item.damaged ? <span> · {t('damaged')}</span> : null}
                </p>
              </div>
              <div className="workspace-row__actions">
                <button type="button" className="button button--primary" onClick={() => void restore(item.trashId, item.name)}>
                  <RotateCcw aria-hidden="true" size={18} />
                  {t('restore')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
