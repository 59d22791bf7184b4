import '../steps/step-catalogs';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCountdown, readTimer } from '../../domain/timer';
import { agendaOf, itemSessionOf, itemTitle, shownItem } from '../facilitator/agenda-view';
import { stopPresenting } from '../facilitator/present';
import { setPresenterBlank } from '../session/session-actions';
import { FitFrame } from '../../steps/kit/use-fit-to-box';
import { preloadAllViews } from '../steps/registry';
import { StepHostProvider } from '../steps/StepHostProvider';
import { useStepViews } from '../steps/use-step-views';
import { useDocumentStore } from '../stores/document-store';
import { useNow } from '../use-now';

/**
 * What the room sees on the projector: the step the facilitator is on, large and calm, with its
 * timer. It follows the facilitator through the service's events; it has no editing controls and
 * never shows the facilitator's notes. B blanks it (as in presentation software), Esc ends it.
 */
export function PresenterScreen({ workspaceId }: { workspaceId: string }) {
  const workspace = useDocumentStore((s) => s.workspace);
  const loadError = useDocumentStore((s) => s.loadError);
  const { t } = useTranslation('facilitator', { lng: workspace?.language });
  const { open, close } = useDocumentStore.getState();

  useEffect(() => {
    void open(workspaceId);
    return () => close();
  }, [workspaceId, open, close]);

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const doc = useDocumentStore.getState().workspace;
      if (event.key === 'Escape') void stopPresenting();
      else if (event.key.toLowerCase() === 'b' && doc) void setPresenterBlank(!doc.session.presenterBlank);
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const item = workspace ? shownItem(workspace) : null;
  const timer = workspace && item ? itemSessionOf(workspace, item.id).timer : null;
  const now = useNow(timer?.startedAt != null, 250);

  const views = useStepViews(item?.kind === 'step' ? item.stepId : null);
  useEffect(() => {
    // The room's next step must not wait for its chunk: every step's views load up front.
    preloadAllViews();
  }, []);

  useEffect(() => {
    document.documentElement.classList.add('presenting');
    return () => document.documentElement.classList.remove('presenting');
  }, []);

  if (loadError || !workspace) {
    return <main className="presenter presenter--dark" aria-busy={!loadError} />;
  }
  const theme = workspace.session.presenterTheme;
  if (workspace.session.presenterBlank) {
    return (
      <main className={`presenter presenter--${theme} presenter--blank`}>
        <h1 className="visually-hidden">{t('blanked')}</h1>
      </main>
    );
  }
  const reading = timer && item ? readTimer(timer, item.minutes, now) : null;
  const agenda = agendaOf(workspace);
  return (
    <main className={`presenter presenter--${theme}`}>
      <header className="presenter__header">
        <h1 className="presenter__title">{item ? itemTitle(item, t) : workspace.name}</h1>
        {reading && (reading.running || reading.spentMs > 0) ? (
          <p className={`presenter__timer${reading.overtime ? ' presenter__timer--overtime' : ''}`}>
            <span className="visually-hidden">{reading.overtime ? t('timer.overtimeLabel') : t('timer.remainingLabel')}</span>
            {formatCountdown(reading.remainingMs)}
          </p>
        ) : null}
      </header>
      <div className="presenter__body">
        {item?.kind === 'step' && views.status === 'ready' ? (
          <StepHostProvider>
            <PresenterFit contentKey={workspace.steps[item.stepId]} itemId={item.id} language={workspace.language}>
              <views.views.Presenter workspace={workspace} slice={workspace.steps[item.stepId]} />
            </PresenterFit>
          </StepHostProvider>
        ) : item?.kind === 'step' && views.status !== 'missing' ? null : item ? (
          <p className="presenter__custom">{workspace.clientCompany}</p>
        ) : null}
      </div>
      <footer className="presenter__footer">
        <span>{workspace.clientCompany}</span>
        {item ? <span>{t('position', { n: agenda.filter((entry) => entry.enabled).findIndex((entry) => entry.id === item.id) + 1, total: agenda.filter((entry) => entry.enabled).length })}</span> : null}
      </footer>
    </main>
  );
}

/**
 * Every step's projected view fills the screen: its content is scaled (in em) up or down until it
 * just fits the body of the projector (the kit's FitFrame), so a short agenda is large and a wall
 * of 60 cards still fits without a scrollbar.
 */
function PresenterFit({ contentKey, itemId, language, children }: { contentKey: unknown; itemId: string; language: string; children: ReactNode }) {
  return (
    <FitFrame className="presenter__fit" contentKey={contentKey} salt={`${itemId}|${language}`}>
      {children}
    </FitFrame>
  );
}
