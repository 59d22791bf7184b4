import { useTranslation } from 'react-i18next';
import type { EditOp } from '../../contract/edit';
import { DEFAULT_FOLLOW_UP_STAGE_IDS } from '../../domain/funnel';
import type { StepEditorProps } from '../kit/views';
import type { SharedGoalSlice } from './definition';
import { at, coalesceKey, setOp } from './edit-goal';
import { GoalNumberField } from './fields';
import type { GoalView } from './goal-view';

type Props = Pick<StepEditorProps<SharedGoalSlice>, 'slice' | 'edit'> & { view: GoalView };

/** The team the volume is divided over, and what a seller can follow up in a week. */
export function TeamSection({ slice, edit, view }: Props) {
  const { t } = useTranslation('sharedGoal');
  const capacity = slice.capacity ?? {};
  const followUpIds = capacity.stageIds ?? DEFAULT_FOLLOW_UP_STAGE_IDS.filter((id) => slice.stages.some((s) => s.id === id));
  const unknownStage = capacity.stageIds?.map((_, k) => view.messageAt('capacity', 'stageIds', k)).find(Boolean) ?? null;

  const setTeam = (key: 'sellers' | 'marketers', value: number) => edit([setOp(['team', key], value)], { coalesceKey: coalesceKey(['team', key]) });
  const clearTeam = (key: 'sellers' | 'marketers') => {
    if (slice.team[key] !== undefined) edit([{ type: 'delete', path: at('team', key) }]);
  };
  const setCapacity = (patch: Partial<NonNullable<SharedGoalSlice['capacity']>>, key: string) => {
    const op: EditOp = slice.capacity ? setOp(['capacity', ...Object.keys(patch)], Object.values(patch)[0]) : setOp(['capacity'], patch);
    edit([op], { coalesceKey: coalesceKey(['capacity', key]) });
  };
  const toggleStage = (stageId: string, on: boolean) => {
    const chainOrder = slice.stages.map((s) => s.id);
    const next = chainOrder.filter((id) => (id === stageId ? on : followUpIds.includes(id)));
    setCapacity({ stageIds: next }, 'stageIds');
  };

  return (
    <section className="step-section" aria-labelledby="goal-team-title">
      <h3 id="goal-team-title">{t('team.title')}</h3>
      <p className="goal-intro">{t('team.intro')}</p>
      <div className="goal-team">
        <GoalNumberField
          label={t('team.sellers')}
          value={slice.team.sellers}
          kind="decimal"
          language={view.language}
          f={view.f}
          unit={t('team.people')}
          whole
          error={view.messageAt('team', 'sellers')}
          onCommit={(value) => setTeam('sellers', value)}
          onClear={() => clearTeam('sellers')}
        />
        <GoalNumberField
          label={t('team.marketers')}
          value={slice.team.marketers}
          kind="decimal"
          language={view.language}
          f={view.f}
          unit={t('team.people')}
          whole
          error={view.messageAt('team', 'marketers')}
          onCommit={(value) => setTeam('marketers', value)}
          onClear={() => clearTeam('marketers')}
        />
        <GoalNumberField
          label={t('team.capacity')}
          value={capacity.followUpsPerSellerPerWeek}
          kind="decimal"
          language={view.language}
          f={view.f}
          unit={t('team.perWeek')}
          error={view.messageAt('capacity', 'followUpsPerSellerPerWeek')}
          onCommit={(value) => setCapacity({ followUpsPerSellerPerWeek: value }, 'followUpsPerSellerPerWeek')}
          onClear={() => {
            if (capacity.followUpsPerSellerPerWeek !== undefined) edit([{ type: 'delete', path: at('capacity', 'followUpsPerSellerPerWeek') }]);
          }}
        />
      </div>
      {slice.stages.length > 0 ? (
        <fieldset className="goal-followups">
          <legend>{t('team.followUpStages')}</legend>
          {slice.stages.map((stage, index) => (
            <label key={stage.id} className="checkbox-field">
              <input type="checkbox" checked={followUpIds.includes(stage.id)} onChange={(event) => toggleStage(stage.id, event.target.checked)} />
              {stage.name.trim() || t('chain.unnamed', { n: index + 1 })}
            </label>
          ))}
        </fieldset>
      ) : null}
      {unknownStage ? <p className="field__error">{unknownStage}</p> : null}
    </section>
  );
}
