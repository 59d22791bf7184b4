import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ServiceError } from '../../contract/errors';
import { call, errorOf } from '../api/client';
import { useErrorText } from '../shell/use-error-text';
import { useDocumentStore } from '../stores/document-store';
import { useWorkspacesStore } from '../stores/workspaces-store';

/**
 * The file changed on disk under this workspace (a synced folder, another laptop). Nothing is
 * saved until the user chooses: take the file's version, or keep theirs as a copy and take it.
 */
export function ConflictBanner() {
  const { t } = useTranslation('workspace');
  const errorText = useErrorText();
  const workspaceId = useDocumentStore((s) => s.workspaceId);
  const name = useDocumentStore((s) => s.workspace?.name ?? '');
  const [error, setError] = useState<ServiceError | null>(null);

  async function resolve(choice: 'reload' | 'keep_mine_as_copy') {
    if (!workspaceId) return;
    try {
      await call('workspace.resolveExternalChange', {
        workspaceId,
        choice,
        ...(choice === 'keep_mine_as_copy' ? { copyName: t('conflict.copyName', { name }) } : {}),
      });
      setError(null);
      await useWorkspacesStore.getState().refresh();
    } catch (thrown) {
      setError(errorOf(thrown));
    }
  }

  return (
    <div className="banner banner--warning" role="alert">
      <div>
        <p className="banner__title">{t('conflict.title')}</p>
        <p>{t('conflict.body')}</p>
        {error ? <p className="field__error">{errorText(error)}</p> : null}
      </div>
      <div className="banner__actions">
        <button type="button" className="button" onClick={() => void resolve('reload')}>
          {t('conflict.reload')}
        </button>
        <button type="button" className="button button--primary" onClick={() => void resolve('keep_mine_as_copy')}>
          {t('conflict.keepMine')}
        </button>
      </div>
    </div>
  );
}
