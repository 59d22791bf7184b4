// The PDF's finishing (electron/main/pdf-finish.ts): a file shaped as Chromium's Skia writes it
// (a classic cross-reference table, the pages' MediaBox rounded up, Chromium as the creator, the
// page's root language) gets the playbook's title, author, creator, language and the exact paper,
// read back with poppler's pdfinfo as a person checks a PDF; the original bytes stay as they were.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { finishPdf, pdfString } from '../../electron/main/pdf-finish';

const work = mkdtempSync(join(tmpdir(), 'samspil-pdf-finish-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A two-page PDF as Skia writes one: A4 rounded up to 595.92 × 841.92 pt, /Lang (en). */
function chromiumLikePdf(): Buffer {
  const objects = [
    `<</Title (Nordvind Ventilation A-S \\226 playbook \\226 2027-01-14)\n/Creator (Mozilla/5.0 HeadlessChrome/156.0.0.0)\n/Producer (Skia/PDF m156)\n/CreationDate (D:20261201154646+00'00')>>`,
    `<</Type /Catalog\n/Pages 3 0 R\n/Lang (en)>>`,
    `<</Type /Pages\n/Kids [4 0 R 5 0 R]\n/Count 2>>`,
    `<</Type /Page\n/Parent 3 0 R\n/MediaBox [0 0 595.92 841.92]\n/Contents 6 0 R>>`,
    `<</Type /Page\n/Parent 3 0 R\n/MediaBox [0 0 595.92 841.92]\n/Contents 6 0 R>>`,
    `<</Length 0>> stream\n\nendstream`,
  ];
  let text = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(text, 'latin1'));
    text += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(text, 'latin1');
  text += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  text += `trailer\n<</Size ${objects.length + 1}\n/Root 2 0 R\n/Info 1 0 R>>\nstartxref\n${xref}\n%%EOF`;
  return Buffer.from(text, 'latin1');
}

function info(file: string): Record<string, string> {
  const text = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Object.fromEntries(text.split('\n').filter((line) => line.includes(':')).map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1).trim()]));
}

describe('finishing the printed playbook', () => {
  it('sets the title with the client’s real name, the author, the creator, the language and the exact A4', () => {
    const original = chromiumLikePdf();
    const before = join(work, 'before.pdf');
    writeFileSync(before, original);
    expect(info(before)['Page size']).toBe('595.92 x 841.92 pts (A4)');

    const finished = finishPdf(original, { title: 'Nordvind Ventilation A/S – Playbook – 14. januar 2027', author: 'Anne Lykke Mørch', subject: 'Salg og marketing', language: 'da' }, 'A4');
    const file = join(work, 'after.pdf');
    writeFileSync(file, finished);
    const read = info(file);
    expect(read['Title']).toBe('Nordvind Ventilation A/S – Playbook – 14. januar 2027');
    expect(read['Author']).toBe('Anne Lykke Mørch');
    expect(read['Subject']).toBe('Salg og marketing');
    expect(read['Creator']).toBe('Samspil');
    expect(read['Producer']).toBe('Skia/PDF m156');
    expect(read['Page size']).toBe('595.276 x 841.89 pts (A4)');
    expect(read['Pages']).toBe('2');
    // An incremental update: the original bytes first, untouched; the catalog now says Danish.
    expect(finished.subarray(0, original.length).equals(original)).toBe(true);
    const update = finished.subarray(original.length).toString('latin1');
    expect(update).toContain('/Lang (da)');
    // The top edge is kept (the page is drawn from the top): only blank margin is cut.
    expect(update).toContain('/MediaBox [0 0.0302 595.2756 841.92]');
  });

  it('cuts Letter to 612 × 792 pt', () => {
    const file = join(work, 'letter.pdf');
    writeFileSync(file, finishPdf(chromiumLikePdf(), { title: 'Playbook', author: 'A', language: 'en' }, 'Letter'));
    expect(info(file)['Page size']).toBe('612 x 792 pts (letter)');
  });

  it('refuses a file that is not a PDF it can update, rather than guessing', () => {
    expect(() => finishPdf(Buffer.from('not a pdf'), { title: 't', author: 'a', language: 'da' }, 'A4')).toThrow(/cross-reference/);
  });

  it('writes text strings a reader shows as they were typed', () => {
    expect(pdfString('Samspil')).toBe('(Samspil)');
    expect(pdfString('a (b) \\ c')).toBe('(a \\(b\\) \\\\ c)');
    expect(pdfString('Mørch')).toBe('<FEFF004D00F8007200630068>');
  });
});
