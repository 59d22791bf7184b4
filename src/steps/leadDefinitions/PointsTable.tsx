import { useTranslation } from 'react-i18next';
import type { Language } from '../../contract/workspace';
import type { CriteriaGroup, ScoreSide } from '../../domain/lead-schema';
import { leadFormat } from './format';
import { pointsText } from './markdown';

/** Where a points table is shown: its classes and the few ways the projector and the page differ. */
export interface PointsTableLook {
  /** The table's class. */
  className: string;
  /** The class of a group's heading row. */
  groupClassName: string;
  /** The class of a criterion's points cell, by its points (the projector colours plus and minus). */
  pointsClassName: (points: number) => string;
  /** The column headings are read by a screen reader only (the projector shows no header row). */
  hideHeader?: boolean;
  /** A criterion's label as the row's header cell (the projector) or a plain cell (the page). */
  labelCell: 'th' | 'td';
}

/**
 * One side of the points model (fit or engagement) as a table: a caption, and each of the side's
 * groups (with its cap) and its criteria with their points ("+30", "−10"). The projector and the
 * playbook show the same table; `look` says how each shows it.
 *
 * @example
 * <PointsTable side="fit" groups={slice.scoring.groups} lng="da" look={{ className: 'lead-playbook__points', groupClassName: 'lead-playbook__group', pointsClassName: () => 'lead-playbook__number', labelCell: 'td' }} />
 */
export function PointsTable({ side, groups, lng, look }: { side: ScoreSide; groups: readonly CriteriaGroup[]; lng: Language; look: PointsTableLook }) {
  const { t } = useTranslation('leadDefinitions', { lng });
  const f = leadFormat(lng);
  return (
    <table className={look.className}>
      <caption>{t(`sides.${side}`)}</caption>
      <thead className={look.hideHeader ? 'visually-hidden' : undefined}>
        <tr>
          <th scope="col">{t('markdown.criterion')}</th>
          <th scope="col">{t('markdown.points')}</th>
        </tr>
      </thead>
      {groups
        .filter((group) => group.side === side)
        .map((group) => (
          <tbody key={group.id}>
            <tr className={look.groupClassName}>
              <th scope="colgroup" colSpan={2}>
                {group.cap === null ? group.name : t('markdown.groupCap', { name: group.name, cap: pointsText(group.cap, f) })}
              </th>
            </tr>
            {group.criteria.map((criterion) => (
              <tr key={criterion.id}>
                {look.labelCell === 'th' ? <th scope="row">{criterion.label}</th> : <td>{criterion.label}</td>}
                <td className={look.pointsClassName(criterion.points)}>
                  {criterion.points > 0 ? '+' : ''}
                  {pointsText(criterion.points, f)}
                </td>
              </tr>
            ))}
          </tbody>
        ))}
    </table>
  );
}
