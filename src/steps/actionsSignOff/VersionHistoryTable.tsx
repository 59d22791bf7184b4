import type { SignedVersion } from '../../domain/actions-schema';
import { personName, type Words } from './words';

/**
 * The agreement's signed versions: version, date, sponsor and how many changes each brought. One
 * table for the editor's sign-off and the playbook (each gives its class), in the language of
 * `words`.
 */
export function VersionHistoryTable({ versions, words, className }: { versions: readonly SignedVersion[]; words: Words; className: string }) {
  const { t, format } = words;
  return (
    <table className={className}>
      <thead>
        <tr>
          <th scope="col">{t('markdown.version')}</th>
          <th scope="col">{t('markdown.signedDate')}</th>
          <th scope="col">{t('markdown.sponsor')}</th>
          <th scope="col">{t('markdown.changes')}</th>
        </tr>
      </thead>
      <tbody>
        {versions.map((v) => (
          <tr key={v.id}>
            <td>{v.version}</td>
            <td>{format.date(v.signedDate)}</td>
            <td>{personName(words, v.sponsorId)}</td>
            <td>{v.changes.length === 0 ? '' : t('markdown.changeCount', { count: v.changes.length })}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
