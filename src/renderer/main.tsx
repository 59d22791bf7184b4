// The renderer's entry: picks the host's transport, restores the UI language (or takes the OS's
// on first start, when it also puts the sample workshop in place), then mounts the app.
import '@fontsource/source-sans-3/latin-400.css';
import '@fontsource/source-sans-3/latin-600.css';
import '@fontsource/source-sans-3/latin-700.css';
import './styles/app.css';
import './styles/facilitator.css';
import './styles/presenter.css';
import './styles/playbook.css';
import './styles/playbook-parts.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './App';
import { call, setTransport } from './api/client';
import { i18n } from './i18n';
import { languageFromSystem, useAppStore } from './stores/app-store';
import { reportPendingEdits } from './stores/report-pending-edits';
import { createTransport } from './transport';

async function boot(): Promise<void> {
  setTransport(createTransport());
  const app = useAppStore.getState();
  try {
    const [settings, host] = await Promise.all([call('settings.get', {}), call('host.info', {})]);
    app.setHost(host);
    // The desktop's window waits for edits in flight before it closes; a browser page flushes on
    // `pagehide` itself.
    if (host.kind === 'desktop') reportPendingEdits();
    const language = settings.uiLanguage ?? languageFromSystem();
    app.adoptUiLanguage(language);
    if (!settings.uiLanguage) await call('settings.update', { uiLanguage: language });
    if (!settings.sampleInstalled) await call('workspace.installSample', { language });
  } catch {
    // The home screen shows the host's error when it lists the workspaces; start anyway.
    app.adoptUiLanguage(languageFromSystem());
  }
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  createRoot(root).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <App />
      </I18nextProvider>
    </StrictMode>,
  );
}

void boot();
