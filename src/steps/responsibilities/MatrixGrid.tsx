import { Flag } from 'lucide-react';
import type { TFunction } from 'i18next';
import { useRef, type KeyboardEvent } from 'react';
import { activitiesByStage, disputeAt, findingsOfActivity, findingsOfRole, letterAt, lettersOf, nextLetter, type RaciFinding } from '../../domain/raci';
import type { RaciActivity, RaciLetter, RaciMatrix } from '../../domain/raci-schema';
import { displayedActivities } from './edits';
import { SeverityBadge, worstSeverity } from './Findings';
import { activityName, cellMark, cellWords, findingText, roleName, roleShort } from './text';
import type { Language } from '../../contract/workspace';

export interface CellPosition {
  activityId: string;
  roleId: string;
}

interface MatrixGridProps {
  matrix: RaciMatrix;
  findings: readonly RaciFinding[];
  t: TFunction;
  language: Language;
  labelledBy: string;
  describedBy: string;
  /** The cell that holds the grid's one tab stop (and shows in the cell panel). */
  active: CellPosition | null;
  onActive: (cell: CellPosition) => void;
  onLetter: (cell: CellPosition, letter: RaciLetter | null) => void;
}

/**
 * The matrix as an ARIA grid (the APG "data grid" pattern): one tab stop; arrow keys move between
 * cells, Home and End to the row's ends, Ctrl+Home and Ctrl+End to the grid's corners; R, A, C, I
 * (and S in RASCI) type a letter, Delete or Backspace clears, Enter or Space (or a click) cycles.
 * Every cell's accessible name says activity, role and letter. Rows are grouped by the stage of
 * the chain; a row or column with findings carries the worst one's icon and word.
 */
/**
 * A key the grid used: no scrolling, and no single-letter shortcut of the screen around it (the
 * facilitator's "A" adds an action elsewhere; in a cell it types an A).
 */
function handled(event: KeyboardEvent): void {
  event.preventDefault();
  event.stopPropagation();
}

export function MatrixGrid({ matrix, findings, t, language, labelledBy, describedBy, active, onActive, onLetter }: MatrixGridProps) {
  const tableRef = useRef<HTMLTableElement>(null);
  const rows = displayedActivities(matrix);
  const roles = matrix.roles;
  const letters = lettersOf(matrix.mode);
  const current = active && rows.some((a) => a.id === active.activityId) && roles.some((r) => r.id === active.roleId) ? active : rows[0] && roles[0] ? { activityId: rows[0].id, roleId: roles[0].id } : null;

  const focusCell = (rowIndex: number, columnIndex: number) => {
    const row = rows[Math.max(0, Math.min(rows.length - 1, rowIndex))];
    const role = roles[Math.max(0, Math.min(roles.length - 1, columnIndex))];
    if (!row || !role) return;
    onActive({ activityId: row.id, roleId: role.id });
    tableRef.current?.querySelector<HTMLElement>(`[data-cell="${row.id} ${role.id}"]`)?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTableCellElement>, rowIndex: number, columnIndex: number, activity: RaciActivity, roleId: string) => {
    const cell = { activityId: activity.id, roleId };
    const key = event.key;
    const ctrl = event.ctrlKey || event.metaKey;
    const moves: Record<string, [number, number] | undefined> = {
      ArrowUp: [rowIndex - 1, columnIndex],
      ArrowDown: [rowIndex + 1, columnIndex],
      ArrowLeft: [rowIndex, columnIndex - 1],
      ArrowRight: [rowIndex, columnIndex + 1],
      Home: ctrl ? [0, 0] : [rowIndex, 0],
      End: ctrl ? [rows.length - 1, roles.length - 1] : [rowIndex, roles.length - 1],
      PageUp: [0, columnIndex],
      PageDown: [rows.length - 1, columnIndex],
    };
    const move = moves[key];
    if (move) {
      handled(event);
      focusCell(move[0], move[1]);
      return;
    }
    if (event.altKey || ctrl) return;
    const typed = key.length === 1 ? (key.toUpperCase() as RaciLetter) : null;
    if (typed && letters.includes(typed)) {
      handled(event);
      onLetter(cell, typed);
    } else if (key === 'Delete' || key === 'Backspace') {
      handled(event);
      onLetter(cell, null);
    } else if (key === 'Enter' || key === ' ') {
      handled(event);
      onLetter(cell, nextLetter(matrix.mode, letterAt(matrix, activity.id, roleId)));
    }
  };

  const groups = activitiesByStage(matrix);
  const rowIndexOf = new Map(rows.map((activity, index) => [activity.id, index]));
  return (
    <table
      ref={tableRef}
      role="grid"
      className={`raci-grid raci-grid--${matrix.mode.toLowerCase()}`}
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
    >
      <thead>
        <tr>
          <th scope="col" className="raci-grid__corner">
            {t('markdown.activity')}
          </th>
          {roles.map((role) => {
            const own = findingsOfRole(findings, role.id).filter((f) => !('activityId' in f));
            const worst = worstSeverity(own);
            return (
              <th key={role.id} scope="col" className="raci-grid__role">
                <abbr title={roleName(matrix, role.id)} className="raci-grid__abbr">
                  {roleShort(role)}
                </abbr>
                <span className="visually-hidden">{roleName(matrix, role.id)}</span>
                {worst ? <SeverityBadge severity={worst} t={t} title={own.map((f) => findingText(f, matrix, t, language)).join('\n')} /> : null}
              </th>
            );
          })}
        </tr>
      </thead>
      {groups.map((group) => (
        <tbody key={group.stage}>
          <tr className="raci-grid__stage">
            <th scope="colgroup" colSpan={roles.length + 1}>
              {t(`stages.${group.stage}`)}
            </th>
          </tr>
          {group.activities.map((activity) => {
            const r = rowIndexOf.get(activity.id) ?? 0;
            const own = findingsOfActivity(findings, activity.id);
            const worst = worstSeverity(own);
            const name = activityName(matrix, activity.id);
            return (
              <tr key={activity.id}>
                <th scope="row" className="raci-grid__activity">
                  <span>{name}</span>
                  {worst ? <SeverityBadge severity={worst} t={t} title={own.map((f) => findingText(f, matrix, t, language)).join('\n')} /> : null}
                </th>
                {roles.map((role, c) => {
                  const letter = letterAt(matrix, activity.id, role.id);
                  const dispute = disputeAt(matrix, activity.id, role.id);
                  const disputed = dispute !== undefined && dispute.disputed && !dispute.resolved;
                  const isActive = current?.activityId === activity.id && current.roleId === role.id;
                  const values = { activity: name, role: roleName(matrix, role.id), letter: cellWords(activity, letter, t) };
                  return (
                    <td
                      key={role.id}
                      role="gridcell"
                      data-cell={`${activity.id} ${role.id}`}
                      tabIndex={isActive ? 0 : -1}
                      aria-label={t(disputed ? 'editor.cellDisputed' : 'editor.cell', values)}
                      aria-selected={isActive}
                      className={`raci-cell${letter ? ` raci-cell--${letter}` : ''}${disputed ? ' raci-cell--disputed' : ''}`}
                      onFocus={() => {
                        if (!isActive) onActive({ activityId: activity.id, roleId: role.id });
                      }}
                      onClick={() => onLetter({ activityId: activity.id, roleId: role.id }, nextLetter(matrix.mode, letter))}
                      onKeyDown={(event) => onKeyDown(event, r, c, activity, role.id)}
                    >
                      <span aria-hidden="true" className="raci-cell__mark">
                        {cellMark(activity, letter)}
                      </span>
                      {disputed ? <Flag aria-hidden="true" size="0.9em" className="raci-cell__flag" /> : null}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      ))}
    </table>
  );
}
