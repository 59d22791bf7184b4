import type { TFunction } from 'i18next';
import { useId } from 'react';
import type { EditOp } from '../../contract/edit';
import { disputeAt, letterAt, lettersOf } from '../../domain/raci';
import { MAX_DISPUTE_VIEW, type RaciMatrix } from '../../domain/raci-schema';
import type { EditOptions } from '../kit/host';
import { TextAreaField } from '../kit/TextAreaField';
import { markDisputedOps, setActivityOps, setCellOps, setDisputeOps } from './edits';
import { CheckRow } from './list-parts';
import type { CellPosition } from './MatrixGrid';
import { activityName, roleName } from './text';

/** The radio button of an empty cell (letters key themselves). */
const EMPTY_KEY = 'empty';

interface CellPanelProps {
  matrix: RaciMatrix;
  cell: CellPosition | null;
  t: TFunction;
  edit: (ops: EditOp[], options?: EditOptions) => void;
}

/**
 * The cell the grid's focus is on, in full: its letter (also settable here, for a mouse user who
 * would rather pick than cycle), whether the row's accountable does it too (A/R), and the dispute:
 * marked by the facilitator when sales and marketing disagree, with both sides' views and whether
 * the room resolved it.
 */
export function CellPanel({ matrix, cell, t, edit }: CellPanelProps) {
  const headingId = useId();
  const group = useId();
  const activity = cell ? matrix.activities.find((a) => a.id === cell.activityId) : undefined;
  const role = cell ? matrix.roles.find((r) => r.id === cell.roleId) : undefined;
  if (!cell || !activity || !role) {
    return (
      <section className="raci-cell-panel" aria-labelledby={headingId}>
        <h4 id={headingId}>{t('cell.none')}</h4>
        <p className="raci-cell-panel__hint">{t('cell.hint')}</p>
      </section>
    );
  }
  const letter = letterAt(matrix, activity.id, role.id);
  const dispute = disputeAt(matrix, activity.id, role.id);
  const disputed = dispute !== undefined && dispute.disputed;
  const hasAccountable = matrix.roles.some((r) => letterAt(matrix, activity.id, r.id) === 'A');
  const options = [...lettersOf(matrix.mode), null].map((letter) => ({ letter, key: letter ?? EMPTY_KEY }));

  return (
    <section className="raci-cell-panel" aria-labelledby={headingId}>
      <h4 id={headingId}>{t('cell.title', { activity: activityName(matrix, activity.id), role: roleName(matrix, role.id) })}</h4>
      <fieldset className="raci-cell-panel__letters">
        <legend>{t('cell.letter')}</legend>
        {options.map((option) => {
          const id = `${group}-${option.key}`;
          return (
            <span key={option.key} className="raci-choice">
              <input id={id} type="radio" name={group} checked={letter === option.letter} onChange={() => edit(setCellOps(matrix, activity.id, role.id, option.letter))} />
              <label htmlFor={id}>{option.letter ? `${option.letter} – ${t(`letters.${option.letter}`)}` : t('cell.empty')}</label>
            </span>
          );
        })}
      </fieldset>
      {hasAccountable ? (
        <CheckRow
          label={t('cell.accountableDoesIt', { activity: activityName(matrix, activity.id) })}
          checked={activity.accountableDoesIt === true}
          onChange={(checked) => edit(setActivityOps(activity.id, 'accountableDoesIt', checked))}
        />
      ) : null}
      <CheckRow
        label={t('cell.disputed')}
        checked={disputed}
        onChange={(checked) => edit(markDisputedOps(matrix, activity.id, role.id, checked, `dispute-${crypto.randomUUID()}`))}
      />
      {dispute && disputed ? (
        <div className="raci-cell-panel__dispute">
          <TextAreaField
            label={t('cell.salesView')}
            maxLength={MAX_DISPUTE_VIEW}
            value={dispute.salesView}
            onCommit={(text) => edit(setDisputeOps(dispute.id, 'salesView', text), { coalesceKey: `raci-sales-view-${dispute.id}` })}
          />
          <TextAreaField
            label={t('cell.marketingView')}
            maxLength={MAX_DISPUTE_VIEW}
            value={dispute.marketingView}
            onCommit={(text) => edit(setDisputeOps(dispute.id, 'marketingView', text), { coalesceKey: `raci-marketing-view-${dispute.id}` })}
          />
          <CheckRow label={t('cell.resolved')} checked={dispute.resolved} onChange={(checked) => edit(setDisputeOps(dispute.id, 'resolved', checked))} />
        </div>
      ) : null}
    </section>
  );
}
