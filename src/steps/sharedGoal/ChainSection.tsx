import { ArrowDown, ArrowUp, Plus, Trash2 } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { PathSegment } from '../../contract/edit';
import type { StepEditorProps } from '../kit/views';
import { TextField } from '../kit/TextField';
import type { SharedGoalSlice } from './definition';
import { at, coalesceKey, setOp } from './edit-goal';
import { GoalNumberField } from './fields';
import type { GoalView } from './goal-view';

/** Where one sales type's rate from one stage sits, under the slice. */
const ratePath = (typeId: string, stageId: string): PathSegment[] => ['salesTypes', { id: typeId }, 'conversionRates', stageId];

type Props = Pick<StepEditorProps<SharedGoalSlice>, 'slice' | 'edit'> & { view: GoalView };

/**
 * The sales chain: its stages in order (the last one is the won deal), and the conversion rate
 * between each pair of stages for each sales type.
 */
export function ChainSection({ slice, edit, view }: Props) {
  const { t } = useTranslation('sharedGoal');
  const { stages } = slice;
  const last = stages.length - 1;
  const stageLabel = (index: number) => stages[index]?.name.trim() || t('chain.unnamed', { n: index + 1 });
  const move = (id: string, toIndex: number) => edit([{ type: 'move', path: at('stages', { id }), toIndex }]);
  const addStage = () =>
    edit([
      {
        type: 'insert',
        path: at('stages'),
        value: { id: crypto.randomUUID(), name: t('chain.newStage') },
        index: Math.max(0, last),
      },
    ]);
  const noStages = view.messageAt('stages');
  const duplicates = stages.map((_, index) => view.messageAt('stages', index, 'id'));

  return (
    <section className="step-section" aria-labelledby="goal-chain-title">
      <h3 id="goal-chain-title">{t('chain.title')}</h3>
      <p className="goal-intro">{t('chain.intro')}</p>
      <ol className="goal-stages">
        {stages.map((stage, index) => (
          <li key={stage.id} className="goal-stage">
            <span className="goal-stage__number" aria-hidden="true">
              {index + 1}
            </span>
            <TextField
              label={t('chain.stageName', { n: index + 1 })}
              hideLabel
              value={stage.name}
              validate={(value) => (value.trim() === '' ? t('chain.nameRequired') : null)}
              onCommit={(value) => edit([setOp(['stages', { id: stage.id }, 'name'], value)], { coalesceKey: coalesceKey(['stages', { id: stage.id }, 'name']) })}
            />
            <span className="goal-stage__won">{index === last ? t('chain.wonDeal') : null}</span>
            <span className="row-actions">
              <button type="button" className="icon-button" aria-label={t('chain.moveUp', { name: stageLabel(index) })} disabled={index === 0} onClick={() => move(stage.id, index - 1)}>
                <ArrowUp aria-hidden="true" size={18} />
              </button>
              <button type="button" className="icon-button" aria-label={t('chain.moveDown', { name: stageLabel(index) })} disabled={index === last} onClick={() => move(stage.id, index + 1)}>
                <ArrowDown aria-hidden="true" size={18} />
              </button>
              <button
                type="button"
                className="icon-button icon-button--danger"
                aria-label={t('chain.remove', { name: stageLabel(index) })}
                disabled={stages.length <= 1}
                onClick={() => edit([{ type: 'remove', path: at('stages', { id: stage.id }) }])}
              >
                <Trash2 aria-hidden="true" size={18} />
              </button>
            </span>
            {duplicates[index] ? <p className="field__error goal-stage__error">{duplicates[index]}</p> : null}
          </li>
        ))}
      </ol>
      {noStages ? <p className="message message--error">{noStages}</p> : null}
      <button type="button" className="button" onClick={addStage}>
        <Plus aria-hidden="true" size={18} />
        {t('chain.add')}
      </button>

      {stages.length > 1 && slice.salesTypes.length > 0 ? (
        <div className="goal-rates-wrap" role="region" aria-labelledby="goal-rates-title" tabIndex={0}>
          <table className="goal-rates">
            <caption id="goal-rates-title">{t('chain.ratesCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('chain.step')}</th>
                {slice.salesTypes.map((type, i) => (
                  <th scope="col" key={type.id}>
                    {type.name.trim() || t('salesTypes.unnamed', { n: i + 1 })}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {stages.slice(0, -1).map((stage, j) => {
                const pair = t('chain.pair', { from: stageLabel(j), to: stageLabel(j + 1) });
                return (
                  <tr key={stage.id}>
                    <th scope="row">{pair}</th>
                    {slice.salesTypes.map((type, i) => {
                      const path = ratePath(type.id, stage.id);
                      const typeName = type.name.trim() || t('salesTypes.unnamed', { n: i + 1 });
                      return (
                        <td key={type.id}>
                          <GoalNumberField
                            label={t('chain.rateLabel', { pair, type: typeName })}
                            hideLabel
                            value={Object.hasOwn(type.conversionRates, stage.id) ? type.conversionRates[stage.id] : undefined}
                            kind="decimal"
                            language={view.language}
                            f={view.f}
                            unit="%"
                            error={view.messageAt('salesTypes', i, 'conversionRates', stage.id)}
                            onCommit={(value) => edit([setOp(path, value)], { coalesceKey: coalesceKey(path) })}
                          />
                        </td>
                      );
                    })}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
