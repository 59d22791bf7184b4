import { ownerLabel } from '../../domain/sla';
import { SLA_SIDES as SIDES, type Sla, type SlaSide } from '../../domain/sla-schema';
import type { StepPlaybookProps } from '../kit/views';
import { useSlaView } from './sla-view';
import { capacityLines, commitmentText, escalationText, evidenceLines, mqlMissingText, periodText } from './text';

/**
 * The SLA as the playbook's section, in the workspace's language: each side's commitments with
 * measure, target, owner, report and escalation (three columns, so the table fits A4 and Letter
 * portrait), the MQLs from the goal with their source, the outcomes, the research behind the
 * response time with its sources, and the capacity check.
 */
export function SlaPlaybookSection({ workspace, slice }: StepPlaybookProps<Sla>) {
  const view = useSlaView(workspace, slice, workspace.language);
  const { t, format, mqls, goal, text, participants } = view;
  const none = t('markdown.none');

  const side = (which: SlaSide) => {
    const commitments = slice.commitments.filter((c) => c.side === which);
    if (commitments.length === 0) return null;
    return (
      <>
        <h3>{t(which === 'marketing' ? 'markdown.marketingCommits' : 'markdown.salesCommits')}</h3>
        <table className="sla-playbook__table">
          <thead>
            <tr>
              <th scope="col">{t('markdown.commitment')}</th>
              <th scope="col">{t('playbook.measureTarget')}</th>
              <th scope="col">{t('playbook.ownerReport')}</th>
            </tr>
          </thead>
          <tbody>
            {commitments.map((c) => (
              <tr key={c.id}>
                <th scope="row">{commitmentText(c, slice, mqls, text, view.definition)}</th>
                <td>
                  {c.measure || none}
                  <br />
                  <span className="sla-playbook__muted">
                    {t('markdown.target')}: {c.target || none}
                  </span>
                </td>
                <td>
                  {ownerLabel(c.owner, participants) || none}
                  <br />
                  <span className="sla-playbook__muted">
                    {t('markdown.reportedIn')}: {c.reportedIn || none}
                  </span>
                  <br />
                  <span className="sla-playbook__muted">
                    {t('markdown.escalation')}: {escalationText(c, participants, text) || none}
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </>
    );
  };

  return (
    <section className="playbook-section sla-playbook">
      <h2>{t('title')}</h2>
      {SIDES.map((which) => (
        <div key={which}>{side(which)}</div>
      ))}

      <h3>{t('markdown.mqlTitle')}</h3>
      {mqls.ok && goal ? (
        <>
          <p>{t('mql.source', { target: format.money(goal.targetAmount), period: periodText(goal, text) })}</p>
          <table className="sla-playbook__table sla-playbook__numbers">
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
              <tr>
                <th scope="row">{t('markdown.total')}</th>
                <td>{format.number(mqls.data.period)}</td>
                <td>{format.number(mqls.data.perMonth)}</td>
              </tr>
            </tbody>
          </table>
          {mqls.data.perSeller ? (
            <p>{t('markdown.perSeller', { n: format.number(mqls.data.perSeller.sellers), perMonth: format.number(mqls.data.perSeller.perMonth), perWeek: format.number(mqls.data.perSeller.perWeek) })}</p>
          ) : null}
        </>
      ) : (
        <p>{mqlMissingText(mqls, text)}</p>
      )}

      {slice.outcomes.length > 0 ? (
        <>
          <h3>{t('markdown.outcomesTitle')}</h3>
          <ul className="sla-playbook__outcomes">
            {slice.outcomes.map((o) => (
              <li key={o.id}>
                {o.name}
                {o.closing ? <span className="sla-playbook__muted"> ({t('playbook.closes')})</span> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}

      <h3>{t('evidence.title')}</h3>
      {evidenceLines(text).map((fact) => (
        <div key={fact.id} className="sla-playbook__evidence">
          {fact.sentences.map((sentence) => (
            <p key={sentence}>{sentence}</p>
          ))}
          <p className="sla-playbook__muted">{fact.source}</p>
        </div>
      ))}

      <h3>{t('capacity.title')}</h3>
      {capacityLines(view.capacity, text).map((line) => (
        <p key={line}>{line}</p>
      ))}
    </section>
  );
}
