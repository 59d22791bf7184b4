import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PLAYBOOK_OPTIONS,
  electronPdfOptions,
  parsePrintQuery,
  playbookFileName,
  playbookOptionsSchema,
  playwrightPdfOptions,
  printRoute,
  queryParams,
} from './print-options';

describe('the print route', () => {
  it('carries the options in its query, and reads them back', () => {
    const options = { paper: 'Letter', includeNotes: true, cards: 'full' } as const;
    const route = printRoute('sample-nordvind-da', options);
    expect(route).toBe('#/print/sample-nordvind-da?paper=Letter&notes=1&cards=full');
    expect(parsePrintQuery(route.split('?')[1]!)).toEqual(options);
    expect(printRoute('x', DEFAULT_PLAYBOOK_OPTIONS, { autoprint: '1' })).toBe('#/print/x?paper=A4&notes=0&cards=themes&autoprint=1');
  });

  it('falls back to the defaults for anything missing or unknown', () => {
    expect(parsePrintQuery('')).toEqual(DEFAULT_PLAYBOOK_OPTIONS);
    expect(parsePrintQuery('paper=A3&notes=maybe&cards=some&%zz=1')).toEqual(DEFAULT_PLAYBOOK_OPTIONS);
    expect(queryParams('?a=1&a=2&b=x%20y&c')).toEqual({ a: '1', b: 'x y', c: '' });
  });

  it('validates options strictly where they cross the contract', () => {
    expect(playbookOptionsSchema.parse({})).toEqual(DEFAULT_PLAYBOOK_OPTIONS);
    expect(playbookOptionsSchema.safeParse({ paper: 'A5' }).success).toBe(false);
    expect(playbookOptionsSchema.safeParse({ paper: 'A4', path: '/tmp' }).success).toBe(false);
  });
});

describe('the print options', () => {
  it('are the same paper, zero printer margins, backgrounds and a tagged PDF with an outline for both printers', () => {
    const playwright = playwrightPdfOptions('A4');
    expect(playwright).toMatchObject({ width: '210mm', height: '297mm', printBackground: true, tagged: true, outline: true, displayHeaderFooter: false });
    expect(Object.values(playwright.margin)).toEqual(['0', '0', '0', '0']);
    const electron = electronPdfOptions('Letter');
    expect(electron.pageSize.width).toBeCloseTo(8.5, 6);
    expect(electron.pageSize.height).toBeCloseTo(11, 6);
    expect(electron).toMatchObject({ printBackground: true, generateTaggedPDF: true, generateDocumentOutline: true, margins: { top: 0, bottom: 0, left: 0, right: 0 } });
    expect(electronPdfOptions('A4').pageSize.width).toBeCloseTo(210 / 25.4, 6);
  });
});

describe("the exported playbook's file name", () => {
  it('is "<client> – playbook – <date>" with nothing a file system refuses', () => {
    expect(playbookFileName('Nordvind Ventilation A/S', '2027-01-14', 'pdf')).toBe('Nordvind Ventilation A-S – playbook – 2027-01-14.pdf');
    expect(playbookFileName('Bølge & Co: "Øst"\n', '2027-01-14', 'md')).toBe('Bølge & Co- -Øst- – playbook – 2027-01-14.md');
    expect(playbookFileName('  ..hidden  ', '2026-11-02', 'pdf')).toBe('hidden – playbook – 2026-11-02.pdf');
    expect(playbookFileName('', '2026-11-02', 'pdf')).toBe('Samspil – playbook – 2026-11-02.pdf');
  });
});
