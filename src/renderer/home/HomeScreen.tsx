import { Briefcase, FilePlus2, Trash2, Upload } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { WorkspaceSummary } from '../../contract/calls';
import { call, errorOf } from '../api/client';
import { Dialog } from '../../steps/kit/Dialog';
import { useToasts } from '../shell/toasts';
import { useErrorText } from '../shell/use-error-text';
import { useAppStore } from '../stores/app-store';
import { useWorkspacesStore } from '../stores/workspaces-store';
import { deleteWithUndo, exportWorkspace, importFile } from './actions';
import { BackupsDialog } from './BackupsDialog';
import { ConsultantDialog } from './ConsultantDialog';
import { ProblemRow } from './ProblemRow';
import { TrashView } from './TrashView';
import { WorkspaceForm, type WorkspaceFormValues } from './WorkspaceForm';
import { WorkspaceRow } from './WorkspaceRow';

/** The home screen: every workspace, most recent first, and what a consultant does with them. */
export function HomeScreen({ showTrash = false }: { showTrash?: boolean }) {
  const { t } = useTranslation('home');
  const errorText = useErrorText();
  const [, navigate] = useLocation();
  const entries = useWorkspacesStore((state) => state.entries);
  const loaded = useWorkspacesStore((state) => state.loaded);
  const listError = useWorkspacesStore((state) => state.error);
  const refresh = useWorkspacesStore((state) => state.refresh);
  const uiLanguage = useAppStore((state) => state.uiLanguage);
  const [creating, setCreating] = useState(false);
  const [branding, setBranding] = useState(false);
  const [renaming, setRenaming] = useState<WorkspaceSummary | null>(null);
  const [backupsOf, setBackupsOf] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const toastError = (thrown: unknown) => useToasts.getState().show({ tone: 'error', message: errorText(errorOf(thrown)) }, 12_000);

  async function create(values: WorkspaceFormValues) {
    try {
      const summary = await call('workspace.create', values);
      setCreating(false);
      setFormError(null);
      navigate(`/w/${summary.workspaceId}`);
    } catch (thrown) {
      setFormError(errorText(errorOf(thrown)));
    }
  }

  async function rename(values: WorkspaceFormValues) {
    if (!renaming) return;
    try {
      await call('workspace.rename', { workspaceId: renaming.workspaceId, name: values.name });
      setRenaming(null);
      setFormError(null);
      await refresh();
    } catch (thrown) {
      setFormError(errorText(errorOf(thrown)));
    }
  }

  async function duplicate(entry: WorkspaceSummary) {
    try {
      await call('workspace.duplicate', { workspaceId: entry.workspaceId, name: t('copyName', { name: entry.name }) });
      await refresh();
    } catch (thrown) {
      toastError(thrown);
    }
  }

  async function importFiles(files: FileList | null) {
    for (const file of Array.from(files ?? [])) {
      try {
        await importFile(file);
        useToasts.getState().show({ tone: 'info', message: t('imported', { name: file.name }) });
      } catch (thrown) {
        toastError(thrown);
      }
    }
  }

  if (showTrash) return <TrashView onBack={() => navigate('/')} />;

  return (
    <section aria-labelledby="workspaces-title" className="panel">
      <div className="panel__header">
        <h2 id="workspaces-title">{t('title')}</h2>
        <div className="toolbar">
          <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
            <FilePlus2 aria-hidden="true" size={18} />
            {t('newWorkspace')}
          </button>
          <button type="button" className="button" onClick={() => fileInput.current?.click()}>
            <Upload aria-hidden="true" size={18} />
            {t('import')}
          </button>
          <input
            ref={fileInput}
            type="file"
            accept=".json,application/json"
            className="visually-hidden"
            tabIndex={-1}
            aria-label={t('importFile')}
            multiple
            onChange={(event) => {
              void importFiles(event.target.files);
              event.target.value = '';
            }}
          />
          <button type="button" className="button" onClick={() => navigate('/trash')}>
            <Trash2 aria-hidden="true" size={18} />
            {t('trash.open')}
          </button>
          <button type="button" className="button" onClick={() => setBranding(true)}>
            <Briefcase aria-hidden="true" size={18} />
            {t('consultant.open')}
          </button>
        </div>
      </div>
      <p className="panel__intro">{t('intro')}</p>
      {listError ? (
        <p className="message message--error" role="alert">
          {errorText(listError)}
        </p>
      ) : null}
      {loaded && entries.length === 0 && !listError ? <p className="empty">{t('empty')}</p> : null}
      <ul className="workspace-list">
        {entries.map((entry) =>
          entry.status === 'ok' ? (
            <WorkspaceRow
              key={entry.workspaceId}
              entry={entry}
              onOpen={() => navigate(`/w/${entry.workspaceId}`)}
              onRename={() => {
                setFormError(null);
                setRenaming(entry);
              }}
              onDuplicate={() => void duplicate(entry)}
              onExport={() => void exportWorkspace(entry.workspaceId).catch(toastError)}
              onDelete={() => void deleteWithUndo(entry.workspaceId, entry.name, errorText).catch(toastError)}
            />
          ) : (
            <ProblemRow
              key={entry.workspaceId}
              entry={entry}
              onReveal={() => void call('host.revealFile', { workspaceId: entry.workspaceId }).catch(toastError)}
              onRestoreBackup={() => setBackupsOf(entry.workspaceId)}
              onDelete={() => void deleteWithUndo(entry.workspaceId, entry.fileName, errorText).catch(toastError)}
            />
          ),
        )}
      </ul>

      <ConsultantDialog open={branding} onClose={() => setBranding(false)} />

      <Dialog open={creating} title={t('create.title')} onClose={() => setCreating(false)}>
        <WorkspaceForm
          fields="all"
          submitLabel={t('create.submit')}
          initial={{ name: '', clientCompany: '', language: uiLanguage, currency: 'DKK' }}
          onSubmit={(values) => void create(values)}
          onCancel={() => setCreating(false)}
        />
        {formError ? (
          <p className="message message--error" role="alert">
            {formError}
          </p>
        ) : null}
      </Dialog>

      <Dialog open={renaming !== null} title={t('renameTitle')} onClose={() => setRenaming(null)}>
        {renaming ? (
          <WorkspaceForm
            fields="name"
            submitLabel={t('renameSubmit')}
            initial={{ name: renaming.name, clientCompany: renaming.clientCompany, language: renaming.language, currency: renaming.currency }}
            onSubmit={(values) => void rename(values)}
            onCancel={() => setRenaming(null)}
          />
        ) : null}
        {formError ? (
          <p className="message message--error" role="alert">
            {formError}
          </p>
        ) : null}
      </Dialog>

      <BackupsDialog
        workspaceId={backupsOf}
        onClose={() => setBackupsOf(null)}
        onRestored={() => {
          setBackupsOf(null);
          void refresh();
          useToasts.getState().show({ tone: 'info', message: t('backups.restored') });
        }}
      />
    </section>
  );
}
