import { Download, Plus, Trash2 } from 'lucide-react';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditOp } from '../../contract/edit';
import type { Workspace } from '../../contract/workspace';
import { actionsCsv } from '../../domain/actions-csv';
import { addItem, removeItem, updateItem, type ActionsChange } from '../../domain/actions-edits';
import { ACTION_STATUSES, type Action } from '../../domain/actions-schema';
import { useStepHost } from '../kit/host';
import { TextField } from '../kit/TextField';
import type { AgreementFacts } from './facts';
import { focusSoon, newId } from './use-agreement';
import { personName, stepTitle, type Words } from './words';

interface SectionProps {
  workspace: Workspace;
  facts: AgreementFacts;
  words: Words;
  edit: (ops: EditOp[], options?: { coalesceKey?: string }) => void;
}

/** Sends a change, or says why it was refused. */
export function useSend(edit: SectionProps['edit']) {
  const { notify } = useStepHost();
  const { t } = useTranslation('actionsSignOff');
  return (change: ActionsChange, coalesceKey?: string): boolean => {
    if (!change.ok) {
      notify({ tone: 'error', message: change.refusal.code === 'limit' ? t('errors.limit', { max: change.refusal.max }) : t('errors.invalid') });
      return false;
    }
    if (change.ops.length > 0) edit(change.ops, coalesceKey ? { coalesceKey } : undefined);
    return true;
  };
}

/** A blank action, its problem and step given when it is added from a problem or a step. */
export function blankAction(id: string, over: Partial<Action> = {}): Action {
  return { id, what: '', ownerId: '', due: '', problemId: null, stepId: null, status: 'open', ...over };
}

/** The action list: one row per action, every field labelled; add, remove, export as CSV. */
export function ActionsSection({ workspace, facts, words, edit }: SectionProps) {
  const { t } = useTranslation('actionsSignOff');
  const { notify, saveFile } = useStepHost();
  const send = useSend(edit);
  const headingId = useId();
  const { slice, workshop, coverage, agenda } = facts;
  const problems = coverage.problems.map((p) => p.problem);

  const updateAction = (id: string, patch: Partial<Action>, key?: string) => send(updateItem(slice, 'actions', id, patch), key);
  const add = () => {
    const id = newId('action');
    if (send(addItem(slice, 'actions', blankAction(id)))) focusSoon(`action-what-${id}`);
  };
  const exportCsv = () => {
    const delimiter = workspace.language === 'da' ? ';' : ',';
    const content = actionsCsv(
      slice.actions,
      { what: t('csv.what'), owner: t('csv.owner'), due: t('csv.due'), answers: t('csv.answers'), step: t('csv.step'), status: t('csv.status') },
      {
        person: (id) => personName(words, id),
        problem: (id) => problems.find((p) => p.id === id)?.name ?? '',
        step: (id) => stepTitle(words, id),
        status: (status) => t(`status.${status}`),
      },
      delimiter,
    );
    const base = [workspace.clientCompany.trim(), t('csv.fileName')].filter(Boolean).join(' – ');
    void saveFile({ fileName: `${base}.csv`, mimeType: 'text/csv;charset=utf-8', fileTypeName: t('actions.csvTypeName'), content });
  };

  return (
    <section className="step-section agreement-actions" aria-labelledby={headingId}>
      <div className="agreement-section__head">
        <h3 id={headingId}>{t('actions.title')}</h3>
        <div className="toolbar">
          <button type="button" className="button button--small" onClick={exportCsv} disabled={slice.actions.length === 0}>
            <Download aria-hidden="true" size={16} />
            {t('actions.exportCsv')}
          </button>
        </div>
      </div>
      <p className="form__hint">{t('editor.shortcutHint')}</p>
      {slice.actions.length === 0 ? <p className="empty">{t('actions.empty')}</p> : null}
      <ol className="agreement-action-list">
        {slice.actions.map((action, index) => {
          const n = index + 1;
          const update = (patch: Partial<Action>, key?: string) => updateAction(action.id, patch, key);
          return (
            <li key={action.id} className={`agreement-action agreement-action--${action.status}`}>
              <div className="agreement-action__what">
                <TextField
                  label={t('actions.whatOf', { n })}
                  value={action.what}
                  maxLength={500}
                  data-focus-id={`action-what-${action.id}`}
                  onCommit={(what) => update({ what }, `action-what-${action.id}`)}
                />
                <button
                  type="button"
                  className="icon-button icon-button--danger"
                  aria-label={t('actions.remove', { n })}
                  title={t('actions.remove', { n })}
                  onClick={() => {
                    if (send(removeItem(slice, 'actions', action.id))) notify({ tone: 'info', message: t('actions.removed'), undoable: true });
                  }}
                >
                  <Trash2 aria-hidden="true" size={16} />
                </button>
              </div>
              <div className="agreement-action__fields">
                <LabelledControl label={t('actions.owner')}>
                  <PersonSelect label={t('actions.ownerOf', { n })} empty={t('actions.noOwner')} value={action.ownerId} people={workshop.participants} onChange={(ownerId) => update({ ownerId })} />
                </LabelledControl>
                <LabelledControl label={t('actions.due')}>
                  <input type="date" aria-label={t('actions.dueOf', { n })} value={action.due} onChange={(event) => update({ due: event.target.value })} />
                </LabelledControl>
                <LabelledControl label={t('actions.problem')}>
                  <select aria-label={t('actions.problemOf', { n })} value={action.problemId ?? ''} onChange={(event) => update({ problemId: event.target.value || null })}>
                    <option value="">{t('actions.noProblem')}</option>
                    {problems.map((p) => (
                      <option key={p.id} value={p.id}>
                        {p.name}
                      </option>
                    ))}
                  </select>
                </LabelledControl>
                <LabelledControl label={t('actions.step')}>
                  <select aria-label={t('actions.stepOf', { n })} value={action.stepId ?? ''} onChange={(event) => update({ stepId: event.target.value || null })}>
                    <option value="">{t('actions.noStep')}</option>
                    {[...new Set([...agenda, ...(action.stepId ? [action.stepId] : [])])].map((stepId) => (
                      <option key={stepId} value={stepId}>
                        {stepTitle(words, stepId)}
                      </option>
                    ))}
                  </select>
                </LabelledControl>
                <LabelledControl label={t('actions.status')}>
                  <select aria-label={t('actions.statusOf', { n })} value={action.status} onChange={(event) => update({ status: event.target.value as Action['status'] })}>
                    {ACTION_STATUSES.map((status) => (
                      <option key={status} value={status}>
                        {t(`status.${status}`)}
                      </option>
                    ))}
                  </select>
                </LabelledControl>
              </div>
            </li>
          );
        })}
      </ol>
      <button type="button" className="button" onClick={add}>
        <Plus aria-hidden="true" size={16} />
        {t('actions.add')}
      </button>
    </section>
  );
}

/**
 * A control with its short visible label (the control's own accessible name, which begins with
 * the same words, also says which action it belongs to).
 */
function LabelledControl({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="field agreement-field">
      <span className="agreement-field__label" aria-hidden="true">
        {label}
      </span>
      {children}
    </div>
  );
}

/** A participant picker: the workshop's people by name and title. */
export function PersonSelect({
  label,
  empty,
  value,
  people,
  onChange,
  id,
}: {
  label: string;
  empty: string;
  value: string;
  people: readonly { id: string; name: string; title: string }[];
  onChange: (id: string) => void;
  id?: string;
}) {
  const known = value === '' || people.some((p) => p.id === value);
  return (
    <select id={id} aria-label={id ? undefined : label} value={value} onChange={(event) => onChange(event.target.value)}>
      <option value="">{empty}</option>
      {!known ? <option value={value}>{value}</option> : null}
      {people.map((p) => (
        <option key={p.id} value={p.id}>
          {p.title ? `${p.name} (${p.title})` : p.name}
        </option>
      ))}
    </select>
  );
}
