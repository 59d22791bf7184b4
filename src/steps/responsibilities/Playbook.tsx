import { useTranslation } from 'react-i18next';
import { activitiesByStage, letterAt, openDisputes, raciFindings, roleCards } from '../../domain/raci';
import { workshopOf } from '../../domain/workshop';
import type { StepPlaybookProps } from '../kit/views';
import type { ResponsibilitiesSlice } from './definition';
import { FindingsList } from './Findings';
import { DISPUTED_MARK } from './markdown';
import { activityName, cellMark, cellWords, legendLetters, legendMark, listOf, roleName, roleShort } from './text';

/**
 * The matrix in the playbook, in the workspace's language: the matrix as a table (the activity
 * column first, so a matrix wider than the page is split between its columns with the activity
 * column repeated, and its header row repeats on every page), a legend spelling out the letters and
 * the roles' abbreviations, the findings still open, the disputes left open with both views, and a
 * "who does what" card per role. The Markdown export says the same (./markdown.ts).
 */
export function MatrixPlaybookSection({ workspace, slice }: StepPlaybookProps<ResponsibilitiesSlice>) {
  const language = workspace.language;
  const { t } = useTranslation('responsibilities', { lng: language });
  const findings = raciFindings(slice);
  const disputes = openDisputes(slice);
  const disputed = new Set(disputes.map((d) => `${d.activityId} ${d.roleId}`));
  const cards = roleCards(slice, workshopOf(workspace).participants);
  const usesSupport = slice.mode === 'RASCI' || slice.activities.some((a) => slice.roles.some((r) => letterAt(slice, a.id, r.id) === 'S'));
  const letters = legendLetters(slice.mode, usesSupport);

  return (
    <section className="playbook-section raci-playbook">
      <h2>{t('playbook.title')}</h2>
      {slice.activities.length === 0 ? (
        <p>{t('markdown.noActivities')}</p>
      ) : (
        <>
          <p className="pb-lead">{t('playbook.intro')}</p>
          <table className="raci-playbook__matrix">
            <caption className="visually-hidden">{t('markdown.matrix')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('markdown.activity')}</th>
                {slice.roles.map((role) => (
                  <th key={role.id} scope="col" className="raci-playbook__role">
                    <abbr title={roleName(slice, role.id)}>{roleShort(role)}</abbr>
                  </th>
                ))}
              </tr>
            </thead>
            {activitiesByStage(slice).map((group) => (
              <tbody key={group.stage}>
                <tr className="raci-playbook__stage">
                  <th scope="colgroup" colSpan={slice.roles.length + 1}>
                    {t(`stages.${group.stage}`)}
                  </th>
                </tr>
                {group.activities.map((activity) => (
                  <tr key={activity.id}>
                    <th scope="row">{activityName(slice, activity.id)}</th>
                    {slice.roles.map((role) => {
                      const letter = letterAt(slice, activity.id, role.id);
                      const mark = cellMark(activity, letter);
                      return (
                        <td key={role.id} className={`raci-playbook__cell${letter ? ` raci-cell--${letter}` : ''}`} title={letter ? cellWords(activity, letter, t) : undefined}>
                          {mark}
                          {disputed.has(`${activity.id} ${role.id}`) ? ` ${DISPUTED_MARK}` : ''}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            ))}
          </table>
          <p className="raci-playbook__legend">
            <strong>{t('markdown.legend')}:</strong>{' '}
            {letters.map((l) => `${legendMark(l)} ${t(`letters.${l}`)} (${t(`letterMeaning.${l}`)})`).join(' · ')} · {t('markdown.disputedMark')}
          </p>
          <p className="raci-playbook__legend">
            <strong>{t('markdown.roles')}:</strong> {slice.roles.map((role) => `${roleShort(role)} ${roleName(slice, role.id)}`).join(' · ')}
          </p>
        </>
      )}

      <FindingsList matrix={slice} findings={findings} t={t} language={language} className="raci-playbook__findings" title={t('markdown.openFindings')} />

      <h3>{t('markdown.disputes')}</h3>
      {disputes.length === 0 ? (
        <p>{t('markdown.noDisputes')}</p>
      ) : (
        <ul className="raci-playbook__disputes">
          {disputes.map((d) => (
            <li key={d.id}>
              <strong>
                {activityName(slice, d.activityId)} · {roleName(slice, d.roleId)}
              </strong>
              <dl>
                <dt>{t('markdown.salesView')}</dt>
                <dd>{d.salesView.trim() || t('markdown.noView')}</dd>
                <dt>{t('markdown.marketingView')}</dt>
                <dd>{d.marketingView.trim() || t('markdown.noView')}</dd>
              </dl>
            </li>
          ))}
        </ul>
      )}

      <h3>{t('markdown.whoDoesWhat')}</h3>
      <div className="raci-playbook__cards">
        {cards.map((card) => {
          const names = (list: string[]) => (list.length > 0 ? listOf(list, language) : t('markdown.nothing'));
          return (
            <div key={card.role.id} className="raci-playbook__card">
              <h4>
                {roleName(slice, card.role.id)} <span className="pb-muted">({roleShort(card.role)})</span>
              </h4>
              <dl>
                <dt>{t('markdown.heldBy')}</dt>
                <dd>{card.holders.length > 0 ? listOf(card.holders.map((p) => (p.title ? `${p.name} (${p.title})` : p.name)), language) : t('markdown.noHolders')}</dd>
                <dt>{t('markdown.does')}</dt>
                <dd>{names(card.responsible.map((a) => activityName(slice, a.id)))}</dd>
                <dt>{t('markdown.accountableFor')}</dt>
                <dd>{names(card.accountable.map((a) => activityName(slice, a.id)))}</dd>
              </dl>
            </div>
          );
        })}
      </div>
    </section>
  );
}
