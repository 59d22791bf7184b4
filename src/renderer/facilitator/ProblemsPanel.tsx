import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { WORKSHOP_PATH } from '../../domain/workshop';
import { problemSource, problemStepId } from '../../steps';
import { selectForViews, useDocumentStore } from '../stores/document-store';

/**
 * The problems the room carried from the step that raises them (the current-state wall), beside
 * every later step: the playbook must answer each, and the facilitator ticks the ones this step's
 * agreements answer. Which step raises problems is the registry's to say (a step's `problems`).
 */
export function ProblemsPanel({ stepId }: { stepId: string }) {
  const { t } = useTranslation('facilitator');
  const headingId = useId();
  // Beside the step that raises them there is nothing to show: no need to read them (a keystroke
  // on the wall would read the whole wall again).
  const beside = stepId === problemStepId() || stepId === WORKSHOP_PATH[1];
  const workspace = useDocumentStore((s) => (beside ? null : selectForViews(s)));
  if (!workspace) return null;
  const source = problemSource(workspace);
  if (!source || source.problems.length === 0) return null;

  return (
    <section className="problems-panel" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('problems.title')}</h3>
      <p className="form__hint">{t('problems.hint')}</p>
      <ul>
        {source.problems.map((problem) => {
          const answered = problem.answeredBy.includes(stepId);
          return (
            <li key={problem.id}>
              <label className="checkbox-field">
                <input
                  type="checkbox"
                  checked={answered}
                  onChange={(event) => {
                    const answeredBy = event.target.checked ? [...problem.answeredBy, stepId] : problem.answeredBy.filter((id) => id !== stepId);
                    void useDocumentStore.getState().edit(source.markAnswered(problem.id, answeredBy)).catch(() => undefined);
                  }}
                />
                <span>
                  {problem.name} <span className="count">{t('problems.votes', { count: problem.votes })}</span>
                </span>
              </label>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
