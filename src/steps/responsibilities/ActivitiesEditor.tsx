import { Plus } from 'lucide-react';
import type { TFunction } from 'i18next';
import { useId, useRef, useState, type FormEvent } from 'react';
import type { EditOp } from '../../contract/edit';
import { MAX_ACTIVITIES, MAX_ACTIVITY_NAME, RACI_STAGES, type RaciActivity, type RaciMatrix, type RaciStage } from '../../domain/raci-schema';
import type { EditOptions, Notice } from '../kit/host';
import { TextField } from '../kit/TextField';
import { addActivityOps, displayedActivities, moveActivityStepOps, removeActivityOps, setActivityOps } from './edits';
import { CheckRow, RowActions } from './list-parts';
import { activityName } from './text';

interface ActivitiesEditorProps {
  matrix: RaciMatrix;
  problems: { id: string; name: string }[];
  t: TFunction;
  edit: (ops: EditOp[], options?: EditOptions) => void;
  notify: (notice: Notice) => void;
}

/** The activities (the grid's rows): rename, change stage, link the wall's problems, reorder, remove, add. */
export function ActivitiesEditor({ matrix, problems, t, edit, notify }: ActivitiesEditorProps) {
  const shown = displayedActivities(matrix);
  const nameRef = useRef<HTMLInputElement>(null);
  const ids = { name: useId(), stage: useId() };
  const [draft, setDraft] = useState<{ name: string; stage: RaciStage }>({ name: '', stage: 'generate' });
  const full = matrix.activities.length >= MAX_ACTIVITIES;

  const add = (event: FormEvent) => {
    event.preventDefault();
    const name = draft.name.trim();
    if (!name || full) return;
    edit(addActivityOps(matrix, { id: `activity-${crypto.randomUUID()}`, name, stage: draft.stage }));
    setDraft({ name: '', stage: draft.stage });
    nameRef.current?.focus();
  };

  return (
    <section className="step-section raci-activities" aria-labelledby="raci-activities-title">
      <h3 id="raci-activities-title">
        {t('activities.title')} <span className="count">({matrix.activities.length})</span>
      </h3>
      <p className="form__hint">{t('activities.hint')}</p>
      {/* Column heads for the eye; each field's own label (hidden) names its row. */}
      <div className="raci-list__head" aria-hidden="true">
        <span className="raci-col--name">{t('activities.nameHead')}</span>
        <span className="raci-col--stage">{t('activities.stageHead')}</span>
        {problems.length > 0 ? <span className="raci-col--picker">{t('activities.answersHead')}</span> : null}
        <span className="raci-col--actions" />
      </div>
      <ol className="raci-list">
        {shown.map((activity, index) => {
          const name = activityName(matrix, activity.id);
          return (
            <li key={activity.id} className="raci-list__row">
              <div className="raci-col--name">
                <TextField
                  label={t('activities.name', { n: index + 1 })}
                  hideLabel
                  value={activity.name}
                  maxLength={MAX_ACTIVITY_NAME}
                  onCommit={(value) => edit(setActivityOps(activity.id, 'name', value), { coalesceKey: `raci-activity-name-${activity.id}` })}
                />
              </div>
              <StageSelect label={t('activities.stage', { name })} hideLabel value={activity.stage} t={t} onChange={(stage) => edit(setActivityOps(activity.id, 'stage', stage))} />
              {problems.length > 0 ? <AnswersPicker activity={activity} name={name} problems={problems} t={t} edit={edit} /> : null}
              <RowActions
                axis="rows"
                index={index}
                count={shown.length}
                labels={{ back: t('activities.moveUp', { name }), forward: t('activities.moveDown', { name }), remove: t('activities.remove', { name }) }}
                onMove={(step) => edit(moveActivityStepOps(matrix, activity.id, step))}
                onRemove={() => {
                  edit(removeActivityOps(matrix, activity.id));
                  notify({ tone: 'info', message: t('activities.removed', { name }), undoable: true });
                }}
              />
            </li>
          );
        })}
      </ol>
      <form className="raci-add" onSubmit={add}>
        <div className="field">
          <label htmlFor={ids.name}>{t('activities.newName')}</label>
          <input ref={nameRef} id={ids.name} value={draft.name} maxLength={MAX_ACTIVITY_NAME} onChange={(event) => setDraft({ ...draft, name: event.target.value })} />
        </div>
        <StageSelect label={t('activities.newStage')} value={draft.stage} t={t} onChange={(stage) => setDraft({ ...draft, stage })} id={ids.stage} />
        <button type="submit" className="button" disabled={full || draft.name.trim() === ''}>
          <Plus aria-hidden="true" size={16} />
          {t('activities.add')}
        </button>
      </form>
    </section>
  );
}

function StageSelect({ label, value, t, onChange, id, hideLabel }: { label: string; value: RaciStage; t: TFunction; onChange: (stage: RaciStage) => void; id?: string; hideLabel?: boolean }) {
  const own = useId();
  const selectId = id ?? own;
  return (
    <div className="field raci-col--stage">
      <label htmlFor={selectId} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      <select id={selectId} value={value} onChange={(event) => onChange(event.target.value as RaciStage)}>
        {RACI_STAGES.map((stage) => (
          <option key={stage} value={stage}>
            {t(`stages.${stage}`)}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The wall's problems a row answers, as checkboxes in a disclosure (the playbook prints the link). */
function AnswersPicker({ activity, name, problems, t, edit }: { activity: RaciActivity; name: string; problems: { id: string; name: string }[]; t: TFunction; edit: ActivitiesEditorProps['edit'] }) {
  const answers = activity.answers ?? [];
  const count = problems.filter((p) => answers.includes(p.id)).length;
  return (
    <details className="raci-picker raci-col--picker">
      <summary>
        <span className="visually-hidden">{t('activities.answersOf', { name })}: </span>
        {t('activities.answers', { count })}
      </summary>
      <fieldset>
        <legend>{t('activities.answersOf', { name })}</legend>
        {problems.map((problem) => (
          <CheckRow
            key={problem.id}
            label={problem.name}
            checked={answers.includes(problem.id)}
            onChange={(checked) => edit(setActivityOps(activity.id, 'answers', checked ? [...answers, problem.id] : answers.filter((id) => id !== problem.id)))}
          />
        ))}
      </fieldset>
    </details>
  );
}
