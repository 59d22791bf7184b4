import { CheckCircle2, CircleAlert, Clock, Plus, Trash2 } from 'lucide-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditOp } from '../../contract/edit';
import { addItem, removeItem, updateItem } from '../../domain/actions-edits';
import type { Deferral } from '../../domain/actions-schema';
import type { ProblemCoverage } from '../../domain/coverage';
import { LOCALES } from '../kit/format';
import { TextField } from '../kit/TextField';
import { blankAction, useSend } from './ActionsSection';
import type { AgreementFacts } from './facts';
import { focusSoon, newId } from './use-agreement';
import { answerText, type Words } from './words';

const STATE_ICONS = { answered: CheckCircle2, deferred: Clock, open: CircleAlert } as const;

/**
 * The coverage map: each problem from the wall with the clauses and actions that answer it. An
 * open problem offers the two ways to close it: an action that answers it, or a deferral with an
 * owner and a date.
 */
export function CoverageSection({ facts, words, edit }: { facts: AgreementFacts; words: Words; edit: (ops: EditOp[], options?: { coalesceKey?: string }) => void }) {
  const { t } = useTranslation('actionsSignOff');
  const headingId = useId();
  const { coverage } = facts;
  const summary = coverage.canSignOff ? t('markdown.coverageComplete') : t('markdown.coverageOpen', { count: coverage.open.length });

  return (
    <section className="step-section" aria-labelledby={headingId} id="actions-sign-off-coverage">
      <h3 id={headingId}>{t('coverage.title')}</h3>
      {coverage.problems.length === 0 ? (
        <p className="empty">{t('markdown.noProblems')}</p>
      ) : (
        <>
          <p className={coverage.canSignOff ? 'agreement-status agreement-status--ok' : 'agreement-status agreement-status--open'} role="status" data-testid="coverage-summary">
            {summary}
          </p>
          <ul className="agreement-coverage">
            {coverage.problems.map((row) => (
              <ProblemRow key={row.problem.id} row={row} facts={facts} words={words} edit={edit} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function ProblemRow({ row, facts, words, edit }: { row: ProblemCoverage; facts: AgreementFacts; words: Words; edit: (ops: EditOp[], options?: { coalesceKey?: string }) => void }) {
  const { t, i18n } = useTranslation('actionsSignOff');
  const list = new Intl.ListFormat(LOCALES[i18n.language === 'da' ? 'da' : 'en'], { type: 'conjunction' });
  const send = useSend(edit);
  const { slice, workshop } = facts;
  const Icon = STATE_ICONS[row.state];
  const headingId = useId();
  const deferral = row.state === 'answered' ? null : (slice.deferrals.find((d) => d.problemId === row.problem.id) ?? null);

  const addAction = () => {
    const id = newId('action');
    if (send(addItem(slice, 'actions', blankAction(id, { problemId: row.problem.id })))) focusSoon(`action-what-${id}`);
  };
  const defer = () => {
    const id = newId('deferral');
    if (send(addItem(slice, 'deferrals', { id, problemId: row.problem.id, ownerId: '', date: '', note: '' }))) focusSoon(`deferral-owner-${id}`);
  };
  const update = (d: Deferral, patch: Partial<Deferral>, key?: string) => send(updateItem(slice, 'deferrals', d.id, patch), key);

  return (
    <li className={`agreement-problem agreement-problem--${row.state}`} aria-labelledby={headingId}>
      <div className="agreement-problem__head">
        <h4 id={headingId}>{row.problem.name}</h4>
        <span className="agreement-badge">
          <Icon aria-hidden="true" size={16} />
          {t(`coverage.${row.state}`)}
        </span>
      </div>
      {row.answers.length > 0 ? (
        <ul className="agreement-answers">
          {row.answers.map((answer) => (
            <li key={answer.kind === 'action' ? answer.actionId : answer.kind === 'clause' ? `${answer.stepId}-${answer.clauseId}` : answer.stepId}>{answerText(words, answer)}</li>
          ))}
        </ul>
      ) : null}
      {row.state !== 'answered' ? (
        <div className="agreement-problem__close">
          <button type="button" className="button button--small" onClick={addAction}>
            <Plus aria-hidden="true" size={16} />
            {t('coverage.addAction')}
          </button>
          {!deferral ? (
            <button type="button" className="button button--small" onClick={defer}>
              <Clock aria-hidden="true" size={16} />
              {t('coverage.defer')}
            </button>
          ) : null}
        </div>
      ) : null}
      {deferral ? (
        <fieldset className="agreement-deferral">
          <legend>{t('coverage.deferTitle', { problem: row.problem.name })}</legend>
          <div className="field">
            <label htmlFor={`deferral-owner-${deferral.id}`}>{t('coverage.deferralOwner')}</label>
            <select
              id={`deferral-owner-${deferral.id}`}
              data-focus-id={`deferral-owner-${deferral.id}`}
              value={deferral.ownerId}
              onChange={(event) => update(deferral, { ownerId: event.target.value })}
            >
              <option value="">{t('actions.noOwner')}</option>
              {workshop.participants.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`deferral-date-${deferral.id}`}>{t('coverage.deferralDate')}</label>
            <input id={`deferral-date-${deferral.id}`} type="date" value={deferral.date} onChange={(event) => update(deferral, { date: event.target.value })} />
          </div>
          <TextField label={t('coverage.deferralNote')} value={deferral.note} maxLength={2000} onCommit={(note) => update(deferral, { note }, `deferral-note-${deferral.id}`)} />
          <button type="button" className="icon-button icon-button--danger" aria-label={t('coverage.removeDeferral')} title={t('coverage.removeDeferral')} onClick={() => send(removeItem(slice, 'deferrals', deferral.id))}>
            <Trash2 aria-hidden="true" size={16} />
          </button>
          {row.deferralMissing.length > 0 ? (
            <p className="form__hint agreement-deferral__missing">
              {t('coverage.missing', { missing: list.format(row.deferralMissing.map((m) => t(m === 'owner' ? 'coverage.missingOwner' : 'coverage.missingDate'))) })}
            </p>
          ) : null}
        </fieldset>
      ) : null}
    </li>
  );
}

