import { useId } from 'react';
import type { PathSegment } from '../../contract/edit';
import { wallProblemsOf } from '../../domain/coverage';
import { responseBand } from '../../domain/sla';
import { MAX_ATTEMPTS_PER_SELLER_PER_WEEK, MAX_COMMITMENTS, MAX_OUTCOMES, type Commitment, type Sla, type SlaSide, type TimeUnit } from '../../domain/sla-schema';
import { useStepHost } from '../kit/host';
import { NumberField } from '../kit/NumberField';
import { TextField } from '../kit/TextField';
import type { StepEditorProps } from '../kit/views';
import { issuesAt, OwnerPicker, useSlaView, type SlaView } from './sla-view';
import { capacityLines, commitmentText, evidenceLines, mqlMissingText } from './text';

type Edit = StepEditorProps<Sla>['edit'];
const path = (...segments: PathSegment[]): PathSegment[] => ['steps', 'serviceLevel', ...segments];
const keyOf = (segments: PathSegment[]) => segments.map((s) => (typeof s === 'string' ? s : s.id)).join('.');
/** A new item's id: the prefix and a random part (unique within its list). */
const newId = (prefix: string) => `${prefix}-${Math.random().toString(36).slice(2, 10)}`;
const FIRST_CONTACT_UNITS: TimeUnit[] = ['minutes', 'hours', 'workingHours', 'workingDays'];
const ESCALATION_UNITS: TimeUnit[] = ['hours', 'workingHours', 'days', 'workingDays', 'weeks', 'months'];

/**
 * The SLA's editor: marketing's MQLs as the goal derives them (read-only, with where they come
 * from), the quality they must have, sales' numbers with the research beside the response time
 * and the capacity check under the attempts, then every commitment's measure, target, owner,
 * report and escalation, and the outcomes a seller records.
 */
export function SlaEditor({ workspace, slice, edit }: StepEditorProps<Sla>) {
  const view = useSlaView(workspace, slice);
  const set = (segments: PathSegment[], value: unknown) => edit([{ type: 'set', path: path(...segments), value }], { coalesceKey: keyOf(segments) });
  return (
    <div className="step-editor sla-editor">
      <MarketingSection slice={slice} view={view} set={set} />
      <SalesSection slice={slice} view={view} set={set} edit={edit} />
      <CommitmentsSection workspace={workspace} slice={slice} view={view} set={set} edit={edit} />
      <OutcomesSection slice={slice} view={view} set={set} edit={edit} />
    </div>
  );
}

type Set = (segments: PathSegment[], value: unknown) => void;

function MarketingSection({ slice, view, set }: { slice: Sla; view: SlaView; set: Set }) {
  const { t, format, mqls, goal, definition } = view;
  const host = useStepHost();
  const qualityId = useId();
  return (
    <section className="step-section" aria-labelledby="sla-marketing-title">
      <h3 id="sla-marketing-title">{t('sides.marketing')}</h3>
      {mqls.ok && goal ? (
        <div className="sla-mqls">
          <dl className="sla-figures">
            <div>
              <dt>{t('editor.perMonth')}</dt>
              <dd>{format.number(mqls.data.perMonth)}</dd>
            </div>
            <div>
              <dt>{t('editor.perWeek')}</dt>
              <dd>{format.number(mqls.data.perWeek)}</dd>
            </div>
            {mqls.data.perSeller ? (
              <div>
                <dt>{t('editor.perSellerWeek')}</dt>
                <dd>{format.number(mqls.data.perSeller.perWeek)}</dd>
              </div>
            ) : null}
          </dl>
          <table className="sla-table">
            <caption>{t('editor.byType', { stage: mqls.data.stageName })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('markdown.salesType')}</th>
                <th scope="col">{t('markdown.inPeriod')}</th>
                <th scope="col">{t('markdown.perMonth')}</th>
              </tr>
            </thead>
            <tbody>
              {mqls.data.bySalesType.map((type) => (
                <tr key={type.salesTypeId}>
                  <th scope="row">{type.name}</th>
                  <td>{format.number(type.period)}</td>
                  <td>{format.number(type.perMonth)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="sla-source">{t('mql.source', { target: format.money(goal.targetAmount), period: goal.period.kind === 'year' ? String(goal.period.year) : t('mql.quarter', { quarter: goal.period.quarter ?? 1, year: goal.period.year }) })}</p>
        </div>
      ) : (
        <p className="sla-note">{mqlMissingText(mqls, view.text)}</p>
      )}
      <button type="button" className="button" onClick={() => host.goToStep('sharedGoal')}>
        {t('editor.openGoal')}
      </button>
      {definition ? (
        <p className="sla-quality">
          <strong>{t('editor.definitionFrom')}</strong> {definition}
        </p>
      ) : (
        <div className="field field--wide">
          <label htmlFor={qualityId}>{t('editor.quality')}</label>
          <textarea id={qualityId} rows={3} maxLength={2000} value={slice.mqlQuality} onChange={(event) => set(['mqlQuality'], event.target.value)} />
        </div>
      )}
    </section>
  );
}

function SalesSection({ slice, view, set, edit }: { slice: Sla; view: SlaView; set: Set; edit: Edit }) {
  const { t } = view;
  const unitId = useId();
  const { sales } = slice;
  const band = responseBand(sales.firstContact);
  const evidence = evidenceLines(view.text);
  return (
    <section className="step-section" aria-labelledby="sla-sales-title">
      <h3 id="sla-sales-title">{t('sides.sales')}</h3>
      <div className="sla-numbers">
        <NumberField
          label={t('editor.accept')}
          value={sales.acceptWithinWorkingHours}
          min={1}
          max={400}
          unit={t('editor.workingHoursUnit')}
          invalidMessage={t('editor.wholeNumber', { min: 1, max: 400 })}
          onCommit={(value) => set(['sales', 'acceptWithinWorkingHours'], value)}
        />
        <div className="sla-response">
          <NumberField
            label={t('editor.firstContact')}
            value={sales.firstContact.amount}
            min={1}
            max={10_000}
            invalidMessage={t('editor.wholeNumber', { min: 1, max: 10_000 })}
            onCommit={(value) => set(['sales', 'firstContact', 'amount'], value)}
          />
          <div className="field">
            <label htmlFor={unitId}>{t('editor.firstContactUnit')}</label>
            <select id={unitId} value={sales.firstContact.unit} onChange={(event) => set(['sales', 'firstContact', 'unit'], event.target.value)}>
              {FIRST_CONTACT_UNITS.map((unit) => (
                <option key={unit} value={unit}>
                  {t(`unitNames.${unit}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <NumberField label={t('editor.attempts')} value={sales.attempts} min={1} max={50} invalidMessage={t('editor.wholeNumber', { min: 1, max: 50 })} onCommit={(value) => set(['sales', 'attempts'], value)} />
        <NumberField
          label={t('editor.attemptDays')}
          value={sales.attemptDays}
          min={1}
          max={365}
          unit={t('editor.daysUnit')}
          invalidMessage={t('editor.wholeNumber', { min: 1, max: 365 })}
          onCommit={(value) => set(['sales', 'attemptDays'], value)}
        />
        <NumberField
          label={t('editor.attemptsPerSeller')}
          hint={t('editor.attemptsPerSellerHint')}
          value={sales.attemptsPerSellerPerWeek}
          min={1}
          max={MAX_ATTEMPTS_PER_SELLER_PER_WEEK}
          unit={t('editor.attemptsPerSellerUnit')}
          invalidMessage={t('editor.attemptsPerSellerInvalid', { min: 1, max: MAX_ATTEMPTS_PER_SELLER_PER_WEEK })}
          onCommit={(value) => set(['sales', 'attemptsPerSellerPerWeek'], value)}
          onClear={() => {
            if (sales.attemptsPerSellerPerWeek !== undefined) edit([{ type: 'delete', path: path('sales', 'attemptsPerSellerPerWeek') }]);
          }}
        />
      </div>
      <aside className="sla-evidence" aria-labelledby="sla-evidence-title">
        <h4 id="sla-evidence-title">{t('evidence.title')}</h4>
        <p className={`sla-band sla-band--${band}`} role="status">
          {t(`band.${band}`)}
        </p>
        {evidence.map((fact) => (
          <div key={fact.id} className="sla-evidence__fact">
            {fact.sentences.map((sentence) => (
              <p key={sentence}>{sentence}</p>
            ))}
            <p className="sla-evidence__source">{fact.source}</p>
          </div>
        ))}
      </aside>
      <div className={`sla-capacity${view.capacity?.fits === false ? ' sla-capacity--over' : ''}`} role="status" aria-labelledby="sla-capacity-title">
        <h4 id="sla-capacity-title">{t('capacity.title')}</h4>
        {capacityLines(view.capacity, view.text).map((line) => (
          <p key={line}>{line}</p>
        ))}
      </div>
    </section>
  );
}

function CommitmentsSection({ workspace, slice, view, set, edit }: { workspace: StepEditorProps<Sla>['workspace']; slice: Sla; view: SlaView; set: Set; edit: Edit }) {
  const { t } = view;
  const problems = wallProblemsOf(workspace);
  const add = (side: SlaSide) => {
    const id = newId('custom');
    const commitment: Commitment = {
      id,
      kind: 'custom',
      side,
      text: '',
      measure: '',
      target: '',
      owner: { kind: 'participant', participantId: '' },
      reportedIn: '',
      escalation: { to: { kind: 'participant', participantId: '' }, after: { amount: 1, unit: 'weeks' } },
      answers: [],
    };
    edit([{ type: 'insert', path: path('commitments'), value: commitment }]);
  };
  return (
    <section className="step-section" aria-labelledby="sla-measures-title">
      <h3 id="sla-measures-title">{t('editor.measuresTitle')}</h3>
      <p className="sla-note">{t('editor.measuresIntro')}</p>
      <ul className="sla-commitments">
        {slice.commitments.map((commitment) => (
          <CommitmentCard key={commitment.id} commitment={commitment} slice={slice} view={view} set={set} edit={edit} problems={problems} />
        ))}
      </ul>
      <div className="sla-actions">
        <button type="button" className="button" disabled={slice.commitments.length >= MAX_COMMITMENTS} onClick={() => add('marketing')}>
          {t('editor.addMarketing')}
        </button>
        <button type="button" className="button" disabled={slice.commitments.length >= MAX_COMMITMENTS} onClick={() => add('sales')}>
          {t('editor.addSales')}
        </button>
      </div>
    </section>
  );
}

function CommitmentCard({ commitment, slice, view, set, edit, problems }: { commitment: Commitment; slice: Sla; view: SlaView; set: Set; edit: Edit; problems: { id: string; name: string }[] }) {
  const { t } = view;
  const unitId = useId();
  const at = (...segments: PathSegment[]) => ['commitments', { id: commitment.id }, ...segments];
  const title = commitment.kind === 'custom' ? commitment.text.trim() || t('kinds.custom') : t(`kinds.${commitment.kind}`);
  const issues = issuesAt(view.issues, commitment.id);
  return (
    <li className={`sla-commitment sla-commitment--${commitment.side}`}>
      <fieldset>
        <legend>
          <span className="sla-commitment__side">{t(`sides.${commitment.side}`)}:</span> {title}
        </legend>
        {commitment.kind !== 'custom' ? <p className="sla-commitment__text">{commitmentText(commitment, slice, view.mqls, view.text, view.definition)}</p> : null}
        {issues.length > 0 ? (
          <ul className="sla-issues" aria-label={t('editor.issuesOf', { name: title })}>
            {issues.map((issue) => (
              <li key={`${issue.code}-${issue.path.length}`}>{t(`issues.${issue.code}`)}</li>
            ))}
          </ul>
        ) : null}
        <div className="sla-commitment__fields">
          {commitment.kind === 'custom' ? <TextField label={t('editor.text')} value={commitment.text} maxLength={2000} onCommit={(value) => set(at('text'), value)} /> : null}
          <TextField label={t('markdown.measure')} value={commitment.measure} maxLength={300} onCommit={(value) => set(at('measure'), value)} />
          <TextField label={t('markdown.target')} value={commitment.target} maxLength={300} onCommit={(value) => set(at('target'), value)} />
          <OwnerPicker label={t('markdown.owner')} owner={commitment.owner} participants={view.participants} onChange={(owner) => set(at('owner'), owner)} />
          <TextField label={t('markdown.reportedIn')} value={commitment.reportedIn} maxLength={300} onCommit={(value) => set(at('reportedIn'), value)} />
          <OwnerPicker label={t('editor.escalateTo')} owner={commitment.escalation.to} participants={view.participants} onChange={(owner) => set(at('escalation', 'to'), owner)} />
          <div className="sla-response">
            <NumberField
              label={t('editor.escalateAfter')}
              value={commitment.escalation.after.amount}
              min={0}
              max={10_000}
              invalidMessage={t('editor.wholeNumber', { min: 0, max: 10_000 })}
              onCommit={(value) => set(at('escalation', 'after', 'amount'), value)}
            />
            <div className="field">
              <label htmlFor={unitId}>{t('editor.escalateUnit')}</label>
              <select id={unitId} value={commitment.escalation.after.unit} onChange={(event) => set(at('escalation', 'after', 'unit'), event.target.value)}>
                {ESCALATION_UNITS.map((unit) => (
                  <option key={unit} value={unit}>
                    {t(`unitNames.${unit}`)}
                  </option>
                ))}
              </select>
            </div>
          </div>
        </div>
        {problems.length > 0 ? (
          <fieldset className="sla-answers">
            <legend>{t('editor.answers')}</legend>
            {problems.map((problem) => (
              <label key={problem.id} className="check">
                <input
                  type="checkbox"
                  checked={commitment.answers.includes(problem.id)}
                  onChange={(event) => set(at('answers'), event.target.checked ? [...commitment.answers, problem.id] : commitment.answers.filter((id) => id !== problem.id))}
                />
                {problem.name}
              </label>
            ))}
          </fieldset>
        ) : null}
        {commitment.kind === 'custom' ? (
          <button type="button" className="button button--danger" onClick={() => edit([{ type: 'remove', path: path('commitments', { id: commitment.id }) }])}>
            {t('editor.remove', { name: title })}
          </button>
        ) : null}
      </fieldset>
    </li>
  );
}

function OutcomesSection({ slice, view, set, edit }: { slice: Sla; view: SlaView; set: Set; edit: Edit }) {
  const { t } = view;
  const listIssues = view.issues.filter((issue) => issue.path[0] === 'outcomes' && issue.path.length === 1);
  return (
    <section className="step-section" aria-labelledby="sla-outcomes-title">
      <h3 id="sla-outcomes-title">{t('markdown.outcomesTitle')}</h3>
      <p className="sla-note">{t('editor.outcomesIntro')}</p>
      {listIssues.map((issue) => (
        <p key={issue.code} className="field__error">
          {t(`issues.${issue.code}`)}
        </p>
      ))}
      <ul className="sla-outcomes">
        {slice.outcomes.map((outcome, i) => (
          <li key={outcome.id}>
            <TextField label={t('editor.outcomeName', { n: i + 1 })} hideLabel value={outcome.name} maxLength={200} onCommit={(value) => set(['outcomes', { id: outcome.id }, 'name'], value)} />
            <label className="check">
              <input type="checkbox" checked={outcome.closing} onChange={(event) => set(['outcomes', { id: outcome.id }, 'closing'], event.target.checked)} />
              {t('editor.closing')}
            </label>
            <button type="button" className="button button--small" onClick={() => edit([{ type: 'remove', path: path('outcomes', { id: outcome.id }) }])}>
              {t('editor.remove', { name: outcome.name || t('editor.outcomeName', { n: i + 1 }) })}
            </button>
          </li>
        ))}
      </ul>
      <button
        type="button"
        className="button"
        disabled={slice.outcomes.length >= MAX_OUTCOMES}
        onClick={() => edit([{ type: 'insert', path: path('outcomes'), value: { id: newId('outcome'), name: '', closing: false } }])}
      >
        {t('editor.addOutcome')}
      </button>
    </section>
  );
}
