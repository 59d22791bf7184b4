import { useTranslation } from 'react-i18next';
import type { PlaybookOptions } from '../../contract/print-options';
import type { Workspace } from '../../contract/workspace';
import { paragraphs, type PlaybookModel } from './model';
import { summaryModel } from './summary';

/** The executive summary page, right after the cover (see summary.ts for what it holds). */
export function ExecutiveSummary({ workspace, model, options }: { workspace: Workspace; model: PlaybookModel; options: PlaybookOptions }) {
  const { t } = useTranslation('playbook', { lng: workspace.language });
  const summary = summaryModel(workspace, model, options, t);
  return (
    <section className="pb-major pb-summary" id="pb-sec-summary" data-toc-target="summary" data-break-before="page" aria-labelledby="pb-summary-title">
      <h2 id="pb-summary-title">{t('document.summary.title')}</h2>
      {paragraphs(summary.lead).map((text, index) => (
        <p key={index} className="pb-summary__lead">
          {text}
        </p>
      ))}
      {summary.numbers.length > 0 ? (
        <div className="pb-summary__block" data-pb-keep>
          <h3>{t('document.summary.numbers')}</h3>
          <dl className="pb-summary__numbers">
            {summary.numbers.map((row) => (
              <div key={row.label}>
                <dt>{row.label}</dt>
                <dd>{row.value}</dd>
              </div>
            ))}
          </dl>
        </div>
      ) : null}
      {summary.problems.length > 0 ? (
        <div className="pb-summary__block" data-pb-keep>
          <h3>{t('document.summary.problems')}</h3>
          <ol className="pb-summary__problems">
            {summary.problems.map((problem) => (
              <li key={problem.name}>
                <span className="pb-strong">{problem.name}</span>
                {problem.answers.length > 0 ? <span className="pb-summary__answers">{problem.answers.join('; ')}</span> : null}
              </li>
            ))}
          </ol>
        </div>
      ) : null}
      {summary.lines.length > 0 ? (
        <div className="pb-summary__block">
          <h3>{t('document.summary.agreements')}</h3>
          <dl className="pb-summary__numbers">
            {summary.lines.map((line, index) => (
              <div key={`${line.label}-${index}`}>
                <dt>{line.label}</dt>
                <dd>{line.text}</dd>
              </div>
            ))}
          </dl>
        </div>
      ) : null}
    </section>
  );
}
