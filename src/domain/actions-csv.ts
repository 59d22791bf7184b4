import type { Action } from './actions-schema';

/**
 * The actions as CSV for a task tool (Asana, Trello, Jira, Planner) or a spreadsheet.
 *
 * RFC 4180: fields separated by a delimiter, records ended by CRLF (the last one too), a field
 * quoted when it holds the delimiter, a double quote, a line break or leading/trailing spaces, and
 * a double quote inside a quoted field doubled. The text starts with a UTF-8 byte-order mark so
 * Excel reads æ ø å correctly. The delimiter is a comma by default (what task tools import);
 * Excel with Danish regional settings splits on a semicolon, so the caller may choose ';'.
 *
 * A field that starts with `=`, `+`, `-` or `@` would run as a formula in a spreadsheet (CSV
 * injection, OWASP): it is prefixed with an apostrophe, which spreadsheets show as text. Dates
 * stay ISO (YYYY-MM-DD), which every task tool reads whatever the language.
 */

export const BOM = '\uFEFF';

export type CsvDelimiter = ',' | ';' | '\t';

/**
 * One field, quoted when it must be.
 *
 * @example
 * csvField('Call "hot" leads, today'); // '"Call ""hot"" leads, today"'
 * csvField('=SUM(A1)');                // "'=SUM(A1)"
 */
export function csvField(value: string, delimiter: CsvDelimiter = ','): string {
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  const mustQuote = safe.includes(delimiter) || /["\r\n]/.test(safe) || /^\s|\s$/.test(safe);
  return mustQuote ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * Rows as CSV text with a byte-order mark and CRLF after every record.
 *
 * @example
 * toCsv([['What', 'Owner'], ['Call leads', 'Jens']]); // '\uFEFFWhat,Owner\r\nCall leads,Jens\r\n'
 */
export function toCsv(rows: readonly (readonly string[])[], delimiter: CsvDelimiter = ','): string {
  return BOM + rows.map((row) => `${row.map((field) => csvField(field, delimiter)).join(delimiter)}\r\n`).join('');
}

/** The column headings, already translated. */
export interface ActionsCsvHeadings {
  what: string;
  owner: string;
  due: string;
  answers: string;
  step: string;
  status: string;
}

export interface ActionsCsvNames {
  /** A participant's name by id ('' for none). */
  person: (participantId: string) => string;
  /** A problem's name by id. */
  problem: (problemId: string) => string;
  /** A step's title by id. */
  step: (stepId: string) => string;
  /** A status in words. */
  status: (status: Action['status']) => string;
}

/**
 * The actions table as CSV: one row per action, in the order the room keeps them.
 *
 * @example
 * actionsCsv(actions, headings, names); // '\uFEFFWhat,Owner,Due,Answers,Step,Status\r\nWeekly lead review,Jens Nørgaard,2027-01-21,Following up leads,Feedback cadence,Open\r\n'
 */
export function actionsCsv(actions: readonly Action[], headings: ActionsCsvHeadings, names: ActionsCsvNames, delimiter: CsvDelimiter = ','): string {
  const rows = [
    [headings.what, headings.owner, headings.due, headings.answers, headings.step, headings.status],
    ...actions.map((a) => [
      a.what,
      a.ownerId === '' ? '' : names.person(a.ownerId),
      a.due,
      a.problemId === null ? '' : names.problem(a.problemId),
      a.stepId === null ? '' : names.step(a.stepId),
      names.status(a.status),
    ]),
  ];
  return toCsv(rows, delimiter);
}
