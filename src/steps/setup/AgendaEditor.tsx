import { AlertTriangle, ArrowDown, ArrowUp, Plus, Trash2 } from 'lucide-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditOp } from '../../contract/edit';
import { clockTime, clockTimeSchema, moveItem, timePlan, type AgendaItem } from '../../domain/agenda';
import type { EditOptions } from '../kit/host';
import { NumberField } from '../kit/NumberField';
import { TextField } from '../kit/TextField';
import type { SetupSlice } from './definition';

const PATH = ['steps', 'setup', 'agenda'];

interface AgendaEditorProps {
  setup: SetupSlice;
  edit: (ops: EditOp[], options?: EditOptions) => void;
}

/**
 * The day's plan: every item with its timebox and planned start, reorderable and switchable,
 * with the total and a warning when it runs past the end time.
 */
export function AgendaEditor({ setup, edit }: AgendaEditorProps) {
  const { t } = useTranslation('setup');
  const plan = timePlan(setup.agenda, setup.startTime, setup.endTime || null);
  const startId = useId();
  const endId = useId();
  const itemTitle = (item: AgendaItem) => (item.kind === 'step' ? t(`${item.stepId}:title`, { defaultValue: item.stepId }) : item.title);
  const move = (item: AgendaItem, offset: number) => {
    const moved = moveItem(setup.agenda, item.id, offset);
    if (moved) edit([{ type: 'move', path: [...PATH, { id: item.id }], toIndex: moved.to }]);
  };

  return (
    <section className="step-section" aria-labelledby="agenda-title">
      <h3 id="agenda-title">{t('agenda.title')}</h3>
      <div className="field-row field-row--compact">
        <div className="field">
          <label htmlFor={startId}>{t('agenda.startTime')}</label>
          <input
            id={startId}
            type="time"
            value={setup.startTime}
            onChange={(event) => {
              if (clockTimeSchema.safeParse(event.target.value).success) edit([{ type: 'set', path: ['steps', 'setup', 'startTime'], value: event.target.value }]);
            }}
          />
        </div>
        <div className="field">
          <label htmlFor={endId}>{t('agenda.endTime')}</label>
          <input
            id={endId}
            type="time"
            value={setup.endTime}
            onChange={(event) => {
              const value = event.target.value;
              if (value === '' || clockTimeSchema.safeParse(value).success) edit([{ type: 'set', path: ['steps', 'setup', 'endTime'], value }]);
            }}
          />
        </div>
      </div>
      <table className="agenda-table">
        <caption className="visually-hidden">{t('agenda.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('agenda.on')}</th>
            <th scope="col">{t('agenda.start')}</th>
            <th scope="col">{t('agenda.item')}</th>
            <th scope="col">{t('agenda.minutes')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('agenda.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {plan.items.map(({ item, startMinute }, index) => (
            <tr key={item.id} className={item.enabled ? undefined : 'agenda-table__off'}>
              <td>
                <input
                  type="checkbox"
                  checked={item.enabled}
                  aria-label={t('agenda.include', { item: itemTitle(item) })}
                  onChange={(event) => edit([{ type: 'set', path: [...PATH, { id: item.id }, 'enabled'], value: event.target.checked }])}
                />
              </td>
              <td className="agenda-table__time">{startMinute === null ? t('agenda.skipped') : clockTime(startMinute)}</td>
              <td>
                {item.kind === 'step' ? (
                  <span className="agenda-table__step">{itemTitle(item)}</span>
                ) : (
                  <TextField
                    label={t('agenda.itemTitle')}
                    hideLabel
                    value={item.title}
                    validate={(value) => (value.trim() === '' ? t('errors:blankName') : null)}
                    onCommit={(value) => edit([{ type: 'set', path: [...PATH, { id: item.id }, 'title'], value }], { coalesceKey: `agenda:${item.id}:title` })}
                  />
                )}
              </td>
              <td>
                <NumberField
                  label={t('agenda.minutesOf', { item: itemTitle(item) })}
                  hideLabel
                  value={item.minutes}
                  min={0}
                  max={1440}
                  unit={t('agenda.minutesUnit')}
                  invalidMessage={t('agenda.minutesInvalid')}
                  onCommit={(value) => edit([{ type: 'set', path: [...PATH, { id: item.id }, 'minutes'], value }], { coalesceKey: `agenda:${item.id}:minutes` })}
                />
              </td>
              <td className="row-actions">
                <button type="button" className="icon-button" aria-label={t('agenda.moveUp', { item: itemTitle(item) })} disabled={index === 0} onClick={() => move(item, -1)}>
                  <ArrowUp aria-hidden="true" size={18} />
                </button>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={t('agenda.moveDown', { item: itemTitle(item) })}
                  disabled={index === plan.items.length - 1}
                  onClick={() => move(item, 1)}
                >
                  <ArrowDown aria-hidden="true" size={18} />
                </button>
                {item.kind === 'custom' ? (
                  <button
                    type="button"
                    className="icon-button icon-button--danger"
                    aria-label={t('agenda.remove', { item: itemTitle(item) })}
                    onClick={() => edit([{ type: 'remove', path: [...PATH, { id: item.id }] }])}
                  >
                    <Trash2 aria-hidden="true" size={18} />
                  </button>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="agenda-footer">
        <button
          type="button"
          className="button"
          onClick={() =>
            edit([{ type: 'insert', path: PATH, value: { id: crypto.randomUUID(), kind: 'custom', title: t('agenda.newItemTitle'), minutes: 15, enabled: true } }])
          }
        >
          <Plus aria-hidden="true" size={18} />
          {t('agenda.addItem')}
        </button>
        <p className="agenda-total" aria-live="polite">
          {t('agenda.total', { duration: formatDuration(plan.totalMinutes, t), end: clockTime(plan.endMinute) })}
        </p>
      </div>
      {plan.overrunMinutes > 0 ? (
        <p className="message message--warning" role="status">
          <AlertTriangle aria-hidden="true" size={18} />
          {t('agenda.overrun', { minutes: plan.overrunMinutes, end: setup.endTime })}
        </p>
      ) : null}
    </section>
  );
}

export function formatDuration(minutes: number, t: (key: string, options?: Record<string, unknown>) => string): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return t('agenda.durationMinutes', { count: rest });
  if (rest === 0) return t('agenda.durationHours', { count: hours });
  return t('agenda.durationHoursMinutes', { hours, minutes: rest });
}
