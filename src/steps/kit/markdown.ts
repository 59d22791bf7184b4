/**
 * Building blocks of a step's Markdown section (pure): the same escaping and tables in every
 * step, so the export reads as one document.
 */

/** Escapes what Markdown would read as markup inside a table cell or a line of text. */
export function escapeMarkdown(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/([|*_`[\]<>#])/g, '\\$1').replace(/\r?\n/g, ' ');
}

/**
 * A Markdown table; `right` marks the columns to align right (numbers).
 *
 * @example
 * markdownTable(['Stage', 'Count'], [['Lead', '7.695']], [1]);
 */
export function markdownTable(headers: string[], rows: string[][], right: readonly number[] = []): string {
  const cells = (row: string[]) => `| ${row.map((cell) => escapeMarkdown(cell) || ' ').join(' | ')} |`;
  const rule = `| ${headers.map((_, i) => (right.includes(i) ? '---:' : '---')).join(' | ')} |`;
  return [cells(headers), rule, ...rows.map(cells)].join('\n');
}

/** Paragraphs joined by blank lines; empty parts left out. */
export const block = (...parts: (string | null | false | undefined)[]): string => parts.filter(Boolean).join('\n\n');

/** "- **Label:** value" lines, for the facts that have a value. */
export function factList(facts: readonly (readonly [string, string])[]): string {
  return facts
    .filter(([, value]) => value)
    .map(([label, value]) => `- **${label}:** ${escapeMarkdown(value)}`)
    .join('\n');
}
