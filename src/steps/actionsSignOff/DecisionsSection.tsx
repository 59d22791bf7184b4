import { Plus, Trash2 } from 'lucide-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditOp } from '../../contract/edit';
import { addItem, removeItem, updateItem } from '../../domain/actions-edits';
import type { Decision } from '../../domain/actions-schema';
import { useStepHost } from '../kit/host';
import { TextField } from '../kit/TextField';
import { useSend } from './ActionsSection';
import type { AgreementFacts } from './facts';
import { focusSoon, newId } from './use-agreement';
import { stepTitle, type Words } from './words';

/**
 * The decision log: first the decisions the steps record by themselves (the RACI's accountable,
 * the MQL threshold, the attribution model, the SLA's response time), read-only here and changed
 * in their steps; then the room's own, written down here.
 */
export function DecisionsSection({ facts, words, edit }: { facts: AgreementFacts; words: Words; edit: (ops: EditOp[], options?: { coalesceKey?: string }) => void }) {
  const { t } = useTranslation('actionsSignOff');
  const { notify } = useStepHost();
  const send = useSend(edit);
  const headingId = useId();
  const { slice, workshop, agenda, stepDecisions } = facts;
  const fromSteps = stepDecisions.flatMap(({ stepId, decisions }) => decisions.map((decision) => ({ stepId, decision })));
  const today = new Date().toISOString().slice(0, 10);

  const updateDecision = (id: string, patch: Partial<Decision>, key?: string) => send(updateItem(slice, 'decisions', id, patch), key);
  const add = () => {
    const id = newId('decision');
    const decision: Decision = { id, decision: '', why: '', decidedBy: [], when: workshop.date || today, stepId: null };
    if (send(addItem(slice, 'decisions', decision))) focusSoon(`decision-text-${id}`);
  };

  return (
    <section className="step-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('decisions.title')}</h3>
      {fromSteps.length > 0 ? (
        <>
          <h4 className="agreement-subhead">{t('decisions.fromSteps')}</h4>
          <ul className="agreement-step-decisions">
            {fromSteps.map(({ stepId, decision }) => (
              <li key={`${stepId}-${decision.id}`}>
                <strong>{decision.text}</strong>
                {decision.why ? ` ${decision.why}` : ''} <span className="count">{t('decisions.recordedBy', { step: stepTitle(words, stepId) })}</span>
              </li>
            ))}
          </ul>
          <h4 className="agreement-subhead">{t('decisions.own')}</h4>
        </>
      ) : null}
      {slice.decisions.length === 0 ? <p className="empty">{t('decisions.empty')}</p> : null}
      <ol className="agreement-decisions">
        {slice.decisions.map((decision, index) => {
          const n = index + 1;
          const update = (patch: Partial<Decision>, key?: string) => updateDecision(decision.id, patch, key);
          return (
            <li key={decision.id} className="agreement-decision">
              <div className="agreement-decision__fields">
                <TextField
                  label={t('decisions.decisionOf', { n })}
                  value={decision.decision}
                  maxLength={1000}
                  data-focus-id={`decision-text-${decision.id}`}
                  onCommit={(value) => update({ decision: value }, `decision-text-${decision.id}`)}
                />
                <TextField label={t('decisions.whyOf', { n })} value={decision.why} maxLength={2000} onCommit={(why) => update({ why }, `decision-why-${decision.id}`)} />
                <div className="field">
                  <label htmlFor={`decision-when-${decision.id}`}>{t('decisions.whenOf', { n })}</label>
                  <input id={`decision-when-${decision.id}`} type="date" value={decision.when} onChange={(event) => update({ when: event.target.value })} />
                </div>
                <div className="field">
                  <label htmlFor={`decision-step-${decision.id}`}>{t('decisions.stepOf', { n })}</label>
                  <select id={`decision-step-${decision.id}`} value={decision.stepId ?? ''} onChange={(event) => update({ stepId: event.target.value || null })}>
                    <option value="">{t('actions.noStep')}</option>
                    {[...new Set([...agenda, ...(decision.stepId ? [decision.stepId] : [])])].map((stepId) => (
                      <option key={stepId} value={stepId}>
                        {stepTitle(words, stepId)}
                      </option>
                    ))}
                  </select>
                </div>
              </div>
              <fieldset className="agreement-people">
                <legend>{t('decisions.decidedByOf', { n })}</legend>
                {workshop.participants.map((person) => (
                  <label key={person.id} className="agreement-chip">
                    <input
                      type="checkbox"
                      checked={decision.decidedBy.includes(person.id)}
                      onChange={(event) =>
                        update({ decidedBy: event.target.checked ? [...decision.decidedBy, person.id] : decision.decidedBy.filter((id) => id !== person.id) })
                      }
                    />
                    <span>{person.name}</span>
                  </label>
                ))}
              </fieldset>
              <button
                type="button"
                className="icon-button icon-button--danger"
                aria-label={t('decisions.remove', { n })}
                title={t('decisions.remove', { n })}
                onClick={() => {
                  if (send(removeItem(slice, 'decisions', decision.id))) notify({ tone: 'info', message: t('decisions.removed'), undoable: true });
                }}
              >
                <Trash2 aria-hidden="true" size={16} />
              </button>
            </li>
          );
        })}
      </ol>
      <button type="button" className="button" onClick={add}>
        <Plus aria-hidden="true" size={16} />
        {t('decisions.add')}
      </button>
    </section>
  );
}
