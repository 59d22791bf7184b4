import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditOp } from '../../contract/edit';
import { decodeCsvBytes, importCalibrationLeads, readCsv, suggestMapping, type ColumnMapping, type CsvImport as CsvImportResult, type CsvTable, type DecimalSeparator } from '../../domain/lead-csv';
import { MAX_POINTS, type LeadDefinitions } from '../../domain/lead-schema';
import { Dialog } from '../kit/Dialog';
import { useStepHost } from '../kit/host';
import type { EditOptions } from '../kit/host-types';
import { importLeadsOps } from './edits';
import { IntField } from './fields';

interface Props {
  open: boolean;
  onClose: () => void;
  slice: LeadDefinitions;
  edit: (ops: EditOp[], options?: EditOptions) => void;
}

/** The select's value of a mapping: "name", "flag:<criterion>", "atLeast:<criterion>". */
const mappingKey = (m: ColumnMapping) => (m.kind === 'criterion-flag' ? `flag:${m.criterionId}` : m.kind === 'criterion-at-least' ? `atLeast:${m.criterionId}` : m.kind);

const PREVIEW_ROWS = 5;
const SINGLE_FIELDS = ['name', 'company', 'outcome', 'days'] as const;
const ERRORS_SHOWN = 20;

/**
 * Importing sample leads from a CRM export: choose a file, see its first rows, map each column
 * to a field or a criterion (a first guess from the headers), choose the decimal style, and
 * import all rows or none: bad rows are listed by line number.
 */
export function CsvImport({ open, onClose, slice, edit }: Props) {
  const { t } = useTranslation('leadDefinitions');
  const { notify } = useStepHost();
  const fileId = useId();
  const decimalId = useId();
  const [table, setTable] = useState<CsvTable | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping[]>([]);
  const [decimal, setDecimal] = useState<DecimalSeparator>(',');
  const [replace, setReplace] = useState(false);
  const [result, setResult] = useState<CsvImportResult | null>(null);
  const criteria = slice.scoring.groups.flatMap((group) => group.criteria.map((criterion) => ({ ...criterion, group: group.name })));

  const reset = () => {
    setTable(null);
    setFileError(null);
    setMapping([]);
    setResult(null);
  };
  const close = () => {
    reset();
    onClose();
  };
  const choose = async (file: File | undefined) => {
    reset();
    if (!file) return;
    const { text } = decodeCsvBytes(new Uint8Array(await file.arrayBuffer()));
    const read = readCsv(text);
    if (!read.ok) {
      setFileError(t(`csv.${read.error.code}`, read.error));
      return;
    }
    setTable(read.table);
    setDecimal(read.table.decimalSeparator);
    setMapping(suggestMapping(read.table.headers, slice.scoring));
  };
  const setColumn = (index: number, key: string) => {
    const [kind, criterionId = ''] = key.split(/:(.*)/s) as [string, string?];
    const next: ColumnMapping =
      kind === 'flag' ? { kind: 'criterion-flag', criterionId } : kind === 'atLeast' ? { kind: 'criterion-at-least', criterionId, atLeast: 1 } : ({ kind } as ColumnMapping);
    setMapping((current) => current.map((m, i) => (i === index ? next : m)));
    setResult(null);
  };
  const run = () => {
    if (!table) return;
    const outcome = importCalibrationLeads(table, mapping, slice.scoring, { idPrefix: `csv-${crypto.randomUUID().slice(0, 8)}`, decimalSeparator: decimal });
    setResult(outcome);
    if (!outcome.ok) return;
    edit(importLeadsOps(outcome.leads, replace, slice.calibrationLeads));
    notify({ tone: 'info', message: t('editor.import.done', { count: outcome.leads.length }), undoable: true });
    close();
  };
  const mappingError = result && !result.ok && result.mappingError ? result.mappingError : null;
  const rowErrors = result && !result.ok ? result.rowErrors : [];

  return (
    <Dialog open={open} title={t('editor.import.title')} description={t('editor.import.description')} onClose={close}>
      <div className="lead-import">
        <div className="field">
          <label htmlFor={fileId}>{t('editor.import.file')}</label>
          <input id={fileId} type="file" accept=".csv,.txt,text/csv,text/plain" onChange={(event) => void choose(event.target.files?.[0])} />
        </div>
        {fileError ? (
          <p className="message message--error" role="alert">
            {fileError}
          </p>
        ) : null}
        {table ? (
          <>
            <p>{t('editor.import.found', { count: table.rows.length, columns: table.headers.length })}</p>
            <div className="lead-import__preview" role="region" aria-label={t('editor.import.preview')} tabIndex={0}>
              <table>
                <caption>{t('editor.import.preview')}</caption>
                <thead>
                  <tr>
                    {table.headers.map((header, index) => (
                      <th key={index} scope="col">
                        <span>{header || t('editor.import.column', { n: index + 1 })}</span>
                        <label className="visually-hidden" htmlFor={`${fileId}-map-${index}`}>
                          {t('editor.import.mapColumn', { name: header || index + 1 })}
                        </label>
                        <select id={`${fileId}-map-${index}`} value={mappingKey(mapping[index] ?? { kind: 'ignore' })} onChange={(event) => setColumn(index, event.target.value)}>
                          <option value="ignore">{t('editor.import.ignore')}</option>
                          {SINGLE_FIELDS.map((field) => (
                            <option key={field} value={field}>
                              {t(`editor.import.fields.${field}`)}
                            </option>
                          ))}
                          <optgroup label={t('editor.import.yesNo')}>
                            {criteria.map((c) => (
                              <option key={c.id} value={`flag:${c.id}`}>
                                {c.label || c.id}
                              </option>
                            ))}
                          </optgroup>
                          <optgroup label={t('editor.import.atLeast')}>
                            {criteria.map((c) => (
                              <option key={c.id} value={`atLeast:${c.id}`}>
                                {c.label || c.id}
                              </option>
                            ))}
                          </optgroup>
                        </select>
                        {mapping[index]?.kind === 'criterion-at-least' ? (
                          <IntField
                            label={t('editor.import.minimum', { name: header || index + 1 })}
                            value={(mapping[index] as { atLeast: number }).atLeast}
                            min={-MAX_POINTS * 1000}
                            max={MAX_POINTS * 1000}
                            invalidMessage={t('editor.import.minimumInvalid')}
                            onCommit={(value) => setMapping((current) => current.map((m, i) => (i === index && m.kind === 'criterion-at-least' ? { ...m, atLeast: value ?? 0 } : m)))}
                          />
                        ) : null}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {table.rows.slice(0, PREVIEW_ROWS).map((row) => (
                    <tr key={row.line}>
                      {table.headers.map((_, index) => (
                        <td key={index}>{row.cells[index] ?? ''}</td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <div className="lead-row">
              <div className="field">
                <label htmlFor={decimalId}>{t('editor.import.decimal')}</label>
                <select id={decimalId} value={decimal} onChange={(event) => setDecimal(event.target.value === '.' ? '.' : ',')}>
                  <option value=",">{t('editor.import.decimalComma')}</option>
                  <option value=".">{t('editor.import.decimalPoint')}</option>
                </select>
              </div>
              {slice.calibrationLeads.length > 0 ? (
                <label className="checkbox">
                  <input type="checkbox" checked={replace} onChange={(event) => setReplace(event.target.checked)} />
                  {t('editor.import.replace', { count: slice.calibrationLeads.length })}
                </label>
              ) : null}
            </div>
            {mappingError ? (
              <p className="message message--error" role="alert">
                {t(`csv.${mappingError.code}`, {
                  ...mappingError,
                  ...('field' in mappingError ? { field: t(`csv.fields.${mappingError.field}`) } : {}),
                  ...('column' in mappingError ? { column: mappingError.column + 1 } : {}),
                })}
              </p>
            ) : null}
            {rowErrors.length > 0 ? (
              <div className="message message--error" role="alert">
                <p>{t('editor.import.rowErrors', { count: rowErrors.length })}</p>
                <ul>
                  {rowErrors.slice(0, ERRORS_SHOWN).map((error, k) => (
                    <li key={k}>{t(`csv.rows.${error.code}`, { ...error })}</li>
                  ))}
                </ul>
                {rowErrors.length > ERRORS_SHOWN ? <p>{t('editor.import.moreErrors', { count: rowErrors.length - ERRORS_SHOWN })}</p> : null}
              </div>
            ) : null}
          </>
        ) : null}
        <div className="dialog__actions">
          <button type="button" className="button" onClick={close}>
            {t('editor.import.cancel')}
          </button>
          <button type="button" className="button button--primary" disabled={!table} onClick={run}>
            {t('editor.import.run', { count: table?.rows.length ?? 0 })}
          </button>
        </div>
      </div>
    </Dialog>
  );
}
