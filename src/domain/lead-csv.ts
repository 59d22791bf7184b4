import Papa from 'papaparse';
import { compare, decimalOf, floor, ratio } from './decimal';
import { guessDecimalSeparator, looksBinary, parseLocaleNumber, type DecimalSeparator } from './lead-csv-text';
import { MAX_CALIBRATION_LEADS, MAX_DAYS, MAX_NAME, type CalibrationLead, type LeadOutcome, type ScoringModel } from './lead-schema';

export { decodeCsvBytes, guessDecimalSeparator, looksBinary, parseLocaleNumber } from './lead-csv-text';
export type { DecimalSeparator } from './lead-csv-text';

/**
 * Importing calibration leads from a CRM export (CSV as HubSpot, Pipedrive and Excel write it):
 * read the file into a table (comma, semicolon or tab; a BOM; quoted fields with line breaks),
 * show a preview, map each column to a field or a criterion of the model, and import every row or
 * none: a row that cannot be read is reported by the line it starts on (the header is line 1),
 * and then nothing is imported. The parsing is papaparse's pure string parser (no DOM, no Node);
 * numbers are read here, exactly, in the file's decimal style (./lead-csv-text.ts).
 *
 * Every refusal is a typed code the step's catalog translates (`leadDefinitions:csv.<code>`).
 */

/** Longest file read (characters): a CRM export of 10 000 leads is a few megabytes. */
export const MAX_CSV_CHARS = 20_000_000;

export type CsvFileError =
  | { code: 'empty_file' }
  | { code: 'binary_file' }
  | { code: 'too_large'; max: number }
  | { code: 'no_rows' }
  | { code: 'too_many_rows'; max: number; rows: number }
  | { code: 'unclosed_quote'; line: number };

/** One row of the file, with the line it starts on. */
export interface CsvRow {
  line: number;
  cells: string[];
}

/** A read file: its header and rows, and the style it was written in. */
export interface CsvTable {
  delimiter: string;
  decimalSeparator: DecimalSeparator;
  headers: string[];
  rows: CsvRow[];
}

/** Counts line breaks (CRLF, LF or a lone CR, each one break) from `from` up to `to`. */
function breaksBetween(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) count += 1;
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) count += 1;
  }
  return count;
}

/**
 * Reads a CSV text into a table; empty lines are skipped, cells keep their text (trimmed).
 *
 * @example
 * const read = readCsv('\uFEFFNavn;Udfald\r\nJens;Vundet\r\n');
 * // { ok: true, table: { delimiter: ';', decimalSeparator: ',', headers: ['Navn', 'Udfald'], rows: [{ line: 2, cells: ['Jens', 'Vundet'] }] } }
 */
export function readCsv(input: string): { ok: true; table: CsvTable } | { ok: false; error: CsvFileError } {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  if (text.length > MAX_CSV_CHARS) return { ok: false, error: { code: 'too_large', max: MAX_CSV_CHARS } };
  if (text.trim() === '') return { ok: false, error: { code: 'empty_file' } };
  if (looksBinary(text)) return { ok: false, error: { code: 'binary_file' } };

  const rows: CsvRow[] = [];
  let start = 0;
  let line = 1;
  let unclosed: number | null = null;
  // Guessed on the first rows without empty lines (a trailing empty line spoils papaparse's guess).
  const delimiter = Papa.parse<string[]>(text, { preview: 50, skipEmptyLines: 'greedy', delimitersToGuess: [';', ',', '\t'] }).meta.delimiter;
  Papa.parse<string[]>(text, {
    delimiter,
    skipEmptyLines: false,
    step: (result) => {
      // papaparse reports where each row ends; the row began where the previous one ended.
      if (unclosed === null && result.errors.some((error) => error.type === 'Quotes')) unclosed = line;
      const cells = result.data.map((cell) => cell.trim());
      if (cells.some((cell) => cell !== '')) rows.push({ line, cells });
      line += breaksBetween(text, start, result.meta.cursor);
      start = result.meta.cursor;
    },
  });
  if (unclosed !== null) return { ok: false, error: { code: 'unclosed_quote', line: unclosed } };
  const [header, ...body] = rows;
  if (!header || body.length === 0) return { ok: false, error: { code: 'no_rows' } };
  if (body.length > MAX_CALIBRATION_LEADS) return { ok: false, error: { code: 'too_many_rows', max: MAX_CALIBRATION_LEADS, rows: body.length } };
  return {
    ok: true,
    table: { delimiter, decimalSeparator: guessDecimalSeparator(delimiter, body.slice(0, 200).map((row) => row.cells)), headers: header.cells, rows: body },
  };
}

/** What one column of the file is read as. */
export type ColumnMapping =
  | { kind: 'ignore' }
  | { kind: 'name' }
  | { kind: 'company' }
  | { kind: 'outcome' }
  | { kind: 'days' }
  /** Met when the cell says yes (yes/ja/true/x/1 …), not met when it says no or is empty. */
  | { kind: 'criterion-flag'; criterionId: string }
  /** Met when the cell's number is at least `atLeast` (employees ≥ 50, budget ≥ 250.000 …). */
  | { kind: 'criterion-at-least'; criterionId: string; atLeast: number };

const SINGLE_FIELDS = ['name', 'company', 'outcome', 'days'] as const;
type SingleField = (typeof SINGLE_FIELDS)[number];

const normalise = (text: string) => text.trim().toLowerCase().replace(/[\s_-]+/g, ' ');

const HEADER_WORDS: Record<SingleField, readonly string[]> = {
  name: ['name', 'navn', 'contact', 'kontakt', 'kontaktperson', 'full name', 'fulde navn', 'lead', 'person'],
  company: ['company', 'company name', 'firma', 'virksomhed', 'virksomhedsnavn', 'organisation', 'organization', 'kunde'],
  outcome: ['outcome', 'udfald', 'result', 'resultat', 'status', 'deal stage', 'deal status', 'won/lost', 'vundet/tabt'],
  days: ['days since last activity', 'dage siden sidste aktivitet', 'days', 'dage', 'days inactive', 'dage uden aktivitet', 'inactive days'],
};

/**
 * A first mapping for the preview: columns named like a field (in English or Danish) map to it,
 * columns named like a criterion's label or id map to that criterion as yes/no, the rest are
 * ignored. The room corrects it before importing.
 *
 * @example
 * suggestMapping(['Navn', 'Firma', 'Udfald', 'Bad om demo'], model);
 * // [{ kind: 'name' }, { kind: 'company' }, { kind: 'outcome' }, { kind: 'criterion-flag', criterionId: 'demo' }]
 */
export function suggestMapping(headers: readonly string[], model: ScoringModel): ColumnMapping[] {
  const criteria = model.groups.flatMap((group) => group.criteria);
  const taken = new Set<string>();
  return headers.map((header): ColumnMapping => {
    const name = normalise(header);
    const field = SINGLE_FIELDS.find((f) => !taken.has(f) && HEADER_WORDS[f].includes(name));
    if (field) {
      taken.add(field);
      return { kind: field };
    }
    const criterion = criteria.find((c) => normalise(c.label) === name || normalise(c.id) === name);
    return criterion ? { kind: 'criterion-flag', criterionId: criterion.id } : { kind: 'ignore' };
  });
}

export type CsvMappingError =
  | { code: 'missing_column'; field: 'name' | 'outcome' }
  | { code: 'duplicate_column'; field: SingleField }
  | { code: 'unknown_criterion'; column: number }
  | { code: 'wrong_column_count'; columns: number; headers: number };

export type CsvRowErrorCode = 'missing_cells' | 'extra_cells' | 'bad_outcome' | 'bad_days' | 'bad_flag' | 'bad_number' | 'too_long';

/** A row that cannot be imported, by its line in the file and the column to blame. */
export interface CsvRowError {
  line: number;
  code: CsvRowErrorCode;
  /** The column's header ('' for errors of the whole row). */
  column: string;
  /** The cell as written (cut to 60 characters). */
  value: string;
}

export type CsvImport =
  | { ok: true; leads: CalibrationLead[] }
  | { ok: false; mappingError: CsvMappingError; rowErrors: [] }
  | { ok: false; mappingError: null; rowErrors: CsvRowError[] };

const OUTCOME_WORDS: Record<LeadOutcome, readonly string[]> = {
  won: ['won', 'win', 'closed won', 'vundet', 'lukket vundet', 'ordre', 'order', 'customer', 'kunde', 'w'],
  lost: ['lost', 'closed lost', 'tabt', 'lukket tabt', 'lost deal', 'l'],
  'no-decision': ['no decision', 'none', 'open', 'pending', 'ingen beslutning', 'ingen', 'åben', 'afventer', 'undecided', ''],
};
const YES = ['yes', 'y', 'ja', 'j', 'true', 'sand', 'x', '1', '✓', '✔'];
const NO = ['no', 'n', 'nej', 'false', 'falsk', '0', '-', ''];

function outcomeOf(cell: string): LeadOutcome | null {
  const word = normalise(cell);
  return (Object.keys(OUTCOME_WORDS) as LeadOutcome[]).find((outcome) => OUTCOME_WORDS[outcome].includes(word)) ?? null;
}

/**
 * Imports every row of the table as a calibration lead under the mapping, or none. A name column
 * and an outcome column are required; a company column is optional; without a days column a lead
 * counts as active today (0 days). Days are whole days: a fractional day counts only when whole
 * (3,5 days is 3). Ids are `${idPrefix}-1`, `${idPrefix}-2` …: the caller picks a prefix no
 * existing lead uses (the pure core makes no random numbers).
 *
 * @example
 * const result = importCalibrationLeads(table, mapping, model, { idPrefix: 'csv-7', decimalSeparator: ',' });
 * if (!result.ok) result.rowErrors; // [{ line: 14, code: 'bad_outcome', column: 'Udfald', value: 'måske' }]
 */
export function importCalibrationLeads(
  table: CsvTable,
  mapping: readonly ColumnMapping[],
  model: ScoringModel,
  options: { idPrefix: string; decimalSeparator?: DecimalSeparator },
): CsvImport {
  const fail = (mappingError: CsvMappingError): CsvImport => ({ ok: false, mappingError, rowErrors: [] });
  if (mapping.length !== table.headers.length) return fail({ code: 'wrong_column_count', columns: mapping.length, headers: table.headers.length });
  for (const field of SINGLE_FIELDS) {
    if (mapping.filter((m) => m.kind === field).length > 1) return fail({ code: 'duplicate_column', field });
  }
  if (!mapping.some((m) => m.kind === 'name')) return fail({ code: 'missing_column', field: 'name' });
  if (!mapping.some((m) => m.kind === 'outcome')) return fail({ code: 'missing_column', field: 'outcome' });
  const known = new Set(model.groups.flatMap((group) => group.criteria.map((c) => c.id)));
  const unknownAt = mapping.findIndex((m) => (m.kind === 'criterion-flag' || m.kind === 'criterion-at-least') && !known.has(m.criterionId));
  if (unknownAt >= 0) return fail({ code: 'unknown_criterion', column: unknownAt });

  const decimal = options.decimalSeparator ?? table.decimalSeparator;
  const leads: CalibrationLead[] = [];
  const rowErrors: CsvRowError[] = [];
  for (const row of table.rows) {
    const errorsBefore = rowErrors.length;
    const report = (code: CsvRowErrorCode, column: number | null, value = '') =>
      rowErrors.push({ line: row.line, code, column: column === null ? '' : table.headers[column]!, value: value.slice(0, 60) });
    if (row.cells.length < table.headers.length) {
      report('missing_cells', null, String(row.cells.length));
      continue;
    }
    if (row.cells.slice(table.headers.length).some((cell) => cell !== '')) {
      report('extra_cells', null, String(row.cells.length));
      continue;
    }
    const lead: CalibrationLead = { id: `${options.idPrefix}-${leads.length + 1}`, name: '', company: '', criteria: [], daysSinceActivity: 0, outcome: 'no-decision' };
    mapping.forEach((m, column) => {
      const cell = row.cells[column]!;
      if ((m.kind === 'name' || m.kind === 'company') && cell.length > MAX_NAME) report('too_long', column, cell);
      else if (m.kind === 'name') lead.name = cell;
      else if (m.kind === 'company') lead.company = cell;
      else if (m.kind === 'outcome') {
        const outcome = outcomeOf(cell);
        if (outcome === null) report('bad_outcome', column, cell);
        else lead.outcome = outcome;
      } else if (m.kind === 'days') {
        const value = cell === '' ? ratio(0n) : parseLocaleNumber(cell, decimal);
        if (value === null || value.n < 0n || floor(value) > BigInt(MAX_DAYS)) report('bad_days', column, cell);
        else lead.daysSinceActivity = Number(floor(value));
      } else if (m.kind === 'criterion-flag') {
        const word = normalise(cell);
        if (YES.includes(word)) lead.criteria.push(m.criterionId);
        else if (!NO.includes(word)) report('bad_flag', column, cell);
      } else if (m.kind === 'criterion-at-least' && cell !== '') {
        const value = parseLocaleNumber(cell, decimal);
        const limit = decimalOf(m.atLeast);
        if (value === null || limit === null) report('bad_number', column, cell);
        else if (compare(value, limit) >= 0) lead.criteria.push(m.criterionId);
      }
    });
    lead.criteria = [...new Set(lead.criteria)];
    if (rowErrors.length === errorsBefore) leads.push(lead);
  }
  return rowErrors.length > 0 ? { ok: false, mappingError: null, rowErrors } : { ok: true, leads };
}
