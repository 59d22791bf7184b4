import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Route, Router, Switch, useLocation } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { errorOf } from './api/client';
import { exportWorkspace, importFile } from './home/actions';
import { HomeScreen } from './home/HomeScreen';
import { LanguageSwitcher } from './shell/LanguageSwitcher';
import { Toasts, useToasts } from './shell/toasts';
import { useErrorText } from './shell/use-error-text';
import { useFileDrop } from './shell/use-file-drop';
import { useDocumentEvents, useServiceEvents } from './shell/use-service-events';
import { useDocumentStore } from './stores/document-store';
import { FacilitatorScreen } from './facilitator/FacilitatorScreen';
import { exportPlaybookPdf, outcomeMessage, usePlaybookStore } from './playbook/export';
import { PlaybookPreview } from './playbook/PlaybookPreview';
import { PlaybookPrintScreen } from './playbook/PlaybookPrintScreen';
import { PresenterScreen } from './present/PresenterScreen';

/** The facilitator's window: header, routes (home, trash, a workspace), notices, file drops. */
export function App() {
  useDocumentEvents();
  return (
    <Router hook={useHashLocation}>
      <Switch>
        <Route path="/present/:id">{(params) => <PresenterScreen workspaceId={params.id} />}</Route>
        {/* The options ride in the hash's own query: `#/print/<id>?paper=A4&notes=0&cards=themes`. */}
        <Route path="/print/:route">{(params) => <PlaybookPrintScreen route={params.route} />}</Route>
        <Route>
          <Shell />
        </Route>
      </Switch>
    </Router>
  );
}

function Shell() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [, navigate] = useLocation();

  const importFiles = useCallback(
    async (files: FileList) => {
      for (const file of Array.from(files)) {
        try {
          const workspaceId = await importFile(file);
          useToasts.getState().show({ tone: 'info', message: t('home:imported', { name: file.name }) });
          if (files.length === 1) navigate(`/w/${workspaceId}`);
        } catch (thrown) {
          useToasts.getState().show({ tone: 'error', message: errorText(errorOf(thrown)) }, 12_000);
        }
      }
    },
    [errorText, navigate, t],
  );

  const onCommand = useCallback(
    (command: string) => {
      if (command === 'new_workspace' || command === 'import_workspace') {
        navigate('/');
        // The home screen's own buttons do the work, so the menu and the button are one path.
        const label = command === 'new_workspace' ? t('home:newWorkspace') : t('home:import');
        setTimeout(() => Array.from(document.querySelectorAll('button')).find((b) => b.textContent === label)?.click(), 0);
      } else if (command === 'export_workspace') {
        const workspaceId = useDocumentStore.getState().workspaceId;
        if (workspaceId) void exportWorkspace(workspaceId).catch((thrown: unknown) => useToasts.getState().show({ tone: 'error', message: errorText(errorOf(thrown)) }));
      } else if (command === 'export_playbook') {
        const workspaceId = useDocumentStore.getState().workspaceId;
        if (!workspaceId) {
          useToasts.getState().show({ tone: 'info', message: t('playbook:preview.noWorkspace') });
          return;
        }
        void exportPlaybookPdf(workspaceId, usePlaybookStore.getState().options).then((outcome) => {
          const notice = outcomeMessage(outcome, errorText);
          if (notice) useToasts.getState().show(notice, notice.tone === 'error' ? 12_000 : 8000);
        });
      }
    },
    [errorText, navigate, t],
  );

  useServiceEvents(onCommand);
  const dragging = useFileDrop(importFiles);

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <header className="app-header">
        <Link href="/" className="brand">
          {t('appName')}
        </Link>
        <span className="app-header__tagline">{t('tagline')}</span>
        <LanguageSwitcher />
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        <Switch>
          <Route path="/">
            <HomeScreen />
          </Route>
          <Route path="/trash">
            <HomeScreen showTrash />
          </Route>
          <Route path="/w/:id">{(params) => <FacilitatorScreen workspaceId={params.id} />}</Route>
          <Route path="/playbook/:id">{(params) => <PlaybookPreview workspaceId={params.id} />}</Route>
          <Route>
            <p>{t('notFound')}</p>
          </Route>
        </Switch>
      </main>
      {dragging ? (
        <div className="drop-overlay" aria-hidden="true">
          <p>{t('home:dropToImport')}</p>
        </div>
      ) : null}
      <Toasts />
    </div>
  );
}
