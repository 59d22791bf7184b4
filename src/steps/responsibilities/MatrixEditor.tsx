import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { raciFindings } from '../../domain/raci';
import { raciModeSchema, type RaciMode } from '../../domain/raci-schema';
import { workshopOf } from '../../domain/workshop';
import { useStepHost } from '../kit/host';
import type { StepEditorProps } from '../kit/views';
import { ActivitiesEditor } from './ActivitiesEditor';
import { CellPanel } from './CellPanel';
import type { ResponsibilitiesSlice } from './definition';
import { setCellOps, setModeOps } from './edits';
import { legendLetters, legendMark } from './text';
import { FindingsList } from './Findings';
import { MatrixGrid, type CellPosition } from './MatrixGrid';
import { wallProblems } from './problems';
import { RolesEditor } from './RolesEditor';

/**
 * The facilitator's matrix: the grid (filled by click or keyboard), the findings beside it as the
 * room types, the focused cell's details (A/R, dispute) under it, then the activities and roles
 * to edit. The rules are in src/domain/raci.ts.
 */
export function MatrixEditor({ workspace, slice, edit }: StepEditorProps<ResponsibilitiesSlice>) {
  const { t } = useTranslation('responsibilities');
  const { notify } = useStepHost();
  const [active, setActive] = useState<CellPosition | null>(null);
  const ids = { title: useId(), help: useId(), mode: useId() };
  const findings = raciFindings(slice);
  const participants = workshopOf(workspace).participants;

  return (
    <div className="step-editor raci-editor">
      <section className="step-section raci-editor__matrix" aria-labelledby={ids.title}>
        <div className="raci-editor__header">
          <h3 id={ids.title}>{t('editor.title')}</h3>
          <fieldset className="raci-mode">
            <legend>{t('editor.mode')}</legend>
            {raciModeSchema.options.map((mode) => (
              <span key={mode} className="raci-choice">
                <input id={`${ids.mode}-${mode}`} type="radio" name={ids.mode} checked={slice.mode === mode} onChange={() => edit(setModeOps(slice, mode))} />
                <label htmlFor={`${ids.mode}-${mode}`}>{t(`editor.mode${mode}`)}</label>
              </span>
            ))}
          </fieldset>
        </div>
        <p id={ids.help} className="form__hint">
          {t(slice.mode === 'RASCI' ? 'editor.helpRasci' : 'editor.help')}
        </p>
        <div className="raci-editor__main">
          <div className="raci-editor__grid">
            {slice.activities.length === 0 || slice.roles.length === 0 ? (
              <p>{t('editor.empty')}</p>
            ) : (
              <MatrixGrid
                matrix={slice}
                findings={findings}
                t={t}
                language={workspace.language}
                labelledBy={ids.title}
                describedBy={ids.help}
                active={active}
                onActive={setActive}
                onLetter={(position, letter) => {
                  setActive(position);
                  edit(setCellOps(slice, position.activityId, position.roleId, letter));
                }}
              />
            )}
            <Legend t={t} mode={slice.mode} />
          </div>
          <FindingsList matrix={slice} findings={findings} t={t} language={workspace.language} className="raci-editor__findings" />
        </div>
        <CellPanel matrix={slice} cell={active} t={t} edit={edit} />
      </section>
      <ActivitiesEditor matrix={slice} problems={wallProblems(workspace)} t={t} edit={edit} notify={notify} />
      <RolesEditor matrix={slice} participants={participants} t={t} language={workspace.language} edit={edit} notify={notify} />
    </div>
  );
}

/** The letters in words under the grid. */
export function Legend({ t, mode, className = '' }: { t: (key: string) => string; mode: RaciMode; className?: string }) {
  const letters = legendLetters(mode);
  return (
    <dl className={`raci-legend ${className}`}>
      {letters.map((letter) => (
        <div key={letter} className="raci-legend__item">
          <dt className={`raci-legend__letter raci-cell--${letter === 'AR' ? 'A' : letter}`}>{legendMark(letter)}</dt>
          <dd>
            {t(`letters.${letter}`)}: {t(`letterMeaning.${letter}`)}
          </dd>
        </div>
      ))}
    </dl>
  );
}
