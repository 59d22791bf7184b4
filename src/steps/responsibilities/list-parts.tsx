import { ArrowDown, ArrowLeft, ArrowRight, ArrowUp, Trash2 } from 'lucide-react';
import { useId } from 'react';

interface RowActionsProps {
  /** The buttons' names: move back (up, left), move on (down, right), remove. */
  labels: { back: string; forward: string; remove: string };
  /** Rows move up and down (activities, the grid's rows), columns left and right (roles). */
  axis: 'rows' | 'columns';
  /** The row's place and how many there are: the first cannot move back, the last not on. */
  index: number;
  count: number;
  onMove: (step: -1 | 1) => void;
  onRemove: () => void;
}

/** A list row's move back, move on and remove buttons (an activity's, a role's). */
export function RowActions({ labels, axis, index, count, onMove, onRemove }: RowActionsProps) {
  const [Back, Forward] = axis === 'rows' ? [ArrowUp, ArrowDown] : [ArrowLeft, ArrowRight];
  return (
    <div className="row-actions raci-col--actions">
      <button type="button" className="icon-button" aria-label={labels.back} disabled={index === 0} onClick={() => onMove(-1)}>
        <Back aria-hidden="true" size={18} />
      </button>
      <button type="button" className="icon-button" aria-label={labels.forward} disabled={index === count - 1} onClick={() => onMove(1)}>
        <Forward aria-hidden="true" size={18} />
      </button>
      <button type="button" className="icon-button icon-button--danger" aria-label={labels.remove} onClick={onRemove}>
        <Trash2 aria-hidden="true" size={18} />
      </button>
    </div>
  );
}

/** A labelled checkbox on one line. */
export function CheckRow({ label, checked, onChange }: { label: string; checked: boolean; onChange: (checked: boolean) => void }) {
  const id = useId();
  return (
    <div className="checkbox-field">
      <input id={id} type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}
