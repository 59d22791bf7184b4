import { describe, expect, it } from 'vitest';
import { ratio } from './decimal';
import { decodeCsvBytes, importCalibrationLeads, looksBinary, parseLocaleNumber, readCsv, suggestMapping, type ColumnMapping, type CsvTable } from './lead-csv';
import type { ScoringModel } from './lead-schema';

const model: ScoringModel = {
  groups: [
    { id: 'fit', side: 'fit', name: 'Fit', cap: null, criteria: [{ id: 'size-50', label: 'Employees 50+', points: 15 }, { id: 'engineer', label: 'Consulting engineer', points: 20 }] },
    { id: 'eng', side: 'engagement', name: 'Engagement', cap: null, criteria: [{ id: 'demo', label: 'Requested demo', points: 20 }] },
  ],
  decay: null,
  mqlThreshold: 40,
  thresholdWhy: '',
  grid: { fitA: 30, fitB: 15, engagement1: 20, engagement2: 10 },
};

function table(text: string): CsvTable {
  const read = readCsv(text);
  if (!read.ok) throw new Error(`expected a table, got ${JSON.stringify(read.error)}`);
  return read.table;
}

// A Danish Excel/HubSpot export: BOM, semicolons, CRLF, decimal commas, thousands with dots, a
// note with a line break inside quotes (so row 3 starts on line 4, not line 3).
const DANISH =
  '\uFEFFNavn;Virksomhed;Udfald;Dage siden sidste aktivitet;Antal ansatte;Bad om demo;Note\r\n' +
  'Jens Hansen;Hansen VVS A/S;Vundet;3;1.250;Ja;"Ringede\r\nto gange"\r\n' +
  'Birthe Ø. Larsen;Ærø Rådgivning;Tabt;12,5;49,5;Nej;\r\n' +
  '"Søren ""Bøssen"" Berg";Berg & Co;Ingen beslutning;40;50;x;Kort\r\n';
const DANISH_MAPPING: ColumnMapping[] = [
  { kind: 'name' },
  { kind: 'company' },
  { kind: 'outcome' },
  { kind: 'days' },
  { kind: 'criterion-at-least', criterionId: 'size-50', atLeast: 50 },
  { kind: 'criterion-flag', criterionId: 'demo' },
  { kind: 'ignore' },
];

describe('readCsv', () => {
  it('reads a Danish export: BOM dropped, semicolons, quotes with a line break, lines counted', () => {
    const t = table(DANISH);
    expect([t.delimiter, t.decimalSeparator]).toEqual([';', ',']);
    expect(t.headers[0]).toBe('Navn');
    expect(t.rows.map((row) => row.line)).toEqual([2, 4, 5]);
    expect(t.rows[0]!.cells[6]).toBe('Ringede\r\nto gange');
    expect(t.rows[2]!.cells[0]).toBe('Søren "Bøssen" Berg');
  });

  it('reads an English export with commas, quoted commas and LF line ends', () => {
    const t = table('Name,Company,Outcome,Days since last activity,Employees\n"Smith, John",Acme Ltd,Closed won,12.5,"1,250"\nJane Roe,Roe Inc,Lost,0,30\n');
    expect([t.delimiter, t.decimalSeparator]).toEqual([',', '.']);
    expect(t.rows.map((row) => [row.line, row.cells[0]])).toEqual([[2, 'Smith, John'], [3, 'Jane Roe']]);
  });

  it('guesses decimal commas in a comma-separated file from a cell like "12,5"', () => {
    expect(table('Name,Days\nA,"12,5"\n').decimalSeparator).toBe(',');
    // "1,250" reads both ways, so it says nothing: English stays the guess.
    expect(table('Name,Employees\nA,"1,250"\n').decimalSeparator).toBe('.');
  });

  it('skips empty lines but keeps counting them', () => {
    expect(table('Name;Outcome\n\nA;Won\n\n\nB;Lost\n').rows.map((row) => row.line)).toEqual([3, 6]);
  });

  it('refuses an empty file, a header alone, a binary file and an unclosed quote, with typed errors', () => {
    expect(readCsv('')).toEqual({ ok: false, error: { code: 'empty_file' } });
    expect(readCsv('\uFEFF \r\n \n')).toEqual({ ok: false, error: { code: 'empty_file' } });
    expect(readCsv('Name;Outcome\r\n')).toEqual({ ok: false, error: { code: 'no_rows' } });
    expect(readCsv('PK\u0003\u0004\u0014\u0000\u0006\u0000[Content_Types].xml')).toEqual({ ok: false, error: { code: 'binary_file' } });
    expect(readCsv('Name;Outcome\nA;Won\n"B;Lost\n')).toEqual({ ok: false, error: { code: 'unclosed_quote', line: 3 } });
  });
});

describe('importCalibrationLeads', () => {
  it('imports the Danish export: outcomes in Danish, days floored, numbers with decimal commas', () => {
    const t = table(DANISH);
    const result = importCalibrationLeads(t, DANISH_MAPPING, model, { idPrefix: 'csv' });
    expect(result).toEqual({
      ok: true,
      leads: [
        // 1.250 employees ≥ 50 → size-50; "Ja" → demo
        { id: 'csv-1', name: 'Jens Hansen', company: 'Hansen VVS A/S', criteria: ['size-50', 'demo'], daysSinceActivity: 3, outcome: 'won' },
        // 49,5 < 50; 12,5 days → 12 whole days
        { id: 'csv-2', name: 'Birthe Ø. Larsen', company: 'Ærø Rådgivning', criteria: [], daysSinceActivity: 12, outcome: 'lost' },
        { id: 'csv-3', name: 'Søren "Bøssen" Berg', company: 'Berg & Co', criteria: ['size-50', 'demo'], daysSinceActivity: 40, outcome: 'no-decision' },
      ],
    });
  });

  it('imports nothing when one row is bad, and names each bad row by the line it starts on', () => {
    const text = DANISH + 'Kim;K A/S;Måske;2;10;Ja;\r\nLone;L ApS;Vundet;to;10;Ja;\r\nOle;O A/S;Tabt;1;mange;Ja;\r\nPia;P A/S;Tabt;1;5;Måske;\r\n';
    const result = importCalibrationLeads(table(text), DANISH_MAPPING, model, { idPrefix: 'csv' });
    expect(result.ok).toBe(false);
    expect('leads' in result).toBe(false);
    if (result.ok) return;
    expect(result.rowErrors.map((e) => [e.line, e.code, e.column, e.value])).toEqual([
      [6, 'bad_outcome', 'Udfald', 'Måske'],
      [7, 'bad_days', 'Dage siden sidste aktivitet', 'to'],
      [8, 'bad_number', 'Antal ansatte', 'mange'],
      [9, 'bad_flag', 'Bad om demo', 'Måske'],
    ]);
  });

  it('reports a row with a missing column by its line, after a quoted line break', () => {
    const text = 'Name;Outcome;Demo\n"A\nB";Won;yes\nC;Lost\n';
    const result = importCalibrationLeads(table(text), [{ kind: 'name' }, { kind: 'outcome' }, { kind: 'criterion-flag', criterionId: 'demo' }], model, { idPrefix: 'x' });
    expect(result).toEqual({ ok: false, mappingError: null, rowErrors: [{ line: 4, code: 'missing_cells', column: '', value: '2' }] });
  });

  it('refuses a mapping without a name or outcome column, with a column twice, or an unknown criterion', () => {
    const t = table('Name;Outcome\nA;Won\n');
    expect(importCalibrationLeads(t, [{ kind: 'name' }, { kind: 'ignore' }], model, { idPrefix: 'x' })).toEqual({ ok: false, mappingError: { code: 'missing_column', field: 'outcome' }, rowErrors: [] });
    expect(importCalibrationLeads(t, [{ kind: 'ignore' }, { kind: 'outcome' }], model, { idPrefix: 'x' })).toMatchObject({ mappingError: { code: 'missing_column', field: 'name' } });
    expect(importCalibrationLeads(t, [{ kind: 'outcome' }, { kind: 'outcome' }], model, { idPrefix: 'x' })).toMatchObject({ mappingError: { code: 'duplicate_column', field: 'outcome' } });
    expect(importCalibrationLeads(t, [{ kind: 'name' }], model, { idPrefix: 'x' })).toMatchObject({ mappingError: { code: 'wrong_column_count' } });
    const unknown: ColumnMapping[] = [{ kind: 'name' }, { kind: 'outcome' }, { kind: 'criterion-flag', criterionId: 'gone' }];
    expect(importCalibrationLeads(table('Name;Outcome;Gone\nA;Won;yes\n'), unknown, model, { idPrefix: 'x' })).toMatchObject({ mappingError: { code: 'unknown_criterion', column: 2 } });
  });

  it('reads English numbers when told, and the decimal separator can be overridden', () => {
    const t = table('Name,Outcome,Employees\nA,won,"1,250"\nB,lost,49.99\n');
    const mapping: ColumnMapping[] = [{ kind: 'name' }, { kind: 'outcome' }, { kind: 'criterion-at-least', criterionId: 'size-50', atLeast: 50 }];
    const english = importCalibrationLeads(t, mapping, model, { idPrefix: 'x' });
    expect(english.ok && english.leads.map((lead) => lead.criteria)).toEqual([['size-50'], []]);
    // Read as Danish, "1,250" is 1,25 (< 50) and "49.99" is not a number.
    const danish = importCalibrationLeads(t, mapping, model, { idPrefix: 'x', decimalSeparator: ',' });
    expect(!danish.ok && danish.rowErrors.map((e) => [e.line, e.code])).toEqual([[3, 'bad_number']]);
  });

  it('imports 10,000 rows, every one of them', () => {
    const lines = ['Name;Company;Outcome;Days;Demo'];
    for (let i = 1; i <= 10_000; i++) lines.push(`Lead ${i};Firma ${i % 97};${['Vundet', 'Tabt', 'Ingen beslutning'][i % 3]};${i % 60};${i % 2 === 0 ? 'Ja' : 'Nej'}`);
    const t = table(lines.join('\r\n'));
    expect(t.rows.length).toBe(10_000);
    const result = importCalibrationLeads(t, suggestMapping(t.headers, model).map((m, i) => (i === 4 ? { kind: 'criterion-flag', criterionId: 'demo' } : m)), model, { idPrefix: 'big' });
    if (!result.ok) throw new Error(JSON.stringify(result).slice(0, 300));
    expect(result.leads.length).toBe(10_000);
    expect(result.leads[9_999]).toEqual({ id: 'big-10000', name: 'Lead 10000', company: 'Firma 9', criteria: ['demo'], daysSinceActivity: 40, outcome: 'lost' });
    expect(result.leads.filter((lead) => lead.outcome === 'won').length).toBe(3_333); // i ≡ 0 (mod 3): 3, 6, … 9999
    expect(t.rows[9_999]!.line).toBe(10_001);
  });
});

describe('suggestMapping', () => {
  it('maps Danish and English headers to fields and criterion labels to criteria', () => {
    expect(suggestMapping(['Navn', 'Virksomhed', 'Udfald', 'Dage siden sidste aktivitet', 'Requested demo', 'Farve'], model)).toEqual([
      { kind: 'name' },
      { kind: 'company' },
      { kind: 'outcome' },
      { kind: 'days' },
      { kind: 'criterion-flag', criterionId: 'demo' },
      { kind: 'ignore' },
    ]);
    expect(suggestMapping(['Name', 'Name'], model)).toEqual([{ kind: 'name' }, { kind: 'ignore' }]);
  });
});

describe('the text helpers', () => {
  it('reads numbers the Danish and the English way, exactly', () => {
    expect(parseLocaleNumber('1.234,5', ',')).toEqual(ratio(2469n, 2n));
    expect(parseLocaleNumber('1 234,50', ',')).toEqual(ratio(2469n, 2n));
    expect(parseLocaleNumber('−12,5', ',')).toEqual(ratio(-25n, 2n));
    expect(parseLocaleNumber('1,234.5', '.')).toEqual(ratio(2469n, 2n));
    expect(parseLocaleNumber('0.1', '.')).toEqual(ratio(1n, 10n));
    expect(parseLocaleNumber('12,5', '.')).toBeNull();
    expect(parseLocaleNumber('1.23', ',')).toBeNull();
    expect(parseLocaleNumber('', ',')).toBeNull();
    expect(parseLocaleNumber('12 kr.', ',')).toBeNull();
  });

  it('decodes UTF-8 with a BOM, UTF-16 and Windows-1252', () => {
    const utf8 = new Uint8Array([0xef, 0xbb, 0xbf, 0x63, 0xc3, 0xa6, 0x3b, 0xc3, 0xb8]); // BOM "cæ;ø"
    expect(decodeCsvBytes(utf8)).toEqual({ text: 'cæ;ø', encoding: 'utf-8' });
    expect(decodeCsvBytes(new Uint8Array([0xff, 0xfe, 0xe5, 0x00, 0x3b, 0x00]))).toEqual({ text: 'å;', encoding: 'utf-16' });
    // Windows-1252: æ E6, ø F8, å E5, € 80
    expect(decodeCsvBytes(new Uint8Array([0xe6, 0xf8, 0xe5, 0x80]))).toEqual({ text: 'æøå€', encoding: 'windows-1252' });
    // A cut-off UTF-8 sequence is not UTF-8.
    expect(decodeCsvBytes(new Uint8Array([0x61, 0xc3])).encoding).toBe('windows-1252');
  });

  it('tells binary from text', () => {
    expect(looksBinary('Navn;Udfald\r\nJens;Vundet\t\f')).toBe(false);
    expect(looksBinary('a\u0000b')).toBe(true);
    expect(looksBinary('\u0001\u0002\u0003' + 'x'.repeat(100))).toBe(true);
    expect(looksBinary('\u0001' + 'x'.repeat(200))).toBe(false);
  });
});
