import { ArrowDown, ArrowUp, Plus, Trash2 } from 'lucide-react';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditOp } from '../../contract/edit';
import type { Language } from '../../contract/workspace';
import { validateJourney } from '../../domain/attribution';
import { CHANNEL_IDS, EFFORTS, type Journey, type Touch } from '../../domain/attribution-schema';
import { useStepHost, type EditOptions } from '../kit/host';
import { TextField } from '../kit/TextField';
import { useFieldDraft } from '../kit/use-field-draft';
import { amountText, parseAmount } from './amount';
import { addTouch, journeyPath, moveTouch, removeTouch, setMark, setTouch } from './edits';
import { touchName } from './markdown';

interface JourneyEditorProps {
  journey: Journey;
  language: Language;
  /** Today or the workshop's date: a first touch's starting date. */
  today: string;
  edit: (ops: EditOp[], options?: EditOptions) => void;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * One journey: its name and deal value, and its touches in order, each a labelled group of fields
 * (date, channel, what happened, campaign, whose effort, the lead's and the deal's creation) with
 * buttons to move it up and down (or Alt+↑ / Alt+↓ anywhere in it) and to remove it. Focus follows
 * a moved or added touch, so the keyboard never loses its place.
 */
export function JourneyEditor({ journey, language, today, edit }: JourneyEditorProps) {
  const { t } = useTranslation('attribution');
  const { notify } = useStepHost();
  const prefix = useId();
  const controlId = (touchId: string, control: string) => `${prefix}-${touchId}-${control}`;
  // Where focus goes once the document has the edit (a move or an add arrives as a new render).
  const pendingFocus = useRef<string | null>(null);
  const [focusTick, setFocusTick] = useState(0);
  useEffect(() => {
    if (!pendingFocus.current) return;
    const element = document.getElementById(pendingFocus.current);
    if (element) {
      element.focus();
      pendingFocus.current = null;
    }
  }, [journey.touches, focusTick]);

  const issues = validateJourney(journey);
  const outOfOrder = new Set(issues.filter((issue) => issue.code === 'date_out_of_order').map((issue) => issue.touchId));
  const journeyIssues = issues.filter((issue) => issue.code !== 'date_out_of_order' && issue.code !== 'no_touches');

  const move = (touch: Touch, offset: -1 | 1, control: string) => {
    const ops = moveTouch(journey, touch.id, offset);
    if (ops.length === 0) return;
    pendingFocus.current = controlId(touch.id, control);
    edit(ops);
    setFocusTick((tick) => tick + 1);
  };
  const onRowKey = (touch: Touch) => (event: KeyboardEvent<HTMLLIElement>) => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    const active = document.activeElement?.id ?? '';
    const control = active.startsWith(`${prefix}-${touch.id}-`) ? active.slice(`${prefix}-${touch.id}-`.length) : 'up';
    move(touch, event.key === 'ArrowUp' ? -1 : 1, control);
  };
  const remove = (touch: Touch, index: number) => {
    const next = journey.touches[index + 1] ?? journey.touches[index - 1];
    pendingFocus.current = next ? controlId(next.id, 'remove') : `${prefix}-add`;
    edit(removeTouch(journey, touch.id));
    notify({ tone: 'info', message: t('editor.touchRemoved', { number: index + 1 }), undoable: true });
  };
  const add = () => {
    const id = crypto.randomUUID();
    pendingFocus.current = controlId(id, 'date');
    edit(addTouch(journey, id, today));
  };

  return (
    <div className="attr-journey">
      <div className="field-row">
        <TextField
          label={t('editor.journeyName')}
          value={journey.name}
          maxLength={200}
          onCommit={(value) => edit([{ type: 'set', path: [...journeyPath(journey.id), 'name'], value }], { coalesceKey: `attr:${journey.id}:name` })}
        />
        <AmountField journey={journey} language={language} edit={edit} />
      </div>
      <h4 id={`${prefix}-touches`}>{t('editor.touches')}</h4>
      <p className="form__hint">{t('editor.touchesHint')}</p>
      {journey.touches.length === 0 ? <p className="attr-empty">{t('editor.noTouches')}</p> : null}
      <ol className="attr-touches" aria-labelledby={`${prefix}-touches`}>
        {journey.touches.map((touch, index) => {
          const legend = t('editor.touchLegend', { number: index + 1, name: touchName(touch, t) });
          return (
            <li key={touch.id} className="attr-touch" onKeyDown={onRowKey(touch)}>
              <fieldset className={`attr-touch__fields attr-touch--${touch.effort}`}>
                <legend>{legend}</legend>
                <div className="field">
                  <label htmlFor={controlId(touch.id, 'date')}>{t('editor.date')}</label>
                  <input
                    id={controlId(touch.id, 'date')}
                    type="date"
                    value={touch.date}
                    aria-invalid={outOfOrder.has(touch.id) ? true : undefined}
                    aria-describedby={outOfOrder.has(touch.id) ? controlId(touch.id, 'date-error') : undefined}
                    onChange={(event) => {
                      if (ISO_DATE.test(event.target.value)) edit(setTouch(journey.id, touch.id, 'date', event.target.value), { coalesceKey: `attr:${touch.id}:date` });
                    }}
                  />
                  {outOfOrder.has(touch.id) ? (
                    <p id={controlId(touch.id, 'date-error')} className="field__error">
                      {t('issues.date_out_of_order')}
                    </p>
                  ) : null}
                </div>
                <div className="field">
                  <label htmlFor={controlId(touch.id, 'channel')}>{t('editor.channel')}</label>
                  <select id={controlId(touch.id, 'channel')} value={touch.channel} onChange={(event) => edit(setTouch(journey.id, touch.id, 'channel', event.target.value as Touch['channel']))}>
                    {CHANNEL_IDS.map((channel) => (
                      <option key={channel} value={channel}>
                        {t(`channels.${channel}`)}
                      </option>
                    ))}
                  </select>
                </div>
                <div className="field">
                  <label htmlFor={controlId(touch.id, 'effort')}>{t('editor.effort')}</label>
                  <select id={controlId(touch.id, 'effort')} value={touch.effort} onChange={(event) => edit(setTouch(journey.id, touch.id, 'effort', event.target.value as Touch['effort']))}>
                    {EFFORTS.map((effort) => (
                      <option key={effort} value={effort}>
                        {t(`efforts.${effort}`)}
                      </option>
                    ))}
                  </select>
                </div>
                <div className="attr-touch__wide">
                  <TextField
                    label={t('editor.label')}
                    value={touch.label}
                    maxLength={200}
                    onCommit={(value) => edit(setTouch(journey.id, touch.id, 'label', value), { coalesceKey: `attr:${touch.id}:label` })}
                  />
                </div>
                <div className="attr-touch__wide">
                  <TextField
                    label={t('editor.campaign')}
                    value={touch.campaign}
                    maxLength={200}
                    onCommit={(value) => edit(setTouch(journey.id, touch.id, 'campaign', value), { coalesceKey: `attr:${touch.id}:campaign` })}
                  />
                </div>
                <div className="attr-touch__marks">
                  <label>
                    <input
                      type="radio"
                      name={`${prefix}-lead`}
                      checked={journey.leadCreationTouchId === touch.id}
                      onChange={() => edit(setMark(journey.id, 'leadCreationTouchId', touch.id))}
                    />
                    {t('editor.leadCreation')}
                  </label>
                  <label>
                    <input
                      type="radio"
                      name={`${prefix}-deal`}
                      checked={journey.dealCreationTouchId === touch.id}
                      onChange={() => edit(setMark(journey.id, 'dealCreationTouchId', touch.id))}
                    />
                    {t('editor.dealCreation')}
                  </label>
                </div>
                <div className="row-actions attr-touch__actions">
                  <button type="button" id={controlId(touch.id, 'up')} className="icon-button" aria-label={t('editor.moveUp', { number: index + 1 })} disabled={index === 0} onClick={() => move(touch, -1, 'up')}>
                    <ArrowUp aria-hidden="true" size={18} />
                  </button>
                  <button
                    type="button"
                    id={controlId(touch.id, 'down')}
                    className="icon-button"
                    aria-label={t('editor.moveDown', { number: index + 1 })}
                    disabled={index === journey.touches.length - 1}
                    onClick={() => move(touch, 1, 'down')}
                  >
                    <ArrowDown aria-hidden="true" size={18} />
                  </button>
                  <button type="button" id={controlId(touch.id, 'remove')} className="icon-button icon-button--danger" aria-label={t('editor.remove', { number: index + 1 })} onClick={() => remove(touch, index)}>
                    <Trash2 aria-hidden="true" size={18} />
                  </button>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <button type="button" id={`${prefix}-add`} className="button" onClick={add}>
        <Plus aria-hidden="true" size={18} />
        {t('editor.addTouch')}
      </button>
      {journeyIssues.length > 0 ? (
        <ul className="attr-issues" role="status">
          {journeyIssues.map((issue) => (
            <li key={issue.code}>{t(`issues.${issue.code}`)}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** The deal value, typed in the workspace's language; an amount it cannot read stays, with its message. */
function AmountField({ journey, language, edit }: { journey: Journey; language: Language; edit: JourneyEditorProps['edit'] }) {
  const { t } = useTranslation('attribution');
  const id = useId();
  const errorId = useId();
  // The one draft rule of the kit: follows the document on Ctrl+Z even while focused; the value
  // comes back from the document in the workspace's format.
  const { draft, onFocus, onBlur, onChange } = useFieldDraft(
    amountText(journey.dealValue, language),
    (typed) => edit([{ type: 'set', path: [...journeyPath(journey.id), 'dealValue'], value: parseAmount(typed, language)! }], { coalesceKey: `attr:${journey.id}:dealValue` }),
    {
      sentAs: (typed) => {
        const value = parseAmount(typed, language);
        return value === null ? null : amountText(value, language);
      },
    },
  );
  const invalid = parseAmount(draft, language) === null;
  return (
    <div className="field">
      <label htmlFor={id}>{t('editor.dealValue')}</label>
      <input
        id={id}
        inputMode="decimal"
        value={draft}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={invalid ? errorId : undefined}
        onFocus={onFocus}
        onBlur={onBlur}
        onChange={onChange}
      />
      {invalid ? (
        <p id={errorId} className="field__error">
          {t('editor.dealValueInvalid', { example: amountText(486_500.5, language) })}
        </p>
      ) : null}
    </div>
  );
}
