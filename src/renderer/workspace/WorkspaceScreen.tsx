import { ArrowLeft, Redo2, Undo2 } from 'lucide-react';
import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { clientCompanySchema, languageSchema, workspaceNameSchema } from '../../contract/workspace';
import { CURRENCIES, formatDateTime } from '../format/intl';
import { useErrorText } from '../shell/use-error-text';
import { useAppStore } from '../stores/app-store';
import { useDocumentStore } from '../stores/document-store';
import { ConflictBanner } from './ConflictBanner';
import { SaveIndicator } from './SaveIndicator';
import { TextField } from './TextField';

/** An open workspace: its details, undo/redo, and its save state. */
export function WorkspaceScreen({ workspaceId }: { workspaceId: string }) {
  const { t } = useTranslation('workspace');
  const errorText = useErrorText();
  const uiLanguage = useAppStore((s) => s.uiLanguage);
  const workspace = useDocumentStore((s) => s.workspace);
  const loadError = useDocumentStore((s) => s.loadError);
  const lastError = useDocumentStore((s) => s.lastError);
  const canUndo = useDocumentStore((s) => s.canUndo);
  const canRedo = useDocumentStore((s) => s.canRedo);
  const saveState = useDocumentStore((s) => s.saveState);
  const { open, close, edit, undo, redo } = useDocumentStore.getState();
  const languageId = useId();
  const currencyId = useId();

  useEffect(() => {
    void open(workspaceId);
    return () => close();
  }, [workspaceId, open, close]);

  useEffect(() => {
    // Undo and redo belong to the document, from any field: the fields send every keystroke.
    function onKey(event: KeyboardEvent) {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) {
        event.preventDefault();
        void undo();
      } else if ((key === 'z' && event.shiftKey) || (key === 'y' && !event.metaKey)) {
        event.preventDefault();
        void redo();
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [undo, redo]);

  if (loadError) {
    return (
      <section className="panel">
        <Link href="/" className="button">
          <ArrowLeft aria-hidden="true" size={18} />
          {t('back')}
        </Link>
        <p className="message message--error" role="alert">
          {errorText(loadError)}
        </p>
      </section>
    );
  }
  if (!workspace) return <p className="panel">{t('common:loading')}</p>;

  const set = (field: string, value: unknown) => void edit([{ type: 'set', path: [field], value }], field).catch(() => undefined);

  return (
    <section aria-labelledby="workspace-title" className="panel">
      <div className="panel__header">
        <div>
          <Link href="/" className="back-link">
            <ArrowLeft aria-hidden="true" size={16} />
            {t('back')}
          </Link>
          <h2 id="workspace-title">{workspace.name}</h2>
          <p className="workspace-row__meta">
            {t('lastEdited', { when: formatDateTime(workspace.updatedAt, uiLanguage) })}
          </p>
        </div>
        <div className="toolbar">
          <button type="button" className="button" disabled={!canUndo || saveState === 'conflict'} onClick={() => void undo()}>
            <Undo2 aria-hidden="true" size={18} />
            {t('undo')}
          </button>
          <button type="button" className="button" disabled={!canRedo || saveState === 'conflict'} onClick={() => void redo()}>
            <Redo2 aria-hidden="true" size={18} />
            {t('redo')}
          </button>
          <SaveIndicator />
        </div>
      </div>
      {saveState === 'conflict' ? <ConflictBanner /> : null}
      {lastError && lastError.code !== 'external_change' ? (
        <p className="message message--error" role="alert">
          {errorText(lastError)}
        </p>
      ) : null}
      <div className="details-grid">
        <TextField
          label={t('fields.name')}
          value={workspace.name}
          validate={(value) => (workspaceNameSchema.safeParse(value).success ? null : t('home:form.nameRequired'))}
          onCommit={(value) => set('name', value)}
        />
        <TextField
          label={t('fields.clientCompany')}
          value={workspace.clientCompany}
          validate={(value) => (clientCompanySchema.safeParse(value).success ? null : t('home:form.clientTooLong'))}
          onCommit={(value) => set('clientCompany', value)}
        />
        <div className="field">
          <label htmlFor={languageId}>{t('fields.language')}</label>
          <select id={languageId} value={workspace.language} onChange={(event) => set('language', languageSchema.parse(event.target.value))}>
            <option value="da">{t('common:languages.da')}</option>
            <option value="en">{t('common:languages.en')}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={currencyId}>{t('fields.currency')}</label>
          <select id={currencyId} value={workspace.currency} onChange={(event) => set('currency', event.target.value)}>
            {[...new Set([workspace.currency, ...CURRENCIES])].map((code) => (
              <option key={code} value={code}>
                {code}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p className="form__hint">{t('languageHint')}</p>
    </section>
  );
}
