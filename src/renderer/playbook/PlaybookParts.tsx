import { Component, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Workspace } from '../../contract/workspace';
import { formatNumber } from '../../steps/kit/format';
import { stepTitle } from '../facilitator/agenda-view';
import { playbookSettingsOf } from '../../contract/consultant';
import { formatDate } from '../../steps/kit/format';
import { signatureBlocks } from '../../domain/signatories';
import { paragraphs, today, type PlaybookModel } from './model';

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
                      <span data-toc-title={section.key}>{stepTitle(section.stepId, t)}</span>{' '}
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

/**
 * The closing page: a signature block per participant (name, role, signature and date lines), at
 * most twelve on the page (src/domain/signatories.ts); with more participants, the teams'
 * representatives in turn sign and the others are named in one line under the blocks.
 */
export function SignOffSection({ workspace, model }: { workspace: Workspace; model: PlaybookModel }) {
  const { t } = useTranslation('playbook', { lng: workspace.language });
  const { signing, others } = signatureBlocks(model.participants, (person) => person.team);
  const people =
    signing.length > 0
      ? signing.map((p) => ({ id: p.id, name: p.name, role: [p.title, t(`common:teams.${p.team}`)].filter(Boolean).join(' · ') }))
      : [1, 2, 3, 4].map((n) => ({ id: `blank-${n}`, name: '', role: '' }));
  return (
    <section className="pb-major pb-signoff" id="pb-sec-signoff" data-toc-target="signoff" data-break-before="page" aria-labelledby="pb-signoff-title">
      <h2 id="pb-signoff-title">{t('document.signOff.title')}</h2>
      <p className="pb-lead">{t('document.signOff.intro')}</p>
      <div className={`pb-signatures${people.length > 8 ? ' pb-signatures--compact' : ''}`}>
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
      {others.length > 0 ? <p className="pb-muted">{t('document.signOff.others', { count: others.length, names: others.map((person) => person.name).join(', ') })}</p> : null}
    </section>
  );
}

/** Every participant, by team, when there are too many for the cover. */
export function ParticipantsAppendix({ workspace, model }: { workspace: Workspace; model: PlaybookModel }) {
  const { t } = useTranslation('playbook', { lng: workspace.language });
  return (
    <section className="pb-major pb-appendix" id="pb-sec-participants" data-toc-target="participants" data-break-before="page" aria-labelledby="pb-participants-title">
      <h2 id="pb-participants-title">{t('document.appendix.participants')}</h2>
      <p className="pb-lead">{t('document.appendix.participantsIntro')}</p>
      <table className="pb-table">
        <thead>
          <tr>
            <th scope="col">{t('document.appendix.name')}</th>
            <th scope="col">{t('document.appendix.role')}</th>
            <th scope="col">{t('document.appendix.team')}</th>
          </tr>
        </thead>
        <tbody>
          {model.participantsByTeam.flatMap(({ team, members }) =>
            members.map((member) => (
              <tr key={member.id}>
                <td className="pb-strong">{member.name}</td>
                <td>{member.title}</td>
                <td>{t(`common:teams.${team}`)}</td>
              </tr>
            )),
          )}
        </tbody>
      </table>
    </section>
  );
}

/**
 * Document control, as a partner checks it before a document leaves the firm: version, status,
 * date of issue, prepared by (the facilitator and the firm) and for (the client), confidentiality.
 */
export function DocumentControl({ workspace, model }: { workspace: Workspace; model: PlaybookModel }) {
  const { t } = useTranslation('playbook', { lng: workspace.language });
  const { consultant, control } = playbookSettingsOf(workspace);
  const client = model.clientCompany || model.title;
  const rows: [string, string][] = [
    [t('document.control.version'), control.version],
    [t('document.control.status'), t(`document.control.statuses.${control.status}`)],
    [t('document.control.issued'), formatDate(control.issueDate || model.date || today(), workspace.language)],
    [t('document.control.preparedBy'), control.preparedBy || [model.facilitator, consultant.firmName].filter(Boolean).join(', ')],
    [t('document.control.preparedFor'), control.preparedFor || client],
    [t('document.control.confidentiality'), control.confidentiality || t('document.control.confidentialDefault', { client })],
  ];
  return (
    <div className="pb-control" data-pb-keep aria-labelledby="pb-control-title">
      <h3 id="pb-control-title">{t('document.control.title')}</h3>
      <dl>
        {rows
          .filter(([, value]) => value)
          .map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
      </dl>
    </div>
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
