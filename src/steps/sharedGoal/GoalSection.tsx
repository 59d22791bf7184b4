import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { PathSegment } from '../../contract/edit';
import type { StepEditorProps } from '../kit/views';
import type { SharedGoalSlice } from './definition';
import { coalesceKey, setOp } from './edit-goal';
import { GoalNumberField } from './fields';
import type { GoalView } from './goal-view';

type Props = Pick<StepEditorProps<SharedGoalSlice>, 'slice' | 'edit'> & { view: GoalView };

/** The years offered: a few either side of now and of the goal's own year. */
function yearChoices(current: number): number[] {
  const now = new Date().getFullYear();
  const years = new Set<number>();
  for (let y = now - 2; y <= now + 6; y++) years.add(y);
  if (Number.isInteger(current)) years.add(current);
  return [...years].sort((a, b) => a - b);
}

/** The one shared target and its period (a year, or a quarter of it). */
export function GoalSection({ slice, edit, view }: Props) {
  const { t } = useTranslation('sharedGoal');
  const ids = { kind: useId(), year: useId(), quarter: useId(), yearError: useId(), quarterError: useId() };
  const set = (path: PathSegment[], value: unknown) => edit([setOp(path, value)], { coalesceKey: coalesceKey(path) });
  const { period } = slice;
  const yearError = view.messageAt('period', 'year');
  const quarterError = view.messageAt('period', 'quarter');

  return (
    <section className="step-section" aria-labelledby="goal-target-title">
      <h3 id="goal-target-title">{t('goal.title')}</h3>
      <p className="goal-intro">{t('goal.intro')}</p>
      <div className="goal-target">
        <GoalNumberField
          className="goal-field--target"
          label={t('goal.target')}
          value={slice.targetAmount}
          kind="amount"
          language={view.language}
          f={view.f}
          unit={view.f.currencySymbol}
          error={view.messageAt('targetAmount')}
          onCommit={(value) => set(['targetAmount'], value)}
        />
        <div className="field">
          <label htmlFor={ids.kind}>{t('period.kind')}</label>
          <select
            id={ids.kind}
            value={period.kind}
            onChange={(event) => {
              const kind = event.target.value === 'quarter' ? 'quarter' : 'year';
              set(['period'], { ...period, kind, ...(kind === 'quarter' && period.quarter === undefined ? { quarter: 1 } : {}) });
            }}
          >
            <option value="year">{t('period.year')}</option>
            <option value="quarter">{t('period.quarter')}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.year}>{t('period.yearLabel')}</label>
          <select
            id={ids.year}
            value={String(period.year)}
            aria-invalid={yearError ? true : undefined}
            aria-describedby={yearError ? ids.yearError : undefined}
            onChange={(event) => set(['period', 'year'], Number(event.target.value))}
          >
            {yearChoices(period.year).map((year) => (
              <option key={year} value={String(year)}>
                {year}
              </option>
            ))}
          </select>
          {yearError ? (
            <p id={ids.yearError} className="field__error">
              {yearError}
            </p>
          ) : null}
        </div>
        {period.kind === 'quarter' ? (
          <div className="field">
            <label htmlFor={ids.quarter}>{t('period.quarterSelect')}</label>
            <select
              id={ids.quarter}
              value={String(period.quarter ?? '')}
              aria-invalid={quarterError ? true : undefined}
              aria-describedby={quarterError ? ids.quarterError : undefined}
              onChange={(event) => set(['period', 'quarter'], Number(event.target.value))}
            >
              {[1, 2, 3, 4].map((quarter) => (
                <option key={quarter} value={String(quarter)}>
                  {t('period.quarterOption', { quarter })}
                </option>
              ))}
            </select>
            {quarterError ? (
              <p id={ids.quarterError} className="field__error">
                {quarterError}
              </p>
            ) : null}
          </div>
        ) : null}
      </div>
    </section>
  );
}
