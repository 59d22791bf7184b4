import { CheckCircle2, CircleAlert, Clock } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useFitToBox } from '../kit/use-fit-to-box';
import type { StepPresenterProps } from '../kit/views';
import type { ActionsSignOffSlice } from './definition';
import { useAgreement } from './use-agreement';
import { answerText, personName, stepTitle } from './words';

const STATE_ICONS = { answered: CheckCircle2, deferred: Clock, open: CircleAlert } as const;

/**
 * What the room sees at the end of the day: every problem from the wall on the left with its
 * answers on the right (a deferral says who owns it and until when), then the actions with their
 * owners and dates. Read-only, in the workspace's language, scaled to fit (useFitToBox).
 */
export function AgreementPresenter({ workspace, slice }: StepPresenterProps<ActionsSignOffSlice>) {
  const { t } = useTranslation('actionsSignOff', { lng: workspace.language });
  const { facts, words } = useAgreement(workspace, workspace.language);
  const box = useFitToBox<HTMLDivElement>(slice, 0.3, 1.5);
  const { coverage } = facts;

  return (
    <div className="present-agreement" ref={box}>
      <section className="present-agreement__coverage" aria-labelledby="present-agreement-coverage" data-fit="">
        <h2 id="present-agreement-coverage">{t('present.coverage')}</h2>
        {coverage.problems.length === 0 ? <p className="present-agreement__empty">{t('present.noProblems')}</p> : null}
        <dl className="present-agreement__map">
          {coverage.problems.map((row) => {
            const Icon = STATE_ICONS[row.state];
            return (
              <div key={row.problem.id} className={`present-agreement__row present-agreement__row--${row.state}`}>
                <dt>
                  <Icon aria-hidden="true" className="present-agreement__icon" />
                  <span>{row.problem.name}</span>
                  <span className="visually-hidden">{t(`coverage.${row.state}`)}</span>
                </dt>
                <dd>
                  {row.state === 'answered' ? (
                    <ul>
                      {row.answers.map((answer, i) => (
                        <li key={i}>{answer.kind === 'action' ? answer.label : answerText(words, answer)}</li>
                      ))}
                    </ul>
                  ) : row.state === 'deferred' && row.deferral ? (
                    t('markdown.deferred', { owner: personName(words, row.deferral.ownerId), date: words.format.date(row.deferral.date) })
                  ) : (
                    <strong className="present-agreement__open">{t('coverage.open')}</strong>
                  )}
                </dd>
              </div>
            );
          })}
        </dl>
      </section>
      <section className="present-agreement__actions" aria-labelledby="present-agreement-actions" data-fit="">
        <h2 id="present-agreement-actions">{t('present.actions')}</h2>
        {slice.actions.length === 0 ? <p className="present-agreement__empty">{t('present.noActions')}</p> : null}
        <table className="present-agreement__table">
          <thead>
            <tr>
              <th scope="col">{t('markdown.what')}</th>
              <th scope="col">{t('markdown.owner')}</th>
              <th scope="col">{t('markdown.due')}</th>
            </tr>
          </thead>
          <tbody>
            {slice.actions.map((action) => (
              <tr key={action.id} className={action.status === 'done' ? 'present-agreement__done' : undefined}>
                <td>
                  {action.what || t('actions.untitled')}
                  {action.status === 'done' ? <span className="visually-hidden"> ({t('status.done')})</span> : null}
                  {action.stepId ? <span className="present-agreement__step"> · {stepTitle(words, action.stepId)}</span> : null}
                </td>
                <td>{personName(words, action.ownerId) || '–'}</td>
                <td className="present-agreement__date">{words.format.date(action.due) || '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
