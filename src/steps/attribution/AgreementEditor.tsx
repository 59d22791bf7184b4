import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditOp } from '../../contract/edit';
import type { Workspace } from '../../contract/workspace';
import { validateAgreement } from '../../domain/attribution';
import { MARKETING_METRIC_IDS, MAX_TEXT, type AttributionSlice, type MarketingMetric } from '../../domain/attribution-schema';
import { wallProblemsOf } from '../../domain/coverage';
import { workshopOf } from '../../domain/workshop';
import type { EditOptions } from '../kit/host';
import { TextAreaField } from '../kit/TextAreaField';
import { SLICE_PATH } from './edits';

interface AgreementEditorProps {
  workspace: Workspace;
  slice: AttributionSlice;
  edit: (ops: EditOp[], options?: EditOptions) => void;
}

const AGREEMENT = [...SLICE_PATH, 'agreement'];


/**
 * The agreement: why this model, what marketing is measured on (contribution, not activity: the
 * editor says so when only activity is ticked), how and how often it is reported, who owns it, and
 * which problems of the wall it answers. Findings are listed under it as the room goes.
 */
export function AgreementEditor({ workspace, slice, edit }: AgreementEditorProps) {
  const { t } = useTranslation('attribution');
  const headingId = useId();
  const frequencyId = useId();
  const ownerId = useId();
  const { agreement } = slice;
  const people = workshopOf(workspace).participants;
  const problems = wallProblemsOf(workspace);
  const issues = validateAgreement(
    slice.model,
    agreement,
    people.map((p) => p.id),
  );
  const set = (field: string, value: unknown, coalesce = false) => edit([{ type: 'set', path: [...AGREEMENT, field], value }], coalesce ? { coalesceKey: `attr:agreement:${field}` } : undefined);
  const toggleMetric = (metric: MarketingMetric, on: boolean) =>
    set(
      'metrics',
      MARKETING_METRIC_IDS.filter((id) => (id === metric ? on : agreement.metrics.includes(id))),
    );
  const toggleProblem = (problemId: string, on: boolean) => set('problemIds', on ? [...agreement.problemIds, problemId] : agreement.problemIds.filter((id) => id !== problemId));

  return (
    <section className="step-section attr-agreement" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('editor.agreement')}</h3>
      <TextAreaField maxLength={MAX_TEXT} label={t('editor.why')} value={agreement.why} onCommit={(value) => set('why', value, true)} />
      <fieldset className="attr-checks">
        <legend>{t('editor.metrics')}</legend>
        {MARKETING_METRIC_IDS.map((metric) => (
          <label key={metric}>
            <input type="checkbox" checked={agreement.metrics.includes(metric)} onChange={(event) => toggleMetric(metric, event.target.checked)} />
            {t(`metrics.${metric}`)}
          </label>
        ))}
      </fieldset>
      <TextAreaField maxLength={MAX_TEXT} label={t('editor.measuredOn')} value={agreement.measuredOn} onCommit={(value) => set('measuredOn', value, true)} />
      <div className="field-row">
        <div className="field">
          <label htmlFor={frequencyId}>{t('editor.reportFrequency')}</label>
          <select id={frequencyId} value={agreement.report.frequency} onChange={(event) => edit([{ type: 'set', path: [...AGREEMENT, 'report', 'frequency'], value: event.target.value }])}>
            <option value="monthly">{t('frequency.monthly')}</option>
            <option value="quarterly">{t('frequency.quarterly')}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={ownerId}>{t('editor.owner')}</label>
          <select id={ownerId} value={agreement.ownerId} onChange={(event) => set('ownerId', event.target.value)}>
            <option value="">{t('editor.noOwner')}</option>
            {people.map((person) => (
              <option key={person.id} value={person.id}>
                {person.title ? `${person.name} (${person.title})` : person.name}
              </option>
            ))}
            {agreement.ownerId && !people.some((p) => p.id === agreement.ownerId) ? <option value={agreement.ownerId}>{t('issues.owner_unknown')}</option> : null}
          </select>
        </div>
      </div>
      <TextAreaField
        maxLength={MAX_TEXT}
        label={t('editor.reportHow')}
        value={agreement.report.how}
        onCommit={(value) => edit([{ type: 'set', path: [...AGREEMENT, 'report', 'how'], value }], { coalesceKey: 'attr:agreement:how' })}
      />
      <fieldset className="attr-checks">
        <legend>{t('editor.problems')}</legend>
        {problems.length === 0 ? <p className="form__hint">{t('editor.noProblems')}</p> : null}
        {problems.map((problem) => (
          <label key={problem.id}>
            <input type="checkbox" checked={agreement.problemIds.includes(problem.id)} onChange={(event) => toggleProblem(problem.id, event.target.checked)} />
            {problem.name}
          </label>
        ))}
      </fieldset>
      {issues.length > 0 ? (
        <ul className="attr-issues" role="status" aria-label={t('markdown.findings')}>
          {issues.map((issue) => (
            <li key={issue.code}>{t(`issues.${issue.code}`)}</li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
