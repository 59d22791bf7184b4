import '../steps/step-catalogs';
import { ArrowLeft, BookOpen, ChevronLeft, ChevronRight, Keyboard, MonitorOff, MonitorPlay, Redo2, Undo2 } from 'lucide-react';
import { memo, useCallback, useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useShallow } from 'zustand/react/shallow';
import type { EditOp } from '../../contract/edit';
import { activeItems } from '../../domain/agenda';
import { readTimer } from '../../domain/timer';
import { WORKSHOP_PATH } from '../../domain/workshop';
import { changeTimer, goToNeighbour, setPresenterBlank, setPresenterTheme } from '../session/session-actions';
import { useErrorText } from '../shell/use-error-text';
import { quickAddStep } from '../../steps';
import type { AnyStepViews } from '../../steps/kit/views';
import { preloadAllViews } from '../steps/registry';
import { StepHostProvider } from '../steps/StepHostProvider';
import { useStepViews } from '../steps/use-step-views';
import { selectForViews, useDocumentStore, type EditOptions } from '../stores/document-store';
import { ConflictBanner } from '../workspace/ConflictBanner';
import { SaveIndicator } from '../workspace/SaveIndicator';
import { TakeOverLock } from '../workspace/TakeOverLock';
import { TakenOverBanner } from '../workspace/TakenOverBanner';
import { agendaOf, itemSessionOf, itemTitle, shownItem, type WorkspaceFrame } from './agenda-view';
import { NotesPanel } from './NotesPanel';
import { ProblemsPanel } from './ProblemsPanel';
import { startPresenting } from './present';
import { ShortcutsDialog } from './ShortcutsDialog';
import { QuickAddDialog } from './QuickAddDialog';
import { StepNav } from './StepNav';
import { TimerPanel } from './TimerPanel';

/** The step editor's edit: the same function at every render (a wall's memoised parts rely on it). */
const editDocument = (ops: EditOp[], options?: EditOptions) => void useDocumentStore.getState().edit(ops, options).catch(() => undefined);

// The screen's frame (the agenda, the toolbar, the timer and notes) reads only the parts of the
// document it shows: a keystroke in a step renders the step's editor, not the frame around it.
const Timer = memo(TimerPanel);
const Notes = memo(NotesPanel);
const SaveState = memo(SaveIndicator);
const Nav = memo(StepNav);
const Shortcuts = memo(ShortcutsDialog);

/** The step's editor: it alone reads the whole document, and renders again only when that changed. */
const StepEditor = memo(function StepEditor({ views, stepId }: { views: AnyStepViews; stepId: string }) {
  const workspace = useDocumentStore(selectForViews);
  if (!workspace) return null;
  return <views.Editor workspace={workspace} slice={workspace.steps[stepId]} edit={editDocument} />;
});

/** The agenda and the room's session: what the frame reads, the same objects while a step is typed in. */
function useWorkspaceFrame(): { name: string; frame: WorkspaceFrame } | null {
  const parts = useDocumentStore(
    useShallow((s) => (s.workspace ? { name: s.workspace.name, workshop: s.workspace.steps[WORKSHOP_PATH[1]], session: s.workspace.session } : null)),
  );
  const workshop = parts?.workshop;
  const session = parts?.session;
  const frame = useMemo(() => (session ? { steps: { [WORKSHOP_PATH[1]]: workshop }, session } : null), [workshop, session]);
  return parts && frame ? { name: parts.name, frame } : null;
}

/** Undo and redo, with what they depend on: the save state changes at each keystroke, the frame does not. */
function HistoryButtons() {
  const { t } = useTranslation('facilitator');
  const canUndo = useDocumentStore((s) => s.canUndo);
  const canRedo = useDocumentStore((s) => s.canRedo);
  // Nothing to undo here while the file is in conflict or another Samspil has taken it over.
  const blocked = useDocumentStore((s) => s.saveState === 'conflict' || s.saveState === 'taken_over');
  const { undo, redo } = useDocumentStore.getState();
  return (
    <>
      <button type="button" className="button button--small" disabled={!canUndo || blocked} onClick={() => void undo()}>
        <Undo2 aria-hidden="true" size={16} />
        {t('workspace:undo')}
      </button>
      <button type="button" className="button button--small" disabled={!canRedo || blocked} onClick={() => void redo()}>
        <Redo2 aria-hidden="true" size={16} />
        {t('workspace:redo')}
      </button>
    </>
  );
}

/** A conflict with a change made outside Samspil, a take-over by another Samspil, or the last edit the service refused. */
function SaveProblems() {
  const errorText = useErrorText();
  // (Not the save state itself: it changes at each keystroke, "saving" and "saved".)
  const saveState = useDocumentStore((s) => (s.saveState === 'conflict' || s.saveState === 'taken_over' ? s.saveState : null));
  const lastError = useDocumentStore((s) => s.lastError);
  return (
    <>
      {saveState === 'conflict' ? <ConflictBanner /> : null}
      {saveState === 'taken_over' ? <TakenOverBanner /> : null}
      {lastError && lastError.code !== 'external_change' && lastError.code !== 'workspace_taken_over' ? (
        <p className="message message--error" role="alert">
          {errorText(lastError)}
        </p>
      ) : null}
    </>
  );
}

/** Typing in a field: single-key shortcuts stay out of the way. */
function isTyping(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  return !!element && (element.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName));
}

/**
 * The facilitator's view of a workspace: the agenda on the left, the step on screen in the
 * middle, its timer and private notes on the right; moving on, presenting, undo and redo.
 */
export function FacilitatorScreen({ workspaceId }: { workspaceId: string }) {
  const { t } = useTranslation('facilitator');
  const errorText = useErrorText();
  const shown = useWorkspaceFrame();
  const workspace = shown?.frame ?? null;
  const loadError = useDocumentStore((s) => s.loadError);
  const { open, close, undo, redo } = useDocumentStore.getState();
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const [addActionOpen, setAddActionOpen] = useState(false);
  const closeShortcuts = useCallback(() => setShortcutsOpen(false), []);
  const closeAddAction = useCallback(() => setAddActionOpen(false), []);
  const themeId = useId();

  useEffect(() => {
    void open(workspaceId);
    return () => close();
  }, [workspaceId, open, close]);

  const agenda = workspace ? agendaOf(workspace) : [];
  const item = workspace ? shownItem(workspace) : null;
  const active = activeItems(agenda);
  const index = item ? active.findIndex((entry) => entry.id === item.id) : -1;
  // Hooks run on every render: the step's views load (once) while the rest of the screen shows.
  const views = useStepViews(item?.kind === 'step' ? item.stepId : null);

  useEffect(() => {
    // Next and Previous should not wait for a chunk: load the other steps once the screen is up.
    const idle = window.setTimeout(preloadAllViews, 1500);
    return () => window.clearTimeout(idle);
  }, []);

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      const state = useDocumentStore.getState();
      const doc = state.workspace;
      if (!doc) return;
      const shown = shownItem(doc);
      const list = agendaOf(doc);
      const mod = event.ctrlKey || event.metaKey;
      const key = event.key.toLowerCase();
      if (mod && !event.altKey && key === 'z') {
        event.preventDefault();
        void (event.shiftKey ? redo() : undo());
        return;
      }
      if (mod && !event.altKey && !event.metaKey && key === 'y') {
        event.preventDefault();
        void redo();
        return;
      }
      if (event.altKey && !mod && (event.key === 'ArrowRight' || event.key === 'ArrowLeft')) {
        event.preventDefault();
        void goToNeighbour(list, shown?.id ?? null, event.key === 'ArrowRight' ? 1 : -1);
        return;
      }
      // A key a step's view already handled (a grid's letters) is not a shortcut.
      if (mod || event.altKey || event.defaultPrevented || isTyping(event.target) || document.querySelector('dialog[open]')) return;
      if (event.key === '?') {
        event.preventDefault();
        setShortcutsOpen(true);
      } else if (key === 't' && shown) {
        const timer = itemSessionOf(doc, shown.id).timer;
        void changeTimer(shown.id, readTimer(timer, shown.minutes, new Date()).running ? 'pause' : 'start');
      } else if (key === 'p') {
        void startPresenting(workspaceId);
      } else if (key === quickAddStep()?.quickAdd?.key) {
        // A step's quick add (actions and sign-off: an action), from any step, without leaving it.
        event.preventDefault();
        setAddActionOpen(true);
      } else if (key === 'b') {
        void setPresenterBlank(!doc.session.presenterBlank);
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [undo, redo, workspaceId]);

  if (loadError) {
    return (
      <section className="panel">
        <Link href="/" className="back-link">
          <ArrowLeft aria-hidden="true" size={16} />
          {t('workspace:back')}
        </Link>
        <p className="message message--error" role="alert">
          {errorText(loadError)}
        </p>
        {loadError.code === 'workspace_locked' ? <TakeOverLock error={loadError} /> : null}
      </section>
    );
  }
  if (!shown || !workspace) return <p className="panel">{t('common:loading')}</p>;

  const itemSession = item ? itemSessionOf(workspace, item.id) : null;

  return (
    <div className="facilitator">
      <div className="facilitator__nav">
        <Link href="/" className="back-link">
          <ArrowLeft aria-hidden="true" size={16} />
          {t('workspace:back')}
        </Link>
        <p className="facilitator__workspace">{shown.name}</p>
        <Nav workspace={workspace} shownId={item?.id ?? null} />
      </div>
      <section className="facilitator__main" aria-labelledby="step-title">
        <div className="facilitator__header">
          <div>
            <p className="facilitator__kicker">{index >= 0 ? t('position', { n: index + 1, total: active.length }) : null}</p>
            <h2 id="step-title">{item ? itemTitle(item, t) : t('noAgenda')}</h2>
          </div>
          <div className="toolbar">
            <button type="button" className="button" disabled={index <= 0} onClick={() => void goToNeighbour(agenda, item?.id ?? null, -1)}>
              <ChevronLeft aria-hidden="true" size={18} />
              {t('previous')}
            </button>
            <button type="button" className="button button--primary" disabled={index < 0 || index >= active.length - 1} onClick={() => void goToNeighbour(agenda, item?.id ?? null, 1)}>
              {t('next')}
              <ChevronRight aria-hidden="true" size={18} />
            </button>
            <button type="button" className="button" aria-keyshortcuts="P" onClick={() => void startPresenting(workspaceId)}>
              <MonitorPlay aria-hidden="true" size={18} />
              {t('present')}
            </button>
            <Link href={`/playbook/${encodeURIComponent(workspaceId)}`} className="button">
              <BookOpen aria-hidden="true" size={18} />
              {t('playbook:preview.open')}
            </Link>
          </div>
        </div>
        <div className="facilitator__subbar">
          <HistoryButtons />
          <button type="button" className="button button--small button--quiet" aria-keyshortcuts="?" onClick={() => setShortcutsOpen(true)}>
            <Keyboard aria-hidden="true" size={16} />
            {t('shortcuts.title')}
          </button>
          <button
            type="button"
            className="button button--small"
            aria-pressed={workspace.session.presenterBlank}
            aria-keyshortcuts="B"
            onClick={() => void setPresenterBlank(!workspace.session.presenterBlank)}
          >
            <MonitorOff aria-hidden="true" size={16} />
            {t('blankProjector')}
          </button>
          <div className="inline-select">
            <label htmlFor={themeId}>{t('projectorTheme')}</label>
            <select id={themeId} value={workspace.session.presenterTheme} onChange={(event) => void setPresenterTheme(event.target.value === 'light' ? 'light' : 'dark')}>
              <option value="dark">{t('themes.dark')}</option>
              <option value="light">{t('themes.light')}</option>
            </select>
          </div>
          <SaveState />
        </div>
        <SaveProblems />
        {item?.kind === 'step' && views.status === 'ready' ? (
          <StepHostProvider>
            <StepEditor views={views.views} stepId={item.stepId} />
          </StepHostProvider>
        ) : item?.kind === 'step' && views.status === 'loading' ? (
          <p className="panel__intro" aria-busy="true">{t('common:loading')}</p>
        ) : item?.kind === 'step' && views.status === 'failed' ? (
          <p className="message message--error" role="alert">{t('stepFailed', { reason: views.error })}</p>
        ) : item ? (
          <p className="panel__intro">{t('customItem')}</p>
        ) : (
          <p className="panel__intro">{t('noAgendaHint')}</p>
        )}
      </section>
      {item && itemSession ? (
        <aside className="facilitator__side" aria-label={t('side.label')}>
          <Timer itemId={item.id} timer={itemSession.timer} timeboxMinutes={item.minutes} />
          <Notes itemId={item.id} notes={itemSession.notes} />
          {item.kind === 'step' ? <ProblemsPanel stepId={item.stepId} /> : null}
        </aside>
      ) : null}
      <Shortcuts open={shortcutsOpen} onClose={closeShortcuts} />
      <QuickAddDialog open={addActionOpen} stepId={item?.kind === 'step' ? item.stepId : null} onClose={closeAddAction} />
    </div>
  );
}
