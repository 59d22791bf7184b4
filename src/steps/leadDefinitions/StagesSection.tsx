import { ArrowDown, ArrowUp, Plus, Trash2 } from 'lucide-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { PathSegment } from '../../contract/edit';
import { MAX_DAYS, MAX_NAME, MAX_STAGES, MAX_TEXT, type LeadDefinitions } from '../../domain/lead-schema';
import type { Participant } from '../../domain/workshop';
import type { EditOptions } from '../kit/host-types';
import type { EditOp } from '../../contract/edit';
import { TextField } from '../kit/TextField';
import { at, coalesceKey, setOp } from './edits';
import { TextAreaField } from '../kit/TextAreaField';
import { IntField, OwnerField } from './fields';

interface Props {
  slice: LeadDefinitions;
  participants: readonly Participant[];
  edit: (ops: EditOp[], options?: EditOptions) => void;
}

/**
 * The lifecycle stages in order: each with its entry criteria, its owner and the longest a lead
 * may stay in it; and which stage makes a lead an MQL.
 */
export function StagesSection({ slice, participants, edit }: Props) {
  const { t } = useTranslation('leadDefinitions');
  const mqlId = useId();
  const { stages } = slice;
  const set = (path: PathSegment[], value: unknown, typing = true) => edit([setOp(path, value)], typing ? { coalesceKey: coalesceKey(path) } : undefined);
  const stageLabel = (index: number) => stages[index]?.name.trim() || t('editor.stages.unnamed', { n: index + 1 });
  const move = (id: string, toIndex: number) => edit([{ type: 'move', path: at('stages', { id }), toIndex }]);
  const add = () =>
    edit([{ type: 'insert', path: at('stages'), value: { id: `stage-${crypto.randomUUID()}`, name: '', entryCriteria: '', owner: { kind: 'team', team: 'marketing' }, maxDays: null } }]);

  return (
    <section className="step-section lead-section" aria-labelledby="lead-stages-title">
      <h3 id="lead-stages-title">{t('editor.stages.title')}</h3>
      <p className="lead-intro">{t('editor.stages.intro')}</p>
      <ol className="lead-stages">
        {stages.map((stage, index) => {
          const name = stageLabel(index);
          return (
            <li key={stage.id} className="lead-stage">
              <span className="lead-stage__number" aria-hidden="true">
                {index + 1}
              </span>
              <div className="lead-stage__fields">
                <TextField
                  label={t('editor.stages.name', { n: index + 1 })}
                  value={stage.name}
                  maxLength={MAX_NAME}
                  validate={(value) => (value.trim() === '' ? t('issues.empty_name') : null)}
                  onCommit={(value) => set(['stages', { id: stage.id }, 'name'], value)}
                />
                <OwnerField
                  label={t('editor.stages.owner', { name })}
                  owner={stage.owner}
                  participants={participants}
                  onCommit={(owner, typing) => set(['stages', { id: stage.id }, 'owner'], owner, typing)}
                />
                <IntField
                  label={t('editor.stages.maxDays', { name })}
                  value={stage.maxDays}
                  nullable
                  min={0}
                  max={MAX_DAYS}
                  unit={t('editor.days')}
                  placeholder={t('markdown.noLimit')}
                  invalidMessage={t('editor.daysInvalid', { max: MAX_DAYS })}
                  onCommit={(value) => set(['stages', { id: stage.id }, 'maxDays'], value)}
                />
                <TextAreaField label={t('editor.stages.entry', { name })} rows={2} maxLength={MAX_TEXT} value={stage.entryCriteria} onCommit={(value) => set(['stages', { id: stage.id }, 'entryCriteria'], value)} />
              </div>
              <span className="row-actions">
                <button type="button" className="icon-button" aria-label={t('editor.moveUp', { name })} disabled={index === 0} onClick={() => move(stage.id, index - 1)}>
                  <ArrowUp aria-hidden="true" size={18} />
                </button>
                <button type="button" className="icon-button" aria-label={t('editor.moveDown', { name })} disabled={index === stages.length - 1} onClick={() => move(stage.id, index + 1)}>
                  <ArrowDown aria-hidden="true" size={18} />
                </button>
                <button
                  type="button"
                  className="icon-button icon-button--danger"
                  aria-label={t('editor.remove', { name })}
                  onClick={() => edit([{ type: 'remove', path: at('stages', { id: stage.id }) }, ...(slice.mqlStageId === stage.id ? [setOp(['mqlStageId'], null)] : [])])}
                >
                  <Trash2 aria-hidden="true" size={18} />
                </button>
              </span>
            </li>
          );
        })}
      </ol>
      <div className="lead-row">
        <button type="button" className="button" onClick={add} disabled={stages.length >= MAX_STAGES}>
          <Plus aria-hidden="true" size={18} />
          {t('editor.stages.add')}
        </button>
        <div className="field">
          <label htmlFor={mqlId}>{t('editor.stages.mqlStage')}</label>
          <select id={mqlId} value={slice.mqlStageId ?? ''} onChange={(event) => set(['mqlStageId'], event.target.value || null, false)}>
            <option value="">{t('editor.stages.noMqlStage')}</option>
            {stages.map((stage, index) => (
              <option key={stage.id} value={stage.id}>
                {stageLabel(index)}
              </option>
            ))}
          </select>
        </div>
      </div>
    </section>
  );
}
