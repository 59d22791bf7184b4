import { Suspense, lazy, useCallback, type ReactNode } from 'react';
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

// The home screen loads first and alone; a workspace's screens (and with them the step registry,
// its catalogs and its rules) are chunks of their own, loaded when a workspace is opened.
const FacilitatorScreen = lazy(() => import('./facilitator/FacilitatorScreen').then((module) => ({ default: module.FacilitatorScreen })));
const PlaybookPreview = lazy(() => import('./playbook/PlaybookPreview').then((module) => ({ default: module.PlaybookPreview })));
const PlaybookPrintScreen = lazy(() => import('./playbook/PlaybookPrintScreen').then((module) => ({ default: module.PlaybookPrintScreen })));
const PresenterScreen = lazy(() => import('./present/PresenterScreen').then((module) => ({ default: module.PresenterScreen })));

/** While a screen's chunk loads: the app's own "Loading…", announced, never a blank page. */
function Loading({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Suspense
      fallback={
        <p className="panel" role="status" aria-busy="true">
          {t('loading')}
        </p>
      }
    >
      {children}
    </Suspense>
  );
}

/** The facilitator's window: header, routes (home, trash, a workspace), notices, file drops. */
export function App() {
  useDocumentEvents();
  return (
    <Router hook={useHashLocation}>
      <Switch>
        <Route path="/present/:id">
          {(params) => (
            <Suspense fallback={<main className="presenter presenter--dark" aria-busy="true" />}>
              <PresenterScreen workspaceId={params.id} />
            </Suspense>
          )}
        </Route>
        {/* The options ride in the hash's own query: `#/print/<id>?paper=A4&notes=0&cards=themes`. */}
        <Route path="/print/:route">
          {(params) => (
            <Suspense fallback={null}>
              <PlaybookPrintScreen route={params.route} />
            </Suspense>
          )}
        </Route>
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
        void import('./playbook/export').then(async ({ exportPlaybookPdf, outcomeMessage, usePlaybookStore }) => {
          const outcome = await exportPlaybookPdf(workspaceId, usePlaybookStore.getState().options);
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
        {/* The app's name is the page's level-one heading on every screen; each screen's own
            title is a level-two heading under it. */}
        <h1 className="brand-heading">
          <Link href="/" className="brand">
            {t('appName')}
          </Link>
        </h1>
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
          <Route path="/w/:id">
            {(params) => (
              <Loading>
                <FacilitatorScreen workspaceId={params.id} />
              </Loading>
            )}
          </Route>
          <Route path="/playbook/:id">
            {(params) => (
              <Loading>
                <PlaybookPreview workspaceId={params.id} />
              </Loading>
            )}
          </Route>
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
