import { CheckCircle2, Circle, CircleDot } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { clockTime, timePlan } from '../../domain/agenda';
import { goToItem } from '../session/session-actions';
import { workshopOf } from '../../domain/workshop';
import { agendaOf, itemSessionOf, itemTitle, type WorkspaceFrame } from './agenda-view';

/** The agenda as the facilitator's side navigation: planned time, progress, where the room is. */
export function StepNav({ workspace, shownId }: { workspace: WorkspaceFrame; shownId: string | null }) {
  const { t } = useTranslation('facilitator');
  const workshop = workshopOf(workspace);
  const plan = timePlan(agendaOf(workspace), workshop.startTime, workshop.endTime || null);
  return (
    <nav className="step-nav" aria-label={t('nav.label')}>
      <ol>
        {plan.items
          .filter((entry) => entry.item.enabled)
          .map(({ item, startMinute }) => {
            const progress = itemSessionOf(workspace, item.id).progress;
            const Icon = progress === 'done' ? CheckCircle2 : progress === 'in_progress' ? CircleDot : Circle;
            const current = item.id === shownId;
            return (
              <li key={item.id}>
                <button
                  type="button"
                  className={`step-nav__item${current ? ' step-nav__item--current' : ''}`}
                  aria-current={current ? 'step' : undefined}
                  onClick={() => void goToItem(item.id)}
                >
                  <Icon aria-hidden="true" size={18} className={`progress-icon progress-icon--${progress}`} />
                  <span className="step-nav__title">{itemTitle(item, t)}</span>
                  <span className="step-nav__meta">
                    {clockTime(startMinute ?? 0)} · {t(`progress.${progress}`)}
                  </span>
                </button>
              </li>
            );
          })}
      </ol>
    </nav>
  );
}
