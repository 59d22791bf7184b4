import { CheckCircle2, Plus, Trash2 } from 'lucide-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { PathSegment } from '../../contract/edit';
import type { RevenueShare, SalesType } from '../../domain/funnel-schema';
import type { StepEditorProps } from '../kit/views';
import { TextField } from '../kit/TextField';
import type { SharedGoalSlice } from './definition';
import { at, coalesceKey, setOp } from './edit-goal';
import { GoalNumberField } from './fields';
import type { GoalView } from './goal-view';
import { convertShare, remainingShare } from './shares';

type Props = Pick<StepEditorProps<SharedGoalSlice>, 'slice' | 'edit'> & { view: GoalView };

/**
 * The sales types the target is split over: each with its share (an amount or a percent of the
 * target), its average deal size and its sales cycle; with a clear line on whether the shares
 * add up to the target.
 */
export function SalesTypesSection({ slice, edit, view }: Props) {
  const { t } = useTranslation('sharedGoal');
  const sharesIssue = view.messageAt('salesTypes');
  // The domain adds the shares up only when the target and every share are valid on their own.
  const sharesChecked =
    slice.salesTypes.length > 0 &&
    !view.messageAt('targetAmount') &&
    slice.salesTypes.every((type, i) => !view.messageAt('salesTypes', i, 'share', type.share.kind));
  const addType = () => {
    const first = slice.salesTypes[0];
    const rates = first ? { ...first.conversionRates } : {};
    const type = {
      id: crypto.randomUUID(),
      name: t('salesTypes.newName', { n: slice.salesTypes.length + 1 }),
      share: remainingShare(
        slice.salesTypes.map((s) => s.share),
        slice.targetAmount,
      ),
      averageDealSize: first?.averageDealSize ?? 50_000,
      salesCycleMonths: first?.salesCycleMonths ?? 1,
      conversionRates: rates,
    } satisfies SalesType;
    edit([{ type: 'insert', path: at('salesTypes'), value: type }]);
  };

  return (
    <section className="step-section" aria-labelledby="goal-types-title">
      <h3 id="goal-types-title">{t('salesTypes.title')}</h3>
      <p className="goal-intro">{t('salesTypes.intro')}</p>
      <ul className="goal-types">
        {slice.salesTypes.map((type, index) => (
          <SalesTypeCard key={type.id} slice={slice} type={type} index={index} edit={edit} view={view} />
        ))}
      </ul>
      <div className="goal-types__footer">
        <button type="button" className="button" onClick={addType}>
          <Plus aria-hidden="true" size={18} />
          {t('salesTypes.add')}
        </button>
        <div className="goal-shares-live" aria-live="polite">
          {sharesIssue ? (
            <p className="message message--error goal-shares">{sharesIssue}</p>
          ) : sharesChecked ? (
            <p className="goal-shares goal-shares--ok">
              <CheckCircle2 aria-hidden="true" size={18} />
              {t('salesTypes.sharesAddUp', { target: view.f.money(slice.targetAmount) })}
            </p>
          ) : null}
        </div>
      </div>
    </section>
  );
}

interface CardProps extends Props {
  type: SalesType;
  index: number;
}

function SalesTypeCard({ slice, type, index, edit, view }: CardProps) {
  const { t } = useTranslation('sharedGoal');
  const radioName = useId();
  const path = (...rest: PathSegment[]): PathSegment[] => ['salesTypes', { id: type.id }, ...rest];
  const set = (rest: PathSegment[], value: unknown) => edit([setOp(path(...rest), value)], { coalesceKey: coalesceKey(path(...rest)) });
  const name = type.name.trim() || t('salesTypes.unnamed', { n: index + 1 });
  const { share } = type;
  const setKind = (kind: RevenueShare['kind']) => {
    if (kind !== share.kind) edit([setOp(path('share'), convertShare(share, slice.targetAmount, kind))]);
  };
  const equivalent = shareEquivalent(share, slice.targetAmount, view);
  const problem = view.messageAt('salesTypes', index) ?? view.messageAt('salesTypes', index, 'id');

  return (
    <li className="goal-type">
      <div className="goal-type__group" role="group" aria-label={name}>
        <div className="goal-type__head">
          <TextField
            label={t('salesTypes.name')}
            value={type.name}
            validate={(value) => (value.trim() === '' ? t('salesTypes.nameRequired') : null)}
            onCommit={(value) => set(['name'], value)}
          />
          <button
            type="button"
            className="icon-button icon-button--danger"
            aria-label={t('salesTypes.remove', { name })}
            onClick={() => edit([{ type: 'remove', path: at(...path()) }])}
          >
            <Trash2 aria-hidden="true" size={18} />
          </button>
        </div>
        {problem ? <p className="field__error">{problem}</p> : null}
        <fieldset className="goal-toggle">
          <legend>{t('salesTypes.shareAs')}</legend>
          <label>
            <input type="radio" name={radioName} checked={share.kind === 'amount'} onChange={() => setKind('amount')} />
            {t('salesTypes.asAmount')}
          </label>
          <label>
            <input type="radio" name={radioName} checked={share.kind === 'percent'} onChange={() => setKind('percent')} />
            {t('salesTypes.asPercent')}
          </label>
        </fieldset>
        <GoalNumberField
          key={share.kind}
          label={t('salesTypes.share')}
          value={share.kind === 'amount' ? share.amount : share.percent}
          kind={share.kind === 'amount' ? 'amount' : 'decimal'}
          language={view.language}
          f={view.f}
          unit={share.kind === 'amount' ? view.f.currencySymbol : '%'}
          error={view.messageAt('salesTypes', index, 'share', share.kind)}
          hint={equivalent}
          onCommit={(value) => set(['share'], share.kind === 'amount' ? { kind: 'amount', amount: value } : { kind: 'percent', percent: value })}
        />
        <GoalNumberField
          label={t('salesTypes.averageDeal')}
          value={type.averageDealSize}
          kind="amount"
          language={view.language}
          f={view.f}
          unit={view.f.currencySymbol}
          error={view.messageAt('salesTypes', index, 'averageDealSize')}
          onCommit={(value) => set(['averageDealSize'], value)}
        />
        <GoalNumberField
          label={t('salesTypes.cycle')}
          value={type.salesCycleMonths}
          kind="decimal"
          language={view.language}
          f={view.f}
          unit={t('salesTypes.months')}
          whole
          error={view.messageAt('salesTypes', index, 'salesCycleMonths')}
          onCommit={(value) => set(['salesCycleMonths'], value)}
        />
      </div>
    </li>
  );
}

/** What a share comes to in the other unit ("= 55 %", "= 6.600.000 kr."), when it can be said. */
function shareEquivalent(share: RevenueShare, target: number, view: GoalView): string | null {
  const other = convertShare(share, target, share.kind === 'amount' ? 'percent' : 'amount');
  const value = other.kind === 'amount' ? other.amount : other.percent;
  if (!Number.isFinite(value) || value <= 0 || !(target > 0)) return null;
  return `= ${other.kind === 'amount' ? view.f.money(value) : view.f.percent(value)}`;
}
