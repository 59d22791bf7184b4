import { AlertTriangle, CheckCircle2 } from 'lucide-react';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditOp, PathSegment } from '../../contract/edit';
import type { Workspace } from '../../contract/workspace';
import { MAX_POINTS, MAX_TEXT, type LeadDefinitions, type ScoringModel } from '../../domain/lead-schema';
import type { LeadIssue } from '../../domain/lead-validation';
import type { EditOptions } from '../kit/host-types';
import { coalesceKey, setOp } from './edits';
import { TextAreaField } from '../kit/TextAreaField';
import { IntField } from './fields';
import { GridTable, MisjudgedList } from './Grid';
import { calibrationSentence, crossCheckSentence, leadFacts } from './markdown';
import { leadFormat } from './format';

interface Props {
  workspace: Workspace;
  slice: LeadDefinitions;
  issues: readonly LeadIssue[];
  edit: (ops: EditOp[], options?: EditOptions) => void;
}

/** The grid's four limits, with the rule that may break at each. */
const GRID_LIMITS: { key: keyof ScoringModel['grid']; label: string; code: LeadIssue['code'] | null }[] = [
  { key: 'fitA', label: 'editor.grid.fitA', code: null },
  { key: 'fitB', label: 'editor.grid.fitB', code: 'fit_b_above_a' },
  { key: 'engagement1', label: 'editor.grid.engagement1', code: null },
  { key: 'engagement2', label: 'editor.grid.engagement2', code: 'engagement_2_above_1' },
];

/** The highest score the model allows (each group's positive points up to its cap), for the slider. */
export function highestScore(model: ScoringModel): number {
  return model.groups.reduce((sum, group) => {
    const positive = group.criteria.reduce((s, c) => s + Math.max(0, c.points), 0);
    return sum + (group.cap === null ? positive : Math.min(positive, Math.max(0, group.cap)));
  }, 0);
}

/**
 * The MQL threshold with a slider and a field, and what it does to the sample leads in words,
 * at once while the slider moves; the grid limits and the grid; the leads it misjudges; and the
 * cross-check with the shared goal (with its tolerance).
 */
export function ThresholdSection({ workspace, slice, issues, edit }: Props) {
  const { t } = useTranslation('leadDefinitions');
  const f = leadFormat(workspace.language);
  const sliderId = useId();
  const sentenceId = useId();
  const threshold = slice.scoring.mqlThreshold;
  // The slider keeps its own value while it moves, so the sentence follows the hand at once.
  const [moving, setMoving] = useState<number | null>(null);
  const shown = moving ?? threshold;
  const settled = useRef(true);
  useEffect(() => {
    // The edit has landed (or the threshold changed elsewhere, by undo or another window).
    setMoving((current) => (settled.current || current === threshold ? null : current));
  }, [threshold]);
  const { calibration, check } = useMemo(() => leadFacts(slice, workspace, shown), [slice, workspace, shown]);
  const set = (path: PathSegment[], value: unknown) => edit([setOp(path, value)], { coalesceKey: coalesceKey(path) });
  const setThreshold = (value: number) => set(['scoring', 'mqlThreshold'], value);
  const top = Math.max(highestScore(slice.scoring), threshold, 10);
  const bottom = Math.min(0, threshold);
  const cross = crossCheckSentence(check, t, f);
  const { grid } = slice.scoring;
  const gridIssue = (code: LeadIssue['code']) => issues.find((issue) => issue.code === code);

  return (
    <section className="step-section lead-section" aria-labelledby="lead-threshold-title">
      <h3 id="lead-threshold-title">{t('editor.threshold.title')}</h3>
      <p className="lead-intro">{t('editor.threshold.intro')}</p>
      <div className="lead-threshold">
        <div className="field lead-threshold__slider">
          <label htmlFor={sliderId}>{t('editor.threshold.slider')}</label>
          <input
            id={sliderId}
            type="range"
            min={bottom}
            max={top}
            step={1}
            value={shown}
            aria-describedby={sentenceId}
            aria-valuetext={t('editor.threshold.valueText', { score: f.number(shown) })}
            onChange={(event) => {
              const value = Number(event.target.value);
              settled.current = false;
              setMoving(value);
              setThreshold(value);
            }}
            onPointerUp={() => {
              settled.current = true;
            }}
            onKeyUp={() => {
              settled.current = true;
            }}
            onBlur={() => {
              settled.current = true;
              setMoving(null);
            }}
          />
        </div>
        <IntField
          className="lead-threshold__field"
          label={t('markdown.mqlThreshold')}
          value={shown}
          min={-MAX_POINTS}
          max={MAX_POINTS}
          unit={t('editor.points')}
          invalidMessage={t('editor.pointsInvalid', { max: MAX_POINTS })}
          onCommit={(value) => {
            setMoving(null);
            setThreshold(value ?? 0);
          }}
        />
      </div>
      <p id={sentenceId} className="lead-sentence" aria-live="polite" data-testid="lead-calibration-sentence">
        {calibrationSentence(calibration, t, f)}
      </p>
      <p className={`lead-cross ${cross.warning ? 'lead-cross--warning' : ''}`} role={cross.warning ? 'alert' : undefined} data-testid="lead-cross-check">
        {cross.warning ? <AlertTriangle aria-hidden="true" size={20} /> : check.status === 'ok' ? <CheckCircle2 aria-hidden="true" size={20} /> : null}
        <span>{cross.text}</span>
      </p>
      <IntField
        className="lead-tolerance"
        label={t('editor.threshold.tolerance')}
        value={slice.crossCheck.tolerancePercent}
        min={0}
        max={1000}
        unit="%"
        invalidMessage={t('editor.toleranceInvalid')}
        onCommit={(value) => set(['crossCheck', 'tolerancePercent'], value ?? 0)}
      />
      <TextAreaField label={t('editor.threshold.why')} maxLength={MAX_TEXT} value={slice.scoring.thresholdWhy} onCommit={(value) => set(['scoring', 'thresholdWhy'], value)} />

      <h4>{t('editor.grid.title')}</h4>
      <p className="lead-intro">{t('editor.grid.intro')}</p>
      <div className="lead-grid-limits">
        {GRID_LIMITS.map(({ key, label, code }) => ({ key, label, issue: code ? gridIssue(code) : undefined }))
          .map(({ key, label, issue }) => (
          <div key={key}>
            <IntField
              label={t(label)}
              value={grid[key]}
              min={-MAX_POINTS}
              max={MAX_POINTS}
              unit={t('editor.points')}
              invalidMessage={t('editor.pointsInvalid', { max: MAX_POINTS })}
              onCommit={(value) => set(['scoring', 'grid', key], value ?? 0)}
            />
            {issue ? <p className="field__error">{t(`issues.${issue.code}`, issue.params)}</p> : null}
          </div>
        ))}
      </div>
      {calibration.leads.length > 0 ? (
        <>
          <GridTable calibration={calibration} />
          <MisjudgedList calibration={calibration} />
        </>
      ) : null}
    </section>
  );
}
