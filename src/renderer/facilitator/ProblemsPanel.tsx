import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Workspace } from '../../contract/workspace';
import type { CurrentStateSlice } from '../../steps/currentState/definition';
import { problemsOf } from '../../domain/wall';
import { useDocumentStore } from '../stores/document-store';

/**
 * The problems the room marked on the current-state wall, beside every later step: the playbook
 * must answer each, and the facilitator ticks the ones this step's agreements answer.
 */
export function ProblemsPanel({ workspace, stepId }: { workspace: Workspace; stepId: string }) {
  const { t } = useTranslation('facilitator');
  const headingId = useId();
  const wall = workspace.steps['currentState'] as CurrentStateSlice | undefined;
  const problems = wall ? problemsOf(wall) : [];
  if (stepId === 'currentState' || stepId === 'setup' || problems.length === 0) return null;

  return (
    <section className="problems-panel" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('problems.title')}</h3>
      <p className="form__hint">{t('problems.hint')}</p>
      <ul>
        {problems.map(({ theme: problem, votes }) => {
          const answered = problem.answeredBy.includes(stepId);
          return (
            <li key={problem.id}>
              <label className="checkbox-field">
                <input
                  type="checkbox"
                  checked={answered}
                  onChange={(event) => {
                    const answeredBy = event.target.checked ? [...problem.answeredBy, stepId] : problem.answeredBy.filter((id) => id !== stepId);
                    void useDocumentStore
                      .getState()
                      .edit([{ type: 'set', path: ['steps', 'currentState', 'themes', { id: problem.id }, 'answeredBy'], value: answeredBy }])
                      .catch(() => undefined);
                  }}
                />
                <span>
                  {problem.name} <span className="count">{t('problems.votes', { count: votes })}</span>
                </span>
              </label>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
