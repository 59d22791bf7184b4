import type { Words } from './words';

/** One line of the decision log as the playbook prints it (already in the workspace's language). */
export interface DecisionLogRow {
  key: string;
  text: string;
  why: string;
  /** Who decided ('' for a decision a step records by itself). */
  who: string;
  /** When, as a date in words ('' when the step records it). */
  when: string;
  /** The step it was made in ('' when none). */
  step: string;
}

/**
 * The decision log's table in the playbook. "Why" is the longest text, so it gets the widest
 * column; the step goes under the decision, and the date under who decided, each in a muted line,
 * so that no column is too narrow for its longest word or date ("14. september 2027",
 * "Ansvarsfordeling") on A4 or Letter. The widths are in the step's styles
 * (`.playbook-agreement__decisions`); test/e2e/actions-sign-off.e2e.ts measures them when printed.
 */
export function DecisionLogTable({ rows, words }: { rows: readonly DecisionLogRow[]; words: Words }) {
  const { t } = words;
  return (
    <table className="playbook-agreement__table playbook-agreement__decisions">
      <thead>
        <tr>
          <th scope="col" className="playbook-agreement__decision">
            {t('markdown.decision')}
            <br />
            <span className="playbook-agreement__muted">{t('markdown.step')}</span>
          </th>
          <th scope="col" className="playbook-agreement__why">
            {t('markdown.why')}
          </th>
          <th scope="col" className="playbook-agreement__decided">
            {t('markdown.decidedBy')}
            <br />
            <span className="playbook-agreement__muted">{t('markdown.when')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((d) => (
          <tr key={d.key}>
            <td>
              {d.text}
              {d.step ? (
                <>
                  <br />
                  <span className="playbook-agreement__muted">{d.step}</span>
                </>
              ) : null}
            </td>
            <td>{d.why}</td>
            <td>
              {d.who}
              {d.when ? (
                <>
                  {d.who ? <br /> : null}
                  <span className="playbook-agreement__muted playbook-agreement__nowrap">{d.when}</span>
                </>
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
