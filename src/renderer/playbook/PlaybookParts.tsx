import { Component, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Workspace } from '../../contract/workspace';
import { formatNumber } from '../format/intl';
import { paragraphs, type PlaybookModel } from './model';

/** The facilitator's notes on a step, when the playbook is made with them. */
export function FacilitatorNotes({ title, notes }: { title: string; notes: string }) {
  return (
    <aside className="pb-notes" aria-label={title}>
      <h3>{title}</h3>
      {paragraphs(notes).map((text, index) => (
        <p key={index}>{text}</p>
      ))}
    </aside>
  );
}

/** Each problem the room marked on the wall, its votes, and the sections (with pages) that answer it. */
export function ProblemsSection({ workspace, model }: { workspace: Workspace; model: PlaybookModel }) {
  const { t } = useTranslation('playbook', { lng: workspace.language });
  return (
    <section className="pb-major pb-problems" id="pb-sec-problems" data-toc-target="problems" data-break-before="page" aria-labelledby="pb-problems-title">
      <h2 id="pb-problems-title">{t('document.problems.title')}</h2>
      <p className="pb-lead">{t('document.problems.intro')}</p>
      <table className="pb-table">
        <thead>
          <tr>
            <th scope="col" className="pb-num">
              {t('document.problems.number')}
            </th>
            <th scope="col">{t('document.problems.problem')}</th>
            <th scope="col" className="pb-num">
              {t('document.problems.votes')}
            </th>
            <th scope="col">{t('document.problems.answeredIn')}</th>
          </tr>
        </thead>
        <tbody>
          {model.problems.map((problem, index) => (
            <tr key={problem.id}>
              <td className="pb-num">{index + 1}</td>
              <td className="pb-strong">{problem.name}</td>
              <td className="pb-num">{formatNumber(problem.votes, workspace.language)}</td>
              <td>
                {problem.answeredIn.length === 0 ? (
                  <span className="pb-muted">{t('document.problems.notAnswered')}</span>
                ) : (
                  problem.answeredIn.map((section) => (
                    <span key={section.key} className="pb-answer">
                      <span data-toc-title={section.key}>{t(`steps:${section.stepId}.title`)}</span>{' '}
                      <span className="pb-ref">
                        ({t('document.pageRef', { page: '' })}
                        <span data-toc-page={section.key}>00</span>)
                      </span>
                    </span>
                  ))
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** The closing page: a signature block per participant (name, role, signature and date lines). */
export function SignOffSection({ workspace, model }: { workspace: Workspace; model: PlaybookModel }) {
  const { t } = useTranslation('playbook', { lng: workspace.language });
  const people =
    model.participants.length > 0
      ? model.participants.map((p) => ({ id: p.id, name: p.name, role: [p.title, t(`steps:setup.teams.${p.team}`)].filter(Boolean).join(' · ') }))
      : [1, 2, 3, 4].map((n) => ({ id: `blank-${n}`, name: '', role: '' }));
  return (
    <section className="pb-major pb-signoff" id="pb-sec-signoff" data-toc-target="signoff" data-break-before="page" aria-labelledby="pb-signoff-title">
      <h2 id="pb-signoff-title">{t('document.signOff.title')}</h2>
      <p className="pb-lead">{t('document.signOff.intro')}</p>
      <div className="pb-signatures">
        {people.map((person) => (
          <div key={person.id} className="pb-signature" data-pb-keep>
            <p className="pb-signature__name">{person.name || t('document.signOff.name')}</p>
            <p className="pb-signature__role">{person.role || t('document.signOff.role')}</p>
            <div className="pb-signature__lines">
              <span className="pb-signature__line pb-signature__line--wide">{t('document.signOff.signature')}</span>
              <span className="pb-signature__line">{t('document.signOff.date')}</span>
            </div>
          </div>
        ))}
      </div>
    </section>
  );
}

interface BoundaryProps {
  title: string;
  failedText: (reason: string) => string;
  children: ReactNode;
}

/** One step's section failing to render must not take the whole playbook with it. */
export class SectionBoundary extends Component<BoundaryProps, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <section className="playbook-section">
        <h2>{this.props.title}</h2>
        <p className="pb-muted">{this.props.failedText(this.state.error.message)}</p>
      </section>
    );
  }
}
