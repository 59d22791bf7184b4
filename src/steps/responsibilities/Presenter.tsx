import { Flag } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { activitiesByStage, findingsOfActivity, findingsOfRole, letterAt, openDisputes, raciFindings } from '../../domain/raci';
import { useFitToBox } from '../kit/use-fit-to-box';
import type { StepPresenterProps } from '../kit/views';
import type { ResponsibilitiesSlice } from './definition';
import { FindingsList, SeverityBadge, worstSeverity } from './Findings';
import { Legend } from './MatrixEditor';
import { activityName, cellMark, cellWords, roleName, roleShort } from './text';

/**
 * The matrix as the room sees it on the projector: large letters, columns headed by the roles'
 * abbreviations with a legend spelling them out, rows grouped by stage, findings beside it with
 * their icon and words. No controls; sized in em and scaled to fit the screen (useFitToBox), so
 * 12 activities by 8 roles fit at 1280×720 without a scrollbar.
 */
export function MatrixPresenter({ workspace, slice }: StepPresenterProps<ResponsibilitiesSlice>) {
  const { t } = useTranslation('responsibilities', { lng: workspace.language });
  const findings = raciFindings(slice);
  const box = useFitToBox<HTMLDivElement>(slice, 0.3);
  const disputed = new Set(openDisputes(slice).map((d) => `${d.activityId} ${d.roleId}`));

  if (slice.activities.length === 0 || slice.roles.length === 0) {
    return <p className="present-raci__empty">{t('present.empty')}</p>;
  }
  return (
    <div className="present-raci" ref={box}>
      <div className="present-raci__matrix" data-fit="">
        <table className="present-raci__grid">
          <caption className="visually-hidden">{t('present.caption')}</caption>
          <thead>
            <tr>
              <th scope="col" className="present-raci__corner">
                {t('markdown.activity')}
              </th>
              {slice.roles.map((role) => {
                const worst = worstSeverity(findingsOfRole(findings, role.id).filter((f) => !('activityId' in f)));
                return (
                  <th key={role.id} scope="col" className="present-raci__role">
                    <abbr title={roleName(slice, role.id)}>{roleShort(role)}</abbr>
                    {worst ? <SeverityBadge severity={worst} t={t} /> : null}
                  </th>
                );
              })}
            </tr>
          </thead>
          {activitiesByStage(slice).map((group) => (
            <tbody key={group.stage}>
              <tr className="present-raci__stage">
                <th scope="colgroup" colSpan={slice.roles.length + 1}>
                  {t(`stages.${group.stage}`)}
                </th>
              </tr>
              {group.activities.map((activity) => {
                const worst = worstSeverity(findingsOfActivity(findings, activity.id));
                return (
                  <tr key={activity.id}>
                    <th scope="row" className="present-raci__activity">
                      <span>{activityName(slice, activity.id)}</span>
                      {worst ? <SeverityBadge severity={worst} t={t} /> : null}
                    </th>
                    {slice.roles.map((role) => {
                      const letter = letterAt(slice, activity.id, role.id);
                      const isDisputed = disputed.has(`${activity.id} ${role.id}`);
                      return (
                        <td key={role.id} className={`present-raci__cell${letter ? ` raci-cell--${letter}` : ''}`}>
                          <span aria-hidden="true">{cellMark(activity, letter)}</span>
                          <span className="visually-hidden">
                            {cellWords(activity, letter, t)}
                            {isDisputed ? `, ${t('present.disputed')}` : ''}
                          </span>
                          {isDisputed ? <Flag aria-hidden="true" size="0.7em" className="present-raci__flag" /> : null}
                        </td>
                      );
                    })}
                  </tr>
                );
              })}
            </tbody>
          ))}
        </table>
        <div className="present-raci__legends">
          <dl className="present-raci__roles" aria-label={t('markdown.roles')}>
            {slice.roles.map((role) => (
              <div key={role.id}>
                <dt>{roleShort(role)}</dt>
                <dd>{roleName(slice, role.id)}</dd>
              </div>
            ))}
          </dl>
          <Legend t={t} mode={slice.mode} className="present-raci__letters" />
        </div>
      </div>
      <div className="present-raci__side" data-fit="">
        <FindingsList matrix={slice} findings={findings} t={t} language={workspace.language} level={2} className="present-raci__findings" />
      </div>
    </div>
  );
}
