import { useTranslation } from 'react-i18next';
import type { StepPlaybookProps } from '../kit/views';
import { DecisionLogTable, type DecisionLogRow } from './DecisionLogTable';
import type { ActionsSignOffSlice } from './definition';
import { signOffBlocks } from './facts';
import { useAgreement } from './use-agreement';
import { VersionHistoryTable } from './VersionHistoryTable';
import { answerText, changeText, checkFix, checkMessage, checkParams, checkTitle, coverageText, peopleNames, personName, stepTitle } from './words';

/** This step's id: its section holds the actions. */
const OWN_STEP_ID = 'actionsSignOff';

/**
 * The playbook's section, in the workspace's language: the actions table, the decision log, the
 * problem → answer map, the checks that still fail, and the sign-off page with the version, its
 * status, the signature lines (at most twelve blocks, the other signers listed by name: the rule
 * of every sign-off page, src/domain/signatories.ts), the first review date and the change log of
 * a draft. The tables
 * keep to the page's width (the long texts wrap).
 */
export function AgreementPlaybook({ workspace }: StepPlaybookProps<ActionsSignOffSlice>) {
  const { t } = useTranslation('actionsSignOff', { lng: workspace.language });
  const { facts, words } = useAgreement(workspace, workspace.language);
  const { slice, coverage, checks, state, workshop, stepDecisions, agenda } = facts;
  const { format } = words;
  // At most twelve signature blocks on the page; the other signers are listed by name under them.
  const { signing, others } = signOffBlocks(facts);
  const failing = checks.filter((c) => c.status === 'failing');
  const skipped = checks.filter((c) => c.status === 'skipped').length;
  const problemName = (id: string | null) => (id === null ? '' : (coverage.problems.find((p) => p.problem.id === id)?.problem.name ?? ''));
  const sponsor = workshop.participants.find((p) => p.id === slice.signOff.sponsorId);
  const final = state.status === 'final' && state.signed;
  const version = final ? t('agreement.final', { version: state.version, date: format.date(state.signed!.signedDate) }) : t('agreement.draft', { version: state.version });
  const decisions: DecisionLogRow[] = [
    ...stepDecisions.flatMap(({ stepId, decisions: list }) => list.map((d) => ({ key: `${stepId}-${d.id}`, text: d.text, why: d.why, who: '', when: '', step: stepTitle(words, stepId) }))),
    ...slice.decisions.map((d) => ({ key: d.id, text: d.decision, why: d.why, who: peopleNames(words, d.decidedBy), when: format.date(d.when), step: d.stepId ? stepTitle(words, d.stepId) : '' })),
  ];

  return (
    <section className="playbook-section playbook-agreement">
      <h2>{t('title')}</h2>

      <h3>{t('markdown.actions')}</h3>
      {slice.actions.length === 0 ? (
        <p>{t('markdown.noActions')}</p>
      ) : (
        <table className="playbook-agreement__table">
          <thead>
            <tr>
              <th scope="col" style={{ width: '36%' }}>
                {t('markdown.what')}
              </th>
              <th scope="col" style={{ width: '17%' }}>
                {t('markdown.owner')}
              </th>
              <th scope="col" style={{ width: '15%' }}>
                {t('markdown.due')}
              </th>
              <th scope="col" style={{ width: '22%' }}>
                {t('markdown.answers')}
              </th>
              <th scope="col" style={{ width: '10%' }}>
                {t('markdown.status')}
              </th>
            </tr>
          </thead>
          <tbody>
            {slice.actions.map((a) => (
              <tr key={a.id}>
                <td>{a.what}</td>
                <td>{personName(words, a.ownerId)}</td>
                <td className="playbook-agreement__nowrap">{format.date(a.due)}</td>
                <td>{[problemName(a.problemId), a.stepId ? stepTitle(words, a.stepId) : ''].filter(Boolean).join(' · ')}</td>
                <td>{t(`status.${a.status}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h3>{t('markdown.decisions')}</h3>
      {decisions.length === 0 ? (
        <p>{t('markdown.noDecisions')}</p>
      ) : (
        <DecisionLogTable rows={decisions} words={words} />
      )}

      <h3>{t('markdown.coverage')}</h3>
      {coverage.problems.length === 0 ? (
        <p>{t('markdown.noProblems')}</p>
      ) : (
        <>
          <p>{coverage.canSignOff ? t('markdown.coverageComplete') : t('markdown.coverageOpen', { count: coverage.open.length })}</p>
          <table className="playbook-agreement__table playbook-agreement__map">
            <thead>
              <tr>
                <th scope="col">{t('markdown.problem')}</th>
                <th scope="col">{t('markdown.answeredBy')}</th>
              </tr>
            </thead>
            <tbody>
              {coverage.problems.map((row) => (
                <tr key={row.problem.id}>
                  <th scope="row">{row.problem.name}</th>
                  <td>
                    <ul>
                      {row.state === 'answered'
                        ? row.answers.map((answer, i) => {
                            // The page the answer is on: the answering step's section, or this one for an action.
                            const stepId = answer.kind === 'action' ? OWN_STEP_ID : answer.stepId;
                            return (
                              <li key={i}>
                                {answerText(words, answer)}
                                {agenda.includes(stepId) ? (
                                  <span className="pb-ref">
                                    {' '}
                                    ({t('playbook.page')} <span data-toc-page={stepId}>00</span>)
                                  </span>
                                ) : null}
                              </li>
                            );
                          })
                        : coverageText(words, row).map((line, i) => <li key={i}>{line}</li>)}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}

      <h3>{t('markdown.checks')}</h3>
      {failing.length === 0 ? <p>{t('markdown.noFailingChecks')}</p> : null}
      {failing.length > 0 ? (
        <ul className="playbook-agreement__checks">
          {failing.map((check) => (
            <li key={check.id}>
              <strong>{checkTitle(words, check)}:</strong> {checkMessage(words, check)}
              {check.findings.length > 0 ? (
                <ul>
                  {check.findings.map((f, i) => (
                    <li key={i}>{t(f.key, checkParams(words, f.params))}</li>
                  ))}
                </ul>
              ) : null}
              {check.fix ? (
                <p>
                  <em>{t('markdown.fix')}:</em> {checkFix(words, check)}
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {skipped > 0 ? <p className="playbook-agreement__muted">{t('markdown.skippedChecks', { count: skipped })}</p> : null}

      <div className="playbook-agreement__signoff" data-break-before="page">
        <h3>{t('markdown.signOff')}</h3>
        <dl className="playbook-agreement__facts">
          <dt>{t('markdown.version')}</dt>
          <dd>{version}</dd>
          <dt>{t('markdown.sponsor')}</dt>
          <dd>{sponsor ? [sponsor.name, sponsor.title].filter(Boolean).join(', ') : t('markdown.notSet')}</dd>
          <dt>{t('markdown.firstReview')}</dt>
          <dd>{format.date(slice.signOff.firstReviewDate) || t('markdown.notSet')}</dd>
        </dl>
        <div className={`playbook-agreement__signatures${signing.length > 8 ? ' playbook-agreement__signatures--compact' : ''}`}>
          {signing.map((s) => (
            <div key={s.id} className="playbook-agreement__signature">
              <div className="playbook-agreement__line" aria-hidden="true" />
              <p>
                <strong>{personName(words, s.participantId)}</strong>
                {s.role ? `, ${s.role}` : ''}
              </p>
              <p className="playbook-agreement__muted">
                {t('markdown.date')}: {final ? format.date(state.signed!.signedDate) : ''}
              </p>
            </div>
          ))}
        </div>
        {others.length > 0 ? (
          <div className="playbook-agreement__others" data-pb-keep>
            <p className="playbook-agreement__muted">{t('markdown.othersSigning', { count: others.length })}</p>
            <ul className="playbook-agreement__others-list">
              {others.map((s) => (
                <li key={s.id}>
                  <strong>{personName(words, s.participantId)}</strong>
                  {s.role ? `, ${s.role}` : ''}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {state.status === 'draft' && state.signed ? (
          <>
            <h4>{t('markdown.changesSince', { version: state.signed.version })}</h4>
            <ul>
              {state.changes.map((entry, i) => (
                <li key={i}>{changeText(words, entry)}</li>
              ))}
            </ul>
          </>
        ) : null}
        {slice.versions.length > 0 ? (
          <>
            <h4>{t('markdown.history')}</h4>
            <VersionHistoryTable versions={slice.versions} words={words} className="playbook-agreement__table" />
          </>
        ) : null}
      </div>
    </section>
  );
}
