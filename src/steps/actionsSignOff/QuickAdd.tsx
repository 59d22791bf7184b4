import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { addItem } from '../../domain/actions-edits';
import { actionsSignOffOf } from '../../domain/actions-schema';
import { wallProblemsOf } from '../../domain/coverage';
import { workshopOf } from '../../domain/workshop';
import { Dialog } from '../kit/Dialog';
import { useStepHost } from '../kit/host';
import type { QuickAddProps } from '../kit/views';

/**
 * "A" on the facilitator's screen (this step's `quickAdd`): add an action from whatever step is on
 * screen, without leaving it. The action goes to the list of Actions and sign-off
 * (src/domain/actions-edits.ts), with the step it came from; what, owner, due date and the problem
 * it answers are asked for here.
 */
export function QuickAdd({ open, workspace, stepId, onClose }: QuickAddProps) {
  const { t } = useTranslation('actionsSignOff');
  const { edit, notify } = useStepHost();
  const ids = { what: useId(), owner: useId(), due: useId(), problem: useId(), error: useId() };
  const [what, setWhat] = useState('');
  const [ownerId, setOwnerId] = useState('');
  const [due, setDue] = useState('');
  const [problemId, setProblemId] = useState('');
  const [error, setError] = useState(false);
  const people = workshopOf(workspace).participants;
  const problems = wallProblemsOf(workspace);

  const close = () => {
    setWhat('');
    setOwnerId('');
    setDue('');
    setProblemId('');
    setError(false);
    onClose();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (what.trim() === '') {
      setError(true);
      return;
    }
    const slice = actionsSignOffOf(workspace);
    const change = addItem(slice, 'actions', {
      id: `action-${crypto.randomUUID()}`,
      what: what.trim(),
      ownerId,
      due,
      problemId: problemId || null,
      stepId,
      status: 'open',
    });
    if (!change.ok) {
      notify({ tone: 'error', message: t('errors.invalid') });
      return;
    }
    edit(change.ops);
    notify({ tone: 'info', message: t('quickAdd.added', { what: what.trim() }), undoable: true });
    close();
  };

  return (
    <Dialog open={open} title={t('quickAdd.title')} description={t('quickAdd.description')} onClose={close}>
      <form className="form" onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor={ids.what}>{t('actions.what')}</label>
          <input
            id={ids.what}
            value={what}
            maxLength={500}
            autoFocus
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? ids.error : undefined}
            onChange={(event) => {
              setWhat(event.target.value);
              setError(false);
            }}
          />
          {error ? (
            <p id={ids.error} className="field__error">
              {t('quickAdd.whatRequired')}
            </p>
          ) : null}
        </div>
        <div className="field">
          <label htmlFor={ids.owner}>{t('actions.owner')}</label>
          <select id={ids.owner} value={ownerId} onChange={(event) => setOwnerId(event.target.value)}>
            <option value="">{t('actions.noOwner')}</option>
            {people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.title ? `${p.name} (${p.title})` : p.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.due}>{t('actions.due')}</label>
          <input id={ids.due} type="date" value={due} onChange={(event) => setDue(event.target.value)} />
        </div>
        {problems.length > 0 ? (
          <div className="field">
            <label htmlFor={ids.problem}>{t('actions.problem')}</label>
            <select id={ids.problem} value={problemId} onChange={(event) => setProblemId(event.target.value)}>
              <option value="">{t('actions.noProblem')}</option>
              {problems.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <div className="form__actions">
          <button type="button" className="button" onClick={close}>
            {t('quickAdd.cancel')}
          </button>
          <button type="submit" className="button button--primary">
            {t('quickAdd.save')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
