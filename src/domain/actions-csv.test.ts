import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Action } from './actions-schema';
import { actionsCsv, BOM, csvField, toCsv } from './actions-csv';

/** A small RFC 4180 reader for the tests: quoted fields, doubled quotes, CRLF records. */
function parseCsv(text: string, delimiter = ','): string[][] {
  expect(text.startsWith(BOM)).toBe(true);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const body = text.slice(1);
  for (let i = 0; i < body.length; i += 1) {
    const c = body[i]!;
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') [field, i] = [field + '"', i + 1];
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === delimiter) [row, field] = [[...row, field], ''];
    else if (c === '\r' && body[i + 1] === '\n') {
      rows.push([...row, field]);
      [row, field, i] = [[], '', i + 1];
    } else field += c;
  }
  expect(field).toBe('');
  expect(row).toEqual([]);
  return rows;
}

const action = (over: Partial<Action>): Action => ({ id: 'a1', what: 'Book the weekly lead review', ownerId: 'p-jens', due: '2027-01-21', problemId: 'theme-follow-up', stepId: 'feedbackCadence', status: 'open', ...over });

describe('the actions as CSV', () => {
  it('quotes only what must be quoted, doubling quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('a;b')).toBe('a;b');
    expect(csvField('a;b', ';')).toBe('"a;b"');
    expect(csvField('Say "hot"')).toBe('"Say ""hot"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(' padded')).toBe('" padded"');
    expect(csvField('æøå ÆØÅ')).toBe('æøå ÆØÅ');
  });

  it('keeps a formula from running in a spreadsheet', () => {
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('+45 1234')).toBe("'+45 1234");
    expect(csvField('-5 %')).toBe("'-5 %");
    expect(csvField('@owner')).toBe("'@owner");
  });

  it('writes a BOM, a heading row and one CRLF-ended row per action, names in place of ids', () => {
    const csv = actionsCsv(
      [action({}), action({ id: 'a2', what: 'Rewrite the brochure, "NV" series', ownerId: '', due: '', problemId: null, stepId: null, status: 'done' })],
      { what: 'Hvad', owner: 'Ansvarlig', due: 'Frist', answers: 'Besvarer', step: 'Trin', status: 'Status' },
      {
        person: (id) => ({ 'p-jens': 'Jens Østergaard' })[id] ?? '',
        problem: (id) => ({ 'theme-follow-up': 'Opfølgning på leads' })[id] ?? '',
        step: (id) => ({ feedbackCadence: 'Feedbackrytme' })[id] ?? '',
        status: (s) => ({ open: 'Åben', inProgress: 'I gang', done: 'Færdig' })[s],
      },
    );
    expect(csv).toBe(
      `${BOM}Hvad,Ansvarlig,Frist,Besvarer,Trin,Status\r\n` +
        'Book the weekly lead review,Jens Østergaard,2027-01-21,Opfølgning på leads,Feedbackrytme,Åben\r\n' +
        '"Rewrite the brochure, ""NV"" series",,,,,Færdig\r\n',
    );
  });

  it('reads back exactly what it wrote, whatever the text', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'æ', ',', ';', '"', '\n', '\r', ' ', 'x') , maxLength: 12 }).filter((s) => !/^[=+\-@]/.test(s));
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 }), fc.constantFrom(',' as const, ';' as const), (rows, delimiter) => {
        const width = rows[0]!.length;
        const table = rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ''));
        expect(parseCsv(toCsv(table, delimiter), delimiter)).toEqual(table);
      }),
    );
  });
});
